import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { atlasSchema, type Atlas } from './schema';
import { checkIntegrity } from './integrity';

const load = (file: string): Atlas =>
  atlasSchema.parse(JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')));

describe('an event that names the status it announces', () => {
  it('fails unless it is a forecast of a site', () => {
    const atlas = load('../../data/fixtures/valid-minimal.json');
    const event = atlas.events[0]!;
    event.forecastStatus = 'operational';
    delete event.forecast;
    expect(checkIntegrity(atlas).map((p) => p.path)).toContain('events[0].forecastStatus');
    event.forecast = true;
    delete event.site;
    expect(checkIntegrity(atlas).map((p) => p.path)).toContain('events[0].forecastStatus');
  });

  it('passes in the atlas as published, where every opening forecast names it', () => {
    const atlas = load('../../data/atlas.json');
    expect(checkIntegrity(atlas).filter((p) => p.path.endsWith('forecastStatus'))).toEqual([]);
    const opening = atlas.events.find((event) => event.id === 'essonne-opening');
    expect(opening).toMatchObject({ forecast: true, site: 'essonne', forecastStatus: 'operational' });
  });
});
