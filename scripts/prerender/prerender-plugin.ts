/**
 * Vite plugin (build only): prerenders the default view into index.html, emits the static map
 * picture, and adds the preload links that start the map's chunk, its worker, the basemap, the
 * dataset and the UI/label font at navigation instead of after React has rendered.
 * The view is rendered with react-dom/server through a throwaway Vite SSR server, so components
 * import their CSS and JSON as in the app.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type HtmlTagDescriptor, type Plugin } from 'vite';
import type { OutputBundle } from 'rolldown';
import type { PrerenderedView, renderDefaultView } from './render-view';
import { darkBlock } from '../theme/system-dark.ts';
import { declarations, rootTokens, staticMapSvg } from './static-map-svg.ts';

/** The prerendered language: index.html's `lang` (English), the app's default for non-French browsers. */
const PRERENDER_LANG = 'en';

type RenderModule = { renderDefaultView: typeof renderDefaultView };

async function renderView(root: string): Promise<{ view: PrerenderedView; picture: string | null }> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const mod = (await server.ssrLoadModule('/scripts/prerender/render-view.tsx')) as RenderModule;
    const atlas: unknown = JSON.parse(readFileSync(join(root, 'data', 'atlas.json'), 'utf8'));
    const view = mod.renderDefaultView(atlas, PRERENDER_LANG);
    const basemap = join(root, 'public', 'basemap');
    const geo = (part: string) => JSON.parse(readFileSync(join(basemap, `${part}.geojson`), 'utf8'));
    const tokensCss = readFileSync(join(root, 'src', 'styles', 'tokens.css'), 'utf8');
    const picture = existsSync(join(basemap, 'countries.geojson'))
      ? staticMapSvg({
          countries: geo('countries'),
          borders: geo('borders'),
          sites: view.sites,
          tokens: rootTokens(tokensCss),
          darkTokens: declarations(darkBlock(tokensCss) ?? ''),
        })
      : null;
    return { view, picture };
  } finally {
    await server.close();
  }
}

/**
 * Links that start, at navigation, what the map and the first view need. The map's ~500 KB (its
 * chunk, worker and basemap) go at low priority: on a slow link they shared it with the
 * stylesheets the first paint waits for (in an A/B run on 2026-12-02, Lighthouse mobile's first
 * contentful paint went from about 4 s to 2.9 s with the attribute, atlas:ready unchanged). The dataset and the font
 * keep their default priority.
 */
export function preloadTags(bundle: OutputBundle): HtmlTagDescriptor[] {
  const tags: HtmlTagDescriptor[] = [];
  const link = (attrs: Record<string, string | boolean>) =>
    tags.push({ tag: 'link', attrs, injectTo: 'head' });
  const lowLink = (attrs: Record<string, string | boolean>) => link({ ...attrs, fetchpriority: 'low' });
  for (const file of Object.values(bundle)) {
    const href = `./${file.fileName}`;
    if (file.type === 'chunk') {
      const isMap =
        file.moduleIds.some((id) => id.includes('/maplibre-gl/')) ||
        file.facadeModuleId?.endsWith('/features/map/map-view.tsx');
      if (isMap && !file.isEntry) lowLink({ rel: 'modulepreload', crossorigin: true, href });
    } else if (/maplibre-gl-worker.*\.mjs$/.test(file.fileName)) {
      // A module worker is fetched by maplibre with destination "worker"; a preload fills the
      // HTTP cache (hashed assets are immutable) so the worker starts from cache.
      lowLink({ rel: 'preload', as: 'fetch', crossorigin: true, href });
    } else if (/^assets\/atlas-checked-[\w-]+\.json$/.test(file.fileName)) {
      // The dataset the app loads (scripts/dataset/); the raw atlas-*.json is only for downloads.
      link({ rel: 'preload', as: 'fetch', crossorigin: true, href });
    } else if (/inter-latin-wght-normal.*\.woff2$/.test(file.fileName)) {
      link({ rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: true, href });
    }
  }
  // The page fetches the basemap and hands it to maplibre (basemap-data.ts): the fetch takes these over.
  for (const part of ['countries', 'borders', 'labels'])
    lowLink({ rel: 'preload', as: 'fetch', crossorigin: true, href: `./basemap/${part}.geojson` });
  return tags;
}

/** The baked chart panels: painted before any script runs, so their stylesheets are the page's. */
const PRERENDER_STYLED = [
  /\/features\/timeline\/timeline-panel\.tsx$/,
  /\/features\/investments\/investments-panel\.tsx$/,
];
/** Every site's details, shown only without JavaScript (the app loads them on a selection). */
const NOSCRIPT_STYLED = [/\/features\/details\/details-panel\.tsx$/];

/**
 * The stylesheets of the lazy chunks whose markup the prerendered page holds, less those the entry
 * already links: the lazy chunks' CSS would otherwise arrive with their JavaScript, after the page
 * has painted without it.
 */
export function chunkStyles(bundle: OutputBundle, modules: readonly RegExp[]): string[] {
  const css = new Set<string>();
  const entryCss = new Set<string>();
  const visit = (fileName: string, seen: Set<string>, into: Set<string>) => {
    const file = bundle[fileName];
    if (!file || file.type !== 'chunk' || seen.has(fileName)) return;
    seen.add(fileName);
    file.viteMetadata?.importedCss.forEach((name) => into.add(name));
    file.imports.forEach((name) => visit(name, seen, into));
  };
  for (const file of Object.values(bundle)) {
    if (file.type !== 'chunk') continue;
    if (file.isEntry) visit(file.fileName, new Set(), entryCss);
    else if (modules.some((re) => re.test(file.facadeModuleId ?? ''))) visit(file.fileName, new Set(), css);
  }
  return [...css].filter((name) => !entryCss.has(name)).sort();
}

const stylesheets = (names: string[]) =>
  names.map((name) => `<link rel="stylesheet" href="./${name}">`).join('');

/** The baked panels' stylesheets, and (in <noscript>) those of the details shown without JavaScript. */
export function prerenderStyles(bundle: OutputBundle): string {
  const page = chunkStyles(bundle, PRERENDER_STYLED);
  const noscript = chunkStyles(bundle, NOSCRIPT_STYLED).filter((name) => !page.includes(name));
  return stylesheets(page) + (noscript.length ? `<noscript>${stylesheets(noscript)}</noscript>` : '');
}

export function prerenderPlugin(): Plugin {
  let root = process.cwd();
  let view: PrerenderedView | null = null;
  return {
    name: 'compute-atlas-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      const rendered = await renderView(root);
      view = rendered.view;
      if (rendered.picture)
        this.emitFile({ type: 'asset', fileName: 'map-picture.svg', source: rendered.picture });
      else this.warn('no public/basemap/: the prerendered map picture is missing (run npm run basemap)');
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!view) return html;
        const page = html
          .replace('<div id="root"></div>', `<div id="root">${view.html}</div>`)
          .replace(/<title>[^<]*<\/title>/, `<title>${view.title}</title>`)
          .replace('</head>', `${ctx.bundle ? prerenderStyles(ctx.bundle) : ''}</head>`);
        return { html: page, tags: ctx.bundle ? preloadTags(ctx.bundle) : [] };
      },
    },
  };
}
