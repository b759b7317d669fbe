// ONS's local authority clusters and 20 most similar authorities (three kinds) on the 2020 districts.
// ONS publishes them on later codes: 2023 authorities, and Barnsley and Sheffield under their 2024 codes.
// A district merged since 2020 has no list of its own and uses its successor's (the file says whose); a
// neighbour that is a successor stands for every 2020 district it replaced; neighbours outside England
// are left out and counted.
import { LAD_CODE } from '../../src/lib/data/codes.ts';
import { SIMILAR_KINDS, type SimilarFile, type SimilarKind, type SimilarList } from '../../src/lib/data/similar.ts';
import { failAt, nonEmptyTextCell, type Table } from './csv.ts';
import { PipelineError } from './errors.ts';

export const ALLOCATION_COLUMNS = ['AREACD', 'AREANM', 'Global', 'Economic', 'Demographic'] as const;
export const NEIGHBOUR_RANKS = 20;
export const NEIGHBOUR_COLUMNS = ['AREACD', ...Array.from({ length: NEIGHBOUR_RANKS }, (_, i) => String(i + 1))] as const;

const ALLOCATION_COLUMN: Readonly<Record<SimilarKind, string>> = { global: 'Global', economic: 'Economic', demographic: 'Demographic' };
const LETTERS = ['A', 'B', 'C', 'D'] as const;
type Letter = (typeof LETTERS)[number];
/** ONS's mark for an authority its model left out (the Isles of Scilly, the City of London). */
const NOT_CLUSTERED = '[x]';
/** Authorities in Wales, Scotland and Northern Ireland: real neighbours, but not on this map. */
const OUTSIDE_ENGLAND = /^[WSN]\d{8}$/;

export interface SimilarInputs {
  allocation: Table;
  neighbours: Readonly<Record<SimilarKind, Table>>;
  /** cluster-descriptions.json as text. */
  descriptions: { file: string; text: string };
  /** The 2020 districts, by code. */
  districts: readonly string[];
  /** 2020 district → the authority that replaced it (2021 Northamptonshire, 2023 Cumbria, North Yorkshire, Somerset). */
  successorOf: ReadonlyMap<string, string>;
  /** A later code of the same district (Barnsley's and Sheffield's 2024 codes) → its 2020 code. */
  recoded: Readonly<Record<string, string>>;
  /** Names of authorities of any vintage, by code. */
  names: ReadonlyMap<string, string>;
}

export interface SimilarResult {
  file: SimilarFile;
  /** 2020 districts that use their successor's lists. */
  usingSuccessor: number;
  /** Neighbours outside England left out, per kind, over every distinct list. */
  skipped: Record<SimilarKind, number>;
}

function clusterOf(row: Table['rows'][number], kind: SimilarKind): Letter | null {
  const raw = nonEmptyTextCell(row, ALLOCATION_COLUMN[kind]);
  if (raw === NOT_CLUSTERED) return null;
  if (!(LETTERS as readonly string[]).includes(raw)) failAt(row, ALLOCATION_COLUMN[kind], `not a cluster letter A–D nor ${NOT_CLUSTERED}: ${JSON.stringify(raw)}`);
  return raw as Letter;
}

function parseDescriptions(file: string, text: string): SimilarFile['descriptions'] {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new PipelineError({ file }, 'is not JSON');
  }
  const out = {} as SimilarFile['descriptions'];
  for (const kind of SIMILAR_KINDS) {
    const byLetter = (json as Record<string, Record<string, unknown> | undefined>)[kind];
    out[kind] = Object.fromEntries(
      LETTERS.map((letter) => {
        const paragraph = byLetter?.[letter.toLowerCase()];
        if (typeof paragraph !== 'string' || paragraph.trim() === '') throw new PipelineError({ file }, `no description of ${kind} cluster ${letter}`);
        return [letter, paragraph];
      }),
    );
  }
  return out;
}

