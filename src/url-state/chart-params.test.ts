/** The chart panels' settings in the URL (group, scale, table). */
import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState } from './url-codec';
import { DEFAULT_URL_STATE, type UrlState } from './url-state';

const state = (over: Partial<UrlState>): UrlState => ({ ...DEFAULT_URL_STATE, ...over });

describe('chart settings in the URL', () => {
  it('are not written when they are the defaults', () => {
    expect(serializeUrlState(state({ group: 'country', scale: 'linear', table: [] }))).toBe('');
  });

  it('round-trip: grouping, scale and the table views', () => {
    const s = state({ group: 'investor', scale: 'log', table: ['timeline', 'investments'] });
    const search = serializeUrlState(s);
    expect(search).toBe('?group=investor&scale=log&table=timeline,investments');
    const parsed = parseUrlState(search);
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual(s);
  });

  it('writes the table list in one order, so equal views give equal links', () => {
    expect(serializeUrlState(state({ table: ['investments', 'timeline'] }))).toBe(
      '?table=timeline,investments',
    );
    expect(parseUrlState('?table=investments,timeline').value.table).toEqual(['timeline', 'investments']);
  });

  it('ignores garbage, naming the parameter, and keeps the defaults', () => {
    const parsed = parseUrlState('?group=sector&scale=LOG&table=map,timeline&site=essonne');
    expect(parsed.value).toEqual(state({ site: 'essonne' }));
    expect(parsed.problems.map((p) => p.param)).toEqual(['group', 'scale', 'table']);
  });

  it('ignores an empty value and a repeated parameter after the first', () => {
    expect(parseUrlState('?group=&table=').value).toMatchObject({ group: 'country', table: [] });
    const repeated = parseUrlState('?scale=log&scale=linear');
    expect(repeated.value.scale).toBe('log');
    expect(repeated.problems).toHaveLength(1);
  });
});
