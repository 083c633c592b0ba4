/** Whether a fetched dataset is the atlas's JSON or a spreadsheet's CSV. */
export type DatasetFormat = 'json' | 'csv';

const CSV_TYPES = /^\s*(?:text\/csv|application\/csv|text\/comma-separated-values)\s*(?:;|$)/i;

/** CSV when the server says so (`text/csv`) or the path ends in `.csv`; JSON otherwise. */
export function datasetFormat(url: string, contentType: string | null | undefined): DatasetFormat {
  if (contentType && CSV_TYPES.test(contentType)) return 'csv';
  const path = url.split(/[?#]/, 1)[0] ?? '';
  return /\.csv$/i.test(path) ? 'csv' : 'json';
}

/** A file a visitor picks: by its type, else its name. */
export function fileFormat(file: { name: string; type: string }): DatasetFormat {
  return datasetFormat(file.name, file.type);
}
