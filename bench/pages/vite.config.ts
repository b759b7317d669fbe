// Builds only the bench's harness pages, into bench/.build/site/bench/. The root vite.config.ts never sees
// them, so `vite build` for the app outputs the app alone.
import { defineConfig } from 'vite';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtCatalogue } from '../../scripts/cataloguePlugin.ts';

const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  // The pages read the catalogue as the app does: built here, not from the measure folder in the browser.
  plugins: [builtCatalogue()],
  base: '/bench/',
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: resolve(here, '../.build/site/bench'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: {
        floor: join(here, 'floor.html'),
        maplibre: join(here, 'maplibre.html'),
        leaflet: join(here, 'leaflet.html'),
      },
    },
  },
});
