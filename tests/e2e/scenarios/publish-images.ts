/**
 * Rapport → Spara bilder (issue 15): under a report just made, the pane paints the
 * social-media images (src/taskpane/social-canvas.ts) and offers them as downloads.
 * The files are PNGs of exactly 1080×1080 and 1200×675 with text in every line's box
 * of the core's layout, and the text alternative is the core's for the same register.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import { PNG } from "pngjs";
import type { Page } from "playwright-core";
import { MemoryPort } from "../../../src/app/memory-port";
import { makeTertialReport } from "../../../src/app/report";
import { parsePeriod } from "../../../src/core/period";
import { publishPageHtml } from "../../../src/core/publish/page-html";
import { publishModel } from "../../../src/core/publish/publish-model";
import { socialAltText, socialHeadline } from "../../../src/core/publish/social";
import { SOCIAL_FORMATS, socialLayout, type SocialFormat } from "../../../src/core/publish/social-svg";
import { demoRegister } from "../../../src/demo/demo-register";
import type { E2EScenario } from "../context";
import { ENDED_TERTIAL, TODAY } from "../expected";
import { scenario } from "../harness";
import { showView } from "../pane";

const ADDRESS = "kommunen.example/trygghet";

/** The core's headline for the demo's ended tertial, as the pane makes it. */
async function expectedHeadline() {
  const tertial = parsePeriod(ENDED_TERTIAL);
  if (tertial?.kind !== "tertial") throw new Error(ENDED_TERTIAL);
  const outcome = await makeTertialReport(new MemoryPort(demoRegister()), { tertial, now: new Date(`${TODAY}T12:00:00`) });
  return socialHeadline(outcome.model, { minCount: outcome.check.register.pledge?.minCount ?? 5, address: ADDRESS });
}

/** The page `pledge publish` writes for the demo's ended tertial, made the way the pane makes its report. */
async function expectedPageHtml(): Promise<string> {
  const tertial = parsePeriod(ENDED_TERTIAL);
  if (tertial?.kind !== "tertial") throw new Error(ENDED_TERTIAL);
  const outcome = await makeTertialReport(new MemoryPort(demoRegister()), { tertial, now: new Date(`${TODAY}T12:00:00`) });
  return publishPageHtml(publishModel(outcome.model, outcome.check.register));
}

async function download(page: Page, file: string): Promise<PNG> {
  const [dl] = await Promise.all([page.waitForEvent("download"), page.locator(`[data-testid="image-link"][data-file="${file}"]`).click()]);
  assert.equal(dl.suggestedFilename(), file);
  const path = await dl.path();
  return PNG.sync.read(fs.readFileSync(path));
}

/** Dark pixels in a box of the image. */
function darkIn(img: PNG, x0: number, y0: number, x1: number, y1: number): number {
  let dark = 0;
  for (let y = Math.max(0, Math.floor(y0)); y < Math.min(img.height, Math.ceil(y1)); y++)
    for (let x = Math.max(0, Math.floor(x0)); x < Math.min(img.width, Math.ceil(x1)); x++) {
      const i = (y * img.width + x) * 4;
      if (0.2126 * img.data[i]! + 0.7152 * img.data[i + 1]! + 0.0722 * img.data[i + 2]! < 100) dark++;
    }
  return dark;
}

export const publishImagesScenarios: E2EScenario[] = [
  scenario("Rapport → Spara bilder: two PNGs of the right sizes with the core's lines drawn, and the core's bildtext", async ({ browsers }) => {
    const page = await browsers.open({}, { acceptDownloads: true });
    await showView(page, "rapport");
    await page.getByTestId("make-tertial").click();
    await page.getByTestId("report-done").waitFor({ timeout: 20_000 });
    await page.getByTestId("publish-address").fill(ADDRESS);
    await page.getByTestId("save-images").click();
    await page.getByTestId("image-link").first().waitFor({ timeout: 20_000 });
    assert.deepEqual(
      await page.getByTestId("image-link").evaluateAll((els) => els.map((e) => e.getAttribute("data-file"))),
      ["bild-1080x1080.png", "bild-1200x675.png"],
    );
    const headline = await expectedHeadline();
    assert.equal(await page.getByTestId("bildtext").inputValue(), socialAltText(headline));
    for (const format of ["square", "wide"] as SocialFormat[]) {
      const { file, width, height } = SOCIAL_FORMATS[format];
      const img = await download(page, file);
      assert.deepEqual([img.width, img.height], [width, height], file);
      for (const line of socialLayout(headline, format).lines) {
        const dark = darkIn(img, line.x, line.top, line.x + line.maxWidth, line.top + line.size * 1.2);
        assert.ok(dark > line.text.length * line.size * 1.5, `${file}: "${line.text}" is not drawn (${dark} dark pixels)`);
      }
      // Nothing drawn in the right margin: no line ran past its box.
      assert.equal(darkIn(img, width - 40, 24, width, height), 0, `${file}: ink in the right margin`);
    }
  }),
  scenario("Rapport → Kopiera webbsidans HTML: the clipboard holds the page pledge publish writes for the same register", async ({ browsers }) => {
    const page = await browsers.open();
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: browsers.origin });
    await showView(page, "rapport");
    await page.getByTestId("make-tertial").click();
    await page.getByTestId("report-done").waitFor({ timeout: 20_000 });
    const status = page.getByTestId("html-status");
    assert.equal(await status.getAttribute("role"), "status", "the live region is there before the message");
    await page.getByTestId("copy-html").click();
    await page.waitForFunction(() => (document.querySelector('[data-testid="html-status"]')?.textContent ?? "") !== "", null, { timeout: 20_000 });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await expectedPageHtml());
    assert.match(copied, /^<!DOCTYPE html>/i);
    assert.equal(await page.getByTestId("html-link").count(), 0, "no download offered when the copy worked");
  }),
  scenario("Rapport → Kopiera webbsidans HTML: when the host refuses the clipboard, the page is offered as index.html", async ({ browsers }) => {
    const page = await browsers.open({}, { acceptDownloads: true });
    await page.context().clearPermissions();
    await page.evaluate(
      `Object.defineProperty(navigator.clipboard, "writeText", { value: () => Promise.reject(new DOMException("denied", "NotAllowedError")) })`,
    );
    await showView(page, "rapport");
    await page.getByTestId("make-tertial").click();
    await page.getByTestId("report-done").waitFor({ timeout: 20_000 });
    await page.getByTestId("copy-html").click();
    await page.getByTestId("html-link").waitFor({ timeout: 20_000 });
    const [dl] = await Promise.all([page.waitForEvent("download"), page.getByTestId("html-link").click()]);
    assert.equal(dl.suggestedFilename(), "index.html");
    assert.equal(fs.readFileSync(await dl.path(), "utf8"), await expectedPageHtml());
  }),
];
