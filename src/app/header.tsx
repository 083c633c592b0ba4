import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/languages';
import { useLang } from '../i18n/use-lang';
import { useAtlasStore } from '../store/store-context';
import type { Theme } from '../store/ui-vocabulary';
import { EmbedButton } from '../features/embed/embed-button';
import { PresentButton } from '../features/presenter/present-button';
import { landmark } from '../components/export-landmarks';
import { SwitchGroup } from '../components/switch-group';
import { NewStoryButton } from '../features/presenter/editor/new-story-button';

const THEMES: readonly {
  id: Theme;
  key: 'header.themeLight' | 'header.themeDark' | 'header.themeAuto';
}[] = [
  { id: 'light', key: 'header.themeLight' },
  { id: 'dark', key: 'header.themeDark' },
  { id: 'auto', key: 'header.themeAuto' },
];

/**
 * The Export button's place while its menu (a lazy chunk that needs the loaded atlas) is not in yet:
 * the same button, disabled, so that the header's controls never move when the menu arrives.
 */
export function ExportPlaceholder() {
  const { t } = useTranslation('export');
  return (
    <div>
      <button type="button" className="plain-button disclosure-button" disabled>
        {t('menu.toggle')}
      </button>
    </div>
  );
}

/** `tools`: controls that need the loaded atlas (the Export menu), given by app.tsx once it is in. */
export function Header({ tools }: { tools?: ReactNode }) {
  const { t } = useTranslation();
  const lang = useLang();
  const theme = useAtlasStore((s) => s.theme);
  const setTheme = useAtlasStore((s) => s.setTheme);
  const setLang = useAtlasStore((s) => s.setLang);
  // On a phone the controls fold behind one button so the map starts near the top;
  // on wider screens the button is hidden by CSS and the controls always show.
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setMenuOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);
  return (
    <header className="app-header" data-menu-open={menuOpen || undefined}>
      <div className="header-title">
        <h1 {...landmark('title')}>{t('app.title')}</h1>
        {/* A phone shows the short one: the long one would push the map below the first screen. */}
        <p className="tagline">
          <span className="tagline-long">{t('app.tagline')}</span>
          <span className="tagline-short">{t('app.taglineShort')}</span>
        </p>
      </div>
      <button
        type="button"
        className="plain-button header-menu-button"
        aria-expanded={menuOpen}
        aria-controls="header-controls"
        onClick={() => setMenuOpen((open) => !open)}
      >
        <span aria-hidden="true" className="header-menu-icon" />
        {t('header.menu')}
      </button>
      <div id="header-controls" className="header-controls">
        <SwitchGroup label={t('header.language')}>
          {LANGUAGES.map((code) => (
            <button
              key={code}
              type="button"
              lang={code}
              aria-pressed={lang === code}
              onClick={() => setLang(code)}
              title={t(`lang.${code}`)}
            >
              {code.toUpperCase()}
            </button>
          ))}
        </SwitchGroup>
        <SwitchGroup label={t('header.theme')}>
          {THEMES.map(({ id, key }) => (
            <button key={id} type="button" aria-pressed={theme === id} onClick={() => setTheme(id)}>
              {t(key)}
            </button>
          ))}
        </SwitchGroup>
        <PresentButton />
        <NewStoryButton />
        <EmbedButton />
        {tools ?? <ExportPlaceholder />}
      </div>
    </header>
  );
}
