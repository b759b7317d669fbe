import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AreasFile } from '../../src/lib/data/types.ts';
import { BUILD_PATH, FIRST_VIEW_PATH, measurePath } from '../../src/lib/data/dataFiles.ts';
import { splitAreasFile } from '../../src/lib/indicators/split.ts';

export interface OutputFile {
  /** Relative to the output root, e.g. data/areas.json. */
  relPath: string;
  content: string | Uint8Array;
}

/**
 * Writes every file into a staging folder, lets `validate` check what is on disk, and only then renames each
 * file into place. Any failure before the renames leaves the previous outputs exactly as they were.
 * Each folder in `ownedDirs` (e.g. a tile pyramid) is replaced as a whole, so that no file of an earlier
 * build survives inside it. The staging folder must be on the same file system as the outputs (renames
 * cannot cross file systems); `stageParent` defaults to the output root.
 */
export function publishOutputs(
  outRoot: string,
  files: readonly OutputFile[],
  validate: (stageDir: string) => void,
  stageParent: string = outRoot,
  ownedDirs: readonly string[] = [],
): void {
  const stageDir = path.join(stageParent, `.staging-${process.pid}-${Date.now()}`);
  const inOwnedDir = (relPath: string): boolean => ownedDirs.some((dir) => relPath.startsWith(`${dir}/`));
  try {
    for (const file of files) {
      const target = path.join(stageDir, file.relPath);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.content);
    }
    validate(stageDir);
    for (const dir of ownedDirs) {
      const target = path.join(outRoot, dir);
      const staged = path.join(stageDir, dir);
      rmSync(target, { recursive: true, force: true });
      if (!existsSync(staged)) continue;
      mkdirSync(path.dirname(target), { recursive: true });
      renameSync(staged, target);
    }
    for (const file of files) {
      if (inOwnedDir(file.relPath)) continue;
      const target = path.join(outRoot, file.relPath);
      mkdirSync(path.dirname(target), { recursive: true });
      renameSync(path.join(stageDir, file.relPath), target);
    }
  } finally {
    rmSync(stageDir, { recursive: true, force: true });
  }
}

/**
 * The figures as the page fetches them: the first-view file with the indicators of `firstView` (the app's
 * FIRST_VIEW_INDICATORS), one file per measure with its other periods, and the build's record.
 */
export function areasOutputs(file: AreasFile, firstView: ReadonlySet<string>): OutputFile[] {
  const { first, measures, build } = splitAreasFile(file, firstView);
  return [
    { relPath: FIRST_VIEW_PATH, content: JSON.stringify(first) },
    ...measures.map((measure) => ({ relPath: measurePath(measure.measure), content: JSON.stringify(measure) })),
    { relPath: BUILD_PATH, content: JSON.stringify(build) },
  ];
}
