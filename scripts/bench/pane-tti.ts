/**
 * The task pane's time to interactive in headless Chromium: the production
 * build in out/bench-dist (see `bundle-size.ts`) is opened as taskpane.html,
 * with office.js replaced by `pane-office-stub.ts` (an Excel host over the
 * small synthetic register). Files come from a local HTTPS server (node:http2,
 * HTTP/2 over TLS with a certificate made for the run, gzipped, as a static host serves
 * an add-in: Office requires HTTPS), which Chromium reaches for both the pane's
 * origin (https://pane.bench) and Microsoft's CDN (the production page's
 * office.js address) through `--host-resolver-rules`; the probe's page is
 * served the same way from the same server. Interactive = the Start view shows
 * the pledge's name and the Kontroll tab can be chosen (the same probe as the
 * browser tests' `tests/e2e/scenarios/time-to-interactive.ts`), measured from
 * navigation start; median of fresh page loads (a new browser context each, so
 * nothing cached).
 * Beside it, in the same browser and loads taken in turn (so both see the same
 * moments of a noisy machine), the minimal React + Fluent probe
 * (`probe/index.tsx`, built into out/bench-probe), marked interactive by the
 * same observer; `ratio` is the pane's median over the probe's.
 * Until 3 December 2026 (third session) every file was answered in Node through
 * Playwright's request routing (`serve: "route"` in `load`, kept for comparing):
 * each request then crossed from the browser to Playwright and back.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import http2 from "node:http2";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { BENCH_DIST, PROBE_DIST } from "./bundle-size";
import { median } from "./measure";
import { SIZES } from "./sizes";
import { syntheticRegister } from "./synthetic-register";
import { PROBE } from "./tti-probe";
import { browserUiPages, CHROMIUM, HEADLESS_FLAGS, NO_BROWSER_UI_PAGES } from "../../tests/e2e/chromium";

const E2E_METRICS = path.resolve(__dirname, "../../out/e2e/metrics.json");
const PANE_HOST = "pane.bench";
const ORIGIN = `https://${PANE_HOST}`;
const CERT_DIR = path.resolve(__dirname, "../../out/bench-cert");

const { OFFICE_JS_CDN } = require("../../webpack.config.js") as { OFFICE_JS_CDN: string };

export interface PaneResult {
  tti_ms: number | null;
  /** The initial JavaScript, gzipped (the same figure as `bundle.js_gzip_bytes`), when built in this run. */
  initial_js_gz?: number;
  runs?: number[];
  /** When the pane's tab list first shows (before the first check is done), median. */
  shell_ms?: number;
  /** When the first check is done (Start shows the partner count), median; `tti_ms` comes at the first read. */
  checked_ms?: number;
  source: string;
  /** The browser tests' own figure (the preview build, demo register), when they have run. */
  e2e_tti_ms?: number | null;
  /**
   * The pages the browser itself had open during the warm-up load beside the pane (its own WebUI; `browserUiPages` in
   * tests/e2e/chromium.ts): none, unless a Chromium opens some that HEADLESS_FLAGS does not turn off; the figures are
   * then not comparable with earlier ones (docs/performance.md, issue 16, sixth session).
   */
  browser_ui_pages?: string[];
  reason?: string;
}

export interface ProbeResult {
  initial_js_gz: number;
  /** Ungzipped, and the files (when this run built the probe). */
  js_bytes?: number;
  files?: string[];
  tti_ms: number | null;
  runs?: number[];
  shell_ms?: number;
}

export interface TtiResult {
  pane: PaneResult;
  probe?: ProbeResult;
}

/** Default page loads of each page (odd, for a plain median). */
export const TTI_RUNS = 9;

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".png": "image/png" };

function e2eFigure(): number | null {
  try {
    const metrics = JSON.parse(readFileSync(E2E_METRICS, "utf8")) as { tti_ms?: unknown };
    return typeof metrics.tti_ms === "number" ? metrics.tti_ms : null;
  } catch {
    return null;
  }
}

/**
 * `PANE_BENCH_SYNC_MS=N` (by hand; the bench keeps 0): the stand-in answers each sync N ms later, as Excel across a
 * process or the network would, for judging what overlaps the host's answers (`pane-cpu.ts`, `pane-compare.ts`).
 * The register the stand-in holds: the small one, or `PANE_BENCH_REGISTER=TABSxROWS` (e.g. 40x500) for trying the
 * pane on a larger one by hand (`pane-cpu.ts`, `pane-compare.ts`); the bench itself always takes the small one.
 */
function registerSize(): [number, number] {
  const m = /^(\d+)x(\d+)$/.exec(process.env.PANE_BENCH_REGISTER ?? "");
  return m ? [Number(m[1]), Number(m[2])] : [SIZES.small.tabs, SIZES.small.rowsPerTab];
}

