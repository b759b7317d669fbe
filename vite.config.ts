import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * Starts MapLibre's worker from the HTML head, before the main bundle has even been downloaded, and leaves
 * it on `window` for MapController to hand to MapLibre. Otherwise the worker is created inside the long
 * task that evaluates the bundle and mounts the app, and the browser only begins fetching and compiling
 * its 520 KB of script once the main thread is free again, which delays the first coloured map (see the
 * README's Performance section). Build only: in development the worker URL is not a fixed asset.
 */
function earlyMapWorker(): Plugin {
  let base = '/';
  return {
    name: 'health-gap-map:early-map-worker',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const worker = Object.values(context.bundle ?? {}).find((file) => file.type === 'asset' && /maplibre-gl-worker[^/]*\.mjs$/.test(file.fileName));
        if (!worker) return [];
        const url = JSON.stringify(`${base}${worker.fileName}`);
        return [{ tag: 'script', children: `window.__mapWorker=new Worker(${url},{type:"module"});`, injectTo: 'head' }];
      },
    },
  };
}

export default defineConfig({
  plugins: [svelte(), earlyMapWorker()],
  // The data pipeline writes static/geo and static/data; they are served as-is from the site root.
  publicDir: 'static',
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    maxWorkers: 2,
  },
});
