// The app's shared state mirrors the URL: every change goes through navigate(), which writes the URL
// first. Layer, area and definition changes push a history entry; camera moves replace the current one.
import { DEFAULT_STATE, needsHistoryEntry, parseUrl, serialiseUrl, type UrlState, type View } from './url';

export interface Notice {
  id: number;
  text: string;
}

let noticeId = 0;

export class AppState {
  url = $state<UrlState>(DEFAULT_STATE);
  notices = $state<Notice[]>([]);
  /** An area pointed at in the map, a list or the scatter: outlined everywhere, not shared. */
  hovered = $state<string | null>(null);
  /** Bumped when the URL changes from outside (back/forward), so the map can move its camera. */
  externalViewChange = $state(0);
  private knownAreas: ReadonlySet<string> | undefined;
  private lastGesture: { key: string | undefined; at: number } = { key: undefined, at: 0 };

  constructor(private readonly location: Location, private readonly history: History) {
    this.readLocation(true);
  }

  /** Once the data is in, an area code that parsed fine but does not exist gets its notice too. */
  setKnownAreas(codes: ReadonlySet<string>): void {
    this.knownAreas = codes;
    const area = this.url.area;
    if (area && !codes.has(area)) {
      this.notify(`No English local authority has the code “${area}”, so no area is selected.`);
      this.write({ ...this.url, area: null }, 'replace');
    }
  }

  /**
   * Changes shared state. Steps of one continuous adjustment (a slider being dragged) that share a
   * `gesture` key within a second of each other make a single history entry, not one per step.
   */
  navigate(patch: Partial<UrlState>, gesture?: string): void {
    const next = { ...this.url, ...patch };
    const now = Date.now();
    const sameGesture = gesture !== undefined && gesture === this.lastGesture.key && now - this.lastGesture.at < 1000;
    this.lastGesture = { key: gesture, at: now };
    this.write(next, needsHistoryEntry(this.url, next) && !sameGesture ? 'push' : 'replace');
  }

  /** The map reports where it is; that never adds a history entry. */
  setView(view: View): void {
    this.write({ ...this.url, view }, 'replace');
  }

  /** Back/forward: the URL changed under us. */
  readLocation(initial = false): void {
    const { state, problems } = parseUrl(this.location.search, this.location.hash, this.knownAreas);
    this.url = state;
    for (const problem of problems) this.notify(problem);
    if (problems.length > 0) this.write(state, 'replace');
    if (!initial) this.externalViewChange += 1;
  }

  notify(text: string): void {
    if (this.notices.some((notice) => notice.text === text)) return;
    noticeId += 1;
    this.notices = [...this.notices, { id: noticeId, text }];
  }

  dismiss(id: number): void {
    this.notices = this.notices.filter((notice) => notice.id !== id);
  }

  private write(state: UrlState, mode: 'push' | 'replace'): void {
    const { search, hash } = serialiseUrl(state);
    const url = `${this.location.pathname}${search}${hash}`;
    if (mode === 'push') this.history.pushState(null, '', url);
    else this.history.replaceState(null, '', url);
    this.url = state;
  }
}
