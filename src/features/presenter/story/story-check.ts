/**
 * Rules between the story and the dataset (run by story-data.test.ts in `npm test`): every id a
 * step names exists, a step's selection is one the atlas can show, every step differs from the
 * one before it. Dates are checked as real calendar days by the codec in the schema.
 */
import type { AtlasModel } from '../../../dataset/model';
import { stepUrlState, type Annotation, type Story } from './story-schema';

export function storyProblems(story: Story, model: AtlasModel): string[] {
  const selectable = model.recordsById;
  const problems: string[] = [];
  let previous: string | null = null;
  story.steps.forEach((step, index) => {
    const where = `steps[${index}] (${step.id})`;
    for (const id of step.cites)
      if (!selectable.has(id)) problems.push(`${where}.cites: no record "${id}" in the dataset`);
    const state = stepUrlState(step);
    if (state.site === null) problems.push(`${where}.state: a step selects the record it cites`);
    else if (!selectable.has(state.site)) problems.push(`${where}.state: no record "${state.site}"`);
    else if (state.site !== step.cites[0])
      problems.push(`${where}.state: the selection "${state.site}" is not the first cited record`);
    const key = JSON.stringify(state);
    if (key === previous) problems.push(`${where}: shows the same view as the step before`);
    previous = key;
  });
  return problems;
}

export interface MissingId {
  id: string;
  /** 1-based step numbers, as a presenter counts them. */
  steps: number[];
}

/**
 * Every id a story names (cited, selected or pinned) that the dataset does not have, with the
 * steps it affects: what a presenter needs to fix a story written against another dataset.
 */
export function storyMissingIds(story: Story, model: AtlasModel): MissingId[] {
  const missing = new Map<string, Set<number>>();
  story.steps.forEach((step, index) => {
    const ids = [...step.cites, stepUrlState(step).site, ...(step.annotations ?? []).map(pinnedRecord)];
    for (const id of ids) {
      if (id === null || model.recordsById.has(id)) continue;
      const steps = missing.get(id) ?? new Set<number>();
      steps.add(index + 1);
      missing.set(id, steps);
    }
  });
  return [...missing].map(([id, steps]) => ({ id, steps: [...steps] }));
}

function pinnedRecord(annotation: Annotation): string | null {
  return 'record' in annotation.pin ? annotation.pin.record : null;
}
