// The published files, as Vite emits them (same URL as src/main.tsx's dataset import), so the
// JSON download is the exact file the app loaded, not a re-serialisation of the parsed model.
import datasetUrl from '../../../data/atlas.json?url';
import schemaUrl from '../../../data/atlas.schema.json?url';

export { datasetUrl, schemaUrl };
