/**
 * `?version=1.2.0`: which release of the dataset a link asks for. A published release
 * (data/releases/<version>.json) is shown as it was; the current version is the atlas's own file;
 * a version never published gets a message instead of someone else's figures. The parameter is
 * not part of the URL codec's state: it chooses the file before the atlas starts, like `data=`
 * would, and the codec keeps it in the address as it keeps any parameter it does not own.
 */
export type ReleaseChoice =
  | { kind: 'current' }
  | { kind: 'pinned'; version: string; url: string; latest: string }
  | { kind: 'unknown'; version: string; latest: string; released: readonly string[] };

export interface Releases {
  current: string;
  released: readonly string[];
}

export const VERSION_PARAM = 'version';

/** The release file's address, relative to the page (the build is relocatable). */
export const releaseUrl = (version: string) => `data/releases/${version}.json`;

export function releaseChoice(search: string, releases: Releases, custom: boolean): ReleaseChoice {
  const version = new URLSearchParams(search).get(VERSION_PARAM)?.trim().replace(/^v/i, '');
  // A visitor's own dataset (`data=`) has no releases of ours.
  if (!version || custom || version === releases.current) return { kind: 'current' };
  if (releases.released.includes(version))
    return { kind: 'pinned', version, url: releaseUrl(version), latest: releases.current };
  return {
    kind: 'unknown',
    version: version.slice(0, 40),
    latest: releases.current,
    released: releases.released,
  };
}

/** This page without `version=`: the latest data, everything else kept. */
export function latestHref(
  location: Pick<Location, 'pathname' | 'search' | 'hash'>,
  drop = VERSION_PARAM,
): string {
  const params = new URLSearchParams(location.search);
  params.delete(drop);
  const search = params.toString();
  return `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
}

/** The version this page shows: the pinned release's, or the current one. */
export function shownVersion(search: string, releases: Releases): string {
  const choice = releaseChoice(search, releases, false);
  return choice.kind === 'pinned' ? choice.version : releases.current;
}

/** The address that shows the data desk (`?desk=1`), in this page's folder. */
export const DESK_PARAM = 'desk';
export const deskHref = (lang: string | null) => `./?${DESK_PARAM}=1${lang ? `&lang=${lang}` : ''}`;
