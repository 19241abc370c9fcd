/**
 * Screenshots of the pane (350 px, at 2× for sharp text) for docs/screenshots/,
 * with the clock fixed so the "Senaste kontroll" time does not change the files on every run.
 */
import assert from "node:assert/strict";
import { commandNotice } from "../../../src/commands/command-notice";
import { noticeUrl } from "../../../src/commands/notice-url";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../build-preview";
import type { E2EScenario } from "../context";
import { TODAY } from "../expected";
import { scenario } from "../harness";
import { pane, settle } from "../pane";
import { tour } from "../tour";
import { DIALOG_STUB } from "./notice";

export const SCREENSHOT_DIR = path.join(ROOT, "docs", "screenshots");
const FILES = {
  start: "start.png",
  nextPledge: "nasta-lofte.png",
  kontroll: "kontroll.png",
  indikatorer: "indikatorer.png",
  rapport: "rapport.png",
  partner: "partner.png",
} as const;
const NOTICE_FILE = "notice.png";
/** Office sizes the notice at 30 % × 35 % of the screen: on a 1920 × 1080 display. */
const NOTICE_VIEWPORT = { width: 576, height: 378 };

export const screenshotScenarios: E2EScenario[] = [
  scenario("Screenshots of every view and of the ribbon's notice are written to docs/screenshots/", async ({ browsers, origin }) => {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const written: string[] = [];
    await tour(
      browsers,
      async (stop, page) => {
        // Let transitions (tab indicator, accordion, hover colours) end before the picture.
        await settle(page);
        const file = path.join(SCREENSHOT_DIR, FILES[stop]);
        // Nästa löfte stands below Start's facts, taller than what is left of the pane: the section itself, down to its button.
        const target = stop === "nextPledge" ? page.getByTestId("next-pledge") : pane(page);
        await target.screenshot({ path: file, animations: "disabled", caret: "hide" });
        written.push(file);
      },
      { deviceScaleFactor: 2, viewport: { width: 1100, height: 820 } },
      // 14:32 in Linköping (CET in January).
      (ctx) => ctx.clock.setFixedTime(new Date(`${TODAY}T14:32:00+01:00`)),
    );

    // The ribbon button's notice, as "Kontrollera" shows it in a workbook that is no register.
    const ctx = await browsers.context({ deviceScaleFactor: 2, viewport: NOTICE_VIEWPORT });
    await ctx.route(`${origin}/office-js/office.js`, (route) =>
      route.fulfill({ contentType: "text/javascript; charset=utf-8", body: DIALOG_STUB }),
    );
    const page = await ctx.newPage();
    const notice = commandNotice("checkRegister", { kind: "not-register" }, "sv")!;
    await page.goto(noticeUrl(`${origin}/commands.html`, notice));
    await page.getByTestId("notice-message").waitFor();
    const file = path.join(SCREENSHOT_DIR, NOTICE_FILE);
    await page.screenshot({ path: file, animations: "disabled", caret: "hide" });
    written.push(file);

    for (const f of written) assert.ok(fs.statSync(f).size > 5_000, `${f} is not an empty picture`);
    console.log(`    ${written.map((f) => path.relative(ROOT, f)).join(", ")}`);
  }),
];
