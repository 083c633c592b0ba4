/** Untrusted text as JSON: the value, or the parser's message. Never throws. */
export type ParsedJson = { ok: true; json: unknown } | { ok: false; message: string };

export function parseJson(text: string): ParsedJson {
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
