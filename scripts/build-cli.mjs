#!/usr/bin/env node
// Builds the `pledge` command into out/cli/ (what bin/pledge.js runs): one ES module
// bundle of src/cli/main.ts and its dependencies, split so that the commands
// `check` does not use (report, init, demo, and with them excelts) are chunks of
// their own, loaded only when one of them runs. Run by `npm ci`/`npm install`
// (the `prepare` script) and `npm run build:cli`; takes about a second.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outdir = join(process.argv[2] ?? join(root, "out/cli"));

let build;
try {
  ({ build } = await import("esbuild"));
} catch {
  // An install without the dev dependencies: bin/pledge.js then runs the sources through tsx, if present.
  process.stderr.write("build-cli: esbuild is not installed; the pledge bundle was not built.\n");
  process.exit(0);
}
await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
await build({
  entryPoints: { pledge: join(root, "src/cli/main.ts") },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  outExtension: { ".js": ".mjs" },
  chunkNames: "chunks/[name]-[hash]",
  // Some dependencies are CommonJS and call require() for node's own modules.
  banner: { js: 'import { createRequire as __pledgeRequire } from "node:module"; const require = __pledgeRequire(import.meta.url);' },
  legalComments: "none",
  logLevel: "warning",
});
// A marker that bin/pledge.js checks, so a half-written build is never run.
await writeFile(join(outdir, "built.json"), `${JSON.stringify({ entry: "pledge.mjs", built: new Date().toISOString() })}\n`);
