/**
 * `?story=<url>`: a story file fetched under the rules of `?data=` (the same address check, the same
 * capped and timed fetch), then parsed as JSON and validated. Never throws; every failure says its
 * kind so the page can word it. The story's text is data: it is only ever rendered as text.
 */
import { parseJson } from '../../../lib/parse-json';
import { fetchDatasetText, type FetchFailure } from '../../../dataset/fetch-dataset';
import { parseDataUrl } from '../../../url-state/url-validators';
import { parseStory, type Story } from './story-schema';
import type { StoryIssue } from './story-issue';

/** A story is a few kilobytes; a file this size is not one. */
export const MAX_STORY_BYTES = 1024 * 1024;

export type StoryUrlParam = { url: string } | { invalid: string } | null;

/** The `story=` parameter: null when absent, `invalid` when it is not an address the atlas fetches. */
export function storyUrlParam(search: string): StoryUrlParam {
  const raw = new URLSearchParams(search).get('story');
  if (raw === null) return null;
  const url = parseDataUrl(raw);
  return url ? { url } : { invalid: raw.slice(0, 200) };
}

export type StoryLoad =
  | { ok: true; story: Story }
  | { ok: false; kind: 'fetch'; failure: FetchFailure }
  | { ok: false; kind: 'json'; problems: string[] }
  | { ok: false; kind: 'schema'; problems: string[]; issues: StoryIssue[] };

/** Parses a story file's text (from `?story=` or "Open story file"). */
export function readStoryText(text: string): StoryLoad {
  const read = parseJson(text);
  if (!read.ok) return { ok: false, kind: 'json', problems: [read.message.slice(0, 200)] };
  const parsed = parseStory(read.json);
  return parsed.ok ? parsed : { ok: false, kind: 'schema', problems: parsed.problems, issues: parsed.issues };
}

export async function loadStoryUrl(url: string, fetchImpl?: typeof fetch): Promise<StoryLoad> {
  const fetched = await fetchDatasetText(url, { fetchImpl, maxBytes: MAX_STORY_BYTES, cache: 'no-store' });
  if (!fetched.ok) return { ok: false, kind: 'fetch', failure: fetched.failure };
  return readStoryText(fetched.text);
}
