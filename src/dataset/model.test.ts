import { describe, expect, it } from 'vitest';
import { buildAtlasModel, recordName } from './model';
import { sampleAtlas } from './sample-atlas';
import type { Fact } from './schema';

const fact: Fact = {
  id: 'fact-grid',
  topic: 'energy',
  label: { fr: 'Réseau', en: 'Grid' },
  text: { fr: 'Texte.', en: 'Text.' },
  about: ['site-paris'],
  citations: [],
  external: [],
};
const model = buildAtlasModel({ ...sampleAtlas(), facts: [fact] });

describe('recordsById', () => {
  it('indexes every selectable record with its kind, and nothing else', () => {
    expect(new Map([...model.recordsById].map(([id, record]) => [id, record.kind]))).toEqual(
      new Map([
        ['site-paris', 'site'],
        ['site-borlange', 'site'],
        ['inv-paris', 'investment'],
        ['event-announce', 'event'],
        ['fact-grid', 'fact'],
      ]),
    );
    // Sources and notes are not selectable.
    expect(model.recordsById.has('src-a')).toBe(false);
    expect(model.recordsById.has('note-date')).toBe(false);
  });

  it('names each kind in the asked language', () => {
    const name = (id: string, lang: 'fr' | 'en') => recordName(model.recordsById.get(id)!, lang);
    expect(name('site-borlange', 'en')).toBe('Borlänge campus');
    expect(name('inv-paris', 'fr')).toBe('Site de Paris');
    expect(name('event-announce', 'en')).toBe('Announcement');
    expect(name('fact-grid', 'fr')).toBe('Réseau');
  });
});
