/**
 * A presenter story (data/story.json, or one a presenter wrote in the editor): ordered steps, each
 * a title, a caption and speaker notes in both languages (one may stay empty and falls back to the
 * other), the records whose quotes back the caption, a few pinned labels, and the view it shows as
 * a URL query string read by the same codec as shared links (a step is just a URL state).
 */
import '../../../dataset/zod-config'; // first: jitless before any schema is built (strict CSP)
import { z } from 'zod';
import { unsafeTextReason } from '../../../dataset/safe-text';
import { parseUrlState } from '../../../url-state/url-codec';
import type { UrlState } from '../../../url-state/url-state';
import type { PanelId } from '../../../store/ui-vocabulary';
import { VIEW_LIMITS } from '../../../url-state/url-state';
import type { StoryIssue } from './story-issue';

const id = z
  .string()
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id (a-z, 0-9, single hyphens)');

/** Story text is anyone's text (`?story=`, a file): the dataset's safe-text rules apply to it. */
const safeString = (max: number) =>
  z
    .string()
    .max(max)
    .superRefine((value, ctx) => {
      const unsafe = unsafeTextReason(value);
      if (unsafe) ctx.addIssue({ code: 'custom', message: `${unsafe.message} (${unsafe.found})` });
    });

export const TEXT_LIMITS = { title: 120, caption: 600, notes: 4000, label: 60 } as const;
export const MAX_ANNOTATIONS = 5;

/** Both languages present; one may be empty, never both (the reader's language falls back). */
const text = (max: number) =>
  z
    .strictObject({ fr: safeString(max), en: safeString(max) })
    .refine((t) => t.fr.trim() !== '' || t.en.trim() !== '', 'write it in French or English (or both)');
/** A caption or speaker notes may be empty in both languages (a step may be only its title and view). */
const optionalText = (max: number) => z.strictObject({ fr: safeString(max), en: safeString(max) });

const point = z.strictObject({
  lat: z.number().min(VIEW_LIMITS.lat.min).max(VIEW_LIMITS.lat.max),
  lon: z.number().min(VIEW_LIMITS.lon.min).max(VIEW_LIMITS.lon.max),
});

/** A short label pinned to a record (site, event, pledge) or to a point of the map. */
export const annotationSchema = z.strictObject({
  label: text(TEXT_LIMITS.label),
  pin: z.union([z.strictObject({ record: id }), point]),
});

/** What a step may set: the selection, the time cursor, the panels (map + one chart), the chart settings, the camera. */
export const STEP_PARAMS = ['site', 'date', 'panels', 'group', 'scale', 'view'] as const;
export const STORY_CHARTS = ['timeline', 'investments'] as const satisfies readonly PanelId[];

const stepState = z
  .string()
  .max(512)
  .superRefine((query, ctx) => {
    const params = [...new URLSearchParams(query).keys()];
    for (const name of params) {
      if (!(STEP_PARAMS as readonly string[]).includes(name))
        ctx.addIssue({ code: 'custom', message: `"${name}": a step sets only ${STEP_PARAMS.join(', ')}` });
    }
    for (const problem of parseUrlState(query).problems)
      ctx.addIssue({ code: 'custom', message: `"${problem.param}=${problem.value}": ${problem.reason}` });
  });

export const storyStepSchema = z.strictObject({
  id,
  title: text(TEXT_LIMITS.title),
  caption: optionalText(TEXT_LIMITS.caption),
  notes: optionalText(TEXT_LIMITS.notes),
  /** The records whose quotes back the caption; the first is the step's selection. */
  cites: z.array(id).max(20),
  state: stepState,
  annotations: z.array(annotationSchema).max(MAX_ANNOTATIONS).optional(),
});

export const storySchema = z
  .strictObject({
    id,
    title: text(TEXT_LIMITS.title),
    steps: z.array(storyStepSchema).min(1, 'a story needs at least one step').max(60),
  })
  .superRefine((story, ctx) => {
    const seen = new Set<string>();
    story.steps.forEach((step, index) => {
      if (seen.has(step.id))
        ctx.addIssue({ code: 'custom', path: ['steps', index, 'id'], message: `duplicate id "${step.id}"` });
      seen.add(step.id);
    });
  });

export type Story = z.infer<typeof storySchema>;
export type StoryStep = z.infer<typeof storyStepSchema>;
export type Annotation = z.infer<typeof annotationSchema>;
export type LocalText = StoryStep['title'];

/** A step's view: what the codec reads from its `state`. */
export function stepUrlState(step: StoryStep): UrlState {
  return parseUrlState(step.state).value;
}

/** The chart a step shows beside the map (the first chart in its panels; timeline by default). */
export function stepChart(step: StoryStep): (typeof STORY_CHARTS)[number] {
  const chart = stepUrlState(step).panels.find((p) => p === 'timeline' || p === 'investments');
  return chart === 'investments' ? 'investments' : 'timeline';
}

/** `problems`: the schema's paths, for the build and its tests; `issues`: to word for the story's writer (story-issue.ts). */
export type StoryResult =
  { ok: true; story: Story } | { ok: false; problems: string[]; issues: StoryIssue[] };

export function parseStory(json: unknown): StoryResult {
  const result = storySchema.safeParse(json);
  if (result.success) return { ok: true, story: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    issues: result.error.issues as StoryIssue[],
  };
}
