/** A picked or dropped file -> its checked atlas or every problem, validated off the main thread. */
import { fileFormat } from '../../dataset/dataset-format';
import { validateOffThread } from '../../dataset/validate-off-thread';
import type { Atlas } from '../../dataset/schema';
import type { Problem } from '../../dataset/problem';
import { phrase } from '../../dataset/problem-phrase';

export type DeskResult =
  { ok: true; name: string; atlas: Atlas } | { ok: false; name: string; problems: Problem[] };

/** Larger than any real spreadsheet of sites: the same cap as a `?data=` download. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export async function checkFile(file: File): Promise<DeskResult> {
  const { name } = file;
  if (file.size > MAX_FILE_BYTES) {
    return {
      ok: false,
      name,
      problems: [{ path: name, message: phrase('file.tooLarge', { mb: MAX_FILE_BYTES / 1024 / 1024 }) }],
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return {
      ok: false,
      name,
      problems: [{ path: name, message: phrase('file.unreadable', { error: String(error) }) }],
    };
  }
  const result = await validateOffThread(text, fileFormat(file));
  return result.ok ? { ok: true, name, atlas: result.atlas } : { ok: false, name, problems: result.problems };
}

/** The checked atlas as a file to publish: the validated data, defaults filled in, indented. */
export function atlasFileText(atlas: Atlas): string {
  return `${JSON.stringify(atlas, null, 2)}\n`;
}

/** The embed code for the atlas with a file the newsroom publishes at `fileUrl`. */
export function deskEmbedCode(baseUri: string, fileUrl: string, title: string): string {
  const src = new URL(`./?data=${encodeURIComponent(fileUrl)}&embed=1`, baseUri).href;
  const script = new URL('./embed.js', baseUri).href;
  return [
    '<iframe',
    '  data-compute-atlas',
    `  src="${src.replace(/&/g, '&amp;')}"`,
    `  title="${title.replace(/"/g, '&quot;')}"`,
    '  style="width: 100%; height: 640px; border: 0"',
    '  loading="lazy"',
    '></iframe>',
    `<script src="${script}" defer></script>`,
  ].join('\n');
}
