import { saveBlob } from '../../lib/save-blob';

/** Saves text generated in the browser as a file (one helper for downloads and export). */
export function downloadText(text: string, fileName: string, type: string, doc: Document = document): void {
  saveBlob(new Blob([text], { type }), fileName, doc);
}
