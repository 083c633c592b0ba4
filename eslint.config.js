import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { readdirSync } from 'node:fs';

// Walls between parts of the app (ARCHITECTURE.md), one way down:
// app -> features -> url-state -> store -> dataset / i18n / geo -> lib.
// One zone per feature: nothing in it may import another feature. Shared folders import no
// feature and no app code; below them, each layer imports only what is under it (`lib` nothing
// from src/, `dataset` and `geo` only `lib`, the store neither the URL codec nor components);
// nothing in src/ imports scripts/ (build tools depend on src, never back).
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const SHARED = ['components', 'dataset', 'geo', 'i18n', 'lib', 'store', 'url-state', 'test-utils', 'styles'];
const walls = [
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message:
      'Features never import each other: move shared code to src/components or src/lib, compose in src/app.',
  })),
  ...SHARED.map((folder) => ({
    target: `./src/${folder}`,
    from: ['./src/features', './src/app'],
    message: 'Shared folders never import features or app code.',
  })),
  {
    target: './src/lib',
    from: './src',
    except: ['./lib'],
    message: 'lib is the bottom: it imports nothing from src/ (name the fields you need as a local type).',
  },
  {
    target: './src/dataset',
    from: './src',
    except: ['./dataset', './lib'],
    message:
      'The dataset imports only lib: its words (schema, rules) sit under the UI, the store and the URL.',
  },
  {
    target: './src/geo',
    from: './src',
    except: ['./geo', './lib'],
    message:
      'geo (projection, basemap, label font) is shared by the map, the handout and the prerender: it imports only lib.',
  },
  {
    target: './src/store',
    from: ['./src/url-state', './src/components'],
    message:
      'The store holds its own vocabulary (store/ui-vocabulary.ts) and knows neither the URL codec nor components.',
  },
  {
    target: './src',
    from: './scripts',
    message: 'src/ never imports scripts/: put the shared constant in src/ and import it from the script.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-bench',
      'node_modules',
      'public',
      'test-results',
      'playwright-report',
      'reports',
      '.stryker-tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'import-x': importX },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: walls }],
      'import-x/no-cycle': 'error',
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'maplibre-gl',
              message:
                'Only src/features/map/webgl/map-adapter.ts imports maplibre-gl (other files: `import type` only).',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/map/webgl/map-adapter.ts', 'src/features/map/webgl/map-adapter.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
