/**
 * Builds the task pane, the ribbon's function file and (with `--env preview`)
 * the browser preview into dist/. Pages carry a Content-Security-Policy that
 * allows only our own origin, and in production Microsoft's Office.js CDN for
 * scripts: a production build loads office.js from the CDN, as Microsoft
 * requires for store listing and so host-side fixes reach the add-in (the
 * @microsoft/office-js package is a frozen copy that is no longer supported).
 * Development builds, the preview and the browser tests (no network there)
 * serve the package's copy from our own origin instead.
 *
 *   npm run build        production build of taskpane.html, commands.html, notice.html, help.html
 *   npm run dev-server   HTTPS on https://localhost:3000 (office-addin-dev-certs)
 *   npm run preview      the pane against the demo register on http://127.0.0.1:3001/preview.html
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { EsbuildPlugin } = require("esbuild-loader");
const griffelAot = require("./scripts/griffel-aot-loader.cjs");

/** Where Microsoft publishes Office.js (learn.microsoft.com: "Referencing the Office JavaScript API library"). */
const OFFICE_JS_CDN_ORIGIN = "https://appsforoffice.microsoft.com";
const OFFICE_JS_CDN = `${OFFICE_JS_CDN_ORIGIN}/lib/1/hosted/office.js`;
/** The package's copy, served beside the pages. */
const OFFICE_JS_LOCAL = "office-js/office.js";

/**
 * Only our own origin, and for scripts the Office.js CDN when office.js comes from it (office.js loads its host
 * files, excel-win32-16.01.js and the like, from the same place). Fluent UI's style engine (Griffel) inserts
 * <style> tags at run time, so styles also need 'unsafe-inline'; scripts do not.
 * (frame-ancestors cannot be set from a <meta> tag; Office frames the pane.)
 */
function csp(officeJsFromCdn) {
  return [
    "default-src 'self'",
    officeJsFromCdn ? `script-src 'self' ${OFFICE_JS_CDN_ORIGIN}` : "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/** office.js loads only the Excel host's files; leave out the other apps, debug builds and typings. */
const OFFICE_JS_IGNORE = [
  "**/*.debug.js",
  "**/*-vsdoc.js",
  "**/*.d.ts",
  "**/{access,onenote,outlook,outlookwebapp,powerpoint,powerpointios,project,word,wordios}-*.js",
  "**/outlook_strings.js",
];

/**
 * Fluent's web light theme as CSS custom properties on :root, written into the pane's pages by Fluent's own
 * createCSSRuleFromTheme (the rule FluentProvider would insert at run time): the pane's FluentProvider then has no
 * theme of its own to write, and the theme's values (9.5 kB gzipped of JavaScript, @fluentui/tokens) stay out of
 * the first paint's JavaScript (issue 16). Portals (dropdown lists, tooltips) inherit the same properties from :root.
 */
function themeCss() {
  // The two packages react-components itself re-exports them from, as it resolves them (loading all of
  // react-components in Node took 10 s on a busy machine; these two, a second).
  const from = { paths: [path.dirname(require.resolve("@fluentui/react-components"))] };
  const { webLightTheme } = require(require.resolve("@fluentui/react-theme", from));
  const { createCSSRuleFromTheme } = require(require.resolve("@fluentui/react-provider", from));
  return createCSSRuleFromTheme(":root", webLightTheme);
}

/** The scheduler package React DOM itself resolves (its own nested copy, or the top-level one when they agree). */
const REACT_SCHEDULER = path.dirname(
  require.resolve("scheduler/package.json", { paths: [path.dirname(require.resolve("react-dom/package.json"))] }),
);

/** The files of the chunks `src/taskpane/start-chunks.ts` asks for (the check engine and the Office.js adapter). */
function startChunkFiles(compilation) {
  const files = new Set();
  for (const group of compilation.chunkGroups) {
    if (group.isInitial() || !group.origins.some((o) => /[\\/]start-chunks\.ts$/.test(o.module?.resource ?? ""))) continue;
    for (const chunk of group.chunks) for (const file of chunk.files) if (file.endsWith(".js")) files.add(file);
  }
  return [...files].sort();
}

/** The marker V8 (Chrome 136 on, and so Edge's WebView2) reads at a script's very start: compile every function now. */
const EAGER_COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/**
 * Puts V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, v8.dev "explicit compile hints") at the start of
 * the entry's files and of the first check's chunks: nearly all of their functions run before the pane is
 * interactive, and V8 then compiles them while the file streams in, on a background thread, instead of each on the
 * main thread at its first call (issue 16: in the benchmark's trace the main thread's CPU to interactive went
 * 163 -> 125 ms). Other chunks (the views, the report) keep V8's lazy compiling. After minifying (which would drop
 * the comment) and before webpack's real content hash, so the file names stay true to the content. Engines without
 * the feature read a comment.
 */
class EagerCompileStartFiles {
  constructor(entry) {
    this.entry = entry;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.compilation.tap("EagerCompileStartFiles", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "EagerCompileStartFiles", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE - 1 },
        () => {
          const entrypoint = compilation.entrypoints.get(this.entry);
          if (!entrypoint) return;
          const files = [...entrypoint.getFiles().filter((f) => f.endsWith(".js")), ...startChunkFiles(compilation)];
          for (const file of files) {
            compilation.updateAsset(file, (source) => new sources.ConcatSource(EAGER_COMPILE_HINT, source));
          }
        },
      );
    });
  }
}

