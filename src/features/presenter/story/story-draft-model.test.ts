import { describe, expect, it } from 'vitest';
import {
  UNDO_LIMIT,
  canUndo,
  copyStory,
  draftProblems,
  editorReducer,
  newStory,
  startEditing,
  viewQuery,
  type CapturedView,
  type EditorAction,
  type EditorState,
} from './story-draft-model';
import type { Story } from './story-schema';

const view = (site: string | null, extra: Partial<CapturedView> = {}): CapturedView => ({
  site,
  date: null,
  panels: ['map', 'timeline', 'investments', 'details'],
  group: 'country',
  scale: 'linear',
  view: null,
  ...extra,
});
const title = (en: string) => ({ fr: '', en });
const run = (state: EditorState, ...actions: EditorAction[]) => actions.reduce(editorReducer, state);
const threeSteps = () =>
  run(
    startEditing(newStory('mine', title('My story'))),
    { type: 'add-step', view: view('essonne', { date: '2025-02-09' }), title: title('One') },
    { type: 'add-step', view: view('borlange'), title: title('Two') },
    { type: 'add-step', view: view(null, { view: { lat: 48, lon: 2, zoom: 5 } }), title: title('Three') },
  );
const titles = (state: EditorState) => state.story.steps.map((s) => s.title.en);

describe('viewQuery', () => {
  it('keeps the selection, date, panels, chart settings and camera, and nothing else', () => {
    expect(
      viewQuery({
        ...view('essonne', { date: '2025-02-09', view: { lat: 48.6, lon: 2.3, zoom: 6.5 } }),
        panels: ['map', 'investments'],
        group: 'investor',
        scale: 'log',
      }),
    ).toBe('site=essonne&date=2025-02-09&panels=map,investments&group=investor&scale=log&view=48.6,2.3,6.5');
    expect(viewQuery(view(null))).toBe('');
  });
});

describe('story editor', () => {
  it('adds a step from a captured view, citing its selection, with a free id', () => {
    const state = threeSteps();
    expect(state.story.steps.map((s) => [s.id, s.state, s.cites])).toEqual([
      ['step-1', 'site=essonne&date=2025-02-09', ['essonne']],
      ['step-2', 'site=borlange', ['borlange']],
      ['step-3', 'view=48,2,5', []],
    ]);
    expect(draftProblems(state.story)).toEqual([]);
  });

  it('updates a step from the current view, keeping its text and its other cited records', () => {
    const state = run(
      threeSteps(),
      { type: 'set-text', index: 0, field: 'caption', lang: 'en', value: 'Kept' },
      { type: 'update-view', index: 0, view: view('borlange', { date: '2026-01-01' }) },
    );
    expect(state.story.steps[0]).toMatchObject({
      state: 'site=borlange&date=2026-01-01',
      cites: ['borlange'],
      caption: { fr: '', en: 'Kept' },
    });
  });

  it('writes title, caption and notes per language; keystrokes in one field are one undo step', () => {
    let state = threeSteps();
    for (const value of ['L', 'Lé', 'Lég'])
      state = editorReducer(state, { type: 'set-text', index: 1, field: 'caption', lang: 'fr', value });
    state = run(state, { type: 'set-text', index: 1, field: 'notes', lang: 'en', value: 'Say it' });
    expect(state.story.steps[1]!.caption).toEqual({ fr: 'Lég', en: '' });
    expect(state.story.steps[1]!.notes).toEqual({ fr: '', en: 'Say it' });
    state = editorReducer(state, { type: 'undo' });
    expect(state.story.steps[1]!.notes.en).toBe('');
    state = editorReducer(state, { type: 'undo' });
    expect(state.story.steps[1]!.caption.fr).toBe('');
  });

  it('reorders steps and undoes the move', () => {
    const moved = run(threeSteps(), { type: 'move', from: 2, to: 0 });
    expect(titles(moved)).toEqual(['Three', 'One', 'Two']);
    expect(titles(run(moved, { type: 'move', from: 0, to: 2 }))).toEqual(['One', 'Two', 'Three']);
    expect(titles(editorReducer(moved, { type: 'undo' }))).toEqual(['One', 'Two', 'Three']);
  });

  it('ignores a move out of range (no undo step for nothing)', () => {
    const state = threeSteps();
    expect(run(state, { type: 'move', from: 0, to: 3 })).toBe(state);
    expect(run(state, { type: 'move', from: -1, to: 0 })).toBe(state);
  });

  it('duplicates a step right after itself, under a new id, and undoes it', () => {
    const state = run(threeSteps(), { type: 'duplicate', index: 0 });
    expect(state.story.steps.map((s) => s.id)).toEqual(['step-1', 'step-4', 'step-2', 'step-3']);
    expect(state.story.steps[1]!.state).toBe(state.story.steps[0]!.state);
    expect(draftProblems(state.story)).toEqual([]);
    expect(editorReducer(state, { type: 'undo' }).story.steps).toHaveLength(3);
  });

  it('deletes a step and undoes the deletion', () => {
    const state = run(threeSteps(), { type: 'delete', index: 1 });
    expect(titles(state)).toEqual(['One', 'Three']);
    expect(titles(editorReducer(state, { type: 'undo' }))).toEqual(['One', 'Two', 'Three']);
  });

  it('pins, renames and removes labels, at most five a step, each undoable', () => {
    const label = { label: title('Here'), pin: { record: 'essonne' } };
    let state = threeSteps();
    for (let i = 0; i < 7; i++)
      state = editorReducer(state, { type: 'add-annotation', index: 0, annotation: label });
    expect(state.story.steps[0]!.annotations).toHaveLength(5);
    state = run(
      state,
      { type: 'set-annotation', index: 0, annotation: 1, lang: 'fr', value: 'Ici' },
      { type: 'remove-annotation', index: 0, annotation: 0 },
    );
    expect(state.story.steps[0]!.annotations![0]!.label).toEqual({ fr: 'Ici', en: 'Here' });
    expect(state.story.steps[0]!.annotations).toHaveLength(4);
    expect(editorReducer(state, { type: 'undo' }).story.steps[0]!.annotations).toHaveLength(5);
  });

  it('undoes nothing at the start, and keeps at most UNDO_LIMIT steps', () => {
    const start = startEditing(newStory('mine'));
    expect(canUndo(start)).toBe(false);
    expect(editorReducer(start, { type: 'undo' })).toBe(start);
    let state = start;
    for (let i = 0; i < UNDO_LIMIT + 20; i++)
      state = editorReducer(state, { type: 'add-step', view: view('essonne'), title: title(`${i}`) });
    expect(state.past).toHaveLength(UNDO_LIMIT);
  });

  it('validates as the presenter types: an empty story and a step with no title in either language', () => {
    const fresh = newStory('mine', title('Mine'));
    const where = (story: Story) =>
      draftProblems(story).map(({ path, message }) => `${path.join('.')}: ${message}`);
    expect(where(fresh)).toEqual(['steps: a story needs at least one step']);
    const untitled = run(threeSteps(), { type: 'set-text', index: 0, field: 'title', lang: 'en', value: '' });
    expect(where(untitled.story)).toEqual(['steps.0.title: write it in French or English (or both)']);
  });

  it('edits a copy of a story, never the original', () => {
    const original = threeSteps().story;
    const copy = copyStory(original, 'copy');
    const edited = run(startEditing(copy), {
      type: 'set-text',
      index: 0,
      field: 'title',
      lang: 'en',
      value: 'X',
    });
    expect(edited.story.id).toBe('copy');
    expect(original.id).toBe('mine');
    expect(original.steps[0]!.title.en).toBe('One');
  });
});
