import { readFileSync } from 'node:fs';
import { atlasSchema, type Atlas } from './schema';

/** A fresh copy of the smallest valid atlas (data/fixtures/valid-minimal.json), parsed, then edited. */
export function minimalAtlas(edit: (draft: Atlas) => void = () => {}): Atlas {
  const raw: unknown = JSON.parse(
    readFileSync(new URL('../../data/fixtures/valid-minimal.json', import.meta.url), 'utf8'),
  );
  const draft = atlasSchema.parse(raw);
  edit(draft);
  return draft;
}
