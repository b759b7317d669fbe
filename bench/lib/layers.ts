// The layers the bench switches between: the app's first seven, kept fixed so runs stay comparable as the
// catalogue grows.
import type { LayerId } from '../../src/lib/indicators/layers';

export const LAYER_IDS: readonly LayerId[] = ['hle-male', 'hle-female', 'hle-male-2018', 'hle-female-2018', 'imd', 'luf', 'divergence'];
