#!/usr/bin/env node
// Builds the `pledge` command into out/cli/ (what bin/pledge.js runs): one ES module
// bundle of src/cli/main.ts and its dependencies, split so that what `check` does not
// use (every other command, see COMMANDS in src/cli/run.ts, and with the report
// commands excelts) are chunks of their own, loaded only when one of them runs. Run by
// `npm ci`/`npm install` (the `prepare` script) and `npm run build:cli`; takes about a
// second. `node scripts/build-cli.mjs DIR` builds into DIR instead.
//
// built.json, written last, lists every project file in the bundle with its size,
// modification time and SHA-256, so bin/pledge.js runs the bundle only while the sources
// are the ones it was built from. The bundle is built beside the old one and put in its
// place at the end, so a pledge started meanwhile runs the old bundle or the sources,
// never half of a new one.
import { createHash } from "node:crypto";
import { readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// ESM, node20, require() for CommonJS dependencies: shared with the benchmark's bundle of the core.
const { "//": _about, ...NODE_BUNDLE } = JSON.parse(await readFile(join(root, "scripts/node-bundle.json"), "utf8"));
const outdir = join(process.argv[2] ?? join(root, "out/cli"));

let build;
try {
  ({ build } = await import("esbuild"));
} catch {
  // An install without the dev dependencies: bin/pledge.js then runs the sources through tsx, if present.
  process.stderr.write("build-cli: esbuild is not installed; the pledge bundle was not built.\n");
  process.exit(0);
}

/** Size, modification time and SHA-256 of each of the bundle's own files (not node_modules). */
async function sourcesOf(metafile) {
  const sources = {};
  for (const file of Object.keys(metafile.inputs).sort()) {
    if (/(^|\/)node_modules\//.test(file) || file.includes(":")) continue;
    const path = join(root, file);
    const info = await stat(path);
    const sha256 = createHash("sha256")
      .update(await readFile(path))
      .digest("hex");
    sources[file] = [info.size, info.mtimeMs, sha256];
  }
  return sources;
}

const staging = `${outdir}.building-${process.pid}`;
let sources;
let previous = null;
// A file saved while esbuild reads the sources would be recorded newer than it was bundled.
// So the build is trusted when every file is older than its start, or else when a second
// build finds every file exactly as after the first (a file dated in the future, say).
for (let attempt = 1; ; attempt++) {
  await rm(staging, { recursive: true, force: true });
  const started = Date.now();
  const result = await build({
    absWorkingDir: root,
    entryPoints: { pledge: join(root, "src/cli/main.ts") },
    outdir: staging,
    ...NODE_BUNDLE,
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    metafile: true,
  });
  sources = await sourcesOf(result.metafile);
  if (Object.values(sources).every(([, mtimeMs]) => mtimeMs < started)) break;
  if (previous !== null && JSON.stringify(previous) === JSON.stringify(sources)) break;
  if (attempt === 3) {
    // Sources that keep changing (an editor saving all the time): no bundle, so bin/pledge.js runs the sources.
    process.stderr.write("build-cli: the sources changed while the bundle was built; it was not installed.\n");
    await rm(staging, { recursive: true, force: true });
    process.exit(0);
  }
  previous = sources;
}
await writeFile(join(staging, "built.json"), `${JSON.stringify({ entry: "pledge.mjs", built: new Date().toISOString(), sources })}\n`);
const old = `${outdir}.old-${process.pid}`;
await rename(outdir, old).catch((err) => {
  if (err.code !== "ENOENT") throw err;
});
await rename(staging, outdir);
await rm(old, { recursive: true, force: true });
