import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasModel } from '../../dataset/model';
import type { Lang } from '../../i18n/languages';
import { CitationList } from './citation-list';
import { factsAbout } from './details-model';
import { QuantityText } from './quantity-text';

/** The dataset's facts that name this record in `about`, each with its quotes. */
export function RelatedFacts({ model, id, lang }: { model: AtlasModel; id: string; lang: Lang }) {
  const { t } = useTranslation('details');
  const headingId = useId();
  const facts = factsAbout(model, id);
  if (facts.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="details-section">
      <h3 id={headingId}>{t('field.facts')}</h3>
      <ul className="fact-list">
        {facts.map((fact) => (
          <li key={fact.id}>
            <strong>{fact.label[lang]}</strong> {fact.text[lang]}{' '}
            {fact.quantity && <QuantityText quantity={fact.quantity} lang={lang} />}
            <CitationList
              fact={fact.label[lang]}
              citations={fact.citations}
              external={fact.external}
              sourcesById={model.sourcesById}
              lang={lang}
              english={fact.text.en}
              visible={0}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
