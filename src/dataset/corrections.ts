/**
 * The corrections of the dataset: notes that carry a `correction` (the article's claim and what an
 * external reference says instead). Pure selectors over the read-only model.
 */
import type { AtlasModel } from './model';
import type { Correction, Note, Source } from './schema';
import type { correctionFields } from './vocabulary';

export type CorrectionField = (typeof correctionFields)[number];
export type CorrectionNote = Note & { readonly correction: Correction };

const isCorrection = (note: Note): note is CorrectionNote => note.correction !== undefined;

/** Every correction, in file order (About lists them all). */
export function allCorrections(model: Pick<AtlasModel, 'atlas'>): readonly CorrectionNote[] {
  return model.atlas.notes.filter(isCorrection);
}

/** The corrections of one fact (`field`) of one record, to show beside that fact. */
export function correctionsFor(
  model: Pick<AtlasModel, 'notesByRecord'>,
  id: string,
  field: CorrectionField,
): readonly CorrectionNote[] {
  return (model.notesByRecord.get(id) ?? []).filter(
    (note): note is CorrectionNote => isCorrection(note) && note.correction.field === field,
  );
}

/** The article a correction corrects ("004"), from the source of its first quote. */
export function correctedArticle(
  note: Note,
  sourcesById: ReadonlyMap<string, Source>,
): { number: string; source: Source } | null {
  const first = note.citations[0];
  const source = first === undefined ? undefined : sourcesById.get(first.source);
  if (!source) return null;
  return { number: source.file.slice(0, 3), source };
}
