/** The Embed dialog's content, a lazy chunk loaded when the dialog first opens. */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAtlasStore } from '../../store/store-context';
import { DEFAULT_URL_STATE } from '../../url-state/url-state';
import { chosenPanels, heightOf, initialOptions, type EmbedOptions } from './embed-options';
import { EmbedOptionsForm } from './embed-options-form';
import { buildSnippet } from './embed-snippet';
import { useCopy } from './use-copy';
import { EmbedPin } from './embed-pin';
import releases from 'virtual:atlas-releases';
import { deskHref, shownVersion } from '../../lib/release-choice';
import { useFrameReady } from './use-frame-ready';

/** The map picture the build bakes into the page (scripts/prerender/); relative, like every asset. */
const BAKED_PICTURE = './map-picture.svg';

export function EmbedDialogBody() {
  const { t, i18n } = useTranslation('embed');
  const view = useAtlasStore(
    useShallow((s) => ({
      site: s.selectedId,
      date: s.asOf,
      view: s.view,
      panels: s.panels,
      lang: s.lang,
      theme: s.theme,
      group: s.group,
      scale: s.scale,
      table: s.table,
    })),
  );
  const [options, setOptions] = useState<EmbedOptions>(() => initialOptions(view));
  const [pinned, setPinned] = useState(false);
  const version = shownVersion(window.location.search, releases);
  const panels = chosenPanels(options);
  const title = i18n.getFixedT(options.lang ?? i18n.language, 'embed')('iframeTitle');
  const snippet =
    panels.length > 0
      ? buildSnippet({
          baseUri: document.baseURI,
          view: {
            ...DEFAULT_URL_STATE,
            site: view.site,
            date: view.date,
            view: view.view,
            group: options.group,
            scale: options.scale,
            table: view.table,
          },
          panels,
          lang: options.lang,
          theme: options.theme,
          height: heightOf(options),
          title,
          strictCsp: options.strictCsp,
          ...(pinned ? { version } : {}),
        })
      : null;
  const textarea = useRef<HTMLTextAreaElement>(null);
  const { status, copy } = useCopy(textarea, snippet?.html ?? '');
  const frame = useRef<HTMLIFrameElement>(null);
  const frameReady = useFrameReady(frame, snippet?.url ?? null);
  const [pictureIn, setPictureIn] = useState(false);

  return (
    <div className="embed-dialog-body">
      <p className="embed-intro">{t('dialog.intro')}</p>
      <EmbedOptionsForm options={options} onChange={setOptions} />
      <EmbedPin version={version} pinned={pinned} onChange={setPinned} />
      <div className="embed-code">
        <label htmlFor="embed-code-text">{t('dialog.code')}</label>
        <textarea
          id="embed-code-text"
          ref={textarea}
          readOnly
          rows={9}
          value={snippet?.html ?? ''}
          spellCheck={false}
        />
        <div className="embed-copy-row">
          <button
            type="button"
            className="plain-button primary-button embed-button"
            onClick={copy}
            disabled={!snippet}
          >
            {t('dialog.copy')}
          </button>
          <p role="status" className="embed-status">
            {status === 'copied' ? t('dialog.copied') : status === 'selected' ? t('dialog.selected') : ''}
          </p>
        </div>
      </div>
      {snippet?.css && (
        <div className="embed-code">
          <label htmlFor="embed-css-text">{t('dialog.css')}</label>
          <textarea id="embed-css-text" readOnly rows={5} value={snippet.css} spellCheck={false} />
        </div>
      )}
      <p className="embed-desk-link">
        <a href={deskHref(view.lang)}>{t('desk.link', { ns: 'newsroom' })}</a>
      </p>
      <section className="embed-preview" aria-labelledby="embed-preview-title">
        <h3 id="embed-preview-title">{t('dialog.preview')}</h3>
        {snippet && (
          <div className="embed-preview-frame">
            {/* The frame starts once the picture is in: a same-origin frame shares this page's main
                thread, and its start-up would otherwise hold the picture back for seconds. */}
            {pictureIn && <iframe ref={frame} src={snippet.url} title={t('dialog.previewTitle')} />}
            {!frameReady && (
              <img
                className="embed-preview-picture"
                src={BAKED_PICTURE}
                alt={t('dialog.previewPicture')}
                onLoad={() => setPictureIn(true)}
                onError={() => setPictureIn(true)}
              />
            )}
          </div>
        )}
      </section>
    </div>
  );
}
