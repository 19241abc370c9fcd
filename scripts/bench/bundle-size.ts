/**
 * The task pane's initial JavaScript: a production build into out/bench-dist
 * (dist/ is `npm run build`'s), then the files taskpane.html loads at start,
 * taken from webpack's entrypoint (the entry chunk and its static dependencies)
 * and checked against the page's own <script> tags. Chunks loaded on demand
 * (React.lazy views, the report code) are listed apart and not counted, and so
 * is office.js, which the official template loads from Microsoft's CDN too.
 * The minimal React + Fluent probe (`probe/index.tsx`) is built the same way,
 * with the same configuration and only its entry and page swapped, into
 * out/bench-probe.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Configuration, Stats, StatsCompilation } from "webpack";

/** The official Office add-in React template's task pane, measured the same way (gzip level 6). */
export const TEMPLATE_GZIP_BYTES = 166_637;
/** Issue #16: what taskpane.html loads before the first paint, gzipped; `tests/build/bundle-budget.test.ts` holds the build to it. */
export const PANE_JS_BUDGET_GZ = 100_000;
export const BENCH_DIST = path.resolve(__dirname, "../../out/bench-dist");
export const PROBE_DIST = path.resolve(__dirname, "../../out/bench-probe");

export interface FileSize {
  file: string;
  bytes: number;
  gzip_bytes: number;
  /** What loads it: the page, or the import() that asks for it. */
  loaded_by?: string;
}

export interface BundleResult {
  js_bytes: number;
  js_gzip_bytes: number;
  files: FileSize[];
  template_gzip_bytes: number;
  /** The local office.js copy the page loads (not counted), or null when it comes from Microsoft's CDN (production). */
  office_js: FileSize | null;
  lazy: FileSize[];
  build_ms: number;
  gzip: string;
}

function sizeOf(file: string, loadedBy?: string, dist = BENCH_DIST): FileSize {
  const body = readFileSync(path.join(dist, file));
  return { file, bytes: body.length, gzip_bytes: gzipSync(body).length, ...(loadedBy ? { loaded_by: loadedBy } : {}) };
}

async function build(dist = BENCH_DIST, adapt: (config: Configuration) => void = () => undefined): Promise<StatsCompilation> {
  const webpack = require("webpack") as typeof import("webpack");
  const configure = require("../../webpack.config.js") as (env: object, argv: object) => Promise<Configuration>;
  const config = await configure({}, { mode: "production" });
  config.output = { ...config.output, path: dist };
  adapt(config);
  const stats = await new Promise<Stats>((resolve, reject) => webpack(config, (err, s) => (err || !s ? reject(err) : resolve(s))));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return stats.toJson({ all: false, entrypoints: true, chunks: true, chunkOrigins: true, assets: true });
}

/** The src of every <script> in the built page, in order. */
function pageScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
}

/** `dist`: where to build (the benchmark's out/bench-dist; the budget test builds into a folder of its own). */
export async function measureBundle(dist = BENCH_DIST): Promise<BundleResult> {
  const started = performance.now();
  const stats = await build(dist);
  const buildMs = Math.round(performance.now() - started);
  const entry = stats.entrypoints?.taskpane;
  if (!entry?.assets) throw new Error("webpack reported no taskpane entrypoint");
  const initial = entry.assets.map((a) => a.name).filter((n) => n.endsWith(".js"));
  const scripts = pageScripts(readFileSync(path.join(dist, "taskpane.html"), "utf8"));
  // office.js is Microsoft's (from its CDN in production), not part of our bundle.
  const fromPage = scripts.filter((s) => !s.startsWith("office-js/") && !/^https?:/.test(s));
  const missing = fromPage.filter((s) => !initial.includes(s));
  if (missing.length > 0) throw new Error(`taskpane.html loads ${missing.join(", ")}, which webpack's taskpane entrypoint does not list`);

  const initialSet = new Set(
    (stats.entrypoints ? Object.values(stats.entrypoints) : []).flatMap((e) => (e.assets ?? []).map((a) => a.name)),
  );
  const lazy = (stats.chunks ?? [])
    .filter((c) => !c.initial)
    .flatMap((c) =>
      (c.files ?? [])
        .filter((f) => f.endsWith(".js") && !initialSet.has(f))
        .map((f) => sizeOf(f, [...new Set((c.origins ?? []).map((o) => o.request))].join(", "), dist)),
    );
  const files = initial.map((f) => sizeOf(f, fromPage.includes(f) ? "taskpane.html" : "webpack runtime (static)", dist));
  const office = scripts.find((s) => s.startsWith("office-js/"));
  return {
    js_bytes: files.reduce((s, f) => s + f.bytes, 0),
    js_gzip_bytes: files.reduce((s, f) => s + f.gzip_bytes, 0),
    files,
    template_gzip_bytes: TEMPLATE_GZIP_BYTES,
    office_js: office ? sizeOf(office, "taskpane.html (not counted)", dist) : null,
    lazy,
    build_ms: buildMs,
    gzip: "zlib gzip, default level 6",
  };
}

export interface ProbeBundle {
  js_bytes: number;
  js_gzip_bytes: number;
  files: FileSize[];
  build_ms: number;
}

/** The probe's page and entry in place of the add-in's; loaders, minifier, chunking and output naming as the pane's. */
export async function measureProbeBundle(): Promise<ProbeBundle> {
  const HtmlWebpackPlugin = require("html-webpack-plugin") as typeof import("html-webpack-plugin");
  const started = performance.now();
  const stats = await build(PROBE_DIST, (config) => {
    config.entry = { probe: path.join(__dirname, "probe/index.tsx") };
    const { EagerCompileStartFiles } = require("../../webpack.config.js") as {
      EagerCompileStartFiles: new (entry: string) => import("webpack").WebpackPluginInstance;
    };
    config.plugins = [
      // The pane's V8 compile hint on the probe's entry too, so the two are built the same way.
      new EagerCompileStartFiles("probe"),
      new HtmlWebpackPlugin({
        filename: "probe.html",
        template: path.join(__dirname, "probe/probe.html"),
        chunks: ["probe"],
        scriptLoading: "defer",
        minify: false,
      }),
    ];
  });
  const buildMs = Math.round(performance.now() - started);
  const initial = (stats.entrypoints?.probe?.assets ?? []).map((a) => a.name).filter((n) => n.endsWith(".js"));
  if (initial.length === 0) throw new Error("webpack reported no probe entrypoint");
  const files = initial.map((f) => sizeOf(f, "probe.html", PROBE_DIST));
  return {
    js_bytes: files.reduce((s, f) => s + f.bytes, 0),
    js_gzip_bytes: files.reduce((s, f) => s + f.gzip_bytes, 0),
    files,
    build_ms: buildMs,
  };
}
