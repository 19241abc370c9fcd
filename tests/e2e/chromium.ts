/**
 * Debian's Chromium as the browser tests and the pane benchmark launch it (no imports, so the benchmark can take
 * it without the browser tests' harness): where it is, and the flags every headless run here uses.
 */
export const CHROMIUM = process.env.E2E_CHROMIUM ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Headless, no sandbox (containers), no GPU, and none of the browser's own network traffic or updates. */
export const HEADLESS_FLAGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
];
