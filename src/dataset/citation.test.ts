import { describe, expect, it } from 'vitest';
import { bibtex, citationLine, cslJson, versionLink } from './citation';

const dataset = { version: '2.0.0', updated: '2026-12-08' };
const link = versionLink('https://atlas.example/sub/index.html?site=x', '2.0.0');

describe('citation', () => {
  it('links the cited version', () => {
    expect(link).toBe('https://atlas.example/sub/?version=2.0.0');
  });

  it('writes the line the issue asks for', () => {
    expect(citationLine(dataset, link)).toBe(
      'Compute Atlas, dataset v2.0.0, 2026-12-08, CC BY 4.0, https://atlas.example/sub/?version=2.0.0',
    );
  });

  it('writes BibTeX and CSL-JSON with the version, the day and the link', () => {
    expect(bibtex(dataset, link)).toContain('@misc{compute_atlas_2_0_0,');
    expect(bibtex(dataset, link)).toContain('  url = {https://atlas.example/sub/?version=2.0.0},');
    expect(JSON.parse(cslJson(dataset, link))).toEqual([
      expect.objectContaining({
        type: 'dataset',
        version: '2.0.0',
        issued: { 'date-parts': [[2026, 12, 8]] },
        URL: 'https://atlas.example/sub/?version=2.0.0',
      }),
    ]);
  });
});
