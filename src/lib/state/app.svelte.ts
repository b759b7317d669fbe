// The URL's owner. Every change to shared state goes through navigate(), which writes the URL first.
// Layer, area and definition changes push a history entry; camera moves replace the current one.
import { DEFAULT_STATE, needsHistoryEntry, parseUrl, serialiseUrl, type UrlState, type View } from './url';
import { changedFields } from './urlFields';

export interface Notice {
  id: number;
  text: string;
}

/** What the state needs of the browser: the address and its history (a window, or a test's stand-in). */
export interface Browser {
  location: Pick<Location, 'origin' | 'pathname' | 'search' | 'hash'>;
  history: Pick<History, 'pushState' | 'replaceState'>;
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

/** Steps of one gesture closer together than this make one history entry. */
export const GESTURE_MS = 1000;

export class AppState {
  url = $state<UrlState>(DEFAULT_STATE);
  notices = $state<Notice[]>([]);
  /** Bumped when the URL changes from outside (back/forward), so the map can move its camera. */
  externalViewChange = $state(0);
  /** The address that reproduces what is on screen: what "Copy link" and the downloads name. */
  readonly shareUrl = $derived.by(() => {
    const { search, hash } = serialiseUrl(this.url);
    return `${this.browser.location.origin}${this.browser.location.pathname}${search}${hash}`;
  });
  private knownAreas: ReadonlySet<string> | undefined;
  private lastGesture: { key: string | undefined; at: number } = { key: undefined, at: 0 };
  private nextNoticeId = 1;

  constructor(
    private readonly browser: Browser,
    private readonly now: () => number = Date.now,
  ) {
    this.readLocation(true);
  }

  /** Follows back and forward; returns the function that stops listening. */
  listen(): () => void {
    const onPopState = (): void => this.readLocation();
    this.browser.addEventListener('popstate', onPopState);
    return () => this.browser.removeEventListener('popstate', onPopState);
  }

  /** Once the data is in, an area code that parsed fine but does not exist gets its notice too. */
  setKnownAreas(codes: ReadonlySet<string>): void {
    this.knownAreas = codes;
    const area = this.url.area;
    if (area && !codes.has(area)) {
      this.notify(`No English local authority has the code “${area}”, so no area is selected.`);
      this.write({ ...this.url, area: null }, 'replace');
    }
    const unknown = this.url.compare.filter((code) => !codes.has(code));
    for (const code of unknown) this.notify(`No English local authority has the code “${code}”, so it is left out of the comparison.`);
    if (unknown.length > 0) this.write({ ...this.url, compare: this.url.compare.filter((code) => codes.has(code)) }, 'replace');
  }

  /**
   * Changes shared state. Steps of one continuous adjustment (a slider being dragged) that share a
   * `gesture` key within GESTURE_MS of each other make a single history entry, not one per step.
   */
  navigate(patch: Partial<UrlState>, gesture?: string): void {
    const next = { ...this.url, ...patch };
    const at = this.now();
    const sameGesture = gesture !== undefined && gesture === this.lastGesture.key && at - this.lastGesture.at < GESTURE_MS;
    this.lastGesture = { key: gesture, at };
    this.write(next, needsHistoryEntry(this.url, next) && !sameGesture ? 'push' : 'replace');
  }

  /** The map reports where it is; that never adds a history entry. */
  setView(view: View): void {
    this.write({ ...this.url, view }, 'replace');
  }

  /** Back/forward: the URL changed under us. */
  readLocation(initial = false): void {
    const { state, problems } = parseUrl(this.browser.location.search, this.browser.location.hash, this.knownAreas);
    this.url = state;
    for (const problem of problems) this.notify(problem);
    if (problems.length > 0) this.write(state, 'replace');
    if (!initial) this.externalViewChange += 1;
  }

  notify(text: string): void {
    if (this.notices.some((notice) => notice.text === text)) return;
    this.notices = [...this.notices, { id: this.nextNoticeId++, text }];
  }

  dismiss(id: number): void {
    this.notices = this.notices.filter((notice) => notice.id !== id);
  }

  private write(state: UrlState, mode: 'push' | 'replace'): void {
    const { search, hash } = serialiseUrl(state);
    const url = `${this.browser.location.pathname}${search}${hash}`;
    if (mode === 'push') this.browser.history.pushState(null, '', url);
    else this.browser.history.replaceState(null, '', url);
    // Field by field, so that what reads the layer or the definition is not recomputed when only the camera
    // moved: on a phone, every figure recomputed at each step of a zoom held the main thread for up to 1.7 s
    // at a time (npm run bench, the neighbourhood zoom case).
    const fields = this.url as unknown as Record<string, unknown>;
    for (const key of changedFields(this.url, state)) {
      if (key in state) fields[key] = state[key];
      else delete fields[key];
    }
  }
}
