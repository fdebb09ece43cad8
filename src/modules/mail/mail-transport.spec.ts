import { messageIdDomain } from './mail-transport.js';

describe('messageIdDomain', () => {
  it('takes PUBLIC_URL’s host when it is a full domain', () => {
    expect(messageIdDomain('https://akatemia.example.fi', 'Akatemia <noreply@mail.example>')).toBe(
      'akatemia.example.fi',
    );
  });

  it('falls back to MAIL_FROM’s domain, then to a name under .invalid', () => {
    expect(messageIdDomain('http://127.0.0.1:3000', 'Akatemia <noreply@kunta.fi>')).toBe(
      'kunta.fi',
    );
    expect(messageIdDomain('http://localhost:3000', 'noreply@kunta.fi')).toBe('kunta.fi');
    expect(messageIdDomain('http://127.0.0.1:3000', 'Akatemia <akatemia@localhost>')).toBe(
      'akatemia.invalid',
    );
  });
});
