/**
 * The dataset's changelog as an Atom feed (`changelog.xml`) and a JSON Feed (`changelog.json`),
 * written at build from data/atlas.json's `changelog` with the `feed` library, so newsrooms can
 * follow corrections. The build is relocatable and knows no host name, so links are relative to
 * the feed (Atom and JSON Feed readers resolve them against the feed's own address), unless
 * `siteUrl` (ATLAS_SITE_URL at build) gives the atlas's public address.
 */
import { Feed } from 'feed';

export interface ChangelogEntry {
  version: string;
  date: string;
  changes: { fr: string; en: string }[];
}

export interface FeedInput {
  version: string;
  changelog: readonly ChangelogEntry[];
  /** Versions with a release file (data/releases/<version>.json). */
  released: readonly string[];
  /** The atlas's public address, ending in `/`; links are relative without it. */
  siteUrl?: string;
}

/** `feed` insists on absolute URLs: it writes against this, and relativeLinks() takes it off. */
const PLACEHOLDER = 'https://compute-atlas.invalid/';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function content(entry: ChangelogEntry, file: string | null): string {
  const list = (lang: 'en' | 'fr') =>
    `<ul lang="${lang}">${entry.changes.map((change) => `<li>${escapeHtml(change[lang])}</li>`).join('')}</ul>`;
  const download = file ? `<p><a href="${escapeHtml(file)}">Dataset ${entry.version} (JSON)</a></p>` : '';
  return `${list('en')}${list('fr')}${download}`;
}

function buildFeed({ version, changelog, released }: FeedInput, base: string): Feed {
  const newest = changelog[0]?.date ?? '1970-01-01';
  const feed = new Feed({
    id: 'tag:compute-atlas,2026:dataset',
    title: 'Compute Atlas — dataset changelog',
    description: 'Each release of the Compute Atlas dataset: what was added and what was corrected.',
    link: base,
    language: 'en',
    updated: new Date(`${newest}T00:00:00Z`),
    generator: false,
    feedLinks: { atom: `${base}changelog.xml`, json: `${base}changelog.json` },
    copyright: 'Dataset: CC BY 4.0',
  });
  for (const entry of changelog) {
    const pinned = released.includes(entry.version);
    feed.addItem({
      title: `Dataset ${entry.version}${entry.version === version ? ' (current)' : ''}`,
      id: `tag:compute-atlas,2026:dataset/${entry.version}`,
      // A pinned view where the release is kept; the changelog's own place (About) otherwise.
      link: pinned ? `${base}?version=${entry.version}` : base,
      date: new Date(`${entry.date}T00:00:00Z`),
      description: entry.changes.map((change) => change.en).join(' '),
      content: content(entry, pinned ? `${base}data/releases/${entry.version}.json` : null),
      ...(pinned
        ? { enclosure: { url: `${base}data/releases/${entry.version}.json`, type: 'application/json' } }
        : {}),
    });
  }
  return feed;
}

export function changelogFeeds(input: FeedInput): { atom: string; json: string } {
  const base = input.siteUrl ?? PLACEHOLDER;
  const feed = buildFeed(input, base);
  const relative = (text: string) => (input.siteUrl ? text : text.replaceAll(PLACEHOLDER, './'));
  return { atom: relative(feed.atom1()), json: relative(feed.json1()) };
}
