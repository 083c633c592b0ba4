import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASEMAP_FILES, missingBasemapFiles } from './basemap-guard-plugin';

describe('missingBasemapFiles', () => {
  it('names every file the map needs that the folder lacks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'basemap-'));
    expect(missingBasemapFiles(dir)).toEqual(BASEMAP_FILES);
    mkdirSync(join(dir, 'fonts'));
    for (const file of BASEMAP_FILES) writeFileSync(join(dir, file), '{}');
    expect(missingBasemapFiles(dir)).toEqual([]);
    expect(BASEMAP_FILES).toContain('labels.geojson');
  });
});
