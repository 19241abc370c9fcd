/**
 * The published add-in loads Office.js from Microsoft's CDN (store listing
 * requires it, and only the CDN gets host-side fixes), and its pages reach no
 * other origin: the production webpack configuration is built here with its
 * entries replaced by an empty module (the pages, their CSP and what they load
 * are what is checked; the bundles are the browser tests' and the benchmark's).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Configuration, Stats } from "webpack";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const configure = require("../../webpack.config.js") as ((env: object, argv: object) => Promise<Configuration>) & {
  OFFICE_JS_CDN: string;
  OFFICE_JS_LOCAL: string;
};
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const PAGES = ["taskpane.html", "commands.html", "notice.html", "help.html"];

const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

async function buildPages(mode: "production" | "development", env: object = {}): Promise<string> {
  const webpack = (await import("webpack")).default;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `pages-${mode}-`));
  made.push(out);
  const empty = path.join(out, "empty.js");
  fs.writeFileSync(empty, "export {};\n");
  const config = await configure(env, { mode });
  const entry = config.entry as Record<string, string>;
  config.entry = Object.fromEntries(Object.keys(entry).map((name) => [name, empty]));
  config.output = { ...config.output, path: path.join(out, "dist") };
  delete (config as { devServer?: unknown }).devServer;
  const stats = await new Promise<Stats>((resolve, reject) => webpack(config, (err, s) => (err || !s ? reject(err) : resolve(s))));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return path.join(out, "dist");
}

/** Every address a page loads or points at from its markup. */
function addresses(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
}

function cspOf(html: string): Map<string, string[]> {
  const content = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  if (!content) throw new Error("no CSP meta tag");
  return new Map(
    content.split(";").map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

const external = (address: string) => /^[a-z][a-z0-9+.-]*:/i.test(address) || address.startsWith("//");

describe("the production build's pages", () => {
  let dist: string;
  beforeAll(async () => {
    dist = await buildPages("production");
  }, 120_000);

  it("load office.js from Microsoft's CDN, in the head, before the page's own script", () => {
    expect(configure.OFFICE_JS_CDN).toBe(CDN);
    for (const page of ["taskpane.html", "commands.html", "notice.html"]) {
      const html = fs.readFileSync(path.join(dist, page), "utf8");
      const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
      expect({ page, first: scripts[0] }).toEqual({ page, first: CDN });
      expect(html.indexOf(CDN)).toBeLessThan(html.indexOf("</head>"));
      expect(scripts.filter((s) => s.includes("office-js/"))).toEqual([]);
    }
  });

  it.each(PAGES)("%s loads nothing else from outside its origin, and its CSP allows exactly the CDN for scripts", (page) => {
    const html = fs.readFileSync(path.join(dist, page), "utf8");
    expect(addresses(html).filter(external).filter((a) => a !== CDN)).toEqual([]);
    const csp = cspOf(html);
    expect(csp.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    for (const [directive, values] of csp) {
      if (directive === "script-src") continue;
      expect({ directive, outside: values.filter((v) => /^https?:|^\*|^\/\//.test(v)) }).toEqual({ directive, outside: [] });
    }
  });

  it("leaves the frozen office.js copy out of dist/", () => {
    expect(fs.existsSync(path.join(dist, "office-js"))).toBe(false);
  });
});

describe("the preview build (the browser tests, no network)", () => {
  it("serves the package's office.js from its own origin, and its CSP allows no other origin", async () => {
    const dist = await buildPages("production", { preview: true });
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    expect(addresses(html).filter(external)).toEqual([]);
    expect(addresses(html)).toContain(configure.OFFICE_JS_LOCAL);
    expect(cspOf(html).get("script-src")).toEqual(["'self'"]);
    expect(fs.existsSync(path.join(dist, "office-js", "office.js"))).toBe(true);
  }, 120_000);
});
