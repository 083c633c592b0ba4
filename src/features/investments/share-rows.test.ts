import { describe, expect, it } from 'vitest';
import { build, rowsOf } from './investments-model.fixtures';
import { shareUnchangedRows } from './share-rows';

describe('shareUnchangedRows', () => {
  it('keeps the previous object for an unchanged row and the new one for a changed row', () => {
    const before = build();
    const after = shareUnchangedRows(before, build({ hoveredId: 'bpi' }));
    for (const row of rowsOf(after)) {
      const old = rowsOf(before).find((candidate) => candidate.id === row.id);
      if (row.id === 'bpi') {
        expect(row).not.toBe(old);
        expect(row.highlighted).toBe(true);
      } else expect(row).toBe(old);
    }
  });

  it('changes nothing but identities: the model equals the one it was given', () => {
    const next = build({ asOf: '2025-07-01', selectedId: 'summit' });
    expect(shareUnchangedRows(build(), next)).toEqual(next);
    expect(shareUnchangedRows(null, next)).toBe(next);
  });
});
