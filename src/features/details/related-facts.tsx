import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlasModel } from '../../dataset/model-context';
import { useLang } from '../../i18n/use-lang';
import { CitationList } from './citation-list';
import { factsAbout } from './details-model';
import { QuantityText } from './quantity-text';

/** The dataset's facts that name this record in `about`, each with its quotes. */
export function RelatedFacts({ id }: { id: string }) {
  const { t } = useTranslation('details');
  const model = useAtlasModel();
  const lang = useLang();
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
            {fact.quantity && <QuantityText quantity={fact.quantity} />}
            <CitationList
              fact={fact.label[lang]}
              citations={fact.citations}
              external={fact.external}
              english={fact.text.en}
              visible={0}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
