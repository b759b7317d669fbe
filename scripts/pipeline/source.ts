import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PipelineError } from './errors.ts';

export interface InputRecord {
  path: string;
  sha256: string;
}

/**
 * Where raw files come from. Every read is recorded with its checksum so the output can say exactly
 * which bytes it was built from; tests substitute an in-memory source.
 */
export interface RawSource {
  readText(relPath: string): string;
  /** Files read so far, sorted by path. */
  inputs(): InputRecord[];
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function recordingSource(load: (relPath: string) => Uint8Array): RawSource {
  const read = new Map<string, string>();
  return {
    readText(relPath) {
      const bytes = load(relPath);
      read.set(relPath, sha256(bytes));
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        // A Windows-1252 export (like ONS's machine-readable file) would silently corrupt names otherwise.
        throw new PipelineError({ file: relPath }, 'is not valid UTF-8');
      }
    },
    inputs() {
      return [...read.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([p, h]) => ({ path: p, sha256: h }));
    },
  };
}

export function fsSource(rawDir: string): RawSource {
  return recordingSource((relPath) => {
    const full = path.join(rawDir, relPath);
    if (!existsSync(full) || !statSync(full).isFile()) throw new PipelineError({ file: relPath }, `file not found (looked for ${full})`);
    return readFileSync(full);
  });
}

export function memorySource(files: Readonly<Record<string, string>>): RawSource {
  return recordingSource((relPath) => {
    const text = files[relPath];
    if (text === undefined) throw new PipelineError({ file: relPath }, 'file not found (in-memory source)');
    return new TextEncoder().encode(text);
  });
}