/** The files the stand-in is bundled from (the strict fake and what it imports from tests/). */
const STUB_SOURCES = [
  "scripts/bench/pane-office-stub.ts",
  "tests/excel/strict-fake.ts",
  "tests/excel/fake",
  "tests/support/memory-workbook.ts",
];

/**
 * The stand-in for office.js, bundled. `fakeAt` (pane-harness.ts): the stand-in and the strict fake as they were at
 * that commit (taken with `git show` into out/bench-fake-COMMIT, importing today's src/), to measure the harness
 * as it was. The register's grids go before the stand-in as an object literal; `register: "json"` (by hand, for
 * comparing; never with `fakeAt`) as a JSON string the stand-in parses as it runs.
 */
export async function stubScript(fakeAt?: string, register: "json" | "literal" = "literal"): Promise<string> {
  const esbuild = require("esbuild") as typeof import("esbuild");
  const root = path.resolve(__dirname, "../..");
  let entry = path.join(__dirname, "pane-office-stub.ts");
  if (fakeAt !== undefined) {
    const dir = path.join(root, "out", `bench-fake-${fakeAt}`);
    const git = (...args: string[]) => execFileSync("git", args, { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 });
    const files = git("ls-tree", "-r", "--name-only", fakeAt, "--", ...STUB_SOURCES)
      .split("\n")
      .filter(Boolean);
    for (const file of files) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), git("show", `${fakeAt}:${file}`));
    }
    if (!existsSync(path.join(dir, "src"))) symlinkSync(path.join(root, "src"), path.join(dir, "src"));
    entry = path.join(dir, "scripts/bench/pane-office-stub.ts");
  }
  const out = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    write: false,
    logLevel: "error",
    target: "es2020",
  });
  const grids = JSON.stringify(syntheticRegister(...registerSize()));
  const syncMs = Number(process.env.PANE_BENCH_SYNC_MS ?? 0) || 0;
  const prelude =
    fakeAt !== undefined || register === "literal"
      ? `globalThis.__benchRegister = ${grids};`
      : `globalThis.__benchRegisterJson = ${JSON.stringify(grids)};`;
  return `${prelude}\nglobalThis.__benchSyncMs = ${syncMs};\n${out.outputFiles[0]!.text}`;
}

/** `SCRIPT LOADS DIST [DIST ...]` of the comparing scripts: the loads per build and each build's folder, or a usage line and exit 2. */
export function loadsAndDists(script: string, args: readonly string[]): { loads: number; folders: string[] } {
  const [loadsArg, ...dists] = args;
  const loads = Number(loadsArg);
  if (!Number.isInteger(loads) || loads < 1 || dists.length === 0) {
    process.stderr.write(`usage: ${script} LOADS DIST [DIST ...]\n`);
    process.exit(2);
  }
  return { loads, folders: dists.map((d) => path.resolve(d)) };
}

export interface Marks {
  tti: number;
  shell: number;
  /** The first check done (a page without it, the probe, gives its tti). */
  checked: number;
}

export type Browser = Awaited<ReturnType<(typeof import("playwright-core"))["chromium"]["launch"]>>;

/**
 * A certificate for the bench's two hosts, made once into out/bench-cert by office-addin-dev-certs (the add-in's own
 * tool for development certificates, pure JS: no openssl needed on the machine). The browser context ignores
 * certificate errors, so its CA is not installed anywhere. The tool says on stdout that it made them, which the bench
 * keeps for its JSON: that line goes to stderr.
 */
