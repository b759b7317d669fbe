// The layers the bench switches between, kept fixed so runs stay comparable as the catalogue grows. Each is
// one action in the app's controls from the one before (the cycle ends back on the first view's layer):
// a measure chosen in the menu (`menu`: the menu's value, which opens the measure's newest period unless the
// years shown carry over) or a period chosen beside it (`menu: null`: the period control's value is the layer).
import type { LayerId } from '../../src/lib/indicators/layers';

export interface LayerSwitch {
  layer: LayerId;
  menu: string | null;
}

export const LAYER_SWITCHES: readonly LayerSwitch[] = [
  { layer: 'hle-male', menu: 'hle-male' },
  { layer: 'imd', menu: 'imd' },
  { layer: 'luf', menu: 'luf' },
  { layer: 'divergence', menu: 'divergence' },
  { layer: 'hle-female-2022-24', menu: 'hle-female' },
  { layer: 'hle-female-2018', menu: null },
  { layer: 'hle-female', menu: null },
];

export const LAYER_IDS: readonly LayerId[] = LAYER_SWITCHES.map((step) => step.layer);
