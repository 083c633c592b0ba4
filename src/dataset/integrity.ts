/** Rules that a schema cannot say: unique ids, references that resolve, places inside Europe. */
import type { Atlas } from './schema';
import { formatPath, type Problem } from './problem.ts';
import { walkPartOfChains } from './part-of-chains.ts';

export const EUROPE_BOUNDS = { minLat: 34, maxLat: 72, minLon: -25, maxLon: 45 } as const;

const collections = ['sources', 'sites', 'events', 'investments', 'facts', 'notes'] as const;

/** Where each id was first used is kept as a number (collection, index): no path string per record. */
function uniqueIds(atlas: Atlas, problems: Problem[]): Set<string> {
  const seen = new Map<string, number>();
  const pathOf = (at: number) =>
    `${collections[at % collections.length]}[${Math.floor(at / collections.length)}].id`;
  collections.forEach((name, c) => {
    for (let index = 0; index < atlas[name].length; index++) {
      const id = atlas[name][index]!.id;
      const previous = seen.get(id);
      if (previous !== undefined) {
        const firstPath = pathOf(previous);
        problems.push({
          path: `${name}[${index}].id`,
          message: `duplicate id "${id}", first used at ${firstPath}`,
          expected: 'a unique id',
          rule: { name: 'duplicateId', id, firstPath },
        });
      } else seen.set(id, index * collections.length + c);
    }
  });
  return new Set(seen.keys());
}

const WITH_ARTICLE = { source: 'a source', site: 'a site', investment: 'an investment', record: 'a record' };

function reference(
  problems: Problem[],
  path: () => string,
  id: string | undefined,
  known: Set<string>,
  what: keyof typeof WITH_ARTICLE,
) {
  if (id !== undefined && !known.has(id)) {
    problems.push({
      path: path(),
      message: `no ${what} has id "${id}"`,
      expected: `the id of ${WITH_ARTICLE[what]}`,
      found: JSON.stringify(id),
    });
  }
}

/**
 * Calls `visit` with the source of every citation anywhere in `value` and a function spelling its
 * path. Paths are built only when asked for: with 10,000 sites, building every one (as
 * quote-check's collectCitations does) cost more than the rest of the integrity checks.
 */
function forEachCitationSource(
  value: unknown,
  visit: (source: string, path: () => string) => void,
  path: PropertyKey[] = [],
) {
  if (Array.isArray(value)) {
    // Stryker disable next-line EqualityOperator: equivalent, value[length] is undefined and skipped
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      // Stryker disable next-line all: equivalent, a fast path: the call returns at once for a non-object
      if (item !== null && typeof item === 'object') {
        path.push(i);
        forEachCitationSource(item, visit, path);
        path.pop();
      }
    }
    return;
  }
  // Stryker disable next-line all: equivalent, for…in over null or a text finds no object to enter
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const child = record[key];
    // Stryker disable next-line all: equivalent on parsed JSON, which has no inherited keys; a fast path otherwise
    if (child === null || typeof child !== 'object' || !Object.hasOwn(record, key)) continue;
    if (key === 'citations' && Array.isArray(child)) {
      // Stryker disable next-line EqualityOperator: equivalent, child[length] is undefined and skipped
      for (let index = 0; index < child.length; index++) {
        const { source, quote } = (child[index] ?? {}) as { source?: unknown; quote?: unknown };
        if (typeof source === 'string' && typeof quote === 'string') {
          visit(source, () => formatPath([...path, key, index]));
        }
      }
    } else {
      path.push(key);
      forEachCitationSource(child, visit, path);
      path.pop();
    }
  }
}