/**
 * `<link rel="preload">` in a page, placed before its office.js tag, for the page's entry script and the chunks
 * `src/taskpane/start-chunks.ts` asks for (the check engine and the Office.js adapter, which the first check needs).
 * office.js is a parser-blocking script in <head> (Microsoft: referenced in the head, so it is initialised before
 * any body element), so without the hints the browser asked for the entry and the chunks only once office.js had
 * arrived and run, one wait after the other (issue 16: in the benchmark the entry was requested ~30 ms after
 * office.js had come). With them all are fetched beside office.js; nothing runs earlier: the entry's own
 * `<script defer>` stays after office.js and runs when the page is parsed, and webpack's <script> for each chunk then
 * finds it loaded (same address, no crossorigin on either). Views and other chunks get no such hint: fetched early
 * they slowed the start (docs/performance.md).
 */
class PreloadStartChunks {
  constructor(page, entry, officeJs) {
    this.page = page;
    this.entry = entry;
    this.officeJs = officeJs;
  }
  apply(compiler) {
    compiler.hooks.compilation.tap("PreloadStartChunks", (compilation) => {
      const hooks = HtmlWebpackPlugin.getCompilationHooks(compilation);
      let publicPath = "";
      hooks.alterAssetTagGroups.tap("PreloadStartChunks", (data) => {
        if (data.outputName === this.page) publicPath = data.publicPath;
        return data;
      });
      hooks.afterTemplateExecution.tap("PreloadStartChunks", (data) => {
        if (data.outputName !== this.page) return data;
        const entryFiles = compilation.entrypoints.get(this.entry).getFiles().filter((f) => f.endsWith(".js"));
        const links = [...entryFiles, ...startChunkFiles(compilation)]
          .map((file) => `<link rel="preload" as="script" href="${publicPath}${file}">`)
          .join("");
        const tag = `<script src="${this.officeJs}"></script>`;
        if (!data.html.includes(tag)) throw new Error(`PreloadStartChunks: ${this.page} has no ${tag}`);
        return { ...data, html: data.html.replace(tag, `${links}\n    ${tag}`) };
      });
    });
  }
}

