/**
 * Security: the pages' CSP allows only their own origin, partner text is
 * shown as text (never markup, never a formula), and the source has no raw-HTML sinks.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { a1 } from "../../../src/core/address";
import { Browsers, newWatch } from "../browser";
import { ROOT } from "../build-preview";
import type { E2EScenario } from "../context";
import { PARTNER_TAB } from "../expected";
import { scenario } from "../harness";
import { pane, runCheck, showView, shownFindings, typeInCell } from "../pane";
import { activityColumns, cleanActivityRow, openPartner, partnerView } from "./partner";

/** Directive → sources, from a CSP string. */
export function parseCsp(csp: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of csp.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** Why a CSP allows more than its own origin, or [] when it does not. */
export function cspProblems(csp: string): string[] {
  const d = parseCsp(csp);
  const problems: string[] = [];
  if (d.get("default-src")?.join(" ") !== "'self'") problems.push(`default-src is ${d.get("default-src")?.join(" ")}`);
  if (d.get("script-src")?.join(" ") !== "'self'") problems.push(`script-src is ${d.get("script-src")?.join(" ")}`);
  if (d.get("object-src")?.join(" ") !== "'none'") problems.push("object-src is not 'none'");
  for (const [name, sources] of d) {
    // Fluent UI's style engine inserts <style> tags, so styles alone may be inline.
    const allowed = new Set(["'self'", "'none'", ...(name === "style-src" ? ["'unsafe-inline'"] : [])]);
    for (const s of sources) if (!allowed.has(s)) problems.push(`${name} allows ${s}`);
  }
  return problems;
}

/** office.js for an Excel host whose every Excel.run fails: the pane mounts and shows its error. */
const FAILING_EXCEL_STUB = `window.Office = {
  HostType: { Excel: "Excel" },
  context: { displayLanguage: "sv-SE", requirements: { isSetSupported: function () { return true; } } },
  onReady: function (cb) { var info = { host: "Excel", platform: "OfficeOnline" }; return Promise.resolve().then(function () { if (cb) cb(info); return info; }); }
};
window.Excel = { run: function () { return Promise.reject(new Error("stub: no workbook")); } };`;

const HOSTILE = {
  formula: '=HYPERLINK("http://x","y")',
  markup: "<img src=x onerror=alert(1)>",
  phone: "Ring +46 70 123 45 67",
};

/** Every file under src/ with an HTML-injection sink (React's escape hatch or the DOM's). */
function rawHtmlSinks(): string[] {
  const hits: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(tsx?|jsx?|html)$/.test(e.name)) {
        const text = fs.readFileSync(p, "utf8");
        for (const sink of ["dangerouslySetInnerHTML", ".innerHTML", ".outerHTML", "insertAdjacentHTML", "document.write("]) {
          if (text.includes(sink)) hits.push(`${path.relative(ROOT, p)}: ${sink}`);
        }
      }
    }
  };
  walk(path.join(ROOT, "src"));
  return hits;
}

