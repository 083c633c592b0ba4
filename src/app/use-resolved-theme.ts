import type { ThemeChoice } from '../store/prefs-slice';
import { useMediaQuery } from './use-media-query';

/** 'auto' follows prefers-color-scheme live; the result goes on <html data-theme>. */
export function useResolvedTheme(choice: ThemeChoice): 'light' | 'dark' {
  const dark = useMediaQuery('(prefers-color-scheme: dark)');
  if (choice === 'auto') return dark ? 'dark' : 'light';
  return choice;
}