/** HTTPS options from office-addin-dev-certs, or null (then plain HTTP) when the package or its certificates are missing. */
async function devCertificates() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = ["ca.crt", "localhost.crt", "localhost.key"].map((f) => path.join(dir, f));
  if (!files.every((f) => fs.existsSync(f))) {
    console.warn("[dev-server] Inga utvecklingscertifikat i ~/.office-addin-dev-certs: servern kör vanlig HTTP. Kör `npx office-addin-dev-certs install` för HTTPS.");
    return null;
  }
  try {
    // Checked before the call: getHttpsServerOptions() would otherwise try to install (sudo) them.
    return await require("office-addin-dev-certs").getHttpsServerOptions();
  } catch (error) {
    console.warn(`[dev-server] office-addin-dev-certs saknas eller fungerar inte (${error.message}): servern kör vanlig HTTP.`);
    return null;
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const preview = Boolean(env.preview);
  const serving = Boolean(env.WEBPACK_SERVE);
  // The published add-in: a production build that is not the preview (which the browser tests run offline).
  const officeJsFromCdn = production && !preview;
  const officeJs = officeJsFromCdn ? OFFICE_JS_CDN : OFFICE_JS_LOCAL;
  const theme = themeCss();
  const page = (filename, template, chunks) =>
    new HtmlWebpackPlugin({ filename, template, chunks, csp: csp(officeJsFromCdn), officeJs, themeCss: theme, scriptLoading: "defer", minify: false });

  const entry = {
    taskpane: "./src/taskpane/index.tsx",
    commands: "./src/commands/commands.ts",
    // The ribbon buttons' notice dialog: a tiny page of its own (no React, no engine).
    notice: "./src/commands/notice.ts",
    // Preview-only code is its own entry, never part of the task pane's files.
    ...(preview ? { preview: "./src/preview/index.tsx" } : {}),
  };

  const devServer = preview
    ? { host: "127.0.0.1", port: 3001, server: "http", static: false, devMiddleware: { index: "preview.html" }, client: { overlay: false } }
    : await (async () => {
        const https = serving ? await devCertificates() : null;
        return {
          port: 3000,
          server: https ? { type: "https", options: https } : "http",
          static: false,
          headers: { "Access-Control-Allow-Origin": "*" },
          client: { overlay: false },
        };
      })();

  return {
    mode: production ? "production" : "development",
    entry,
    // No source maps in production; separate files in development (eval would break the CSP).
    devtool: production ? false : "source-map",
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".tsx", ".ts", ".js"],
      // One scheduler, React DOM's own: Fluent's context selector (peer "scheduler >=0.19") would otherwise bring a
      // second, newer copy (0.28, about 1 kB gzipped) into the first paint, whose priorities React never reads (issue 16).
      alias: { scheduler: REACT_SCHEDULER },
    },
    module: {
      rules: [
        // The pane's style modules (src/taskpane/*-styles.ts) are Griffel's build output, not its compiler's input, in every build:
        // the first paint carries no style compiler (issue 16, scripts/griffel-aot-loader.cjs).
        {
          test: griffelAot.STYLE_MODULE,
          include: path.resolve(__dirname, "src/taskpane"),
          enforce: "pre",
          loader: path.resolve(__dirname, "scripts/griffel-aot-loader.cjs"),
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "esbuild-loader",
          options: { target: "es2020", jsx: "automatic" },
        },
      ],
    },
    optimization: {
      minimizer: [new EsbuildPlugin({ target: "es2020" })],
      // Views not needed at start (React.lazy) and the report code become their own chunks.
      splitChunks: { chunks: "async" },
    },
    performance: { hints: false },
    plugins: [
      page("taskpane.html", "./src/taskpane/taskpane.html", ["taskpane"]),
      new PreloadStartChunks("taskpane.html", "taskpane", officeJs),
      new EagerCompileStartFiles("taskpane"),
      page("commands.html", "./src/commands/commands.html", ["commands"]),
      page("notice.html", "./src/commands/notice.html", ["notice"]),
      page("help.html", "./src/taskpane/help.html", []),
      ...(preview ? [page("preview.html", "./src/preview/preview.html", ["preview"])] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          ...(officeJsFromCdn
            ? []
            : [{ from: "node_modules/@microsoft/office-js/dist", to: "office-js", globOptions: { ignore: OFFICE_JS_IGNORE } }]),
        ],
      }),
    ],
    devServer,
  };
};

module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
module.exports.OFFICE_JS_LOCAL = OFFICE_JS_LOCAL;
// The benchmark's React + Fluent probe is built with the same hint on its entry (scripts/bench/bundle-size.ts).
module.exports.EagerCompileStartFiles = EagerCompileStartFiles;
