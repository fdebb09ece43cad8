import { maskEmail } from './mask-email.js';

describe('maskEmail', () => {
  it.each([
    ['anna.virtanen@example.fi', 'an•••@example.fi'],
    ['anna@example.fi', 'a•••@example.fi'],
    ['a@example.fi', 'a•••@example.fi'],
    ['"a@b"@example.fi', '"a•••@example.fi'],
    ['äijä.öhman@example.fi', 'äi•••@example.fi'],
  ])('%p → %p', (address, masked) => {
    expect(maskEmail(address)).toBe(masked);
  });
});
