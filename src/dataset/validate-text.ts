/**
 * A dataset's text, JSON or CSV -> a validated atlas or every problem. What the validation worker
 * runs, and the main thread when no worker can start. Never throws.
 */
import { parseJson } from '../lib/parse-json';
import { validateAtlas, type ValidationResult } from './validate';
import { validateCsvText } from './csv/validate-csv';
import type { DatasetFormat } from './dataset-format';

export function validateDatasetText(text: string, format: DatasetFormat): ValidationResult {
  if (format === 'csv') return validateCsvText(text);
  const parsed = parseJson(text);
  if (!parsed.ok)
    return { ok: false, problems: [{ path: '(root)', message: `not valid JSON: ${parsed.message}` }] };
  return validateAtlas(parsed.json);
}
