import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type UrlState } from './url';
import { changedFields } from './urlFields';

describe('changedFields', () => {
  const start: UrlState = { ...DEFAULT_STATE, view: { zoom: 5, lat: 52.5, lng: -1.5 } };

  it('names only the camera when the camera moves', () => {
    expect(changedFields(start, { ...start, view: { zoom: 5.5, lat: 52.5, lng: -1.5 } })).toEqual(['view']);
  });

  it('names nothing for a copy with the same content, nested objects included', () => {
    expect(changedFields(start, { ...start, definition: { ...start.definition }, whatIf: { ...start.whatIf }, compare: [...start.compare] })).toEqual([]);
  });

  it('names each field that changed, and a field that is added or taken away', () => {
    expect(changedFields(start, { ...start, layer: 'imd', area: 'E06000001', gap: 'male' }).sort()).toEqual(['area', 'gap', 'layer']);
    const { gap: _gap, ...withoutGap } = { ...start, gap: 'male' as const };
    expect(changedFields({ ...start, gap: 'male' }, withoutGap)).toEqual(['gap']);
  });
});
