import { useTranslation } from 'react-i18next';

/** The details strings fixed to English, for "In English" renderings whatever the UI language. */
export function useEnglishT() {
  const { i18n } = useTranslation('details');
  return i18n.getFixedT('en', 'details');
}
