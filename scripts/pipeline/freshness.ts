import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { OUTPUT_FILES, RAW_FILES } from './files.ts';

/** Where the pipeline starts: everything it runs is reached from here by imports. */
export const PIPELINE_ENTRY = path.join('scripts', 'build-data.ts');

// Static imports and re-exports (`... from '...'`), side-effect imports (`import '...'`) and dynamic imports.
const IMPORT_SPECIFIER = /\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;
// Comments, so that an import written in prose is not followed; `://` in a URL is not a comment.
const COMMENT = /\/\*[\s\S]*?\*\/|(^|[^:\\])\/\/.*$/gm;

/** The specifiers of the files a module imports by relative path; packages are covered by the lock file. */
export function relativeImports(source: string): string[] {
  const code = source.replace(COMMENT, '$1');
  return [...code.matchAll(IMPORT_SPECIFIER)].map((match) => match[1] ?? match[2] ?? match[3] ?? '').filter((specifier) => specifier.startsWith('.'));
}

/** The file an import names, as the bundler and tsx find it (with or without its .ts extension). */
function resolveImport(fromFile: string, specifier: string): string {
  const base = path.resolve(path.dirname(fromFile), specifier);
  const candidates = [base, `${base}.ts`, base.replace(/\.js$/, '.ts'), path.join(base, 'index.ts')];
  const found = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  if (!found) throw new Error(`${fromFile} imports ${specifier}, which is not a file`);
  return found;
}

/** Every file reachable from `entry` by relative imports, the entry included, in the order first reached. */
export function importGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of relativeImports(readFileSync(file, 'utf8'))) visit(resolveImport(file, specifier));
  };
  visit(path.resolve(entry));
  return [...seen];
}

/**
 * The pipeline's own code, found by following its imports (into src/ too, e.g. the tile layer names in
 * src/lib/map/boundaries.ts), and the lock file that pins the packages it imports.
 */
export function pipelineSourceFiles(repoRoot: string): string[] {
  return [...importGraph(path.join(repoRoot, PIPELINE_ENTRY)), path.join(repoRoot, 'package-lock.json')];
}

/** Every file under `dir` (none if it does not exist). */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : entry.isFile() ? [full] : [];
  });
}

/**
 * The raw files the pipeline reads, which must exist, and anything else in the raw folder (a checksum
 * manifest, a newly added source): a change to any of them rebuilds.
 */
export function rawInputs(rawDir: string): string[] {
  const declared = Object.values(RAW_FILES).map((file) => path.join(rawDir, file));
  return [...new Set([...declared, ...filesUnder(rawDir)])];
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
  return [...rawInputs(rawDir), ...pipelineSourceFiles(repoRoot)];
}

export function allOutputs(outRoot: string): string[] {
  return Object.values(OUTPUT_FILES).map((f) => path.join(outRoot, f));
}
