/**
 * "Embed this view": a modal <dialog> with the iframe code for the current view, its options,
 * a copy button and a live preview. Its content mounts only while open, so the preview
 * iframe loads only when asked for, and its code (options, snippet) is a lazy chunk.
 */
import { Suspense, lazy, useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import '../../components/modal-dialog.css';
import './embed-dialog.css';

const EmbedDialogBody = lazy(() =>
  import('./embed-dialog-body').then((module) => ({ default: module.EmbedDialogBody })),
);

interface Props {
  open: boolean;
  onClose: () => void;
  /** Where focus goes back when the dialog closes (the button that opened it). */
  returnFocus: RefObject<HTMLElement | null>;
}

export function EmbedDialog({ open, onClose, returnFocus }: Props) {
  const { t } = useTranslation('embed');
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (open && dialog && !dialog.open) dialog.showModal();
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // Esc (the browser's cancel) and the close button both end in the `close` event.
    const closed = () => {
      onClose();
      returnFocus.current?.focus();
    };
    dialog.addEventListener('close', closed);
    return () => dialog.removeEventListener('close', closed);
  }, [onClose, returnFocus]);

  return (
    <dialog ref={ref} className="modal-dialog embed-dialog" aria-labelledby="embed-dialog-title">
      <div className="modal-dialog-bar">
        <h2 id="embed-dialog-title">{t('dialog.title')}</h2>
        <button type="button" className="plain-button embed-button" onClick={() => ref.current?.close()}>
          {t('dialog.close')}
        </button>
      </div>
      {open && (
        <Suspense fallback={null}>
          <EmbedDialogBody />
        </Suspense>
      )}
    </dialog>
  );
}
