/** The dialog's choices: panels (ticked, in order), language, theme, height. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, isLang } from '../../i18n/languages';
import {
  GROUPINGS,
  SCALES,
  THEMES,
  type AmountScale,
  type Grouping,
  type Theme,
} from '../../store/ui-vocabulary';
import { chosenPanels, movePanelUp, togglePanel, type EmbedOptions } from './embed-options';
import { MAX_HEIGHT_PX, MIN_HEIGHT_PX } from './embed-snippet';

const THEME_KEYS = {
  light: 'dialog.themeLight',
  dark: 'dialog.themeDark',
  auto: 'dialog.themeAuto',
} as const;

interface Props {
  options: EmbedOptions;
  onChange: (options: EmbedOptions) => void;
}

export function EmbedOptionsForm({ options, onChange }: Props) {
  const { t } = useTranslation('embed');
  const id = useId();
  const none = chosenPanels(options).length === 0;
  return (
    <div className="embed-options">
      <fieldset aria-describedby={none ? `${id}-none` : undefined}>
        <legend>{t('dialog.panels')}</legend>
        <ol className="embed-panel-list">
          {options.order.map((panel, index) => {
            const label = t(`dialog.panel.${panel}`);
            return (
              <li key={panel}>
                <label className="embed-check">
                  <input
                    type="checkbox"
                    checked={options.shown.includes(panel)}
                    onChange={() => onChange(togglePanel(options, panel))}
                  />
                  {label}
                </label>
                {index > 0 && (
                  <button
                    type="button"
                    className="embed-move"
                    aria-label={t('dialog.moveUp', { panel: label })}
                    onClick={() => onChange(movePanelUp(options, panel))}
                  >
                    <span aria-hidden="true">↑</span>
                  </button>
                )}
              </li>
            );
          })}
        </ol>
        {none && (
          <p id={`${id}-none`} className="embed-warning">
            {t('dialog.noPanel')}
          </p>
        )}
      </fieldset>

      <div className="embed-selects">
        <label>
          {t('dialog.language')}
          <select
            value={options.lang ?? 'auto'}
            onChange={(e) => onChange({ ...options, lang: isLang(e.target.value) ? e.target.value : null })}
          >
            <option value="auto">{t('dialog.langAuto')}</option>
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {t(`lang.${code}`, { ns: 'common' })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dialog.theme')}
          <select
            value={options.theme}
            onChange={(e) => onChange({ ...options, theme: e.target.value as Theme })}
          >
            {THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {t(THEME_KEYS[theme])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dialog.group')}
          <select
            value={options.group}
            onChange={(e) => onChange({ ...options, group: e.target.value as Grouping })}
          >
            {GROUPINGS.map((group) => (
              <option key={group} value={group}>
                {t(`dialog.group_${group}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dialog.scale')}
          <select
            value={options.scale}
            onChange={(e) => onChange({ ...options, scale: e.target.value as AmountScale })}
          >
            {SCALES.map((scale) => (
              <option key={scale} value={scale}>
                {t(`dialog.scale_${scale}`)}
              </option>
            ))}
          </select>
        </label>
      </div>

      <fieldset>
        <legend>{t('dialog.height')}</legend>
        <label className="embed-check">
          <input
            type="radio"
            name={`${id}-height`}
            checked={options.heightMode === 'auto'}
            onChange={() => onChange({ ...options, heightMode: 'auto' })}
          />
          {t('dialog.heightAuto')}
        </label>
        <label className="embed-check">
          <input
            type="radio"
            name={`${id}-height`}
            checked={options.heightMode === 'fixed'}
            onChange={() => onChange({ ...options, heightMode: 'fixed' })}
          />
          {t('dialog.heightFixed')}
        </label>
        <label className="embed-px">
          {options.heightMode === 'auto' ? t('dialog.heightPxAuto') : t('dialog.heightPx')}
          <input
            type="number"
            inputMode="numeric"
            min={MIN_HEIGHT_PX}
            max={MAX_HEIGHT_PX}
            step={10}
            value={Number.isNaN(options.px) ? '' : options.px}
            onChange={(e) => onChange({ ...options, px: e.target.valueAsNumber })}
          />
        </label>
      </fieldset>

      <label className="embed-check">
        <input
          type="checkbox"
          checked={options.strictCsp}
          onChange={(e) => onChange({ ...options, strictCsp: e.target.checked })}
        />
        {t('dialog.strictCsp')}
      </label>
    </div>
  );
}
