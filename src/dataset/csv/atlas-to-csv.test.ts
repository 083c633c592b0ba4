import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { atlasToCsv, siteToRow } from './atlas-to-csv';
import { validateCsvText } from './validate-csv';
import { formatProblem } from '../problem';
import { validateAtlas } from '../validate';
import type { Atlas } from '../schema';
import { TEMPLATE_COLUMNS } from './csv-columns';

const TODAY = '2026-12-07';

function reload(csv: string): Atlas {
  const result = validateCsvText(csv, TODAY);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.atlas;
}

function ourAtlas(): Atlas {
  const result = validateAtlas(JSON.parse(readFileSync('data/atlas.json', 'utf8')));
  if (!result.ok) throw new Error('data/atlas.json is invalid');
  return result.atlas;
}

describe('atlasToCsv', () => {
  it("writes our sites in the template's shape, and the file loads back with what the template carries", () => {
    const atlas = ourAtlas();
    const csv = atlasToCsv(atlas);
    expect(csv.startsWith(`\uFEFF${TEMPLATE_COLUMNS.join(',')}\r\n`)).toBe(true);
    const back = reload(csv);
    const rows = (a: Atlas) => a.sites.map((site) => siteToRow(site, a.investments));
    expect(rows(back)).toEqual(rows(atlas));
    expect(back.sites.map((site) => site.id)).toEqual(atlas.sites.map((site) => site.id));
  });

  it('keeps a spreadsheet from running a text cell as a formula, and reads it back as written', () => {
    const atlas = reload(
      'name,lat,lon,country,status,status_date,source_url,operator\n"\'=HYPERLINK(1)",48,-2.5,FR,planned,2025,https://e.org/,\'-x\n',
    );
    expect(atlas.sites[0]!.name.en).toBe('=HYPERLINK(1)');
    expect(atlas.sites[0]!.operator).toBe('-x');
    const csv = atlasToCsv(atlas);
    expect(csv).toContain("'=HYPERLINK(1)");
    expect(csv).toContain(',-2.5,');
    expect(reload(csv).sites).toEqual(atlas.sites);
  });
});

/** Text a spreadsheet cell holds: trimmed, never empty; `;` is the partners' separator. */
const cellText = fc
  .string({ minLength: 1, maxLength: 24, unit: fc.constantFrom(...'aé Z9\'",;\n=-+@ß’'.split('')) })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);
const partnerName = cellText.map((s) => s.replaceAll(';', '')).filter((s) => s.trim() === s && s.length > 0);
const day = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const partial = fc.oneof(
  day,
  day.map((d) => d.slice(0, 7)),
  day.map((d) => d.slice(0, 4)),
);
const amount = fc.oneof(fc.integer({ min: 0, max: 1e12 }), fc.double({ min: 0, max: 1e6, noNaN: true }));
const coordinate = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

const row = fc.record({
  name: cellText,
  name_fr: fc.option(cellText, { nil: '' }),
  name_en: fc.option(cellText, { nil: '' }),
  lat: coordinate(34, 72),
  lon: coordinate(-25, 45),
  place: fc.option(cellText, { nil: '' }),
  country: fc.constantFrom('FR', 'SE', 'DE', 'IT'),
  operator: fc.option(cellText, { nil: '' }),
  partners: fc.array(partnerName, { maxLength: 3 }),
  status: fc.constantFrom('announced', 'planned', 'under-construction', 'operational'),
  status_date: partial,
  capacity_mw: fc.option(amount, { nil: null }),
  investment: fc.option(amount, { nil: null }),
  currency: fc.constantFrom('EUR', 'USD'),
  source_url: fc.webUrl({ validSchemes: ['https', 'http'] }),
  source_title: fc.option(cellText, { nil: '' }),
  source_date: fc.option(day, { nil: '' }),
  quote: fc.option(
    fc
      .string({ minLength: 8, maxLength: 60, unit: fc.constantFrom(...'ab «»"\n;,'.split('')) })
      .map((s) => `«${s}»`),
    { nil: '' },
  ),
});

function toCsv(rows: readonly Record<string, unknown>[]): string {
  const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
  const header =
    'name,name_fr,name_en,lat,lon,place,country,operator,partners,status,status_date,capacity_mw,investment,currency,source_url,source_title,source_date,quote';
  const lines = rows.map((r) =>
    [
      r.name,
      r.name_fr,
      r.name_en,
      String(r.lat),
      String(r.lon),
      r.place,
      r.country,
      r.operator,
      (r.partners as string[]).join(';'),
      r.status,
      r.status_date,
      r.capacity_mw === null ? '' : String(r.capacity_mw),
      r.investment === null ? '' : String(r.investment),
      r.investment === null ? '' : r.currency,
      r.source_url,
      r.source_title,
      r.source_date,
      r.quote,
    ]
      .map((cell) => quote(String(cell)))
      .join(','),
  );
  return [header, ...lines].join('\n');
}

describe('sites -> CSV -> sites', () => {
  it('is the identity on what the template carries', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), (rows) => {
        const sites = reload(toCsv(rows));
        const again = reload(atlasToCsv(sites));
        expect(again).toEqual(sites);
      }),
      { numRuns: 150 },
    );
  });
});
