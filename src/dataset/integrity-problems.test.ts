// Each integrity rule's whole problem (path, message, what was expected, what was found) and the
// edges of each rule: the data desk and the build print these words, so they are the contract.
import { describe, expect, it } from 'vitest';
import type { Atlas } from './schema';
import { minimalAtlas } from './minimal-atlas.fixture';
import { checkIntegrity } from './integrity';

const REFERENCE = { title: 'Page', publisher: 'example.org', url: 'https://example.org/' };

const atlas = minimalAtlas;

const problems = (edit: (draft: Atlas) => void) => checkIntegrity(atlas(edit));

describe('integrity problems, word for word', () => {
  it('a reused id names where it was first used', () => {
    expect(
      problems((d) => {
        d.notes[0]!.id = 'essonne-datacenter';
        d.facts.push({ ...d.facts[0]! });
      }),
    ).toEqual([
      {
        path: 'facts[1].id',
        message: 'duplicate id "mistral-valuation", first used at facts[0].id',
        expected: 'a unique id',
        rule: { name: 'duplicateId', id: 'mistral-valuation', firstPath: 'facts[0].id' },
      },
      {
        path: 'notes[0].id',
        message: 'duplicate id "essonne-datacenter", first used at investments[0].id',
        expected: 'a unique id',
        rule: { name: 'duplicateId', id: 'essonne-datacenter', firstPath: 'investments[0].id' },
      },
    ]);
  });

  it('a reused id names its first use past the first record of a collection', () => {
    expect(
      problems((d) => {
        d.facts.push({ ...d.facts[0]!, id: 'second-fact' });
        d.notes[0]!.id = 'second-fact';
      }).map((p) => p.message),
    ).toEqual(['duplicate id "second-fact", first used at facts[1].id']);
  });

  it('a second source for one file names the first', () => {
    expect(problems((d) => void d.sources.push({ ...d.sources[0]!, id: 'src-copy' }))).toEqual([
      {
        path: 'sources[1].file',
        message: 'file already used by sources[0]',
        expected: 'a unique file',
        found: '003_067319398101c7ab.txt',
      },
    ]);
  });

  it('a reference that resolves to nothing says what kind of record it wanted', () => {
    expect(
      problems((d) => {
        d.sites[0]!.citations[0]!.source = 'src-999';
        d.events[0]!.site = 'nowhere';
        d.events[0]!.investment = 'no-pledge';
        d.investments[0]!.site = 'elsewhere';
        d.investments[0]!.partOf = 'missing';
        d.facts[0]!.about = ['ghost'];
        d.notes[0]!.about = ['phantom'];
      }),
    ).toEqual([
      {
        path: 'sites[0].citations[0].source',
        message: 'no source has id "src-999"',
        expected: 'the id of a source',
        found: '"src-999"',
      },
      {
        path: 'events[0].site',
        message: 'no site has id "nowhere"',
        expected: 'the id of a site',
        found: '"nowhere"',
      },
      {
        path: 'events[0].investment',
        message: 'no investment has id "no-pledge"',
        expected: 'the id of an investment',
        found: '"no-pledge"',
      },
      {
        path: 'investments[0].site',
        message: 'no site has id "elsewhere"',
        expected: 'the id of a site',
        found: '"elsewhere"',
      },
      {
        path: 'investments[0].partOf',
        message: 'no investment has id "missing"',
        expected: 'the id of an investment',
        found: '"missing"',
      },
      {
        path: 'facts[0].about[0]',
        message: 'no record has id "ghost"',
        expected: 'the id of a record',
        found: '"ghost"',
      },
      {
        path: 'notes[0].about[0]',
        message: 'no record has id "phantom"',
        expected: 'the id of a record',
        found: '"phantom"',
      },
    ]);
  });

  it('a citation whose source or quote is not text is left to the schema', () => {
    const data = atlas((d) => {
      const citation = d.sites[0]!.citations[0]! as { source: unknown; quote: unknown };
      citation.source = 42;
      (d.events[0]!.citations[0]! as { quote: unknown }).quote = null;
      d.events[0]!.citations[0]!.source = 'src-999';
    });
    expect(checkIntegrity(data)).toEqual([]);
  });

  it('a part in another unit, and a cycle, name the whole and the loop', () => {
    expect(
      problems((d) => {
        d.investments.push({
          ...d.investments[0]!,
          id: 'whole',
          partOf: 'essonne-datacenter',
          amount: { ...d.investments[0]!.amount, unit: 'USD' },
        });
        d.investments[0]!.partOf = 'whole';
      }),
    ).toEqual([
      {
        path: 'investments[0].amount.unit',
        message: 'a part of "whole" must use the same unit',
        expected: 'USD',
        found: 'EUR',
      },
      {
        path: 'investments[0].partOf',
        message: 'partOf forms a cycle through "essonne-datacenter"',
        expected: 'a chain of partOf that ends',
        found: '"whole"',
      },
      {
        path: 'investments[1].amount.unit',
        message: 'a part of "essonne-datacenter" must use the same unit',
        expected: 'EUR',
        found: 'USD',
      },
      {
        path: 'investments[1].partOf',
        message: 'partOf forms a cycle through "whole"',
        expected: 'a chain of partOf that ends',
        found: '"essonne-datacenter"',
      },
    ]);
  });

  it('a record whose id a later one reuses is judged by its parent’s chain', () => {
    const found = problems((d) => {
      const first = d.investments[0]!;
      d.investments.push({ ...first, id: 'loop-a', partOf: 'loop-b' });
      d.investments.push({ ...first, id: 'loop-b', partOf: 'loop-a' });
      d.investments.push({ ...first, id: 'loop-a', partOf: 'loop-b' });
    }).filter((p) => p.path.endsWith('.partOf'));
    // investments[1] is not the record its id names (the later one is): its loop is entered
    // through its parent, loop-b. The other two are on the loop and name themselves.
    expect(found.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'investments[1].partOf: partOf forms a cycle through "loop-b"',
      'investments[2].partOf: partOf forms a cycle through "loop-b"',
      'investments[3].partOf: partOf forms a cycle through "loop-a"',
    ]);
  });

  it('coordinates on Europe’s edges pass; a hair past them fails, with the bounds', () => {
    const at = (lat: number, lon: number) =>
      problems((d) => Object.assign(d.sites[0]!.location, { lat, lon }));
    expect(at(34, -25)).toEqual([]);
    expect(at(72, 45)).toEqual([]);
    expect(at(33.99, 45.01)).toEqual([
      {
        path: 'sites[0].location.lat',
        message: 'outside Europe',
        expected: '34..72',
        found: '33.99',
        rule: { name: 'outsideEurope', min: 34, max: 72 },
      },
      {
        path: 'sites[0].location.lon',
        message: 'outside Europe',
        expected: '-25..45',
        found: '45.01',
        rule: { name: 'outsideEurope', min: -25, max: 45 },
      },
    ]);
    expect(at(72.01, -25.01).map((p) => `${p.path} ${p.found}`)).toEqual([
      'sites[0].location.lat 72.01',
      'sites[0].location.lon -25.01',
    ]);
  });

  it('a record and coordinates with nothing to trace them to', () => {
    expect(
      problems((d) => {
        d.facts[0]!.citations = [];
        d.sites[0]!.location.citations = [];
        d.sites[0]!.location.external = [];
      }),
    ).toEqual([
      {
        path: 'facts[0].citations',
        message: 'needs a citation or an external reference',
        expected: 'at least 1 citation or external reference',
        found: 'none',
      },
      {
        path: 'sites[0].location.external',
        message: 'coordinates need a reference',
        expected: 'at least 1 external reference',
        found: 'none',
      },
    ]);
  });

  it('coordinates are traced by a quote alone or a reference alone', () => {
    expect(
      problems((d) => {
        d.sites[0]!.location.citations = [];
        d.sites[0]!.location.external = [REFERENCE];
      }),
    ).toEqual([]);
    expect(
      problems((d) => {
        d.sites[0]!.location.citations = [{ ...d.sites[0]!.citations[0]! }];
        d.sites[0]!.location.external = [];
      }),
    ).toEqual([]);
  });

  it('a correction needs the article’s words and the outside reference', () => {
    const correction = {
      field: 'amount',
      claim: { fr: '50 milliards', en: '50 billion' },
      corrected: { fr: '30 à 50 milliards d’euros', en: '€30–50 billion' },
    };
    expect(
      problems((d) => {
        Object.assign(d.notes[0]!, { correction, citations: [], external: [] });
      }),
    ).toEqual([
      {
        path: 'notes[0].citations',
        message: 'a correction quotes what the article says',
        expected: 'at least 1 citation',
        found: '0',
      },
      {
        path: 'notes[0].external',
        message: 'a correction names the reference it comes from',
        expected: 'at least 1 external reference',
        found: '0',
      },
    ]);
    expect(problems((d) => void Object.assign(d.notes[0]!, { correction, external: [REFERENCE] }))).toEqual(
      [],
    );
    // A note that corrects nothing needs no reference.
    expect(problems((d) => void Object.assign(d.notes[0]!, { external: [] }))).toEqual([]);
  });

  it('a date from an external reference, in every collection that has dates', () => {
    const external = { certainty: 'external' as const };
    const found = problems((d) => {
      Object.assign(d.sources[0]!.published, external);
      Object.assign(d.sites[0]!.statusHistory[0]!.date, external);
      Object.assign(d.events[0]!.date, external);
      Object.assign(d.investments[0]!.announced, external);
      d.investments[0]!.horizon = { start: '2027', precision: 'year', certainty: 'external' };
      d.facts[0]!.date = { start: '2024', precision: 'year', certainty: 'external' };
    });
    const rule = {
      message: 'a date from an external reference needs that reference',
      expected: 'at least 1 external reference beside the date',
      found: 'none',
    };
    expect(found).toEqual(
      [
        'sources[0].published.certainty',
        'sites[0].statusHistory[0].date.certainty',
        'events[0].date.certainty',
        'investments[0].announced.certainty',
        'investments[0].horizon.certainty',
        'facts[0].date.certainty',
      ].map((path) => ({ path, ...rule })),
    );
  });

  it('a date from an external reference passes beside its reference', () => {
    const external = { certainty: 'external' as const };
    expect(
      problems((d) => {
        Object.assign(d.sites[0]!.statusHistory[0]!, { external: [REFERENCE] });
        Object.assign(d.sites[0]!.statusHistory[0]!.date, external);
        Object.assign(d.events[0]!, { external: [REFERENCE] });
        Object.assign(d.events[0]!.date, external);
        Object.assign(d.investments[0]!, { external: [REFERENCE] });
        Object.assign(d.investments[0]!.announced, external);
        d.investments[0]!.horizon = { start: '2027', precision: 'year', certainty: 'external' };
        Object.assign(d.facts[0]!, { external: [REFERENCE] });
        d.facts[0]!.date = { start: '2024', precision: 'year', certainty: 'external' };
      }),
    ).toEqual([]);
  });

  it('a status announced by anything but a forecast of a site says what it is', () => {
    const found = (forecast: boolean | undefined, site: string | undefined) =>
      problems((d) => {
        Object.assign(d.events[0]!, { forecast, site, forecastStatus: 'operational' });
      });
    expect(found(true, 'essonne')).toEqual([]);
    expect(found(undefined, 'essonne')).toEqual([
      {
        path: 'events[0].forecastStatus',
        message: 'only a forecast of a site announces a status',
        expected: 'forecast: true and a site',
        found: 'forecast: false, site: essonne',
      },
    ]);
    expect(found(true, undefined).map((p) => p.found)).toEqual(['forecast: true, site: none']);
    expect(found(false, undefined).map((p) => p.found)).toEqual(['forecast: false, site: none']);
  });

  it('the newest changelog entry is the current version; no changelog is fine', () => {
    const entry = { version: '0.0.1', date: '2025-03-01', changes: [{ fr: 'Première.', en: 'First.' }] };
    expect(problems((d) => void (d.changelog = []))).toEqual([]);
    expect(problems((d) => void (d.changelog = [entry]))).toEqual([]);
    expect(problems((d) => void (d.changelog = [{ ...entry, version: '0.0.0' }, entry]))).toEqual([
      {
        path: 'changelog[0].version',
        message: 'the newest changelog entry is the current version',
        expected: '0.0.1',
        found: '0.0.0',
      },
    ]);
  });
});
