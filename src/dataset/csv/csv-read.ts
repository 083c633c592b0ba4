/**
 * A CSV file's text -> its header and records, as a spreadsheet user sees them: a UTF-8 byte order
 * mark is dropped, the separator is a comma or a semicolon (French Excel writes semicolons, with
 * decimal commas), quoted fields may hold separators, quotes and line breaks, and a record's row
 * number is the spreadsheet's (the header is row 1), whatever line breaks its fields hold.
 */
import Papa, { type ParseError } from 'papaparse';
import type { Problem } from '../problem';
import { phrase, type ProblemText } from '../problem-phrase';

export type CsvSeparator = ',' | ';';

export interface CsvTable {
  separator: CsvSeparator;
  /** Header cells as written, trimmed. */
  header: string[];
  /** One entry per record after the header: its spreadsheet row number and its cells. */
  records: { row: number; cells: string[] }[];
}

export type CsvReadResult = { ok: true; table: CsvTable } | { ok: false; problems: Problem[] };

/** The separator of the header line: the more frequent of `;` and `,` outside quotes. */
export function detectSeparator(text: string): CsvSeparator {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas++;
    else if (!quoted && char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** Papaparse's quote errors in a spreadsheet user's words; any other keeps papaparse's message. */
const QUOTE_ERRORS: Partial<Record<ParseError['code'], ProblemText>> = {
  MissingQuotes: phrase('csv.problem.unclosedQuote'),
  InvalidQuotes: phrase('csv.problem.strayQuote'),
};

/** A line with nothing but blanks and separators: an empty row of the spreadsheet. */
const blank = (cells: string[]) => cells.every((cell) => cell.trim() === '');

export function readCsv(input: string): CsvReadResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const separator = detectSeparator(text);
  // Blank lines are kept through the parse and dropped after the count: a spreadsheet numbers its
  // empty rows too, so a record after one keeps the row number the newsroom sees.
  const parsed = Papa.parse<string[]>(text, { delimiter: separator });
  const [header, ...rows] = parsed.data;
  if (!header || blank(header)) {
    return {
      ok: false,
      problems: [{ path: 'row 1', message: phrase('csv.problem.noHeader'), row: 1 }],
    };
  }
  // Papaparse numbers its errors by record (0 = header); a spreadsheet numbers rows from 1.
  const problems = parsed.errors
    .filter((error) => error.code !== 'UndetectableDelimiter')
    .map((error): Problem => {
      const message = QUOTE_ERRORS[error.code] ?? error.message;
      return error.row === undefined
        ? { path: 'file', message }
        : { path: `row ${error.row + 1}`, message, row: error.row + 1 };
    });
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    table: {
      separator,
      header: header.map((cell) => cell.trim()),
      // A quoted line break is kept as one \n: \r is a control character no text may hold.
      records: rows
        .map((cells, index) => ({ row: index + 2, cells: cells.map((cell) => cell.replace(/\r\n?/g, '\n')) }))
        .filter(({ cells }) => !blank(cells)),
    },
  };
}
