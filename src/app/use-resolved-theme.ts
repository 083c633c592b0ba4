import type { Theme } from '../store/ui-vocabulary';
import { DARK_SCHEME_QUERY, useMediaQuery } from '../lib/media';

/** 'auto' follows prefers-color-scheme live; the result goes on <html data-theme>. */
export function useResolvedTheme(choice: Theme): 'light' | 'dark' {
  const dark = useMediaQuery(DARK_SCHEME_QUERY);
  if (choice === 'auto') return dark ? 'dark' : 'light';
  return choice;
}
