// Lighthouse 12 (its own CLI, one Chromium per run, as Lighthouse expects) against pages the bench serves:
// the performance category only, in Lighthouse's desktop preset and in its default mobile one (simulated
// 4× CPU slowdown and slow 4G).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../e2e/browser';
import { REPO_ROOT } from './build';

export type Preset = 'desktop' | 'mobile';

export interface LighthouseSample {
  /** Performance score, 0–100. */
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  speedIndex: number;
  /** The longest main-thread task Lighthouse lists (its long-tasks diagnostic: simulated on mobile), or 0 if none reached 50 ms. */
  longestTask: number;
  /** When the page's own trace ended, unthrottled: what Lighthouse saw of the page's life. */
  observedTraceEnd: number;
}

interface Report {
  categories: { performance: { score: number | null } };
  audits: Record<string, { numericValue?: number; details?: { items?: Record<string, number | string>[] } }>;
  runtimeError?: { message: string };
}

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

export async function lighthouse(url: string, preset: Preset): Promise<LighthouseSample> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const output = join(dir, 'report.json');
  try {
    const chrome = chromiumExecutable();
    const flags = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
    const args = [url, '--only-categories=performance', '--output=json', `--output-path=${output}`, '--quiet', `--chrome-flags=${flags}`];
    if (preset === 'desktop') args.push('--preset=desktop');
    const { code, stderr } = await run(join(REPO_ROOT, 'node_modules/.bin/lighthouse'), args, { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) });
    if (code !== 0) throw new Error(`lighthouse exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' ')}`);
    const report = JSON.parse(readFileSync(output, 'utf8')) as Report;
    if (report.runtimeError) throw new Error(`lighthouse: ${report.runtimeError.message}`);
    const value = (id: string): number => {
      const numeric = report.audits[id]?.numericValue;
      if (typeof numeric !== 'number') throw new Error(`lighthouse gave no ${id} for ${url}`);
      return numeric;
    };
    const score = report.categories.performance.score;
    if (score === null) throw new Error(`lighthouse gave no performance score for ${url}`);
    return {
      score: Math.round(score * 100),
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      speedIndex: value('speed-index'),
      longestTask: Math.max(0, ...(report.audits['long-tasks']?.details?.items ?? []).map((item) => Number(item.duration))),
      observedTraceEnd: Number(report.audits.metrics?.details?.items?.[0]?.observedTraceEnd ?? NaN),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
