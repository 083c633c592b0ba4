import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadsList } from './downloads-list';
import './downloads.css';

/** A disclosure button holding the downloads; Escape closes it and returns focus to the button. */
export function DownloadsMenu() {
  const { t } = useTranslation('details');
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      setOpen(false);
      button.current?.focus();
    }
  };
  return (
    // Escape bubbles here from any control inside; the wrapper itself is not interactive.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div className="downloads-menu" onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="plain-button disclosure-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">⤓ </span>
        {t('downloads.toggle')}
      </button>
      <div id={id} className="downloads-popover" hidden={!open}>
        <h2 className="downloads-title">{t('downloads.title')}</h2>
        <DownloadsList />
      </div>
    </div>
  );
}
