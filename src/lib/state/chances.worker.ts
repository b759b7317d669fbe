// Works out the lists' chances off the main thread, so that no draw competes with the map or the panel.
import { simulateChances, type ChanceInput } from '../analysis/chances';

self.onmessage = (event: MessageEvent<{ key: string; input: ChanceInput }>) => {
  const { key, input } = event.data;
  self.postMessage({ key, chances: simulateChances(input) });
};
