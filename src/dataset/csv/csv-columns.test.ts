import { describe, expect, it } from 'vitest';
import { OPTIONAL_COLUMNS, REQUIRED_COLUMNS, TEMPLATE_COLUMNS } from './csv-columns';

describe('TEMPLATE_COLUMNS', () => {
  it('writes every column of the template once, the id and the names first', () => {
    expect([...TEMPLATE_COLUMNS].sort()).toEqual([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].sort());
    expect(TEMPLATE_COLUMNS.slice(0, 4)).toEqual(['id', 'name', 'name_fr', 'name_en']);
  });
});
