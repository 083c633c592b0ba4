import { useTranslation } from 'react-i18next';
import { useAtlasModel } from '../../dataset/model-context';
import { formatIsoDate } from '../../i18n/format';
import { useLang } from '../../i18n/use-lang';

/** The policy's full text: its section of data/README.md, built into a page of the site. */
const POLICY_PAGE = './source-policy.html';

/** The source policy in brief, the day the dataset reflects, and the full policy one link away. */
export function SourcePolicy() {
  const { t } = useTranslation('provenance');
  const lang = useLang();
  const { atlas } = useAtlasModel();
  return (
    <section aria-labelledby="about-source-policy">
      <h3 id="about-source-policy">{t('policy.title')}</h3>
      {atlas.asOf && (
        <p className="about-as-of">{t('asOfLine', { date: formatIsoDate(atlas.asOf, lang) })}</p>
      )}
      <p>{t('policy.counts')}</p>
      <p>{t('policy.neverAlone')}</p>
      <p>{t('policy.freshness')}</p>
      <p>
        <a href={POLICY_PAGE} type="text/html" hrefLang="en">
          {t('policy.link')}
        </a>
      </p>
    </section>
  );
}
