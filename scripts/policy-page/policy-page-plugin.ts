/** Adds `source-policy.html` and its stylesheet (scripts/policy-page/policy-page.ts) to the build and to `vite dev`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { POLICY_PAGE, POLICY_STYLES, policyPage, policyStyles } from './policy-page.ts';

export function policyPagePlugin(): Plugin {
  let root = process.cwd();
  const page = () => {
    const atlas = JSON.parse(readFileSync(join(root, 'data/atlas.json'), 'utf8')) as { version: string };
    return policyPage(readFileSync(join(root, 'data/README.md'), 'utf8'), atlas.version);
  };
  return {
    name: 'atlas-policy-page',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0];
        if (path === `/${POLICY_STYLES}`) {
          response.setHeader('Content-Type', 'text/css; charset=utf-8');
          return response.end(policyStyles);
        }
        if (path !== `/${POLICY_PAGE}`) return next();
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end(page());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: POLICY_PAGE, source: page() });
      this.emitFile({ type: 'asset', fileName: POLICY_STYLES, source: policyStyles });
    },
  };
}
