import type { AreasFile } from './types';
import { DataFileError, validateAreasFile } from './validate';

export const AREAS_URL = 'data/areas.json';

export interface LoadedData {
  data: AreasFile;
  problems: string[];
}

async function fetchJson(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new DataFileError(url, 'could not be downloaded. Check your connection and try again.');
  }
  if (!response.ok) throw new DataFileError(url, `could not be downloaded (HTTP ${response.status}).`);
  try {
    return await response.json();
  } catch {
    throw new DataFileError(url, 'is damaged: it is not valid JSON.');
  }
}

export async function loadAreas(base: string): Promise<LoadedData> {
  const { file, problems } = validateAreasFile(await fetchJson(`${base}${AREAS_URL}`), AREAS_URL);
  return { data: file, problems };
}
