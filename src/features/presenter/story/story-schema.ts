/**
 * The presenter story (data/story.json): ordered steps, each a title, a caption and speaker notes
 * in both languages, the records whose quotes back the caption, and the view it shows as a URL
 * query string read by the same codec as shared links (a step is just a URL state).
 */
import '../../../dataset/zod-config'; // first: jitless before any schema is built (strict CSP)
import { z } from 'zod';
import { parseUrlState } from '../../../url-state/url-codec';
import type { PanelId, UrlState } from '../../../url-state/url-state';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id (a-z, 0-9, single hyphens)');
const text = z.strictObject({ fr: z.string().min(1), en: z.string().min(1) });

/** What a step may set: the selection, the time cursor, the panels (map + one chart), the camera. */
export const STEP_PARAMS = ['site', 'date', 'panels', 'view'] as const;
export const STORY_CHARTS = ['timeline', 'investments'] as const satisfies readonly PanelId[];

const stepState = z.string().superRefine((query, ctx) => {
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
  title: text,
  caption: text,
  notes: text,
  /** The records whose quotes back the caption; the first is the step's selection. */
  cites: z.array(id).min(1),
  state: stepState,
});

export const storySchema = z
  .strictObject({ id, title: text, steps: z.array(storyStepSchema).min(1) })
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

/** A step's view: what the codec reads from its `state`. */
export function stepUrlState(step: StoryStep): UrlState {
  return parseUrlState(step.state).value;
}

/** The chart a step shows beside the map (the first chart in its panels; timeline by default). */
export function stepChart(step: StoryStep): (typeof STORY_CHARTS)[number] {
  const chart = stepUrlState(step).panels.find((p) => p === 'timeline' || p === 'investments');
  return chart === 'investments' ? 'investments' : 'timeline';
}

export type StoryResult = { ok: true; story: Story } | { ok: false; problems: string[] };

export function parseStory(json: unknown): StoryResult {
  const result = storySchema.safeParse(json);
  if (result.success) return { ok: true, story: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  };
}
