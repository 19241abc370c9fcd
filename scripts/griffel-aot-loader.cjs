/**
 * Griffel ahead of time for the pane's style modules (issue 16), without Babel.
 *
 * A style module (a file named `*-styles.ts` in src/taskpane/) holds only `makeStyles` hooks, written with Fluent's
 * `tokens` and `shorthands`. This loader runs such a module once at build time (esbuild bundles it for Node, with
 * `@fluentui/react-components` replaced by a stand-in whose `makeStyles` only keeps its styles), resolves each
 * hook's styles with Griffel's own `resolveStyleRulesForSlots` (what `makeStyles` does in the browser on first use,
 * and what Griffel's Babel preset writes into a build) and emits `__styles(classes, cssRules)` instead: the same
 * class names and CSS rules, with no style compiler in the browser. The first paint then needs neither Griffel's
 * compiler (stylis, rtl-css-js) nor the tokens object (about 10 kB gzipped; docs/performance.md).
 *
 * Griffel's own webpack loader does the same through Babel (@griffel/webpack-loader: @babel/core and
 * @griffel/babel-preset, several hundred packages); this uses esbuild, which the build has already.
 * Anything else imported from `@fluentui/react-components`, or exported by the module, fails the build with a
 * message saying so: such a module is not a style module.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const path = require("path");

const FLUENT = "@fluentui/react-components";
const MARK = "__griffelAotStyles";

/** What a style module may take from Fluent at build time. */
const STAND_IN = `
export { tokens } from "@fluentui/tokens";
export { shorthands } from "@griffel/core";
export function makeStyles(stylesBySlots) { return { ${MARK}: stylesBySlots }; }
`;

/** Runs the style module in Node and returns its exports and the files it read. */
async function evaluate(file) {
  const esbuild = require("esbuild");
  const fluentDir = path.dirname(require.resolve(FLUENT));
  const result = await esbuild.build({
    entryPoints: [file],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node18",
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [
      {
        name: "fluent-stand-in",
        setup(build) {
          build.onResolve({ filter: /^@fluentui\/react-components$/ }, () => ({ path: FLUENT, namespace: "stand-in" }));
          build.onLoad({ filter: /.*/, namespace: "stand-in" }, () => ({ contents: STAND_IN, loader: "js", resolveDir: fluentDir }));
        },
      },
    ],
  });
  const module = { exports: {} };
  new Function("module", "exports", "require", result.outputFiles[0].text)(module, module.exports, require);
  const inputs = Object.keys(result.metafile.inputs)
    .filter((f) => !f.includes("node_modules") && !f.startsWith("stand-in:"))
    .map((f) => path.resolve(f));
  return { exports: module.exports, inputs };
}

/** The module's source with every makeStyles hook replaced by Griffel's build output. */
async function transform(file) {
  const { resolveStyleRulesForSlots } = require(require.resolve("@griffel/core", { paths: [path.dirname(require.resolve(FLUENT))] }));
  const { exports, inputs } = await evaluate(file);
  const names = Object.keys(exports).filter((n) => n !== "__esModule");
  const lines = [`import { __styles } from "${FLUENT}";`];
  for (const name of names) {
    const value = exports[name];
    if (!value || typeof value !== "object" || !(MARK in value))
      throw new Error(`${path.relative(process.cwd(), file)}: "${name}" is not a makeStyles() hook; a *-styles.ts module holds only those`);
    const [classes, cssRules] = resolveStyleRulesForSlots(value[MARK]);
    lines.push(`export const ${name} = /*#__PURE__*/ __styles(${JSON.stringify(classes)}, ${JSON.stringify(cssRules)});`);
  }
  return { code: `${lines.join("\n")}\n`, inputs };
}

/** webpack loader */
module.exports = function griffelAotLoader() {
  const done = this.async();
  transform(this.resourcePath).then(
    ({ code, inputs }) => {
      for (const f of inputs) this.addDependency(f);
      done(null, code);
    },
    (error) => done(error),
  );
};
module.exports.transform = transform;
module.exports.STYLE_MODULE = /-styles\.ts$/;
