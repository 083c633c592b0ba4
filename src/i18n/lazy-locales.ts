/**
 * The app's i18next: only the active language's locale files are fetched, each
 * namespace its own small chunk; another language loads when the visitor switches to it.
 * Tests keep `createI18n` (i18n.ts), which bundles both languages synchronously.
 */
import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from './languages';

type Bundle = Record<string, unknown>;

// Every locales/<lang>/<namespace>.json, found by the bundler: a new namespace needs no edit here.
const files = import.meta.glob<Bundle>('./locales/*/*.json', { import: 'default' });

const namespaceOf = (path: string) => path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
export const NAMESPACES = [...new Set(Object.keys(files).map(namespaceOf))].sort();

const loaded = new Map<Lang, Record<string, Bundle>>();

/** Fetches one language's namespaces; `createAppI18n` then starts with them, synchronously. */
export async function preloadLocale(lang: Lang): Promise<void> {
  if (loaded.has(lang)) return;
  const entries = await Promise.all(
    Object.entries(files)
      .filter(([path]) => path.startsWith(`./locales/${lang}/`))
      .map(async ([path, load]) => [namespaceOf(path), await load()] as const),
  );
  loaded.set(lang, Object.fromEntries(entries));
}

const backend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load = files[`./locales/${language}/${namespace}.json`];
    if (!load) return callback(new Error(`no locale file ${language}/${namespace}`), false);
    load().then(
      (bundle) => callback(null, bundle),
      (error: unknown) => callback(error as Error, false),
    );
  },
};

export function createAppI18n(lang: Lang): i18n {
  const initial = loaded.get(lang);
  const instance = i18next.createInstance();
  void instance
    .use(backend)
    .use(initReactI18next)
    .init({
      ...(initial ? { resources: { [lang]: initial }, partialBundledLanguages: true } : {}),
      lng: lang,
      fallbackLng: false,
      defaultNS: 'common',
      ns: NAMESPACES,
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  return instance;
}
