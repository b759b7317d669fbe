// `npm run audit [-- --no-build]`: the external audits, run as an auditor would, against the production build
// served by `vite preview` on 127.0.0.1: Lighthouse 12 (desktop, then mobile) and pa11y (WCAG 2 AA), one at a
// time. Prints the scores and exits 1 when any is below its target. Not in CI: it takes minutes.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../e2e/browser.ts';
import { REPO_ROOT } from './pipeline/paths.ts';

const PORT = Number(process.env.AUDIT_PORT ?? 4302);
const URL_UNDER_AUDIT = `http://127.0.0.1:${PORT}/`;
const BIN = path.join(REPO_ROOT, 'node_modules', '.bin');

/** Lighthouse category scores (0–100) that must be reached on both form factors. */
export const LIGHTHOUSE_TARGETS = { accessibility: 100, 'best-practices': 100, seo: 100 } as const;
export const PA11Y_MAX_ISSUES = 0;

type Category = keyof typeof LIGHTHOUSE_TARGETS;
export type FormFactor = 'desktop' | 'mobile';

export interface Finding {
  check: string;
  score: number;
  target: number;
  /** Scores must reach their target; issue counts must not exceed theirs. */
  targetIs: 'minimum' | 'maximum';
  /** What failed, for the reader to look up: audit ids or pa11y messages. */
  details: string[];
}

export function misses(finding: Finding): boolean {
  return finding.targetIs === 'minimum' ? finding.score < finding.target : finding.score > finding.target;
}

interface LighthouseReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string; title: string }>;
}

/** Scores out of 100 and, for each category, the audits that count towards it and did not pass. */
export function lighthouseFindings(report: LighthouseReport, formFactor: FormFactor): Finding[] {
  return (Object.keys(LIGHTHOUSE_TARGETS) as Category[]).map((category) => {
    const entry = report.categories[category];
    if (!entry) throw new Error(`the Lighthouse report has no ${category} category`);
    const failing = entry.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => ({ id: ref.id, audit: report.audits[ref.id] }))
      .filter(({ audit }) => audit && audit.scoreDisplayMode !== 'notApplicable' && audit.score !== null && audit.score < 1)
      .map(({ id, audit }) => `${id}: ${audit!.title}`);
    return { check: `Lighthouse ${category} (${formFactor})`, score: Math.round((entry.score ?? 0) * 100), target: LIGHTHOUSE_TARGETS[category], targetIs: 'minimum', details: failing };
  });
}

interface Pa11yIssue {
  code: string;
  message: string;
  selector: string;
}

export function pa11yFinding(issues: Pa11yIssue[]): Finding {
  return { check: 'pa11y WCAG2AA issues', score: issues.length, target: PA11Y_MAX_ISSUES, targetIs: 'maximum', details: issues.map((issue) => `${issue.code} at ${issue.selector}: ${issue.message}`) };
}

function browserPath(): string {
  return chromiumExecutable() ?? chromium.executablePath();
}

async function startPreview(): Promise<ChildProcess> {
  const server = spawn(path.join(BIN, 'vite'), ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited (${server.exitCode}): is port ${PORT} free? Set AUDIT_PORT to use another.`);
    try {
      if ((await fetch(URL_UNDER_AUDIT)).ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  server.kill();
  throw new Error(`vite preview did not answer on ${URL_UNDER_AUDIT} within 30 s`);
}

function runLighthouse(formFactor: FormFactor, workDir: string): Finding[] {
  const output = path.join(workDir, `lighthouse-${formFactor}.json`);
  const flags = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
  const result = spawnSync(
    path.join(BIN, 'lighthouse'),
    [
      URL_UNDER_AUDIT,
      ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
      `--only-categories=${Object.keys(LIGHTHOUSE_TARGETS).join(',')}`,
      '--output=json',
      `--output-path=${output}`,
      `--chrome-flags=${flags}`,
      '--quiet',
    ],
    { cwd: REPO_ROOT, env: { ...process.env, CHROME_PATH: browserPath() }, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`Lighthouse (${formFactor}) failed: ${result.stderr || result.stdout}`);
  return lighthouseFindings(JSON.parse(readFileSync(output, 'utf8')) as LighthouseReport, formFactor);
}

function runPa11y(workDir: string): Finding {
  const config = path.join(workDir, 'pa11y.json');
  writeFileSync(
    config,
    JSON.stringify({
      standard: 'WCAG2AA',
      timeout: 60_000,
      chromeLaunchConfig: { executablePath: browserPath(), args: CHROMIUM_ARGS },
      // Audit the page as a visitor first sees it: with the figures loaded and the analysis panel drawn.
      actions: ['wait for element [data-testid="divergence-panel"] to be visible'],
    }),
  );
  const result = spawnSync(path.join(BIN, 'pa11y'), ['--config', config, '--reporter', 'json', URL_UNDER_AUDIT], { cwd: REPO_ROOT, encoding: 'utf8' });
  // pa11y exits 2 when it found issues; only an empty or unreadable report is a failure to run.
  try {
    return pa11yFinding(JSON.parse(result.stdout) as Pa11yIssue[]);
  } catch {
    throw new Error(`pa11y failed (${result.status}): ${result.stderr || result.stdout}`);
  }
}

function report(findings: Finding[]): void {
  const width = Math.max(...findings.map((f) => f.check.length));
  for (const finding of findings) {
    const verdict = misses(finding) ? 'BELOW TARGET' : 'ok';
    console.log(`${finding.check.padEnd(width)}  ${String(finding.score).padStart(3)}  (target ${finding.target})  ${verdict}`);
    if (misses(finding)) for (const line of finding.details) console.log(`    ${line}`);
  }
}

async function main(): Promise<number> {
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
    if (build.status !== 0) return 1;
  }
  const workDir = mkdtempSync(path.join(tmpdir(), 'hgm-audit-'));
  const server = await startPreview();
  try {
    // One tool at a time: each starts its own Chromium, and two at once on two cores skew the timings.
    const findings = [...runLighthouse('desktop', workDir), ...runLighthouse('mobile', workDir), runPa11y(workDir)];
    report(findings);
    return findings.some(misses) ? 1 : 0;
  } finally {
    server.kill();
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.join(REPO_ROOT, 'scripts', 'audit.ts')) {
  process.exitCode = await main();
}
