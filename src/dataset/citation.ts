/**
 * How to cite one version of the dataset: a line to paste under a chart, BibTeX and CSL-JSON (the
 * format Zotero and pandoc read). The link pins the version (`?version=`), so a reader who follows
 * it sees the figures that were cited, not whatever the latest release says.
 */
export interface CitedDataset {
  version: string;
  /** ISO day of the release. */
  updated: string;
}

export const LICENCE = 'CC BY 4.0';

/** This atlas's address with `version=`, from the page's base (the build is relocatable). */
export function versionLink(baseUri: string, version: string): string {
  return new URL(`./?version=${encodeURIComponent(version)}`, baseUri).href;
}

export function citationLine(dataset: CitedDataset, link: string): string {
  return `Compute Atlas, dataset v${dataset.version}, ${dataset.updated}, ${LICENCE}, ${link}`;
}

export function bibtex(dataset: CitedDataset, link: string): string {
  const key = `compute_atlas_${dataset.version.replace(/\W/g, '_')}`;
  return [
    `@misc{${key},`,
    `  title = {{Compute Atlas}, dataset v${dataset.version}},`,
    '  author = {{Compute Atlas}},',
    `  year = {${dataset.updated.slice(0, 4)}},`,
    `  date = {${dataset.updated}},`,
    `  version = {${dataset.version}},`,
    `  url = {${link}},`,
    `  note = {Licence ${LICENCE}},`,
    '}',
    '',
  ].join('\n');
}

export function cslJson(dataset: CitedDataset, link: string): string {
  const [year, month, day] = dataset.updated.split('-').map(Number);
  const item = {
    id: `compute-atlas-${dataset.version}`,
    type: 'dataset',
    title: 'Compute Atlas',
    author: [{ literal: 'Compute Atlas' }],
    version: dataset.version,
    issued: { 'date-parts': [[year, month, day]] },
    URL: link,
    note: `Licence ${LICENCE}`,
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}