export const securityScenarios: E2EScenario[] = [
  scenario(
    "CSP: every built page carries a Content-Security-Policy meta allowing only 'self'",
    async ({ browsers, origin, previewDir }) => {
      const pages = fs.readdirSync(previewDir).filter((f) => f.endsWith(".html"));
      assert.ok(pages.includes("preview.html") && pages.includes("taskpane.html"), pages.join(", "));
      for (const file of pages) {
        const html = await (await fetch(`${origin}/${file}`)).text();
        const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1];
        assert.ok(csp, `${file} has no CSP meta`);
        assert.deepEqual(cspProblems(csp), [], `${file}: ${csp}`);
      }
      // And the browser sees the same policy on the page it runs.
      const page = await browsers.open();
      const live = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
      assert.deepEqual(cspProblems(live ?? ""), []);
    },
  ),

  scenario("Hostile partner text (formula, markup, phone number) is shown as literal text", async ({ browsers, expected, watch }) => {
    const page = await openPartner(() => browsers.open());
    const dialogsBefore = watch.dialogs.length;
    const { row } = cleanActivityRow(expected);
    const { col } = activityColumns(expected.grid(PARTNER_TAB));
    const cells = { date: a1(row, col("Datum")), count: a1(row, col("Deltagare")), comment: a1(row, col("Kommentar")) };
    await typeInCell(page, cells.date, HOSTILE.formula);
    await typeInCell(page, cells.count, HOSTILE.markup);
    await typeInCell(page, cells.comment, HOSTILE.phone);
    await page.waitForFunction(
      (want) => want.every((c) => document.querySelector(`[data-testid="partner-view"] [data-testid="finding"][data-cell="${c}"]`)),
      [cells.date, cells.count, cells.comment],
    );
    const lines = new Map((await shownFindings(partnerView(page))).map((f) => [f.cell, f.text]));
    assert.ok(lines.get(cells.date)?.includes(HOSTILE.formula), lines.get(cells.date));
    assert.ok(lines.get(cells.count)?.includes(HOSTILE.markup), lines.get(cells.count));
    // The phone number is named as personal data, not repeated.
    assert.ok(lines.get(cells.comment) && !lines.get(cells.comment)!.includes("123 45 67"), lines.get(cells.comment));

    // The whole check and the Kontroll sheet carry the same text, still as text.
    await page.getByTestId("show-all").click();
    await showView(page, "kontroll");
    await runCheck(page);
    await page.getByTestId("filter-text").fill("onerror");
    await pane(page).locator(`[data-testid="finding"][data-cell="${cells.count}"]`).waitFor();
    await page.getByTestId("write-kontroll").click();
    const kontroll = page.locator('[data-testid="generated-sheet"][data-sheet="Kontroll"]');
    await kontroll.waitFor();
    assert.ok((await kontroll.innerText()).includes(HOSTILE.markup));
    assert.ok((await kontroll.innerText()).includes(HOSTILE.formula));

    assert.equal(await page.locator("img").count(), 0, "no <img> was created anywhere on the page");
    assert.equal(await page.locator('a[href^="http"]').count(), 0, "no link to the formula's address");
    await page.waitForTimeout(200);
    assert.deepEqual(watch.dialogs.slice(dialogsBefore), [], "no dialog fired");
  }),

  scenario(
    "The Excel entry page outside Office: an open-in-Excel hint within 2 s; nothing leaves the origin; office.js's outside frames are refused",
    async ({ browsers, origin }) => {
      // Its own recorders: office.js tries to frame a telemetry page, which the CSP must refuse.
      const watch = newWatch();
      const own = new Browsers(browsers.browser, origin, watch);
      try {
        const page = await (await own.context()).newPage();
        const started = Date.now();
        await page.goto(`${origin}/taskpane.html`, { waitUntil: "commit" });
        // The page's own hint, or the pane's once office.js has said this is no Excel: either tells where to go.
        await page
          .getByText(/Öppna (den|panelen) i Excel/)
          .first()
          .waitFor({ state: "visible", timeout: 2_000 });
        console.log(`    hint shown ${Date.now() - started} ms after navigation`);
        await page.waitForLoadState("networkidle");
        await page.waitForTimeout(1_000);
        assert.match(await page.locator("#root").innerText(), /Öppna (den|panelen) i Excel/);
        assert.deepEqual(
          watch.requests.filter((u) => !u.startsWith(`${origin}/`)),
          [],
        );
        assert.ok(
          watch.requests.some((u) => /\/taskpane\.[0-9a-f]+\.js$/.test(u)),
          watch.requests.join("\n"),
        );
        // The only thing the CSP may have refused is office.js framing a page elsewhere: no script, style or connection of ours.
        assert.deepEqual(
          watch.cspViolations.filter((v) => !/frame-src|Framing/.test(v)),
          [],
        );
        assert.deepEqual(watch.pageErrors, []);

        // The hint is in the HTML itself: it shows even where no script runs at all.
        const noScript = await (await own.context({ javaScriptEnabled: false })).newPage();
        await noScript.goto(`${origin}/taskpane.html`);
        const hint = noScript.getByTestId("boot-hint");
        assert.ok(await hint.isVisible(), "no hint without scripts");
        const text = await hint.innerText();
        assert.ok(text.includes("Laddar panelen") && text.includes("Start → Medborgarlöfte → Öppna panelen"), text);
        assert.ok(text.includes("Home → Citizen pledge → Open pane"), text);
      } finally {
        await own.closeAll(true);
      }
    },
  ),

  scenario("The Excel entry page in Excel: the pane replaces the loading hint when it mounts", async ({ browsers, origin }) => {
    const own = new Browsers(browsers.browser, origin, newWatch());
    try {
      const ctx = await own.context();
      // office.js stands in for an Excel host whose workbook cannot be read: enough for the pane to mount and say so.
      await ctx.route(`${origin}/office-js/office.js`, (route) =>
        route.fulfill({ contentType: "text/javascript; charset=utf-8", body: FAILING_EXCEL_STUB }),
      );
      const page = await ctx.newPage();
      await page.goto(`${origin}/taskpane.html`);
      await page.getByTestId("tab-kontroll").waitFor({ timeout: 10_000 });
      assert.equal(await page.getByTestId("boot-hint").count(), 0, "the loading hint stayed beside the pane");
      assert.ok(!(await page.locator("#root").innerText()).includes("Laddar panelen"));
    } finally {
      await own.closeAll(true);
    }
  }),

  scenario("Source: no raw-HTML sink (dangerouslySetInnerHTML, innerHTML …) in src/", async () => {
    assert.deepEqual(rawHtmlSinks(), []);
  }),
];
