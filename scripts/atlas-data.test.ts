/** Tests of the real data/atlas.json: it validates, every quote is verbatim, the schema file is fresh. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateAtlas } from '../src/dataset/validate';
import { checkQuotes, collectCitations } from '../src/dataset/quote-check';
import { formatProblem } from '../src/dataset/problem';
import { articlesDir, checkDataset, DEFAULT_DATASET, readArticles } from './data-check';
import { renderAtlasJsonSchema, SCHEMA_FILE } from './write-schema';
import { createI18n } from '../src/i18n/i18n';
import { buildInvestmentsModel } from '../src/features/investments/investments-model';
import { investmentsSummary } from '../src/features/investments/investments-text';
import { buildTimelineBase, cursorSteps } from '../src/features/timeline/timeline-model';
import { timelineSummary } from '../src/features/timeline/timeline-summary';

const text = readFileSync(DEFAULT_DATASET, 'utf8');
const json: unknown = JSON.parse(text);
const articles = readArticles();

if (!articles) {
  console.warn(`skipped the quote check: no articles folder at ${articlesDir()} (set ATLAS_ARTICLES_DIR)`);
}

describe('data/atlas.json', () => {
  it('passes the schema and every integrity rule', () => {
    const result = validateAtlas(json);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  // CI always has ../shared beside the clone: there a missing folder is a failure, not a skip.
  it('has the articles to check the quotes against when running in CI', () => {
    if (process.env.CI) expect(articles, `no articles folder at ${articlesDir()}`).not.toBeNull();
  });

  it.skipIf(!articles)('quotes every article verbatim', () => {
    if (!articles) return;
    expect(Object.keys(articles)).toHaveLength(5);
    expect(checkQuotes(json, articles).map(formatProblem)).toEqual([]);
  });

  it('has a fresh data/atlas.schema.json (run `npm run data:schema`)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(renderAtlasJsonSchema());
  });

  it('cites every source, and never the page chrome around an article body', () => {
    const citations = collectCitations(json);
    const sourceIds = (json as { sources: { id: string }[] }).sources.map((s) => s.id);
    expect(new Set(citations.map((c) => c.source))).toEqual(new Set(sourceIds));
    // Sidebars, related links and comments are not sources (shared/README.md).
    const chrome =
      /109 milliards|En savoir plus|commentaire|Les derniers articles|Publié le|KultureGeek|Sommaire/;
    expect(citations.filter((c) => chrome.test(c.quote)).map((c) => c.path)).toEqual([]);
  });
});

describe('data/README.md', () => {
  it('documents every note, every external reference and the current version', () => {
    const readme = readFileSync(new URL('../data/README.md', import.meta.url), 'utf8');
    const atlas = json as { version: string; notes: { id: string }[] };
    const urls = new Set(JSON.stringify(json).match(/https:[^"]+/g));
    const missing = [...atlas.notes.map((n) => `\`${n.id}\``), ...urls, `version\n> ${atlas.version}`].filter(
      (needle) => !readme.includes(needle),
    );
    expect(missing).toEqual([]);
  });
});

describe('npm run data:check', () => {
  it('prints a one-line summary for the real dataset', () => {
    const report = checkDataset(text, articles);
    expect(report.problems).toEqual([]);
    expect(report.summary).toMatch(/^v\d+\.\d+\.\d+: 5 sources, 4 sites, \d+ events, \d+ investments/);
  });

  it.each([
    ['wrong-quote', 'sites[0].citations[0].quote'],
    ['dangling-id', 'events[0].site'],
    ['min-greater-than-max', 'investments[0].amount.min'],
    ['missing-field', 'sites[0].operator'],
    ['text-for-number', 'sites[0].location.lat'],
  ])('reports the problem in fixture %s at %s', (name, path) => {
    const fixture = readFileSync(new URL(`../data/fixtures/${name}.json`, import.meta.url), 'utf8');
    const report = checkDataset(fixture, articles ?? { '003_067319398101c7ab.txt': '' });
    expect(report.problems.map((p) => p.path)).toContain(path);
    expect(report.problems.every((p) => p.expected !== undefined)).toBe(true);
  });

  it('reports every problem of a fixture, not the first', () => {
    const fixture = readFileSync(new URL('../data/fixtures/many-problems.json', import.meta.url), 'utf8');
    const paths = checkDataset(fixture, articles).problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['sites[0].operator', 'sites[0].location.lat']));
    if (articles) expect(paths).toContain('facts[0].citations[0].quote');
  });

  it('reports text that is not JSON', () => {
    expect(checkDataset('{ nope', null).problems[0]?.path).toBe('(root)');
  });
});

// What the charts say about the real data: facts about data/atlas.json live here, not in the
// component tests (those draw the sample atlas).
describe('the charts on data/atlas.json', () => {
  const result = validateAtlas(json);
  if (!result.ok) throw new Error('data/atlas.json does not validate');
  const { atlas } = result;
  const free = { asOf: null, selectedId: null, hoveredId: null };

  it('timeline: every event, from 2021 to 2027, 7 with an inferred date and none contested', () => {
    const timeline = buildTimelineBase(atlas, '2026-12-01');
    const facts = timelineSummary(timeline);
    expect(facts).toMatchObject({ count: atlas.events.length, inferred: 7, contested: 0 });
    expect([facts.first?.slice(0, 4), facts.last?.slice(0, 4)]).toEqual(['2021', '2027']);
    const steps = cursorSteps(timeline);
    expect([steps[0], steps.at(-1)]).toEqual(['2021-06-01', '2027-01-01']);
  });

  it('investments (dataset 2.0): seven figures in euros from €600m to €109bn and the $830m debt apart, none added', () => {
    const figures = buildInvestmentsModel(atlas, {
      ...free,
      groupBy: 'country',
      scale: 'linear',
      includeUnknown: true,
    });
    const t = createI18n('en').getFixedT('en', 'investments');
    expect(investmentsSummary(figures, 'en', t)).toBe(
      '7 money figures in euros, from €600m to €109bn. Also 1 figure in another currency or none stated: ≈\u00a0$830m. They are not added up.',
    );
  });
});
