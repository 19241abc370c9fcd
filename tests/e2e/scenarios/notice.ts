/**
 * The ribbon buttons' notice dialog (notice.html), opened as Office opens it
 * from the function file: the message from the query string is shown as
 * literal text, and OK (or Escape) answers the function file through
 * Office.context.ui.messageParent. office.js is served as a stub that records
 * what the page sends; the page loads nothing of the pane.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { NOTICE_ALIVE, noticeUrl } from "../../../src/commands/notice-url";
import type { E2EScenario } from "../context";
import { scenario } from "../harness";

/** office.js for a dialog: messageParent is recorded in window.__parentMessages. */
export const DIALOG_STUB = `window.__parentMessages = [];
window.Office = {
  context: { ui: { messageParent: function (m) { window.__parentMessages.push(String(m)); } } },
  onReady: function (cb) { var info = { host: "Excel", platform: "OfficeOnline" }; return Promise.resolve().then(function () { if (cb) cb(info); return info; }); }
};`;

const HOSTILE_MESSAGE =
  'Fliken <b>Kontroll</b> är din egen & =HYPERLINK("http://x","y")\nByt namn på <img src=x onerror=alert(1)> din flik.';

const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's serious and critical violations on the whole page (evaluated over the DevTools protocol: the CSP refuses inline scripts). */
async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: Document) => Promise<{ violations: { id: string; impact: string | null }[] }> } })
      .axe;
    const result = await axe.run(document);
    return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.impact} ${v.id}`);
  });
}

const messages = (page: Page) => page.evaluate(() => (window as unknown as { __parentMessages: string[] }).__parentMessages);
/** What the page answered, without its "still open" heartbeats. */
const sent = async (page: Page) => (await messages(page)).filter((m) => m !== NOTICE_ALIVE);

async function openNotice(
  ctx: Parameters<E2EScenario["run"]>[0],
  message: string,
  lang: "sv" | "en" = "sv",
): Promise<{ page: Page; scripts: string[] }> {
  const context = await ctx.browsers.context();
  await context.route(`${ctx.origin}/office-js/office.js`, (route) =>
    route.fulfill({ contentType: "text/javascript; charset=utf-8", body: DIALOG_STUB }),
  );
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(noticeUrl(`${ctx.origin}/commands.html`, { title: "Kontrollera", message, lang }));
  await page.getByTestId("notice-message").waitFor();
  return { page, scripts };
}

export const noticeScenarios: E2EScenario[] = [
  scenario("Notice dialog: markup and a formula in the message are shown as literal text; OK answers the function file", async (ctx) => {
    const { page, scripts } = await openNotice(ctx, HOSTILE_MESSAGE);
    assert.equal(await page.getByTestId("notice-title").textContent(), "Kontrollera");
    assert.equal(await page.getByTestId("notice-message").textContent(), HOSTILE_MESSAGE);
    // Two lines on screen, the markup as characters.
    const shown = await page.getByTestId("notice-message").innerText();
    assert.deepEqual(shown.split("\n"), HOSTILE_MESSAGE.split("\n"));
    assert.equal(await page.locator("b, img, a, iframe, script:not([src])").count(), 0, "the message made elements");
    assert.equal(await page.evaluate(() => document.documentElement.lang), "sv");
    assert.deepEqual(await seriousAxeViolations(page), []);

    // OK has the focus, so Enter answers too; a click sends one "ok".
    assert.equal(await page.evaluate(() => document.activeElement?.id), "notice-ok");
    assert.deepEqual(await sent(page), []);
    // While open it tells the function file so (the watchdog for an Esc that Office does not report).
    const beats = await messages(page);
    assert.ok(beats.length >= 1 && beats.every((m) => m === NOTICE_ALIVE), beats.join(", "));
    await page.getByTestId("notice-ok").click();
    await page.waitForFunction(() => (window as unknown as { __parentMessages: string[] }).__parentMessages.includes("ok"));
    assert.deepEqual(await sent(page), ["ok"]);

    // Only office.js and the page's own small script: nothing of the pane, the engine or the xlsx libraries.
    const own = scripts.filter((s) => !s.startsWith("/office-js/"));
    assert.equal(own.length, 1, scripts.join(", "));
    assert.match(own[0]!, /^\/notice\.[0-9a-f]+\.js$/);
    const bytes = fs.statSync(path.join(ctx.previewDir, own[0]!)).size;
    assert.ok(bytes < 4_000, `notice script is ${bytes} bytes`);
    console.log(`    notice page script ${bytes} bytes`);
  }),

  scenario("Notice dialog: Escape answers as OK; an English notice is in English", async (ctx) => {
    const { page } = await openNotice(ctx, "This workbook is not a pledge register.", "en");
    assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => (window as unknown as { __parentMessages: string[] }).__parentMessages.includes("ok"));
    assert.deepEqual(await sent(page), ["ok"]);
  }),
];
