// Which indicators the page needs for what the URL shows: the layer, the definition's health measure, the
// table, an area's panel or the compare view (both show every figure). DataState fetches the files they
// are in; the gap view and the neighbourhoods read files of their own.
import type { IndicatorId } from '../indicators/catalogue';
import { indicatorsNeeded } from '../analysis/needs';
import type { UrlState } from './url';

export function neededFor(url: Pick<UrlState, 'layer' | 'definition' | 'mode' | 'area' | 'compare'>): ReadonlySet<IndicatorId> {
  return indicatorsNeeded({ layer: url.layer, health: url.definition.health, table: url.mode === 'table', everything: url.area !== null || url.compare.length > 0 });
}
