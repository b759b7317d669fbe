import { describe, expect, it } from 'vitest';
import { benchReport, lighthouseFigure, type BenchResults, type LighthouseCase } from './report';

const sample = (score: number, lcp: number, longestTask = 0) => ({ score, fcp: 300, lcp, tbt: 20, longestTask, cls: 0, speedIndex: 900, observedTraceEnd: 3000 });
const app: LighthouseCase = { page: 'app', label: 'the app', preset: 'mobile', samples: [sample(90, 2100, 120), sample(94, 1900, 0), sample(70, 2600, 181)], errors: [] };

describe('lighthouseFigure', () => {
  it('is the median of the runs, with their range', () => {
    expect(lighthouseFigure(app, (s) => s.score)).toEqual({ median: 90, min: 70, max: 94, n: 3 });
    expect(lighthouseFigure(undefined, (s) => s.score)).toBeNull();
  });
});

describe('benchReport', () => {
  const results: BenchResults = {
    date: '2026-12-01T10:00:00.000Z',
    machine: { cpus: 2, cpu: 'test', node: 'v20' },
    rows: [{ section: 'First paint', label: 'App, first coloured paint', unit: 'ms', summary: { median: 412, min: 400, max: 430, n: 7 } }],
    marks: {},
    scaling: { header: [], rows: [], winners: [] },
    lighthouse: [app],
    verdicts: [{ budget: 'Lighthouse desktop score ≥ 95', figure: '93', met: false }],
    runs: 'app@314: 7 runs',
    errors: ['app@314: run 2: console error: boom'],
    took: '600 s',
  };
  const text = benchReport(results);

  it('prints each Lighthouse figure as median (min–max) per page and preset', () => {
    const row = text.split('\n').find((line) => line.startsWith('| the app'))!;
    expect(row.split('|').slice(1, -1).map((cell) => cell.trim())).toEqual(['the app', '90 (70–94)', '0.30 s', '2.10 s (1.90 s–2.60 s)', '20 ms', '120 ms (0 ms–181 ms)', '0.000', '0.90 s', '3']);
  });

  it('marks an unmet budget and lists the problems', () => {
    expect(text).toMatch(/\| Lighthouse desktop score ≥ 95 \|\s+93 \|\s+NO \|/);
    expect(text).toContain('- app@314: run 2: console error: boom');
  });
});
