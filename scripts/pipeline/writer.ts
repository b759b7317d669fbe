import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

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