function references(atlas: Atlas, allIds: Set<string>, problems: Problem[]) {
  const sourceIds = new Set(atlas.sources.map((s) => s.id));
  const siteIds = new Set(atlas.sites.map((s) => s.id));
  const investmentIds = new Set(atlas.investments.map((i) => i.id));
  forEachCitationSource(atlas, (source, path) => {
    // Stryker disable next-line ConditionalExpression: equivalent, reference() checks it again; this spares a closure
    if (!sourceIds.has(source)) reference(problems, () => `${path()}.source`, source, sourceIds, 'source');
  });
  atlas.events.forEach((event, i) => {
    reference(problems, () => `events[${i}].site`, event.site, siteIds, 'site');
    reference(problems, () => `events[${i}].investment`, event.investment, investmentIds, 'investment');
  });
  atlas.investments.forEach((investment, i) => {
    reference(problems, () => `investments[${i}].site`, investment.site, siteIds, 'site');
    reference(problems, () => `investments[${i}].partOf`, investment.partOf, investmentIds, 'investment');
  });
  for (const name of ['facts', 'notes'] as const) {
    atlas[name].forEach((record, i) =>
      record.about.forEach((id, j) =>
        reference(problems, () => `${name}[${i}].about[${j}]`, id, allIds, 'record'),
      ),
    );
  }
}

/**
 * partOf must form a tree (no cycles) and a part must be counted in its whole's currency/unit.
 * Chains are walked once (part-of-chains.ts), so a deep chain costs its length, not its square.
 * A record whose id a later record reuses (already a problem) is judged by its parent's chain.
 */
function pledgeTree(atlas: Atlas, problems: Problem[]) {
  const byId = new Map(atlas.investments.map((investment) => [investment.id, investment]));
  const partOf = new Map(atlas.investments.map((investment) => [investment.id, investment.partOf]));
  const chains = walkPartOfChains(partOf.keys(), (id) => {
    const parent = partOf.get(id);
    // Stryker disable next-line all: equivalent, a parent that is no investment ends the walk one step later
    return parent !== undefined && partOf.has(parent) ? parent : undefined;
  });
  atlas.investments.forEach((investment, i) => {
    const parentId = investment.partOf;
    // Stryker disable next-line ConditionalExpression: equivalent, a fast path: no parent is found for undefined
    if (parentId === undefined) return;
    const parent = byId.get(parentId);
    if (parent && parent.amount.unit !== investment.amount.unit) {
      problems.push({
        path: `investments[${i}].amount.unit`,
        message: `a part of "${parent.id}" must use the same unit`,
        expected: parent.amount.unit,
        found: investment.amount.unit,
      });
    }
    // Stryker disable next-line ConditionalExpression: equivalent, a missing parent's chain has no loop
    if (!parent) return;
    const through =
      byId.get(investment.id) === investment
        ? chains.loopEntry.get(investment.id)
        : chains.loopEntry.get(parentId);
    if (through !== undefined) {
      problems.push({
        path: `investments[${i}].partOf`,
        message: `partOf forms a cycle through "${through}"`,
        expected: 'a chain of partOf that ends',
        found: JSON.stringify(parentId),
      });
    }
  });
}

function insideEurope(atlas: Atlas, problems: Problem[]) {
  const { minLat, maxLat, minLon, maxLon } = EUROPE_BOUNDS;
  atlas.sites.forEach((site, i) => {
    const { lat, lon } = site.location;
    if (lat < minLat || lat > maxLat) {
      problems.push({
        path: `sites[${i}].location.lat`,
        message: 'outside Europe',
        expected: `${minLat}..${maxLat}`,
        found: String(lat),
        rule: { name: 'outsideEurope', min: minLat, max: maxLat },
      });
    }
    if (lon < minLon || lon > maxLon) {
      problems.push({
        path: `sites[${i}].location.lon`,
        message: 'outside Europe',
        expected: `${minLon}..${maxLon}`,
        found: String(lon),
        rule: { name: 'outsideEurope', min: minLon, max: maxLon },
      });
    }
  });
}

/** A visitor must be able to trace every site, pledge, event and fact to a quote or a reference. */
function traceable(atlas: Atlas, problems: Problem[]) {
  // A site, pledge, event or fact no article body states (a site announced after February 2025,
  // the national total) is recorded from an external reference.
  for (const name of ['sites', 'investments', 'events', 'facts'] as const) {
    atlas[name].forEach((record, i) => {
      if (record.citations.length === 0 && record.external.length === 0) {
        problems.push({
          path: `${name}[${i}].citations`,
          message: 'needs a citation or an external reference',
          expected: 'at least 1 citation or external reference',
          found: 'none',
        });
      }
    });
  }
  atlas.sites.forEach((site, i) => {
    const { citations, external } = site.location;
    if (citations.length === 0 && external.length === 0) {
      problems.push({
        path: `sites[${i}].location.external`,
        message: 'coordinates need a reference',
        expected: 'at least 1 external reference',
        found: 'none',
      });
    }
  });
}

