/**
 * The story editor, beside the atlas: the presenter sets up a view (selection, date, panels, chart
 * settings, camera) with the atlas itself, then adds it as a step. Drafts are kept in this browser;
 * a story leaves as a story.json file ("Download story") and comes back ("Open story file").
 * Loaded as its own chunk, only when opened.
 */
import { enterPresenter } from '../return-view';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlasModel } from '../../../dataset/model-context';
import { recordName } from '../../../dataset/model';
import { formatIsoDate } from '../../../i18n/format';
import type { Lang } from '../../../i18n/languages';
import { LANGUAGES } from '../../../i18n/languages';
import { useLang } from '../../../i18n/use-lang';
import { saveBlob } from '../../../lib/save-blob';
import { useAtlasStoreApi } from '../../../store/store-context';
import { localText } from '../story/local-text';
import { loadStory } from '../story/story-data';
import { canUndo, copyStory, draftProblems, newStory } from '../story/story-draft-model';
import type { Story } from '../story/story-schema';
import { MAX_STORY_BYTES, readStoryText } from '../story/story-url';
import { useStorySession, type EditorRequest } from '../story-session';
import { useIssueWords } from '../use-issue-words';
import { captureView, showStepView } from './atlas-view';
import { StepForm, TextInput } from './step-form';
import { StepList } from './step-list';
import { useStoryDraft } from './use-story-draft';
import { SwitchGroup } from '../../../components/switch-group';
import './story-editor.css';

const newId = () => `story-${Date.now().toString(36)}`;

function startingStory(request: EditorRequest | null): Story {
  if (request?.kind === 'copy') return copyStory(request.story, newId());
  if (request?.kind === 'resume') return request.story;
  return newStory(newId());
}

