import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * Two start-up jobs moved from the map's critical path into the HTML head, where they run while the main
 * bundle downloads and compiles (both measured by `npm run bench`; see the README's Performance section):
 * - MapLibre's worker is started and left on `window` for MapController to hand to MapLibre. Otherwise it
 *   is created inside the long task that evaluates the bundle and mounts the app, and the browser only
 *   begins fetching and compiling its 520 KB of script once the main thread is free again.
 * - A throwaway worker opens a WebGL 2 context on an OffscreenCanvas. The first WebGL context a page
 *   opens costs 0.2–0.3 s of GPU start-up (software WebGL), and when the map opens it that time blocks the
 *   main thread; once any thread of the page has paid it, the map's own context opens in under 10 ms.
 * Build only: in development the worker URL is not a fixed asset.
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
        const warmUp = JSON.stringify('try{new OffscreenCanvas(1,1).getContext("webgl2")}finally{close()}');
        const script =
          `window.__mapWorker=new Worker(${url},{type:"module"});` +
          `if(typeof OffscreenCanvas!=="undefined"){const u=URL.createObjectURL(new Blob([${warmUp}],{type:"text/javascript"}));new Worker(u);URL.revokeObjectURL(u)}`;
        return [{ tag: 'script', children: script, injectTo: 'head' }];
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
