// The page's first load does a few pieces of work of a few tens of milliseconds each on a phone; run back to
// back they would be one task the browser cannot interrupt. Awaiting this between them gives it the chance to
// paint and take input in between.
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
