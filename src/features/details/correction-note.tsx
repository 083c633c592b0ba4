/**
 * Where the dataset corrects an article, both side by side, beside the corrected fact:
 * "Article 004: 2024 (AFP) · Announced 11 Feb 2026 [reference]", the correction marked external.
 */
import { useTranslation } from 'react-i18next';
import { correctedArticle, correctionsFor, type CorrectionField } from '../../dataset/corrections';
import { useAtlasModel } from '../../dataset/model-context';
import { useLang } from '../../i18n/use-lang';
import { safeHref } from '../../lib/safe-href';
import './correction-note.css';

export function CorrectionNotes({ id, field }: { id: string; field: CorrectionField }) {
  const { t } = useTranslation('corrections');
  const lang = useLang();
  const model = useAtlasModel();
  const notes = correctionsFor(model, id, field);
  if (notes.length === 0) return null;
  return (
    <>
      {notes.map((note) => {
        const article = correctedArticle(note, model.sourcesById);
        return (
          <p key={note.id} className="correction-note" data-correction={note.id}>
            <span className="correction-claim" title={t('claimLabel')}>
              {article ? `${t('article', { number: article.number })} ` : ''}
              {note.correction.claim[lang]}
            </span>
            <span aria-hidden="true"> · </span>
            <span className="correction-fix" title={t('correctedLabel')}>
              <span className="correction-external">{t('external')}</span> {note.correction.corrected[lang]}{' '}
              {note.external.map((ref) => {
                const href = safeHref(ref.url);
                return href ? (
                  <a
                    key={ref.url}
                    href={href}
                    rel="noopener noreferrer external"
                    target="_blank"
                    title={`${ref.title} — ${ref.publisher}`}
                  >
                    [{t('reference')}]
                  </a>
                ) : null;
              })}
            </span>
          </p>
        );
      })}
    </>
  );
}
