/** The colours and font of the page as the visitor sees them now (light or dark), for exports. */
import type { Lang } from '../../i18n/languages';

export interface ExportTheme {
  lang: Lang;
  dark: boolean;
  font: string;
  bg: string;
  surface: string;
  ink: string;
  muted: string;
  border: string;
  accent: string;
}

export function readTheme(lang: Lang, root: HTMLElement = document.documentElement): ExportTheme {
  const style = getComputedStyle(root);
  const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    lang,
    dark: root.dataset.theme === 'dark',
    font: token('--font-sans', 'system-ui, sans-serif'),
    bg: token('--color-bg', '#f6f5f1'),
    surface: token('--color-surface', '#ffffff'),
    ink: token('--color-ink', '#1b1f24'),
    muted: token('--color-muted', '#535b66'),
    border: token('--color-border', '#d9d7cf'),
    accent: token('--color-accent', '#2f4ac0'),
  };
}
