// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { validateCsvText } from '../dataset/csv/validate-csv';
import type { LoadFailure } from '../dataset/load-dataset';
import { formatProblem, type Problem } from '../dataset/problem';
import type { Lang } from '../i18n/languages';
import { renderWithAtlas } from '../test-utils/render-with-atlas';
import { ErrorPanel } from './error-panel';

const BROKEN = [
  'id,name,lat,lon,country,status,status_date,source_url',
  'lyon,Lyon,45.76,4.84,FR,planned,2026,https://example.org/lyon',
  'lyon,Milano,north,9.19,IT,built,2025,https://example.org/milano',
  ',,45,4,FR,planned,2026,https://example.org/',
].join('\n');
const JSON_PROBLEM: Problem = { path: 'sites[0].location.lat', message: 'wrong type', expected: 'number' };

function problems(text = BROKEN): Problem[] {
  const result = validateCsvText(text, '2026-12-07');
  if (result.ok) throw new Error('the file should have problems');
  return result.problems;
}

function lines(lang: Lang, shown: Problem[]): string[] {
  const failure: LoadFailure = { ok: false, kind: 'data', problems: shown };
  const { unmount } = renderWithAtlas(
    <ErrorPanel failure={failure} onRetry={() => {}} customUrl="newsroom/broken.csv" defaultHref="/" />,
    { lang },
  );
  const items = within(screen.getByRole('alert'))
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
  unmount();
  return items;
}

describe('ErrorPanel: a spreadsheet’s problems in the page’s language', () => {
  it('names the row and column, what was expected and found, in French', () => {
    expect(lines('fr', problems())).toEqual([
      'ligne 3, colonne lat\u00A0: attendu un nombre de -90 à 90, trouvé «\u00A0north\u00A0»',
      'ligne 3, colonne status\u00A0: attendu l’une de ces valeurs\u00A0: announced, planned, under-construction ou operational, trouvé «\u00A0built\u00A0»',
      'ligne 4, colonne name\u00A0: attendu le nom du site, trouvé une cellule vide',
    ]);
  });

  it('words them in English exactly as data:check and the problem list file do', () => {
    const header = BROKEN.split('\n')[0]!;
    const all = [
      ...problems(),
      // the dataset's own rules: a message and what was expected
      ...problems(
        `${header}\na,A,48,2,FR,planned,2026,https://e.org/\na,B,10,2,FR,planned,2026,https://e.org/`,
      ),
      ...problems('name,lat,lat\nA,48,48'), // a column twice, missing columns
      ...problems(header), // only a header
      ...problems(`${header}\n"a,A,48`), // an unclosed quote
      ...problems(`${header}\na,A\u202E,48,2,FR,planned,2026,https://e.org/`), // a bidi override
    ];
    expect(all.length).toBeGreaterThan(12);
    expect(lines('en', all)).toEqual(all.map(formatProblem));
  });

  it('keeps a JSON file’s problems by path, as the validation words them', () => {
    expect(lines('fr', [JSON_PROBLEM])).toEqual(['sites[0].location.lat: wrong type (expected number)']);
  });
});
