// Every locale file is registered here, one namespace per feature, so features add strings
// without touching each other's files. The English resources define the typed keys.
import enCommon from './locales/en/common.json';
import frCommon from './locales/fr/common.json';

export const resources = {
  en: { common: enCommon },
  fr: { common: frCommon },
} as const;

export const defaultNS = 'common';
export type Namespace = keyof (typeof resources)['en'];
