#!/usr/bin/env node
// The `pledge` command without a build step: tsx compiles the TypeScript sources on the fly.
require("tsx/cjs/api").register();
require("../src/cli/main.ts");
