#!/usr/bin/env node
// The `pledge` command. It runs the prebuilt bundle in out/cli/ (scripts/build-cli.mjs, made
// by `npm ci`/`npm install` through the `prepare` script, or `npm run build:cli`): no
// compiling at run time, and `check` loads only what it uses.
//
// The bundle is run only if it was built from the sources as they are now. built.json lists
// every project file the bundle holds with its size, modification time and SHA-256; a file
// whose size or time differs is hashed, and if any file's content changed (or one is gone),
// the sources are run through tsx instead (slower start, never old code). In a checkout where
// the bundle was never built, likewise. `npm run build:cli` makes the fast path current again.
const { readFileSync, statSync } = require("node:fs");
const { join } = require("node:path");
const { pathToFileURL } = require("node:url");

const root = join(__dirname, "..");
const bundle = join(root, "out", "cli");

/** Null when the bundle holds the sources as they are; else why not (for the terminal note). */
function staleness(built) {
  if (!built || typeof built.entry !== "string" || typeof built.sources !== "object" || built.sources === null)
    return "out/cli/ byggdes av en äldre version av pledge";
  for (const [file, [size, mtimeMs, sha256]] of Object.entries(built.sources)) {
    let info;
    try {
      info = statSync(join(root, file));
    } catch {
      return `${file} har tagits bort sedan out/cli/ byggdes`;
    }
    if (info.size === size && info.mtimeMs === mtimeMs) continue;
    const now = require("node:crypto")
      .createHash("sha256")
      .update(readFileSync(join(root, file)))
      .digest("hex");
    if (now !== sha256) return `${file} har ändrats sedan out/cli/ byggdes`;
  }
  return null;
}

let built = null;
try {
  built = JSON.parse(readFileSync(join(bundle, "built.json"), "utf8"));
} catch {
  // Never built (or a build under way): the sources.
}
const stale = built === null ? "out/cli/ är inte byggd" : staleness(built);
if (stale === null) {
  import(pathToFileURL(join(bundle, built.entry)).href);
} else {
  // Said only to a person at a terminal (output that programs read stays as it is), and
  // only when there is a bundle to be stale: a checkout without one runs tsx as expected.
  if (process.stderr.isTTY && built !== null)
    process.stderr.write(`pledge: ${stale}; kör källkoden genom tsx (npm run build:cli gör start snabb igen).\n`);
  let tsx;
  try {
    tsx = require("tsx/cjs/api");
  } catch {
    process.stderr.write(`pledge: ${stale}, och tsx finns inte för att köra källkoden. Kör npm run build:cli (eller npm ci).\n`);
    process.exit(2);
  }
  tsx.register();
  // The commands are loaded with import() (chunks of their own in the bundle), which goes
  // through node's ES module loader: tsx must hook that one too, or `import("./commands")`
  // finds no file.
  import("tsx/esm/api").then((esm) => {
    esm.register();
    require("../src/cli/main.ts");
  });
}
