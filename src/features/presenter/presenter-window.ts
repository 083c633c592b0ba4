import { tokenFragment } from './presenter-token';

/** Full screen of the whole page; refusals (an iframe without allowfullscreen) are ignored. */
export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function exitFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

/** The speaker-notes window: the same atlas URL with `notes=1` (a parameter the codec leaves alone). */
export function notesUrl(location: Pick<Location, 'pathname' | 'search'>): string {
  const params = new URLSearchParams(location.search);
  params.set('notes', '1');
  params.delete('embed');
  return `${location.pathname}?${params.toString()}`;
}

export function isNotesWindow(search: string): boolean {
  return new URLSearchParams(search).get('notes') === '1';
}

/** Opens (or reuses) the notes window, handing it this presentation's token in the fragment. */
export function openNotesWindow(token: string): void {
  window.open(
    `${notesUrl(window.location)}${tokenFragment(token)}`,
    'compute-atlas-notes',
    'popup,width=960,height=720',
  );
}
