import { buildAndPublish } from './build.ts';
import { PipelineError } from './errors.ts';
import { verifyRawFolder } from './manifest.ts';
import { outputRoot, rawDataDir, VENDORED_RAW_DIR } from './paths.ts';
import { fsSource } from './source.ts';

/** Runs a full build with console output; returns the process exit code. Shared by build-data and ensure-data. */
export function runCli(env: NodeJS.ProcessEnv = process.env): number {
  const started = performance.now();
  const rawDir = rawDataDir(env);
  const outRoot = outputRoot(env);
  console.log(`Raw data: ${rawDir}`);
  try {
    console.log(verifyRawFolder(rawDir, rawDir === VENDORED_RAW_DIR));
    buildAndPublish(fsSource(rawDir), outRoot, (line) => console.log(line));
  } catch (e) {
    if (e instanceof PipelineError) {
      console.error(`Data build failed: ${e.message}`);
      console.error('Previous outputs were left untouched.');
      return 1;
    }
    throw e;
  }
  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}
