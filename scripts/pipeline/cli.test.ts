import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type * as Build from './build.ts';
import { runCli } from './cli.ts';
import { PipelineError } from './errors.ts';
import { MANIFEST } from './manifest.ts';
import { VENDORED_RAW_DIR } from './paths.ts';

// The real build takes tens of seconds; these tests check what the command prints and returns around it, so
// each says what the build does (the real one, or a stand-in that logs, fails or breaks).
const build = vi.hoisted(() => ({ override: null as null | ((log: (line: string) => void) => void) }));
vi.mock('./build.ts', async (importActual) => {
  const actual = await importActual<typeof Build>();
  return {
    ...actual,
    buildAndPublish: (...args: Parameters<typeof actual.buildAndPublish>) => {
      if (build.override === null) return actual.buildAndPublish(...args);
      build.override(args[2]);
      return undefined;
    },
  };
});

const empty = mkdtempSync(path.join(tmpdir(), 'hgm-cli-raw-'));
const out = mkdtempSync(path.join(tmpdir(), 'hgm-cli-out-'));
afterAll(() => {
  rmSync(empty, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

function consoleLines() {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  const error = vi.spyOn(console, 'error').mockImplementation(() => {});
  return { log: () => log.mock.calls.map((call) => String(call[0])), error: () => error.mock.calls.map((call) => String(call[0])) };
}

afterEach(() => {
  build.override = null;
  vi.restoreAllMocks();
});

describe('runCli', () => {
  it('says which raw folder it reads, fails with the file to open, leaves the outputs alone and returns 1', () => {
    const lines = consoleLines();
    expect(runCli({ DATA_RAW: empty, DATA_OUT: out })).toBe(1);
    expect(lines.log()).toEqual([`Raw data: ${empty}`, `Raw files: no ${MANIFEST} in ${empty}, checksums not verified`]);
    const lookup = 'boundaries/lookup_lad_utla_rgn_england_2018_2023_derived.csv';
    expect(lines.error()).toEqual([`Data build failed: ${lookup}: file not found (looked for ${path.join(empty, lookup)})`, 'Previous outputs were left untouched.']);
    expect(readdirSync(out)).toEqual([]);
  });

  it("checks the repository's own raw folder against its manifest, prints the build's log and how long it took, and returns 0", () => {
    const lines = consoleLines();
    build.override = (log) => log('Base: 314 districts');
    const started = performance.now();
    expect(runCli({ DATA_OUT: out })).toBe(0);
    const took = (performance.now() - started) / 1000;
    const printed = lines.log();
    expect(printed.slice(0, 3)).toEqual([`Raw data: ${VENDORED_RAW_DIR}`, expect.stringMatching(/^Raw files: \d+ match MANIFEST\.sha256$/), 'Base: 314 districts']);
    expect(printed).toHaveLength(4);
    const done = /^Done in (\d+\.\d) s$/.exec(printed[3] ?? '');
    expect(done).not.toBeNull();
    expect(Number(done?.[1])).toBeLessThanOrEqual(Math.ceil(took * 10) / 10);
    expect(lines.error()).toEqual([]);
    // Checking every raw file's checksum takes a moment on a shared machine.
  }, 30_000);

  it('lets an error that is not about the input data through, as the bug it is', () => {
    consoleLines();
    build.override = () => {
      throw new TypeError('internal: a bug');
    };
    expect(() => runCli({ DATA_OUT: out })).toThrow(new TypeError('internal: a bug'));
    build.override = () => {
      throw new PipelineError({ file: 'a.csv' }, 'bad');
    };
    expect(runCli({ DATA_OUT: out })).toBe(1);
  });
});