function uniqueFiles(atlas: Atlas, problems: Problem[]) {
  const seen = new Map<string, number>();
  atlas.sources.forEach((source, i) => {
    const first = seen.get(source.file);
    if (first !== undefined) {
      problems.push({
        path: `sources[${i}].file`,
        message: `file already used by sources[${first}]`,
        expected: 'a unique file',
        found: source.file,
      });
    } else seen.set(source.file, i);
  });
}

/** A correction shows the article's words and the outside page: it needs a quote and a reference. */
function corrections(atlas: Atlas, problems: Problem[]) {
  atlas.notes.forEach((note, i) => {
    if (!note.correction) return;
    if (note.citations.length === 0) {
      problems.push({
        path: `notes[${i}].citations`,
        message: 'a correction quotes what the article says',
        expected: 'at least 1 citation',
        found: '0',
      });
    }
    if (note.external.length === 0) {
      problems.push({
        path: `notes[${i}].external`,
        message: 'a correction names the reference it comes from',
        expected: 'at least 1 external reference',
        found: '0',
      });
    }
  });
}

/** A date of certainty "external" comes from a reference: the record carrying it must name one.
 * Paths are thunks, spelled out only for a problem (10,000 sites: 100,000 dates). */
function externalDates(atlas: Atlas, problems: Problem[]) {
  const check = (path: () => string, certainty: string | undefined, external: readonly unknown[]) => {
    if (certainty === 'external' && external.length === 0) {
      problems.push({
        path: path(),
        message: 'a date from an external reference needs that reference',
        expected: 'at least 1 external reference beside the date',
        found: 'none',
      });
    }
  };
  atlas.sources.forEach((source, i) =>
    check(() => `sources[${i}].published.certainty`, source.published.certainty, []),
  );
  atlas.sites.forEach((site, i) =>
    site.statusHistory.forEach((change, j) =>
      check(() => `sites[${i}].statusHistory[${j}].date.certainty`, change.date.certainty, change.external),
    ),
  );
  atlas.events.forEach((event, i) =>
    check(() => `events[${i}].date.certainty`, event.date.certainty, event.external),
  );
  atlas.investments.forEach((investment, i) => {
    check(() => `investments[${i}].announced.certainty`, investment.announced.certainty, investment.external);
    check(() => `investments[${i}].horizon.certainty`, investment.horizon?.certainty, investment.external);
  });
  atlas.facts.forEach((fact, i) =>
    check(() => `facts[${i}].date.certainty`, fact.date?.certainty, fact.external),
  );
}

/**
 * An event names the status it announces only as a forecast of one site: the status is read from
 * that site's reports, so without a site (or as a fact) it would be judged against nothing.
 */
function forecastStatuses(atlas: Atlas, problems: Problem[]) {
  atlas.events.forEach((event, i) => {
    if (event.forecastStatus === undefined) return;
    if (event.forecast !== true || event.site === undefined) {
      problems.push({
        path: `events[${i}].forecastStatus`,
        message: 'only a forecast of a site announces a status',
        expected: 'forecast: true and a site',
        found: `forecast: ${String(event.forecast ?? false)}, site: ${event.site ?? 'none'}`,
      });
    }
  });
}

/** The changelog, when there is one, starts with the current version. */
function changelog(atlas: Atlas, problems: Problem[]) {
  const latest = atlas.changelog[0];
  if (latest && latest.version !== atlas.version) {
    problems.push({
      path: 'changelog[0].version',
      message: 'the newest changelog entry is the current version',
      expected: atlas.version,
      found: latest.version,
    });
  }
}

export function checkIntegrity(atlas: Atlas): Problem[] {
  const problems: Problem[] = [];
  const allIds = uniqueIds(atlas, problems);
  uniqueFiles(atlas, problems);
  references(atlas, allIds, problems);
  pledgeTree(atlas, problems);
  insideEurope(atlas, problems);
  traceable(atlas, problems);
  corrections(atlas, problems);
  externalDates(atlas, problems);
  forecastStatuses(atlas, problems);
  changelog(atlas, problems);
  return problems;
}
