// A stand-in for the window in state tests: an address, a history of entries, back and forward.
import type { Browser } from './app.svelte';

export class FakeBrowser implements Browser {
  entries: string[];
  index = 0;
  private listeners: (() => void)[] = [];
  readonly location = { origin: 'https://example.org', pathname: '/map/', search: '', hash: '' };

  constructor(address = '/map/') {
    this.entries = [address];
    this.show(address);
  }

  readonly history = {
    pushState: (_data: unknown, _unused: string, url?: string | URL | null): void => {
      this.entries = [...this.entries.slice(0, this.index + 1), String(url)];
      this.index += 1;
      this.show(String(url));
    },
    replaceState: (_data: unknown, _unused: string, url?: string | URL | null): void => {
      this.entries[this.index] = String(url);
      this.show(String(url));
    },
  };

  addEventListener(_type: 'popstate', listener: () => void): void {
    this.listeners.push(listener);
  }

  removeEventListener(_type: 'popstate', listener: () => void): void {
    this.listeners = this.listeners.filter((other) => other !== listener);
  }

  back(): void {
    this.go(-1);
  }

  forward(): void {
    this.go(1);
  }

  private go(step: number): void {
    this.index += step;
    this.show(this.entries[this.index]!);
    for (const listener of this.listeners) listener();
  }

  private show(address: string): void {
    const url = new URL(address, this.location.origin);
    this.location.pathname = url.pathname;
    this.location.search = url.search;
    this.location.hash = url.hash;
  }
}
