import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file's location so the scripts work from any working directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The raw files the repository carries (npm run data:vendor copies them in), so a clone builds on its own. */
export const VENDORED_RAW_DIR = path.join(REPO_ROOT, 'data', 'raw');

const fromEnv = (env: NodeJS.ProcessEnv): string | null => (env.DATA_RAW !== undefined && env.DATA_RAW !== '' ? path.resolve(env.DATA_RAW) : null);

/** Where the build reads: DATA_RAW if set (relative paths are taken from the working directory, as a shell user expects), else data/raw. */
export function rawDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return fromEnv(env) ?? VENDORED_RAW_DIR;
}

/** Where data:vendor copies from: DATA_RAW if set, else the team's shared folder beside the repository. */
export function upstreamRawDir(env: NodeJS.ProcessEnv = process.env): string {
  return fromEnv(env) ?? path.resolve(REPO_ROOT, '..', 'shared', 'data', 'raw');
}

/** DATA_OUT if set (tests and dry runs point it elsewhere), else the site's static folder. */
export function outputRoot(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.DATA_OUT;
  return fromEnv !== undefined && fromEnv !== '' ? path.resolve(fromEnv) : path.join(REPO_ROOT, 'static');
}
