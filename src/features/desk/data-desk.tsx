/**
 * The Data desk (`?desk=1`): a newsroom drops or picks a CSV or JSON file; it is checked in this
 * browser (a Web Worker), nothing is sent anywhere. Problems are listed by row and column; a valid
 * file is previewed as the atlas, can be downloaded as the checked atlas.json, and gets its embed code.
 */
import { useMemo, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { buildAtlasModel, type AtlasModel } from '../../dataset/model';
import { saveBlob } from '../../lib/save-blob';
import { atlasFileText, checkFile, deskEmbedCode, type DeskResult } from './desk-check';
import { DeskProblems } from './desk-problems';
import { SpreadsheetTemplateButton } from './spreadsheet-template-button';
import './data-desk.css';

type State =
  { status: 'idle' } | { status: 'checking'; name: string } | { status: 'done'; result: DeskResult };

interface Props {
  /** The atlas drawn with the file's model (composed by app/: features never import each other). */
  preview: (model: AtlasModel) => ReactNode;
  /** The address of the atlas without the desk. */
  backHref: string;
}

export function DataDesk({ preview, backHref }: Props) {
  const { t } = useTranslation('newsroom');
  const [state, setState] = useState<State>({ status: 'idle' });
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const check = async (file: File | undefined) => {
    if (!file) return;
    setState({ status: 'checking', name: file.name });
    setState({ status: 'done', result: await checkFile(file) });
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void check(event.dataTransfer.files[0]);
  };
  const result = state.status === 'done' ? state.result : null;
  const model = useMemo(() => (result?.ok ? buildAtlasModel(result.atlas) : null), [result]);
  return (
    <div className="data-desk">
      <section className="desk-intro panel" aria-labelledby="desk-title">
        <h2 id="desk-title">{t('desk.title')}</h2>
        <p>{t('desk.intro')}</p>
        <div
          className={over ? 'desk-drop desk-drop-over' : 'desk-drop'}
          onDragOver={(event) => {
            event.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
          data-drop-zone=""
        >
          <p>{t('desk.drop')}</p>
          <label className="plain-button primary-button desk-pick">
            {t('desk.pick')}
            <input
              ref={input}
              type="file"
              accept=".csv,.json,text/csv,application/json"
              className="desk-file"
              onChange={(event) => void check(event.target.files?.[0])}
            />
          </label>
        </div>
        <p className="desk-links">
          <SpreadsheetTemplateButton label={t('desk.template')} /> <a href={backHref}>{t('desk.back')}</a>
        </p>
        <p role="status" className="desk-status">
          {state.status === 'checking' ? t('desk.checking', { name: state.name }) : ''}
        </p>
      </section>
      {result && !result.ok && <DeskProblems name={result.name} problems={result.problems} />}
      {result?.ok && model && (
        <>
          <section className="desk-ready panel" aria-labelledby="desk-ready-title">
            <h2 id="desk-ready-title">
              {t('desk.okTitle', { name: result.name, count: result.atlas.sites.length })}
            </h2>
            <p>
              <button
                type="button"
                className="plain-button primary-button"
                onClick={() =>
                  saveBlob(
                    new Blob([atlasFileText(result.atlas)], { type: 'application/json' }),
                    'atlas.json',
                  )
                }
              >
                {t('desk.download')}
              </button>
            </p>
            <h3>{t('desk.embedTitle')}</h3>
            <p>{t('desk.embedIntro')}</p>
            <textarea
              aria-label={t('desk.embedTitle')}
              readOnly
              rows={8}
              spellCheck={false}
              value={deskEmbedCode(
                document.baseURI,
                'https://YOUR-SITE.example/atlas.json',
                t('desk.previewTitle'),
              )}
            />
          </section>
          <section className="desk-preview" aria-label={t('desk.previewTitle')}>
            <h2>{t('desk.preview')}</h2>
            {preview(model)}
          </section>
        </>
      )}
    </div>
  );
}
