/**
 * Debian's Chromium as the report printer, the end-to-end tests and the client benchmark
 * launch it: headless, and without the background connections a closed network refuses.
 */
export const CHROMIUM = process.env.PLANGRAF_CHROMIUM ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
