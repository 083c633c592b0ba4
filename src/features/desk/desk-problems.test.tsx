// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { validateCsvText } from '../../dataset/csv/validate-csv';
import type { Problem } from '../../dataset/problem';
import type { Lang } from '../../i18n/languages';
import { renderWithAtlas } from '../../test-utils/render-with-atlas';
import { DeskProblems } from './desk-problems';

const HEADER = 'id,name,lat,lon,country,status,status_date,source_url,currency,investment';
const BROKEN = [
  HEADER,
  'lyon,Lyon,45.76,4.84,FR,planned,2026,https://example.org/lyon,,',
  'milano,Milano,north,9.19,IT,built,2025-13,ftp://x,SEK,lots',
  ',,45,4,FR,planned,2026,https://example.org/,,',
].join('\n');
const NOT_IN_EUROPE = [
  HEADER,
  'lyon,Lyon,45.76,4.84,FR,planned,2026,https://e.org/,,',
  'lyon,B,10,4,FR,planned,2026,https://e.org/,,',
].join('\n');

function problemsOf(text: string): Problem[] {
  const result = validateCsvText(text, '2026-12-07');
  if (result.ok) throw new Error('the file should have problems');
  return result.problems;
}

/** The table's cells of one column, by its header, row after row. */
function column(lang: Lang, problems: Problem[], header: string): string[] {
  const { unmount } = renderWithAtlas(<DeskProblems name="broken.csv" problems={problems} />, { lang });
  const table = within(screen.getByRole('alert')).getByRole('table');
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((cell) => cell.textContent);
  const index = headers.indexOf(header);
  expect(index, `a column "${header}" among ${headers.join(', ')}`).toBeGreaterThanOrEqual(0);
  const cells = within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[index]!.textContent ?? '');
  unmount();
  return cells;
}

describe('DeskProblems: what was expected, in the page’s language', () => {
  it('says every expectation of a broken CSV in French on the French desk', () => {
    const problems = problemsOf(BROKEN);
    expect(column('fr', problems, 'Attendu')).toEqual([
      'un nombre de -90 à 90',
      'l’une de ces valeurs\u00A0: announced, planned, under-construction ou operational',
      'une date écrite AAAA, AAAA-MM ou AAAA-MM-JJ',
      'une adresse web commençant par https:// ou http://',
      'un nombre supérieur ou égal à 0',
      'un code de devise\u00A0: EUR ou USD',
      'le nom du site',
    ]);
    expect(column('fr', problems, 'Trouvé')).toEqual([
      '«\u00A0north\u00A0»',
      '«\u00A0built\u00A0»',
      '«\u00A02025-13\u00A0»',
      '«\u00A0ftp://x\u00A0»',
      '«\u00A0lots\u00A0»',
      '«\u00A0SEK\u00A0»',
      'une cellule vide',
    ]);
  });

  it('says the dataset’s own rules in French too, the message before what was expected', () => {
    expect(column('fr', problemsOf(NOT_IN_EUROPE), 'Attendu')).toEqual([
      'identifiant «\u00A0lyon\u00A0» en double, déjà utilisé ligne 2\u00A0: un identifiant unique',
      'hors d’Europe\u00A0: un nombre de 34 à 72',
    ]);
  });

  it('says them in English on the English desk', () => {
    expect(column('en', problemsOf(BROKEN), 'Expected').slice(0, 2)).toEqual([
      'a number from -90 to 90',
      'one of announced, planned, under-construction, or operational',
    ]);
    expect(column('en', problemsOf(NOT_IN_EUROPE), 'Expected')).toEqual([
      'duplicate id "lyon", first used in row 2: a unique id',
      'outside Europe: a number from 34 to 72',
    ]);
  });
});
