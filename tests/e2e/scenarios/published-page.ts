/**
 * The published page (`pledge publish`'s index.html, the demo's) in headless Chromium:
 * axe-core at WCAG 2.1 AA (tags wcag2a, wcag2aa, wcag21a, wcag21aa) with 0 violations at
 * desktop width, at 320 px and at 200 % zoom; no horizontal scroll of the page at 320 px,
 * at 200 % zoom or in print; no request of any kind, with the page's own CSP in force.
 * Screenshots for docs/publish/ (desktop and 320 px, first screen). axe is evaluated
 * through the DevTools protocol, which the page's CSP (no script at all) rightly does not cover.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { publishPageHtml } from "../../../src/core/publish/page-html";
import { demoPublication } from "../../core/publish/publish-fixture";
import { ROOT } from "../build-preview";
import type { E2E, E2EScenario } from "../context";
import { scenario } from "../harness";

const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
export const PUBLISH_DOCS_DIR = path.join(ROOT, "docs", "publish");

/** Desktop, a 320 px phone, and a 1280 px window at 200 % zoom (640 CSS pixels, twice as many device pixels each). */
const VIEWS = [
  { name: "desktop", viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
  { name: "320 px", viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: "200 % zoom", viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
] as const;

const pages = { tertial: publishPageHtml(demoPublication("tertial").model), final: publishPageHtml(demoPublication("final").model) };

async function openPage({ browsers }: E2E, html: string, view: (typeof VIEWS)[number]): Promise<{ page: Page; requests: string[] }> {
  const ctx = await browsers.context({ viewport: view.viewport, deviceScaleFactor: view.deviceScaleFactor });
  const page = await ctx.newPage();
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.setContent(html, { waitUntil: "load" });
  return { page, requests };
}

async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return result.violations.map(
      (v) =>
        `${v.id} (${v.help}) at ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
  }, WCAG_21_AA);
}

const overflow = (page: Page) =>
  page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));

export const publishedPageScenarios: E2EScenario[] = [
  scenario("Published page: axe-core finds 0 WCAG 2.1 AA violations at desktop, 320 px and 200 % zoom (tertial and final)", async (e2e) => {
    const found: string[] = [];
    for (const [kind, html] of Object.entries(pages)) {
      for (const view of VIEWS) {
        const { page, requests } = await openPage(e2e, html, view);
        for (const v of await violations(page)) found.push(`${kind}, ${view.name}: ${v}`);
        assert.deepEqual(requests, [], `${kind}, ${view.name}: the page asked for something`);
      }
    }
    assert.deepEqual(found, []);
  }),

  scenario("Published page: no horizontal scroll at 320 px, at 200 % zoom or in print", async (e2e) => {
    for (const view of VIEWS) {
      const { page } = await openPage(e2e, pages.tertial, view);
      const { scrollWidth, clientWidth } = await overflow(page);
      assert.ok(scrollWidth <= clientWidth, `${view.name}: the page is ${scrollWidth} px wide in a ${clientWidth} px window`);
      if (view.name === "desktop") {
        // A4 portrait at 96 dpi, less the default margins: about 720 CSS pixels.
        await page.setViewportSize({ width: 720, height: 1000 });
        await page.emulateMedia({ media: "print" });
        const print = await overflow(page);
        assert.ok(print.scrollWidth <= print.clientWidth, `print: ${print.scrollWidth} px on a ${print.clientWidth} px page`);
        const pdf = await page.pdf({ format: "A4" });
        assert.ok(pdf.length > 10_000, "print to PDF gave an empty document");
      }
    }
  }),

  scenario("Published page: screenshots of the demo's page (desktop, 320 px) are written to docs/publish/", async (e2e) => {
    fs.mkdirSync(PUBLISH_DOCS_DIR, { recursive: true });
    const shots = [
      { file: "sida-dator.png", view: VIEWS[0] },
      { file: "sida-320px.png", view: { ...VIEWS[1], deviceScaleFactor: 2 } },
    ];
    for (const { file, view } of shots) {
      const { page } = await openPage(e2e, pages.tertial, view as (typeof VIEWS)[number]);
      const target = path.join(PUBLISH_DOCS_DIR, file);
      await page.screenshot({ path: target, animations: "disabled", caret: "hide" });
      assert.ok(fs.statSync(target).size > 10_000, `${file} is too small to hold the page`);
    }
  }),
];
