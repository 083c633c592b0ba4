/** Writes data/atlas.schema.json from the zod schema, the one definition (`npm run data:schema`). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { atlasSchema } from '../src/dataset/schema';

export const SCHEMA_FILE = fileURLToPath(new URL('../data/atlas.schema.json', import.meta.url));

/** The JSON Schema of a dataset file as written (input side: defaulted fields are optional). */
export function renderAtlasJsonSchema(): string {
  const schema = z.toJSONSchema(atlasSchema, { io: 'input', unrepresentable: 'any' });
  const document = {
    ...schema,
    $id: 'https://compute-atlas.invalid/atlas.schema.json',
    title: 'Compute Atlas dataset',
    description:
      'Generated from src/dataset/schema.ts by `npm run data:schema`; do not edit. Rules a JSON Schema cannot say (quotes, ids that resolve) are checked by `npm run data:check`.',
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(SCHEMA_FILE, renderAtlasJsonSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
