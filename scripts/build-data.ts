// Builds static/data/areas.json, areas.csv, indicators.json and static/geo/lad2020.topo.json from the raw
// open data. Raw folder: DATA_RAW, else the repository's data/raw (checked against its MANIFEST.sha256). Output root: DATA_OUT,
// else static/. On a data problem it prints where (file, row, column) and exits 1, leaving outputs untouched.
import { runCli } from './pipeline/cli.ts';

process.exitCode = runCli();
