// Rebuilds the data only when an output is missing or older than a raw input or the pipeline's own code,
// so `npm run dev` and `npm run build` stay fast when nothing changed.
import { allInputs, allOutputs, staleReason } from './pipeline/freshness.ts';
import { outputRoot, rawDataDir, REPO_ROOT } from './pipeline/paths.ts';

const reason = staleReason(allInputs(rawDataDir(), REPO_ROOT), allOutputs(outputRoot()));
if (reason === null) {
  console.log('data up to date');
} else {
  console.log(`Rebuilding data: ${reason}`);
  // Loaded only when needed: the full pipeline (and topojson) is not worth importing for a freshness check.
  const { runCli } = await import('./pipeline/cli.ts');
  process.exitCode = runCli();
}
