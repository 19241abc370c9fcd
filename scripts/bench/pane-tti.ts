/**
 * The task pane's time to interactive in headless Chromium: the production
 * build in out/bench-dist (see `bundle-size.ts`) is opened as taskpane.html,
 * with office.js replaced by `pane-office-stub.ts` (an Excel host over the
 * small synthetic register), every file answered from disk through the
 * browser's request routing (no server). Interactive = the Start view shows the
 * pledge's name and the Kontroll tab can be chosen (the same probe as the
 * browser tests' `tests/e2e/scenarios/time-to-interactive.ts`), measured from
 * navigation start; median of fresh page loads, nothing cached.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { BENCH_DIST } from "./bundle-size";
import { median } from "./measure";
import { SIZES } from "./sizes";
import { syntheticRegister } from "./synthetic-register";
import { PROBE } from "./tti-probe";

export const CHROMIUM = "/usr/bin/chromium";
const E2E_METRICS = path.resolve(__dirname, "../../out/e2e/metrics.json");
const ORIGIN = "http://pane.bench";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OFFICE_JS_CDN } = require("../../webpack.config.js") as { OFFICE_JS_CDN: string };

export interface PaneResult {
  tti_ms: number | null;
  runs?: number[];
  /** When the pane's tab list first shows (before the first check is done), median. */
  shell_ms?: number;
  source: string;
  /** The browser tests' own figure (the preview build, demo register), when they have run. */
  e2e_tti_ms?: number | null;
  reason?: string;
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".png": "image/png" };

function e2eFigure(): number | null {
  try {
    const metrics = JSON.parse(readFileSync(E2E_METRICS, "utf8")) as { tti_ms?: unknown };
    return typeof metrics.tti_ms === "number" ? metrics.tti_ms : null;
  } catch {
    return null;
  }
}

async function stubScript(): Promise<string> {
  const esbuild = require("esbuild") as typeof import("esbuild");
  const out = await esbuild.build({
    entryPoints: [path.join(__dirname, "pane-office-stub.ts")],
    bundle: true,
    format: "iife",
    write: false,
    logLevel: "error",
    target: "es2020",
  });
  const register = syntheticRegister(SIZES.small.tabs, SIZES.small.rowsPerTab);
  return `globalThis.__benchRegister = ${JSON.stringify(register)};\n${out.outputFiles[0]!.text}`;
}

/** `built`: whether this run made the production build in out/bench-dist (an older one would be measured otherwise). */
export async function measurePaneTti(built: boolean, runs = 5): Promise<PaneResult> {
  const e2e = e2eFigure();
  if (!existsSync(CHROMIUM) || !built) {
    const reason = !existsSync(CHROMIUM) ? `no ${CHROMIUM}` : "no production build in this run (--skip-bundle)";
    return e2e !== null
      ? { tti_ms: e2e, source: "out/e2e/metrics.json (browser tests, preview build)", e2e_tti_ms: e2e, reason }
      : { tti_ms: null, source: "not measured", e2e_tti_ms: null, reason };
  }
  const { chromium } = await import("playwright-core");
  const stub = await stubScript();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const times: number[] = [];
    const shells: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 350, height: 800 } });
      await context.addInitScript({ content: PROBE });
      // The production page loads office.js from Microsoft's CDN: the stub answers there (no network here).
      await context.route(OFFICE_JS_CDN, (route) => route.fulfill({ body: stub, contentType: TYPES[".js"] }));
      await context.route(`${ORIGIN}/**`, async (route) => {
        const file = decodeURIComponent(new URL(route.request().url()).pathname).slice(1);
        if (file === "office-js/office.js") return route.fulfill({ body: stub, contentType: TYPES[".js"] });
        const full = path.resolve(BENCH_DIST, file);
        if (!full.startsWith(BENCH_DIST + path.sep) || !existsSync(full)) return route.fulfill({ status: 404, body: "not found" });
        return route.fulfill({ body: readFileSync(full), contentType: TYPES[path.extname(full)] ?? "application/octet-stream" });
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${ORIGIN}/taskpane.html`);
      try {
        await page.waitForFunction(() => (window as unknown as { __tti?: number }).__tti !== undefined, undefined, { timeout: 20_000 });
      } catch (error) {
        throw new Error(`The pane did not become interactive: ${errors.join("; ") || String(error)}`);
      }
      const marks = await page.evaluate(() => {
        const w = window as unknown as { __tti: number; __shell: number };
        return { tti: w.__tti, shell: w.__shell };
      });
      times.push(Math.round(marks.tti));
      shells.push(Math.round(marks.shell));
      await context.close();
    }
    return {
      tti_ms: Math.round(median(times)),
      runs: times,
      shell_ms: Math.round(median(shells)),
      source: "production taskpane.html in headless Chromium, office.js stubbed (small register)",
      e2e_tti_ms: e2e,
    };
  } finally {
    await browser.close();
  }
}
