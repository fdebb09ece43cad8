import { changedFields } from './audit-data-export.js';

describe('changedFields', () => {
  it('names the fields whose values differ, sorted, never the values', () => {
    expect(
      changedFields(
        { name: 'Old', status: 'DRAFT', nested: { a: 1 } },
        { name: 'New', status: 'DRAFT', nested: { a: 2 }, added: true },
      ),
    ).toEqual(['added', 'name', 'nested']);
  });

  it('treats a created or deleted record as every field changed', () => {
    expect(changedFields(null, { b: 1, a: 2 })).toEqual(['a', 'b']);
    expect(changedFields({ a: 1 }, null)).toEqual(['a']);
    expect(changedFields(null, null)).toEqual([]);
  });
});
