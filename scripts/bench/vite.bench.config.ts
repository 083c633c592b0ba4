/** Builds the bench page (scripts/bench/bare-map.html) into dist-bench/, apart from the app's dist/. */
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'scripts/bench',
  base: './',
  publicDir: false,
  build: {
    outDir: '../../dist-bench',
    emptyOutDir: true,
    target: 'es2022',
    // Read by the trace scripts to name the bare page's frames; never referenced by the page.
    sourcemap: 'hidden',
    rolldownOptions: { input: 'scripts/bench/bare-map.html' },
  },
});
