// What the "Embed" button gives: the iframe that shows this view's map alone (?embed=1), and the link back
// from an embedded map to the full view.
import { serialiseUrl, type UrlState } from './url';

/** The address of a state, as a page at `origin` + `pathname` would write it. */
export function addressOf(origin: string, pathname: string, state: UrlState): string {
  const { search, hash } = serialiseUrl(state);
  return `${origin}${pathname}${search}${hash}`;
}

function attribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/** The iframe code for a state: its map only, at a size that shows England and the legend. */
export function embedCode(origin: string, pathname: string, state: UrlState, title: string): string {
  const src = addressOf(origin, pathname, { ...state, embed: true, compare: [] });
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="640" height="720" style="border:0" loading="lazy"></iframe>`;
}
