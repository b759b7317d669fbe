// Dependencies run one way: the contract and data first, then indicators, analysis, state, and map and
// components last. A module may import from its own folder or from one earlier in the list, never later.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = path.dirname(new URL(import.meta.url).pathname);
const ORDER = ['data', 'indicators', 'analysis', 'state', 'map', 'components'];
/** Files at the top of src/lib: plain helpers beside the data, and the test handle, which sees the map. */
const ROOT_FILES: Readonly<Record<string, string>> = {
  'csv.ts': 'data',
  'format.ts': 'data',
  'search.ts': 'data',
  'download.ts': 'data',
  'ranking.ts': 'data',
  'chartExport.ts': 'data',
  'chartSave.ts': 'data',
  'glossary.ts': 'data',
  'nextTask.ts': 'data',
  'testHandle.ts': 'components',
};

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return modules(full);
    return /\.(ts|svelte)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) && !/^test[A-Z]|fake[A-Z]/.test(entry.name) ? [full] : [];
  });
}

function layerOf(file: string): string {
  const relative = path.relative(LIB, file);
  const [first] = relative.split(path.sep);
  return relative.includes(path.sep) ? first! : (ROOT_FILES[relative] ?? 'unknown');
}

describe('the layers of src/lib', () => {
  const files = modules(LIB);

  it('places every top-level module', () => {
    expect(files.map(layerOf)).not.toContain('unknown');
  });

  it('imports only from the same or an earlier layer', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = ORDER.indexOf(layerOf(file));
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
        const target = path.resolve(path.dirname(file), specifier!);
        if (!target.startsWith(LIB)) continue;
        const to = ORDER.indexOf(layerOf(target.endsWith('.ts') || target.endsWith('.svelte') ? target : `${target}.ts`));
        if (to > from) wrong.push(`${path.relative(LIB, file)} imports ${specifier}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