export default function StoryEditor() {
  const { t } = useTranslation('stories');
  const lang = useLang();
  const model = useAtlasModel();
  const store = useAtlasStoreApi();
  const request = useStorySession((s) => s.editor);
  const close = useStorySession((s) => s.closeEditor);
  const present = useStorySession((s) => s.present);
  const { state, dispatch, load, drafts, storage, remove } = useStoryDraft(() => startingStory(request));
  const { story } = state;
  const [selected, setSelected] = useState(0);
  const [writing, setWriting] = useState<Lang>(lang);
  const [fileMessage, setFileMessage] = useState<{ text: string; lines: string[] } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const problems = draftProblems(story);
  const words = useIssueWords();
  const index = Math.min(selected, story.steps.length - 1);
  const step = story.steps[index];
  const openEditor = useStorySession((s) => s.openEditor);
  // Presenting unmounts the editor; leaving brings it back on the same story.
  useEffect(() => openEditor({ kind: 'resume', story }), [openEditor, story]);

  const addStep = () => {
    const view = captureView(store.getState());
    const record = view.site ? model.recordsById.get(view.site) : undefined;
    const name = record ? recordName(record, writing) : t('stepN', { step: story.steps.length + 1 });
    dispatch({ type: 'add-step', view, title: { fr: '', en: '', [writing]: name } });
    setSelected(story.steps.length);
  };
  const pinTarget = (() => {
    if (!step) return null;
    const cited = step.cites[0];
    if (cited) return { record: cited };
    const camera = store.getState().view;
    return camera ? { lat: camera.lat, lon: camera.lon } : null;
  })();
  const download = () => {
    const blob = new Blob([`${JSON.stringify(story, null, 2)}\n`], { type: 'application/json' });
    saveBlob(blob, `${story.id}.json`);
  };
  const openFile = async (file: File) => {
    if (file.size > MAX_STORY_BYTES) {
      setFileMessage({ text: t('fileTooLarge', { size: MAX_STORY_BYTES / 1024 }), lines: [] });
      return;
    }
    const result = readStoryText(await file.text());
    if (!result.ok) {
      const lines =
        result.kind === 'schema' ? result.issues.map(words) : result.kind === 'json' ? result.problems : [];
      setFileMessage({ text: t('fileProblem'), lines });
      return;
    }
    // A file opened twice becomes a second draft instead of overwriting the first one's edits.
    const taken = drafts.some((d) => d.story.id === result.story.id) || result.story.id === story.id;
    load(taken ? copyStory(result.story, newId()) : result.story);
    setSelected(0);
    setFileMessage({ text: t('opened', { title: localText(result.story.title, lang).text }), lines: [] });
  };
  // "Edit a copy" of the atlas's own story: its steps as a new draft, the original untouched.
  const copyAtlasStory = () => {
    const builtIn = loadStory();
    if (!builtIn.ok) return;
    load(copyStory(builtIn.story, newId()));
    setSelected(0);
  };
  const startPresenting = () => {
    present(story);
    enterPresenter(store);
  };

  return (
    <aside className="story-editor" aria-labelledby="story-editor-title">
      <header className="story-editor-header">
        <h2 id="story-editor-title">{t('editor')}</h2>
        <button type="button" className="plain-button" onClick={close}>
          {t('closeEditor')}
        </button>
      </header>

      <div className="story-editor-tools">
        <button type="button" className="plain-button" onClick={() => load(newStory(newId()))}>
          {t('newStory')}
        </button>
        <button type="button" className="plain-button" onClick={copyAtlasStory}>
          {t('editCopy')}
        </button>
        <button type="button" className="plain-button" onClick={() => fileInput.current?.click()}>
          {t('openFile')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void openFile(file);
          }}
        />
        <button type="button" className="plain-button" onClick={download} disabled={problems.length > 0}>
          {t('download')}
        </button>
        <button
          type="button"
          className="plain-button"
          onClick={startPresenting}
          disabled={problems.length > 0}
        >
          {t('present')}
        </button>
        <button
          type="button"
          className="plain-button"
          onClick={() => dispatch({ type: 'undo' })}
          disabled={!canUndo(state)}
        >
          {t('undo')}
        </button>
      </div>
      {fileMessage && (
        <div role="status" className="story-file-message">
          <p>{fileMessage.text}</p>
          {fileMessage.lines.length > 0 && (
            <ul>
              {fileMessage.lines.slice(0, 10).map((line, n) => (
                <li key={n}>{line.slice(0, 300)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <p role="status" className="story-storage">
        {storage === 'unavailable' ? t('storageUnavailable') : storage === 'full' ? t('storageFull') : ''}
      </p>

      <SwitchGroup label={t('writingIn')} className="story-writing">
        {LANGUAGES.map((code) => (
          <button
            key={code}
            type="button"
            lang={code}
            aria-pressed={writing === code}
            onClick={() => setWriting(code)}
          >
            {code.toUpperCase()}
          </button>
        ))}
      </SwitchGroup>
      <TextInput
        label={t('storyTitle')}
        text={story.title}
        writing={writing}
        max={120}
        onChange={(value) => dispatch({ type: 'set-story-title', lang: writing, value })}
      />

      <button type="button" className="story-add-step" onClick={addStep}>
        {t('addStep')}
      </button>

      <h3 className="story-steps-title">{t('steps')}</h3>
      {story.steps.length === 0 ? (
        <p className="story-empty">{t('noSteps')}</p>
      ) : (
        <StepList
          steps={story.steps}
          selected={index}
          onSelect={setSelected}
          onMove={(from, to) => {
            dispatch({ type: 'move', from, to });
            if (from === index) setSelected(to);
          }}
        />
      )}
      {step && (
        <StepForm
          key={step.id}
          step={step}
          index={index}
          writing={writing}
          pinTarget={pinTarget}
          dispatch={dispatch}
          onPreview={() => showStepView(store, step)}
          onUpdateView={() => dispatch({ type: 'update-view', index, view: captureView(store.getState()) })}
        />
      )}

      <section className="story-check" aria-live="polite" aria-labelledby="story-check-title">
        <h3 id="story-check-title" className="visually-hidden">
          {t('checkTitle')}
        </h3>
        {problems.length === 0 ? (
          <p>{t('valid')}</p>
        ) : (
          <>
            <p>{t('problems', { count: problems.length })}</p>
            <ul>
              {problems.slice(0, 10).map((problem, n) => (
                <li key={n}>{words(problem)}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      {drafts.length > 0 && (
        <section className="story-drafts" aria-labelledby="story-drafts-title">
          <h3 id="story-drafts-title">{t('drafts')}</h3>
          <ul>
            {drafts.map((draft) => {
              const title = localText(draft.story.title, lang).text || t('untitled');
              const current = draft.story.id === story.id;
              return (
                <li key={draft.story.id}>
                  <button
                    type="button"
                    className="plain-button"
                    aria-current={current ? 'true' : undefined}
                    onClick={() => {
                      load(draft.story);
                      setSelected(0);
                    }}
                  >
                    {t('openDraft', { title })}
                  </button>{' '}
                  <span className="story-saved-at">
                    {t('savedAt', {
                      time: formatIsoDate(new Date(draft.savedAt).toISOString().slice(0, 10), lang),
                    })}
                  </span>
                  {!current && (
                    <button
                      type="button"
                      className="plain-button"
                      onClick={() => void remove(draft.story.id)}
                    >
                      {t('deleteDraft', { title })}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </aside>
  );
}
