import { describe, expect, it } from 'vitest';
import { loadAtlas } from './load-dataset';

const CSV =
  '\uFEFFname;lat;lon;country;status;status_date;source_url\r\nÉvry;48,63;2,44;FR;planned;2026;https://e.org/\r\n';
const serve = (body: string, type: string) =>
  (async () => new Response(body, { headers: { 'content-type': type } })) as typeof fetch;

describe('loadAtlas: a spreadsheet', () => {
  it('reads a file served as text/csv into a model of its sites', async () => {
    const result = await loadAtlas('export?id=3', serve(CSV, 'text/csv'), { visitor: true });
    expect(result.ok && [...result.model.sitesById.keys()]).toEqual(['evry']);
  });

  it('reads a .csv path as CSV whatever the server calls it, and names its problems by row and column', async () => {
    const result = await loadAtlas('sites.csv', serve(CSV.replace('48,63', 'nord'), 'text/plain'));
    expect(result).toMatchObject({ ok: false, kind: 'data', problems: [{ path: 'row 2, column lat' }] });
  });
});
