// "When the page is quiet": what is not needed for the first screen (MapLibre, a closed sheet's content)
// waits for it, so that it never competes with the page's own first work, however slow the device.

/**
 * How long the main thread must have run no long task (over 50 ms) before the page counts as quiet: the
 * quiet window of "time to interactive", so what waits for it never holds up the page becoming interactive.
 */
export const QUIET_MS = 5000;

/**
 * Resolves once the page has loaded and its main thread has gone QUIET_MS without a long task. Fixed delays
 * (3 s after load, or 2 s of quiet) were not enough on a busy machine: the page's own work stretched, and
 * MapLibre's start-up landed among it, in Lighthouse's blocking time (bench/README.md). Without the Long Tasks API it waits QUIET_MS after
 * the load.
 */
export function whenPageQuiet(): Promise<void> {
  return new Promise((resolve) => {
    let lastBusy = performance.now();
    let observer: PerformanceObserver | null = null;
    try {
      observer = new PerformanceObserver((list) => {
        for (const task of list.getEntries()) lastBusy = Math.max(lastBusy, task.startTime + task.duration);
      });
      observer.observe({ type: 'longtask' });
    } catch {
      observer = null;
    }
    const check = (): void => {
      const quietFor = performance.now() - lastBusy;
      if (document.readyState === 'complete' && quietFor >= QUIET_MS) {
        observer?.disconnect();
        resolve();
        return;
      }
      setTimeout(check, Math.max(100, QUIET_MS - quietFor));
    };
    check();
  });
}
