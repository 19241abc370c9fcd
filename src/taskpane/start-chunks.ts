/**
 * The chunks the first check needs, the check engine and the Office.js adapter, asked for before anything else
 * the pane loads and before Office is ready (issue 16). `index.tsx` imports this module first, so these
 * requests go out ahead of the chunks Start draws with (`start-feedback.tsx`), and in Excel they load while
 * office.js starts up instead of after `Office.onReady`. Nothing here runs them: `host.ts` and `index.tsx` ask
 * for the same chunks when they need them and get these loads (webpack loads a chunk once; a load that failed
 * is tried again by the next request).
 */
void import("./engine").catch(() => undefined);
void import("../excel").catch(() => undefined);
