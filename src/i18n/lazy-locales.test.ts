import { describe, expect, it } from 'vitest';
import { resources } from './resources';
import { NAMESPACES, createAppI18n, preloadLocale } from './lazy-locales';

describe('lazy locales', () => {
  it('finds every namespace that resources.ts registers', () => {
    expect(NAMESPACES).toEqual(Object.keys(resources.en).sort());
  });

  it('starts with only the preloaded language, and loads another on a switch', async () => {
    await preloadLocale('en');
    const i18n = createAppI18n('en');
    expect(i18n.t('app.loading')).toBe(resources.en.common.app.loading);
    expect(i18n.hasResourceBundle('en', 'details')).toBe(true);
    expect(i18n.hasResourceBundle('fr', 'common')).toBe(false);
    await i18n.changeLanguage('fr');
    expect(i18n.t('app.loading')).toBe(resources.fr.common.app.loading);
  });
});
