import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources, defaultNS } from './resources';
import type { Lang } from './languages';

/** One i18next instance per app (tests make their own). Resources are bundled: no fetch. */
export function createI18n(lang: Lang): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: false,
    defaultNS,
    ns: Object.keys(resources.en),
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