async function benchCertificate(): Promise<{ key: Buffer; cert: Buffer }> {
  const key = path.join(CERT_DIR, "key.pem");
  const cert = path.join(CERT_DIR, "cert.pem");
  if (!existsSync(key) || !existsSync(cert)) {
    rmSync(CERT_DIR, { recursive: true, force: true });
    const { generateCertificates } = await import("office-addin-dev-certs");
    const log = console.log;
    console.log = (...args: unknown[]) => process.stderr.write(`[bench] ${args.map(String).join(" ")}\n`);
    try {
      await generateCertificates(path.join(CERT_DIR, "ca.pem"), cert, key, 3650, [PANE_HOST, new URL(OFFICE_JS_CDN).hostname]);
    } catch (error) {
      throw new Error(
        `the pane benchmark's HTTPS server needs a certificate, which office-addin-dev-certs could not make: ${String(error)}`,
      );
    } finally {
      console.log = log;
    }
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/**
 * The static host of the loads: the pane's origin answers from the folder of the load going on (`serving`), the
 * CDN's office.js address with the stand-in. Files are read from disk at each request (as the routing did).
 */
/**
 * Answers gzipped, as a static host and Microsoft's CDN send scripts (zlib level 6, made once per body and kept, so
 * the server does not compress at each load); `PANE_BENCH_GZIP=0` (by hand) sends them as they are.
 */
const GZIP = process.env.PANE_BENCH_GZIP !== "0";
const gzipCache = new Map<string, Buffer>();
/** `key`: the file's path and time, or the stand-in's text itself. */
function gzipped(key: string, body: string | Buffer): Buffer {
  let z = gzipCache.get(key);
  if (!z) gzipCache.set(key, (z = gzipSync(body)));
  return z;
}

interface BenchServer {
  port: number;
  serving: { dist: string; stub: string | null; gzip: boolean } | null;
}

async function startBenchServer(): Promise<BenchServer> {
  const state: BenchServer = { port: 0, serving: null };
  const cdn = new URL(OFFICE_JS_CDN);
  const server = http2.createSecureServer({ ...(await benchCertificate()), allowHTTP1: true }, (req, res) => {
    const host = String(req.headers[":authority"] ?? req.headers.host ?? "").replace(/:\d+$/, "");
    const file = decodeURIComponent(new URL(req.url, "https://x").pathname);
    const answer = (status: number, body: string | Buffer, type = "text/plain; charset=utf-8", key?: string) => {
      const gzip = state.serving?.gzip === true && key !== undefined && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
      res.writeHead(status, { "content-type": type, "cache-control": "no-store", ...(gzip ? { "content-encoding": "gzip" } : {}) });
      res.end(gzip ? gzipped(key, body) : body);
    };
    const serving = state.serving;
    if (!serving) return answer(503, "no load going on");
    if (host === cdn.hostname) {
      return file === cdn.pathname && serving.stub !== null
        ? answer(200, serving.stub, TYPES[".js"], serving.stub)
        : answer(404, "not found");
    }
    if (host !== PANE_HOST) return answer(404, "not found");
    if (serving.stub !== null && file === "/office-js/office.js") return answer(200, serving.stub, TYPES[".js"], serving.stub);
    const full = path.resolve(serving.dist, file.slice(1));
    if (!full.startsWith(serving.dist + path.sep) || !existsSync(full)) return answer(404, "not found");
    return answer(200, readFileSync(full), TYPES[path.extname(full)] ?? "application/octet-stream", `${full}:${statSync(full).mtimeMs}`);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      state.port = (server.address() as { port: number }).port;
      // The scripts end by closing the browser; the server must not keep Node running after it.
      server.unref();
      resolve(state);
    });
  });
}

const servers = new WeakMap<Browser, BenchServer>();

/**
 * HEADLESS_FLAGS, or (`PANE_BENCH_BROWSER_UI=1`, by hand, for comparing with the harness before 3 December 2026's sixth
 * session) without the one that keeps the browser's own omnibox pages from loading beside every load.
 */
function launchFlags(): string[] {
  return process.env.PANE_BENCH_BROWSER_UI === "1" ? HEADLESS_FLAGS.filter((f) => f !== NO_BROWSER_UI_PAGES) : [...HEADLESS_FLAGS];
}

/**
 * Debian's Chromium, headless, with the flags every browser run here uses, and the bench's local HTTPS server
 * (`startBenchServer`) for the pane's origin and the CDN.
 */
export async function launchBenchChromium(): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  const server = await startBenchServer();
  const cdn = new URL(OFFICE_JS_CDN).hostname;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...launchFlags(), `--host-resolver-rules=MAP ${PANE_HOST} 127.0.0.1:${server.port}, MAP ${cdn} 127.0.0.1:${server.port}`],
  });
  servers.set(browser, server);
  return browser;
}

type Page = Awaited<ReturnType<Browser["newPage"]>>;

/**
 * How the files reach the page: the local HTTPS server (the bench; gzipped unless `PANE_BENCH_GZIP=0`), the same
 * server sending them as they are (`server-plain`, for comparing), or Playwright's routing (the harness before).
 */
export type Serve = "server" | "server-plain" | "route";

/**
 * One fresh load of a built page (`dist`/`page`), office.js answered by `stub` when given.
 * `watch` (pane-profile.ts): called with the page before it navigates; what it returns is called once interactive.
 */
