/** The header's "Embed" button and the dialog it opens. */
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmbedDialog } from './embed-dialog';

export function EmbedButton() {
  const { t } = useTranslation('embed');
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const onClose = useCallback(() => setOpen(false), []);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="plain-button embed-button embed-open"
        aria-haspopup="dialog"
        title={t('openLabel')}
        onClick={() => setOpen(true)}
      >
        {t('open')}
      </button>
      <EmbedDialog open={open} onClose={onClose} returnFocus={button} />
    </>
  );
}
