/** The Embed dialog's data choice: follow the latest release (the default) or pin the one shown. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The dataset version on screen, the one a pinned embed keeps. */
  version: string;
  pinned: boolean;
  onChange: (pinned: boolean) => void;
}

export function EmbedPin({ version, pinned, onChange }: Props) {
  const { t } = useTranslation('newsroom');
  const id = useId();
  return (
    <fieldset className="embed-pin" aria-describedby={`${id}-hint`}>
      <legend>{t('pin.legend')}</legend>
      <label className="embed-check">
        <input type="radio" name={`${id}-pin`} checked={!pinned} onChange={() => onChange(false)} />
        {t('pin.latest')}
      </label>
      <label className="embed-check">
        <input type="radio" name={`${id}-pin`} checked={pinned} onChange={() => onChange(true)} />
        {t('pin.pinned', { version })}
      </label>
      <p id={`${id}-hint`} className="embed-hint">
        {t('pin.hint')}
      </p>
    </fieldset>
  );
}