export function similarAreas(input: SimilarInputs): SimilarResult {
  const districts = new Set(input.districts);
  const clusters = new Map<string, Record<SimilarKind, Letter | null>>();
  for (const row of input.allocation.rows) {
    const code = nonEmptyTextCell(row, 'AREACD');
    if (!LAD_CODE.test(code)) continue;
    clusters.set(code, Object.fromEntries(SIMILAR_KINDS.map((kind) => [kind, clusterOf(row, kind)])) as Record<SimilarKind, Letter | null>);
  }

  // Successor → the 2020 districts it replaced.
  const replaced = new Map<string, string[]>();
  for (const [district, successor] of input.successorOf) replaced.set(successor, [...(replaced.get(successor) ?? []), district].sort());
  const laterCode = new Map(Object.entries(input.recoded).map(([later, code2020]) => [code2020, later]));

  /** The code ONS files a 2020 district's lists under, and whether that is a successor's. */
  const listCode = (code: string): { code: string; successor: boolean } => {
    const candidates = [
      { code, successor: false },
      { code: laterCode.get(code), successor: false },
      { code: input.successorOf.get(code), successor: true },
    ];
    const found = candidates.find((c): c is { code: string; successor: boolean } => c.code !== undefined && clusters.has(c.code));
    if (!found) throw new PipelineError({ file: input.allocation.file, column: 'AREACD' }, `no row for the 2020 district ${code}, nor for a later code or successor of it`);
    return found;
  };

  // Counted per list made, so a list shared by several merged districts counts once.
  const skipped = { global: 0, economic: 0, demographic: 0 };
  const usedSuccessors = new Set<string>();
  const lists = new Map<string, Record<SimilarKind, SimilarList>>();
  const listsOf = (fileCode: string): Record<SimilarKind, SimilarList> => {
    const known = lists.get(fileCode);
    if (known) return known;
    const made = {} as Record<SimilarKind, SimilarList>;
    for (const kind of SIMILAR_KINDS) {
      const table = input.neighbours[kind];
      // listCode found fileCode among the clusters' keys.
      const cluster = clusters.get(fileCode)![kind];
      const row = table.rows.find((r) => nonEmptyTextCell(r, 'AREACD') === fileCode);
      if (!row) throw new PipelineError({ file: table.file, column: 'AREACD' }, `no neighbours for ${fileCode}`);
      if (cluster === null) {
        made[kind] = { cluster, ranks: [], skipped: 0 };
        continue;
      }
      const ranks: string[] = [];
      let outside = 0;
      for (let rank = 1; rank <= NEIGHBOUR_RANKS; rank++) {
        const code = nonEmptyTextCell(row, String(rank));
        if (OUTSIDE_ENGLAND.test(code)) outside += 1;
        else if (input.recoded[code] !== undefined) ranks.push(input.recoded[code]);
        else if (districts.has(code)) ranks.push(code);
        else if (replaced.has(code)) {
          ranks.push(code);
          usedSuccessors.add(code);
        } else failAt(row, String(rank), `${code} is neither a 2020 district, a successor of some, nor outside England`);
      }
      skipped[kind] += outside;
      made[kind] = { cluster, ranks, skipped: outside };
    }
    lists.set(fileCode, made);
    return made;
  };

  const areas: SimilarFile['areas'] = {};
  let usingSuccessor = 0;
  for (const code of input.districts) {
    const found = listCode(code);
    if (found.successor) {
      usingSuccessor += 1;
      usedSuccessors.add(found.code);
    }
    areas[code] = { listOf: found.successor ? found.code : null, kinds: listsOf(found.code) };
  }

  const successors: SimilarFile['successors'] = {};
  for (const code of [...usedSuccessors].sort()) {
    const name = input.names.get(code);
    if (name === undefined) throw new PipelineError({ file: input.allocation.file, column: 'AREACD' }, `no name for the successor authority ${code}`);
    // Only a key of `replaced` is ever recorded as a used successor.
    successors[code] = { name, districts: replaced.get(code)! };
  }

  return { file: { descriptions: parseDescriptions(input.descriptions.file, input.descriptions.text), successors, areas }, usingSuccessor, skipped };
}
