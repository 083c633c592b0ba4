/**
 * The story editor as a pure reducer: a draft story, every edit an action, and an undo history.
 * Typing into one field is one undo step (consecutive keystrokes in the same field coalesce), as in
 * any text editor. The draft is a Story that may not validate yet: `draftProblems` says why, as
 * the presenter types.
 */
import { DEFAULT_URL_STATE, type UrlState } from '../../../url-state/url-state';
import { serializeUrlState } from '../../../url-state/url-codec';
import type { Lang } from '../../../i18n/languages';
import {
  MAX_ANNOTATIONS,
  STEP_PARAMS,
  parseStory,
  type Annotation,
  type LocalText,
  type Story,
  type StoryStep,
} from './story-schema';
import type { StoryIssue } from './story-issue';

/** The part of the atlas's view a step keeps. */
export type CapturedView = Pick<UrlState, 'site' | 'date' | 'panels' | 'group' | 'scale' | 'view'>;

export type TextField = 'title' | 'caption' | 'notes';

export type EditorAction =
  | { type: 'add-step'; view: CapturedView; title: LocalText }
  | { type: 'update-view'; index: number; view: CapturedView }
  | { type: 'set-story-title'; lang: Lang; value: string }
  | { type: 'set-text'; index: number; field: TextField; lang: Lang; value: string }
  | { type: 'move'; from: number; to: number }
  | { type: 'duplicate'; index: number }
  | { type: 'delete'; index: number }
  | { type: 'add-annotation'; index: number; annotation: Annotation }
  | { type: 'set-annotation'; index: number; annotation: number; lang: Lang; value: string }
  | { type: 'remove-annotation'; index: number; annotation: number }
  | { type: 'undo' };

export interface EditorState {
  story: Story;
  /** Earlier stories, the latest last. */
  past: Story[];
  /** The field the last edit typed into, so the next keystroke there joins the same undo step. */
  typing: string | null;
}

/** Enough to walk back a session's work; older steps are dropped. */
export const UNDO_LIMIT = 100;

const empty = (): LocalText => ({ fr: '', en: '' });

export function newStory(id: string, title: LocalText = empty()): Story {
  return { id, title, steps: [] };
}

export function startEditing(story: Story): EditorState {
  return { story, past: [], typing: null };
}

/** The step's `state`: only what a step may set, only what differs from the atlas's defaults. */
export function viewQuery(view: CapturedView): string {
  const query = serializeUrlState({ ...DEFAULT_URL_STATE, ...view }).replace(/^\?/, '');
  return query
    .split('&')
    .filter((pair) => (STEP_PARAMS as readonly string[]).includes(pair.split('=')[0]!))
    .join('&');
}

/** The first `step-N` no step of `story` uses. */
function freeStepId(story: Story): string {
  const used = new Set(story.steps.map((s) => s.id));
  let n = story.steps.length + 1;
  while (used.has(`step-${n}`)) n++;
  return `step-${n}`;
}

function withView(step: StoryStep, view: CapturedView): StoryStep {
  // The first cited record is the step's selection; the others stay cited.
  const rest = step.cites.slice(1).filter((id) => id !== view.site);
  return { ...step, state: viewQuery(view), cites: view.site ? [view.site, ...rest] : rest };
}

function replaceStep(story: Story, index: number, change: (step: StoryStep) => StoryStep): Story {
  const step = story.steps[index];
  if (!step) return story;
  const steps = story.steps.slice();
  steps[index] = change(step);
  return { ...story, steps };
}

function edit(story: Story, action: Exclude<EditorAction, { type: 'undo' }>): Story {
  switch (action.type) {
    case 'add-step': {
      const step: StoryStep = {
        id: freeStepId(story),
        title: action.title,
        caption: empty(),
        notes: empty(),
        cites: [],
        state: '',
      };
      return { ...story, steps: [...story.steps, withView(step, action.view)] };
    }
    case 'update-view':
      return replaceStep(story, action.index, (step) => withView(step, action.view));
    case 'set-story-title':
      return { ...story, title: { ...story.title, [action.lang]: action.value } };
    case 'set-text':
      return replaceStep(story, action.index, (step) => ({
        ...step,
        [action.field]: { ...step[action.field], [action.lang]: action.value },
      }));
    case 'move': {
      const { from, to } = action;
      const count = story.steps.length;
      if (from === to || from < 0 || to < 0 || from >= count || to >= count) return story;
      const steps = story.steps.slice();
      const [moved] = steps.splice(from, 1);
      steps.splice(to, 0, moved!);
      return { ...story, steps };
    }
    case 'duplicate': {
      const step = story.steps[action.index];
      if (!step) return story;
      const steps = story.steps.slice();
      steps.splice(action.index + 1, 0, { ...structuredClone(step), id: freeStepId(story) });
      return { ...story, steps };
    }
    case 'delete':
      if (!story.steps[action.index]) return story;
      return { ...story, steps: story.steps.filter((_, i) => i !== action.index) };
    case 'add-annotation':
      return replaceStep(story, action.index, (step) => {
        const annotations = step.annotations ?? [];
        if (annotations.length >= MAX_ANNOTATIONS) return step;
        return { ...step, annotations: [...annotations, action.annotation] };
      });
    case 'set-annotation':
      return replaceStep(story, action.index, (step) => ({
        ...step,
        annotations: (step.annotations ?? []).map((a, i) =>
          i === action.annotation ? { ...a, label: { ...a.label, [action.lang]: action.value } } : a,
        ),
      }));
    case 'remove-annotation':
      return replaceStep(story, action.index, (step) => {
        const annotations = (step.annotations ?? []).filter((_, i) => i !== action.annotation);
        const next: StoryStep = { ...step, annotations };
        if (!annotations.length) delete next.annotations;
        return next;
      });
  }
}

/** Which field an action types into (keystrokes there coalesce into one undo step), or null. */
function typingKey(action: EditorAction): string | null {
  if (action.type === 'set-story-title') return `story.title.${action.lang}`;
  if (action.type === 'set-text') return `${action.index}.${action.field}.${action.lang}`;
  if (action.type === 'set-annotation') return `${action.index}.a${action.annotation}.${action.lang}`;
  return null;
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  if (action.type === 'undo') {
    const previous = state.past.at(-1);
    if (!previous) return state;
    return { story: previous, past: state.past.slice(0, -1), typing: null };
  }
  const story = edit(state.story, action);
  if (story === state.story) return state;
  const typing = typingKey(action);
  const joins = typing !== null && typing === state.typing;
  const past = joins ? state.past : [...state.past, state.story].slice(-UNDO_LIMIT);
  return { story, past, typing };
}

export const canUndo = (state: EditorState): boolean => state.past.length > 0;

/** Why the draft would not load as a story file, as the schema words it (empty when it would). */
export function draftProblems(story: Story): StoryIssue[] {
  const result = parseStory(story);
  return result.ok ? [] : result.issues;
}

/** A copy of any story (the built-in one included) under a new id, to edit. */
export function copyStory(story: Story, id: string): Story {
  return { ...structuredClone(story), id };
}
