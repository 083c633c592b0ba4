/** The error panel's "download the full list": its own small chunk, loaded on the click. */
import type { Problem } from '../dataset/problem';
import { problemListFileName, problemListText } from '../dataset/problem-list-text';
import { saveBlob } from '../lib/save-blob';

export function downloadProblems(problems: readonly Problem[], source: string): void {
  const text = problemListText(problems, source);
  saveBlob(new Blob([text], { type: 'text/plain;charset=utf-8' }), problemListFileName(source));
}
