/**
 * Zod compiles object parsers with `new Function` where it may, and probes for
 * that on first use. The pane's CSP forbids eval, so the probe shows up as a
 * reported CSP violation; parsing without it gives the same results.
 * Imported first by the pane's and the preview's entry files.
 */
import { config } from "zod";

config({ jitless: true });
