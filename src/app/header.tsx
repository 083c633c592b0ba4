import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Lang } from '../i18n/languages';
import { useAtlasStore } from '../store/store-context';
import type { ThemeChoice } from '../store/prefs-slice';
import { EmbedButton } from '../features/embed/embed-button';
import { PresentButton } from '../features/presenter/present-button';

const THEMES: readonly {
  id: ThemeChoice;
  key: 'header.themeLight' | 'header.themeDark' | 'header.themeAuto';
}[] = [
  { id: 'light', key: 'header.themeLight' },
  { id: 'dark', key: 'header.themeDark' },
  { id: 'auto', key: 'header.themeAuto' },
];

/** `tools`: controls that need the loaded atlas (the Export menu), given by app.tsx once it is in. */
export function Header({ lang, tools }: { lang: Lang; tools?: ReactNode }) {
  const { t } = useTranslation();
  const theme = useAtlasStore((s) => s.theme);
  const setTheme = useAtlasStore((s) => s.setTheme);
  const setLang = useAtlasStore((s) => s.setLang);
  return (
    <header className="app-header">
      <div>
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <div className="header-controls">
        <fieldset className="segmented">
          <legend>{t('header.language')}</legend>
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
        </fieldset>
        <fieldset className="segmented">
          <legend>{t('header.theme')}</legend>
          {THEMES.map(({ id, key }) => (
            <button key={id} type="button" aria-pressed={theme === id} onClick={() => setTheme(id)}>
              {t(key)}
            </button>
          ))}
        </fieldset>
        <PresentButton />
        <EmbedButton />
        {tools}
      </div>
    </header>
  );
}