export async function load(
  browser: Browser,
  dist: string,
  page: string,
  stub: string | null,
  watch?: (tab: Page) => Promise<() => Promise<void>>,
  serve: Serve = "server",
): Promise<Marks> {
  const context = await browser.newContext({ viewport: { width: 350, height: 800 }, ignoreHTTPSErrors: true });
  const server = servers.get(browser);
  try {
    await context.addInitScript({ content: PROBE });
    if (serve !== "route") {
      if (!server) throw new Error("load: the browser was not launched by launchBenchChromium (no bench server)");
      server.serving = { dist, stub, gzip: serve === "server" && GZIP };
    } else {
      if (stub !== null) {
        // The production page loads office.js from Microsoft's CDN: the stub answers there (no network here).
        await context.route(OFFICE_JS_CDN, (route) => route.fulfill({ body: stub, contentType: TYPES[".js"] }));
      }
      await context.route(`${ORIGIN}/**`, async (route) => {
        const file = decodeURIComponent(new URL(route.request().url()).pathname).slice(1);
        if (stub !== null && file === "office-js/office.js") return route.fulfill({ body: stub, contentType: TYPES[".js"] });
        const full = path.resolve(dist, file);
        if (!full.startsWith(dist + path.sep) || !existsSync(full)) return route.fulfill({ status: 404, body: "not found" });
        return route.fulfill({ body: readFileSync(full), contentType: TYPES[path.extname(full)] ?? "application/octet-stream" });
      });
    }
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on("pageerror", (e) => errors.push(e.message));
    const stop = watch ? await watch(tab) : null;
    await tab.goto(`${ORIGIN}/${page}`);
    try {
      await tab.waitForFunction(() => (window as unknown as { __tti?: number }).__tti !== undefined, undefined, { timeout: 20_000 });
    } catch (error) {
      throw new Error(`${page} did not become interactive: ${errors.join("; ") || String(error)}`);
    }
    if (page === "taskpane.html") {
      await tab.waitForFunction(() => (window as unknown as { __checked?: number }).__checked !== undefined, undefined, {
        timeout: 20_000,
      });
    }
    await stop?.();
    const marks = await tab.evaluate(() => {
      const w = window as unknown as { __tti: number; __shell: number; __checked?: number };
      return { tti: w.__tti, shell: w.__shell, checked: w.__checked ?? w.__tti };
    });
    return { tti: Math.round(marks.tti), shell: Math.round(marks.shell), checked: Math.round(marks.checked) };
  } finally {
    await context.close();
    if (server) server.serving = null;
  }
}

/**
 * `built`: whether this run made the production build in out/bench-dist (an older one would be measured otherwise);
 * `probeJsGz`: the probe's initial JavaScript when this run built it into out/bench-probe (no probe otherwise).
 */
export async function measurePaneTti(built: boolean, runs = TTI_RUNS, probeJsGz?: number): Promise<TtiResult> {
  const e2e = e2eFigure();
  if (!existsSync(CHROMIUM) || !built) {
    const reason = !existsSync(CHROMIUM) ? `no ${CHROMIUM}` : "no production build in this run (--skip-bundle)";
    return {
      pane:
        e2e !== null
          ? { tti_ms: e2e, source: "out/e2e/metrics.json (browser tests, preview build)", e2e_tti_ms: e2e, reason }
          : { tti_ms: null, source: "not measured", e2e_tti_ms: null, reason },
    };
  }
  const stub = await stubScript();
  const browser = await launchBenchChromium();
  try {
    const pane: Marks[] = [];
    const probe: Marks[] = [];
    // One warm-up load of each (Chromium's own first start), then the two pages in turn.
    let uiPages: string[] = [];
    await load(browser, BENCH_DIST, "taskpane.html", stub, async () => async () => {
      uiPages = await browserUiPages(browser);
    });
    if (uiPages.length > 0) {
      process.stderr.write(
        `[bench] the browser had pages of its own open beside the pane (${uiPages.join(", ")}): they share the CPU with every load; ` +
          "turn them off in tests/e2e/chromium.ts (HEADLESS_FLAGS)\n",
      );
    }
    if (probeJsGz !== undefined) await load(browser, PROBE_DIST, "probe.html", null);
    for (let i = 0; i < runs; i++) {
      pane.push(await load(browser, BENCH_DIST, "taskpane.html", stub));
      if (probeJsGz !== undefined) probe.push(await load(browser, PROBE_DIST, "probe.html", null));
    }
    return {
      pane: {
        tti_ms: Math.round(median(pane.map((m) => m.tti))),
        runs: pane.map((m) => m.tti),
        shell_ms: Math.round(median(pane.map((m) => m.shell))),
        checked_ms: Math.round(median(pane.map((m) => m.checked))),
        source: "production taskpane.html in headless Chromium, office.js stubbed (small register)",
        e2e_tti_ms: e2e,
        browser_ui_pages: uiPages,
      },
      ...(probeJsGz !== undefined
        ? {
            probe: {
              initial_js_gz: probeJsGz,
              tti_ms: Math.round(median(probe.map((m) => m.tti))),
              runs: probe.map((m) => m.tti),
              shell_ms: Math.round(median(probe.map((m) => m.shell))),
            },
          }
        : {}),
    };
  } finally {
    await browser.close();
  }
}
