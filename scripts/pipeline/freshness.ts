import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { OUTPUT_FILES, RAW_FILES } from './files.ts';

/** The pipeline's own code: a change to any of it can change the outputs. Tests and fixtures cannot. */
export function pipelineSourceFiles(repoRoot: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : walk(full);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
    });
  return [
    ...walk(path.join(repoRoot, 'scripts')),
    path.join(repoRoot, 'src', 'lib', 'data', 'types.ts'),
    path.join(repoRoot, 'src', 'lib', 'indicators', 'catalogue.ts'),
  ];
}

function mtimeMs(file: string): number | null {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

/**
 * Why the outputs must be rebuilt, or null when every output exists and is newer than every input.
 * A missing input counts as stale, so the rebuild runs and reports it properly.
 */
export function staleReason(inputs: readonly string[], outputs: readonly string[]): string | null {
  let oldestOutput = Infinity;
  let oldestName = '';
  for (const out of outputs) {
    const t = mtimeMs(out);
    if (t === null) return `output missing: ${out}`;
    if (t < oldestOutput) {
      oldestOutput = t;
      oldestName = out;
    }
  }
  for (const input of inputs) {
    const t = mtimeMs(input);
    if (t === null) return `input missing: ${input}`;
    if (t > oldestOutput) return `${input} is newer than ${oldestName}`;
  }
  return null;
}

export function allInputs(rawDir: string, repoRoot: string): string[] {
  return [...Object.values(RAW_FILES).map((f) => path.join(rawDir, f)), ...pipelineSourceFiles(repoRoot)];
}

export function allOutputs(outRoot: string): string[] {
  return Object.values(OUTPUT_FILES).map((f) => path.join(outRoot, f));
}
