/**
 * Screenshots of the pane (350 px, at 2× for sharp text) for docs/screenshots/,
 * with the clock fixed so the "Senaste kontroll" time does not change the files on every run.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../build-preview";
import type { E2EScenario } from "../context";
import { scenario } from "../harness";
import { pane, settle } from "../pane";
import { tour } from "../tour";

export const SCREENSHOT_DIR = path.join(ROOT, "docs", "screenshots");
const FILES = {
  start: "start.png",
  kontroll: "kontroll.png",
  indikatorer: "indikatorer.png",
  rapport: "rapport.png",
  partner: "partner.png",
} as const;

export const screenshotScenarios: E2EScenario[] = [
  scenario("Screenshots of every view are written to docs/screenshots/", async ({ browsers }) => {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const written: string[] = [];
    await tour(
      browsers,
      async (stop, page) => {
        // Let transitions (tab indicator, accordion, hover colours) end before the picture.
        await settle(page);
        const file = path.join(SCREENSHOT_DIR, FILES[stop]);
        await pane(page).screenshot({ path: file, animations: "disabled", caret: "hide" });
        written.push(file);
      },
      { deviceScaleFactor: 2, viewport: { width: 1100, height: 820 } },
      (ctx) => ctx.clock.setFixedTime(new Date("2025-09-05T14:32:00+02:00")),
    );
    for (const f of written) assert.ok(fs.statSync(f).size > 5_000, `${f} is not an empty picture`);
    console.log(`    ${written.map((f) => path.relative(ROOT, f)).join(", ")}`);
  }),
];
