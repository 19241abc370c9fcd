/**
 * Issue 16: the pane's initial JavaScript (every file taskpane.html loads before the first paint, as webpack's
 * taskpane entrypoint lists them and the page's <script> tags load them; office.js not counted) is at most
 * PANE_JS_BUDGET_GZ bytes gzipped (zlib level 6), in the production build. A size check, not a timed one: the
 * production configuration is built into a folder of its own and its stats read by the benchmark's own measure
 * (`scripts/bench/bundle-size.ts`, the figure `npm run bench` reports as `pane.initial_js_gz`).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { measureBundle, PANE_JS_BUDGET_GZ, type BundleResult } from "../../scripts/bench/bundle-size";

describe("the pane's first JavaScript (issue 16)", () => {
  let dist: string;
  let bundle: BundleResult;
  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), "pane-budget-"));
    bundle = await measureBundle(dist);
  }, 300_000);
  afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

  it("is what taskpane.html loads: one or more files, each of them on the page", () => {
    expect(bundle.files.length).toBeGreaterThan(0);
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    for (const f of bundle.files.filter((x) => x.loaded_by === "taskpane.html")) expect(html).toContain(`src="${f.file}"`);
    // office.js comes from Microsoft's CDN in production and is not ours to count.
    expect(bundle.office_js).toBeNull();
  });

  it(`is at most ${PANE_JS_BUDGET_GZ} bytes gzipped`, () => {
    expect(bundle.js_gzip_bytes).toBeLessThanOrEqual(PANE_JS_BUDGET_GZ);
  });

  it("preloads the entry and exactly the chunks of the first check (the engine and the Excel adapter), no view, all before office.js", () => {
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    const links = [...html.matchAll(/<link rel="preload" as="script" href="([^"]+)">/g)];
    const preloaded = links.map((m) => m[1]!).sort();
    const requests = (f: { loaded_by?: string }) => (f.loaded_by ?? "").split(", ");
    const firstCheck = bundle.lazy
      .filter((f) => requests(f).some((r) => r === "./engine" || r === "../excel"))
      .map((f) => f.file);
    expect(firstCheck.length).toBeGreaterThan(0);
    const entry = bundle.files.filter((f) => f.loaded_by === "taskpane.html").map((f) => f.file);
    expect(preloaded).toEqual([...entry, ...firstCheck].sort());
    // Fetched beside office.js, not after it has run: every hint comes before its tag; the entry still runs after it
    // (its <script defer> is after office.js's tag, and a deferred script runs once the page is parsed).
    const officeJs = html.indexOf('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js">');
    expect(officeJs).toBeGreaterThan(0);
    for (const link of links) expect({ file: link[1], before: link.index! < officeJs }).toEqual({ file: link[1], before: true });
    for (const file of entry) {
      const script = html.indexOf(`<script defer src="${file}">`);
      expect({ file, after: script > officeJs }).toEqual({ file, after: true });
    }
    // The views' own chunks are not fetched before they are chosen.
    const views = bundle.lazy.filter((f) => requests(f).every((r) => /View$/.test(r))).map((f) => f.file);
    expect(views.length).toBeGreaterThan(0);
    for (const v of views) expect(preloaded).not.toContain(v);
  });

  it("marks the entry and the first check's chunks, and only them, for V8's eager compiling (//# allFunctionsCalledOnLoad first)", () => {
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    const preloaded = [...html.matchAll(/<link rel="preload" as="script" href="([^"]+)">/g)].map((m) => m[1]!);
    const hinted = (file: string) => fs.readFileSync(path.join(dist, file), "utf8").startsWith("//# allFunctionsCalledOnLoad\n");
    expect(preloaded.length).toBeGreaterThan(1);
    for (const file of preloaded) expect({ file, hinted: hinted(file) }).toEqual({ file, hinted: true });
    const others = bundle.lazy.map((f) => f.file).filter((f) => !preloaded.includes(f));
    expect(others.length).toBeGreaterThan(0);
    for (const file of others) expect({ file, hinted: hinted(file) }).toEqual({ file, hinted: false });
  });

  it("leaves the views, the engine and the Excel adapter to chunks loaded on demand", () => {
    const lazyBy = bundle.lazy.map((f) => f.loaded_by ?? "").join(" | ");
    for (const request of ["./engine", "./KontrollView", "./IndikatorerView", "./RapportView", "../excel", "./fluent-button"])
      expect(lazyBy).toContain(request);
  });
});
