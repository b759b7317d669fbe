import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file's location so the scripts work from any working directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** DATA_RAW if set (relative paths are taken from the working directory, as a shell user expects). */
export function rawDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.DATA_RAW;
  return fromEnv !== undefined && fromEnv !== '' ? path.resolve(fromEnv) : path.resolve(REPO_ROOT, '..', 'shared', 'data', 'raw');
}

/** DATA_OUT if set (tests and dry runs point it elsewhere), else the site's static folder. */
export function outputRoot(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.DATA_OUT;
  return fromEnv !== undefined && fromEnv !== '' ? path.resolve(fromEnv) : path.join(REPO_ROOT, 'static');
}
