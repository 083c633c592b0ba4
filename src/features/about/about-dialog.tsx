import { Suspense, lazy, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlasModel } from '../../dataset/model-context';
import { useLang } from '../../i18n/use-lang';
import { formatIsoDate } from '../../i18n/format';
import '../../components/modal-dialog.css';
import './about-dialog.css';

// The colophon (sources, notes, changelog, citation) is its own chunk, fetched at the first opening:
// the first paint never shows it.
const AboutContent = lazy(() => import('./about-content').then((m) => ({ default: m.AboutContent })));

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
  const [opened, setOpened] = useState(false);
  const downloadsId = useId();
  const open = () => {
    setOpened(true);
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
          {opened && (
            <Suspense fallback={null}>
              <AboutContent onSelect={close} />
              {children && (
                <section aria-labelledby={downloadsId}>
                  <h3 id={downloadsId}>{t('downloads.title')}</h3>
                  {children}
                </section>
              )}
            </Suspense>
          )}
        </div>
      </dialog>
    </>
  );
}
