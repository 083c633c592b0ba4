/** The resolved interface language (never null), from context instead of a prop on every view. */
import { createContext, useContext, type ReactNode } from 'react';
import type { Lang } from './languages';

const LangContext = createContext<Lang | null>(null);

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useLang(): Lang {
  const lang = useContext(LangContext);
  if (!lang) throw new Error('useLang must be used inside <LangProvider>');
  return lang;
}
