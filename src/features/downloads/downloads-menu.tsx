import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasModel } from '../../dataset/model';
import { DownloadsList } from './downloads-list';
import './downloads.css';

/** A disclosure (native <details>) holding the downloads; Escape closes it and returns focus. */
export function DownloadsMenu({ model }: { model: AtlasModel }) {
  const { t } = useTranslation('details');
  const details = useRef<HTMLDetailsElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && details.current?.open) {
      details.current.open = false;
      details.current.querySelector('summary')?.focus();
    }
  };
  return (
    // The handler only adds Escape to a native disclosure; the element itself stays non-interactive.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <details className="downloads-menu" ref={details} onKeyDown={onKeyDown}>
      <summary>
        <span aria-hidden="true">⤓ </span>
        {t('downloads.toggle')}
      </summary>
      <div className="downloads-popover">
        <h2 className="downloads-title">{t('downloads.title')}</h2>
        <DownloadsList model={model} />
      </div>
    </details>
  );
}
