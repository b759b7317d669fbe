// The one way the page fetches a JSON file: each failure says what kind it is, and each caller says it
// in its own words (the figures file and the boundary tile list name different things).

export type FetchFailure = { kind: 'offline' } | { kind: 'status'; status: number } | { kind: 'not-json' };

export class FetchJsonError extends Error {
  constructor(readonly failure: FetchFailure) {
    super(failure.kind === 'status' ? `HTTP ${failure.status}` : failure.kind);
    this.name = 'FetchJsonError';
  }
}

export async function fetchJson(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new FetchJsonError({ kind: 'offline' });
  }
  if (!response.ok) throw new FetchJsonError({ kind: 'status', status: response.status });
  try {
    return await response.json();
  } catch {
    throw new FetchJsonError({ kind: 'not-json' });
  }
}

/** Runs `read`, turning a fetch failure into the caller's words for it. */
export async function withFetchWords<T>(read: () => Promise<T>, words: (failure: FetchFailure) => string): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof FetchJsonError) throw new Error(words(error.failure));
    throw error;
  }
}
