#!/usr/bin/env node
// The `pledge` command. It runs the prebuilt bundle in out/cli/ (scripts/build-cli.mjs, made
// by `npm ci`/`npm install` through the `prepare` script, or `npm run build:cli`): no
// compiling at run time, and `check` loads only what it uses. In a checkout where the bundle
// was never built, tsx compiles the TypeScript sources on the fly instead (slower start).
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const { pathToFileURL } = require("node:url");

const bundle = join(__dirname, "..", "out", "cli");
if (existsSync(join(bundle, "built.json"))) {
  import(pathToFileURL(join(bundle, "pledge.mjs")).href);
} else {
  require("tsx/cjs/api").register();
  require("../src/cli/main.ts");
}
