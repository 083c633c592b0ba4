/**
 * The dataset's releases and changelog feed in the build (scripts/releases/releases.ts):
 * - `virtual:atlas-releases`: which versions have a release file, and which one is current;
 * - `data/releases/<version>.json` copied as they are (stable, unhashed addresses for pinned embeds);
 * - `changelog.xml` (Atom) and `changelog.json` (JSON Feed) from data/atlas.json's changelog.
 * `vite dev` serves the same files from the same addresses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { RELEASES_DIR, releasedVersions } from './releases.ts';
import { changelogFeeds, type ChangelogEntry } from './changelog-feed.ts';

const VIRTUAL = 'virtual:atlas-releases';
const RESOLVED = `\0${VIRTUAL}`;

function readAtlas(root: string) {
  return JSON.parse(readFileSync(join(root, 'data/atlas.json'), 'utf8')) as {
    version: string;
    updated: string;
    changelog?: ChangelogEntry[];
  };
}

/** Every file the plugin adds to the site, by its path under the site's root. */
export function releaseFiles(root: string): Map<string, { type: string; body: () => string | Buffer }> {
  const atlas = readAtlas(root);
  const released = releasedVersions(root);
  const siteUrl = process.env.ATLAS_SITE_URL?.replace(/\/?$/, '/');
  const feeds = () =>
    changelogFeeds({
      version: atlas.version,
      changelog: atlas.changelog ?? [],
      released,
      ...(siteUrl ? { siteUrl } : {}),
    });
  const files = new Map<string, { type: string; body: () => string | Buffer }>([
    ['changelog.xml', { type: 'application/atom+xml; charset=utf-8', body: () => feeds().atom }],
    ['changelog.json', { type: 'application/feed+json; charset=utf-8', body: () => feeds().json }],
  ]);
  for (const version of released) {
    files.set(`${RELEASES_DIR}/${version}.json`, {
      type: 'application/json',
      body: () => readFileSync(join(root, RELEASES_DIR, `${version}.json`)),
    });
  }
  return files;
}

export function releasesPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'atlas-releases',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const { version, updated } = readAtlas(root);
      return `export default ${JSON.stringify({ current: version, updated, released: releasedVersions(root) })};`;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent((request.url ?? '').split('?')[0]!.replace(/^\//, ''));
        const file = releaseFiles(root).get(path);
        if (!file) return next();
        response.setHeader('Content-Type', file.type);
        response.end(file.body());
      });
    },
    generateBundle() {
      for (const [fileName, file] of releaseFiles(root)) {
        this.emitFile({ type: 'asset', fileName, source: file.body() });
      }
    },
  };
}
