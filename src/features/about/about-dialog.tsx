import { useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlasModel } from '../../dataset/model-context';
import { useLang } from '../../i18n/use-lang';
import { formatIsoDate } from '../../i18n/format';
import { AboutContent } from './about-content';
import '../../components/modal-dialog.css';
import './about-dialog.css';

/**
 * "About the data": a button that opens a native modal <dialog> (focus trap and Escape from the
 * browser). `children`, the downloads list composed by app/, is rendered last under its heading.
 */
export function AboutDialog({ children }: { children?: ReactNode }) {
  const { t } = useTranslation('details');
  const { t: tp } = useTranslation('provenance');
  const model = useAtlasModel();
  const lang = useLang();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const downloadsId = useId();
  const open = () => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  };
  const close = () => dialog.current?.close();
  return (
    <>
      <button type="button" className="plain-button about-open" aria-haspopup="dialog" onClick={open}>
        {t('about.open')}
      </button>
      <dialog ref={dialog} className="modal-dialog about-dialog" aria-labelledby={titleId}>
        <div className="modal-dialog-bar">
          <h2 id={titleId}>{t('about.title')}</h2>
          <button type="button" className="plain-button" onClick={close}>
            <span aria-hidden="true">✕ </span>
            {t('about.close')}
          </button>
        </div>
        <div className="about-body">
          <p className="about-version">
            {t('about.version.text', {
              version: model.atlas.version,
              date: formatIsoDate(model.atlas.updated, lang),
            })}
            {model.atlas.asOf && <> {tp('asOf', { date: formatIsoDate(model.atlas.asOf, lang) })}.</>}
          </p>
          <AboutContent onSelect={close} />
          {children && (
            <section aria-labelledby={downloadsId}>
              <h3 id={downloadsId}>{t('downloads.title')}</h3>
              {children}
            </section>
          )}
        </div>
      </dialog>
    </>
  );
}
