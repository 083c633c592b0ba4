/**
 * A story file's problem as its writer counts: "Step 4, Title (French): at most 120 characters",
 * never the schema's path ("steps.3.title.fr"). Steps and labels are numbered from 1, fields take
 * the names the editor shows, and zod's wording of the common checks is replaced by ours (in the
 * reader's language); the schema's own messages (a kebab-case id, a bad view) are kept as written.
 */
import type { Lang } from '../../../i18n/languages';

/** What the wording needs from a zod issue (zod's issue types are wider and change between majors). */
export interface StoryIssue {
  path: readonly PropertyKey[];
  code: string;
  message: string;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  expected?: string;
  keys?: readonly string[];
}

export type IssueField =
  | 'story'
  | 'storyTitle'
  | 'storyId'
  | 'steps'
  | 'stepId'
  | 'title'
  | 'caption'
  | 'notes'
  | 'cites'
  | 'view'
  | 'labels'
  | 'label'
  | 'pin';

export interface IssuePlace {
  /** 1-based step, as the editor and the stage count them; null for the story itself. */
  step: number | null;
  /** 1-based label of that step, for a pinned label's problem. */
  label: number | null;
  /** 1-based item of a list (a cited record). */
  item: number | null;
  field: IssueField;
  lang: Lang | null;
  /** A coordinate of a label's pin. */
  coordinate: 'lat' | 'lon' | null;
}

const STEP_FIELDS: Record<string, IssueField> = {
  id: 'stepId',
  title: 'title',
  caption: 'caption',
  notes: 'notes',
  cites: 'cites',
  state: 'view',
  annotations: 'labels',
};

const isIndex = (part: PropertyKey | undefined): part is number => typeof part === 'number';
const isLang = (part: PropertyKey | undefined): part is Lang => part === 'fr' || part === 'en';

export function issuePlace(path: readonly PropertyKey[]): IssuePlace {
  const place: IssuePlace = {
    step: null,
    label: null,
    item: null,
    field: 'story',
    lang: null,
    coordinate: null,
  };
  const [top, stepIndex, field, ...rest] = path;
  if (top === 'title') return { ...place, field: 'storyTitle', lang: isLang(stepIndex) ? stepIndex : null };
  if (top === 'id') return { ...place, field: 'storyId' };
  if (top !== 'steps') return place;
  if (!isIndex(stepIndex)) return { ...place, field: 'steps' };
  const step = stepIndex + 1;
  const named = typeof field === 'string' ? STEP_FIELDS[field] : undefined;
  if (!named) return { ...place, step, field: 'story' };
  const [next, ...more] = rest;
  if (named === 'labels' && isIndex(next)) {
    const [part, detail] = more;
    const label = next + 1;
    if (part === 'label')
      return { ...place, step, label, field: 'label', lang: isLang(detail) ? detail : null };
    if (part === 'pin')
      return {
        ...place,
        step,
        label,
        field: 'pin',
        coordinate: detail === 'lat' || detail === 'lon' ? detail : null,
      };
    return { ...place, step, label, field: 'label' };
  }
  if (named === 'cites' && isIndex(next)) return { ...place, step, field: 'cites', item: next + 1 };
  return { ...place, step, field: named, lang: isLang(next) ? next : null };
}

export type IssueReason =
  | { kind: 'tooLong'; count: number }
  | { kind: 'tooMany'; count: number }
  | { kind: 'tooFew'; count: number }
  | { kind: 'tooLarge'; count: number }
  | { kind: 'tooSmall'; count: number }
  | { kind: 'missing' }
  | { kind: 'wrongType'; expected: string }
  | { kind: 'unknownFields'; fields: string }
  | { kind: 'pin' }
  | { kind: 'oneLanguage' }
  | { kind: 'needsStep' }
  | { kind: 'kebabId' }
  | { kind: 'as-written'; message: string };

/** The schema's own messages that a French reader should read in French. */
const KNOWN_MESSAGES: Record<string, IssueReason['kind']> = {
  'write it in French or English (or both)': 'oneLanguage',
  'a story needs at least one step': 'needsStep',
  'a kebab-case id (a-z, 0-9, single hyphens)': 'kebabId',
};

export function issueReason(issue: StoryIssue): IssueReason {
  const known = KNOWN_MESSAGES[issue.message];
  if (known) return { kind: known } as IssueReason;
  const count = Number(issue.maximum ?? issue.minimum ?? 0);
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return { kind: 'tooLong', count };
      return issue.origin === 'array' ? { kind: 'tooMany', count } : { kind: 'tooLarge', count };
    case 'too_small':
      // The schema's own minimums (a story needs a step) say it better than a count.
      if (issue.message && !issue.message.startsWith('Too small'))
        return { kind: 'as-written', message: issue.message };
      return issue.origin === 'array' ? { kind: 'tooFew', count } : { kind: 'tooSmall', count };
    case 'invalid_type':
      return / received undefined$/.test(issue.message)
        ? { kind: 'missing' }
        : { kind: 'wrongType', expected: issue.expected ?? '' };
    case 'unrecognized_keys':
      return { kind: 'unknownFields', fields: (issue.keys ?? []).map((key) => `"${key}"`).join(', ') };
    case 'invalid_union':
      return { kind: 'pin' };
    default:
      return { kind: 'as-written', message: issue.message };
  }
}

/** The wording's keys, in the `stories` namespace under `issue.` (see locales/{en,fr}/stories.json). */
export type Say = (key: string, options?: Record<string, unknown>) => string;

export function describeStoryIssue(issue: StoryIssue, say: Say): string {
  const place = issuePlace(issue.path);
  const parts: string[] = [];
  if (place.step !== null) parts.push(say('issue.step', { step: place.step }));
  if (place.label !== null) parts.push(say('issue.labelN', { n: place.label }));
  let field = say(`issue.field.${place.field}`);
  if (place.item !== null) field = say('issue.item', { field, n: place.item });
  if (place.coordinate) field = say(`issue.field.${place.coordinate}`);
  if (place.lang) field = say('issue.inLang', { field, lang: say(`issue.lang.${place.lang}`) });
  // "Step 4, Label 1" already names the label, "Step 3" the step: saying it again would stutter.
  const named =
    (place.label !== null && place.field === 'label' && !place.lang) ||
    (place.step !== null && place.field === 'story');
  if (!named) parts.push(field);
  const reason = issueReason(issue);
  const why =
    reason.kind === 'as-written'
      ? reason.message
      : reason.kind === 'wrongType'
        ? say('issue.reason.wrongType', {
            expected: say(`issue.type.${reason.expected}`, { defaultValue: reason.expected }),
          })
        : say(`issue.reason.${reason.kind}`, reason);
  return say('issue.line', { place: parts.join(', '), why });
}
