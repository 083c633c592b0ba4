/**
 * The atlas's own dataset, validated when it is built, so that the browser never validates it again
 * (ARCHITECTURE.md: validate at the edge where the data really comes in; for our own file that edge
 * is the build). `virtual:atlas-dataset` gives main.tsx the URL of the checked file and says whether
 * it was checked: in a build it is zod's output (defaults filled in) written as a hashed asset, and
 * a problem fails the build naming its path; the dev server hands over the raw file, unchecked, and
 * the browser validates it as it validates a `?data=` file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { validateAtlas } from '../../src/dataset/validate.ts';
import { formatProblem } from '../../src/dataset/problem.ts';

const ID = 'virtual:atlas-dataset';
const RESOLVED = `\0${ID}`;

export function checkedAtlasPlugin(file = resolve('data/atlas.json')): Plugin {
  let build = false;
  return {
    name: 'atlas:checked-dataset',
    configResolved(config) {
      build = config.command === 'build';
    },
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      this.addWatchFile(file);
      if (!build)
        return `export { default as atlasUrl } from ${JSON.stringify(`${file}?url`)};\nexport const checkedAtBuild = false;`;
      const result = validateAtlas(JSON.parse(readFileSync(file, 'utf8')));
      if (!result.ok)
        this.error(`${file}:\n${result.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
      const ref = this.emitFile({
        type: 'asset',
        name: 'atlas-checked.json',
        source: JSON.stringify(result.atlas),
      });
      return `export const atlasUrl = import.meta.ROLLUP_FILE_URL_${ref};\nexport const checkedAtBuild = true;`;
    },
  };
}
