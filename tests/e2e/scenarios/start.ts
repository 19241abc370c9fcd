/** Start: the pane opens on what the workbook holds, and on where today stands in the pledge. */
import assert from "node:assert/strict";
import { isoFromSerial } from "../../../src/core/date";
import { sv } from "../../../src/taskpane/strings";
import { en } from "../../../src/taskpane/strings-en";
import type { E2EScenario } from "../context";
import { ENDED_TERTIAL, TODAY } from "../expected";
import { scenario } from "../harness";
import { badgeCounts, englishLeaks, pane } from "../pane";

const phaseLines = async (page: import("playwright-core").Page) =>
  (await page.getByTestId("pledge-phase").allInnerTexts()).map((t) => t.trim());

export const startScenarios: E2EScenario[] = [
  scenario("Start shows the pledge's name, period, partner count, that it has ended, and the counts", async ({ browsers, expected }) => {
    const page = await browsers.open();
    const { pledge, partners } = expected.check.register;
    assert.ok(pledge, "the demo register has a pledge");
    assert.equal((await page.getByTestId("pledge-name").innerText()).trim(), pledge.name);
    const text = await pane(page).innerText();
    const to = isoFromSerial(pledge.validTo);
    assert.ok(text.includes(`Gäller ${isoFromSerial(pledge.validFrom)} – ${to}`), `validity missing in:\n${text}`);
    assert.equal((await page.getByTestId("partner-count").innerText()).trim(), `${partners.length} parter`);
    // On TODAY (after the pledge) no tertial is "running": it says the pledge is over and the final report is due.
    assert.ok(TODAY > to, `TODAY ${TODAY} is meant to lie after the pledge`);
    assert.deepEqual(await phaseLines(page), [sv.pledgeEnded(to, ENDED_TERTIAL), sv.finalReportDue]);
    assert.ok(!text.includes("Pågående tertial"), `a running tertial after the pledge:\n${text}`);
    assert.deepEqual(await badgeCounts(pane(page)), { ...expected.check.counts });
    assert.ok(await page.getByTestId("tab-kontroll").isEnabled(), "the Kontroll tab can be chosen");
    assert.deepEqual(englishLeaks(text), [], "Swedish pane shows English text");
  }),

  scenario("Start during the pledge names the running tertial; before it, the day it starts", async ({ browsers, expected }) => {
    const pledge = expected.check.register.pledge!;
    const during = await browsers.open({ today: "2025-06-10" });
    assert.deepEqual(await phaseLines(during), ["Pågående tertial: T2 2025"]);
    const before = await browsers.open({ today: "2024-06-15" });
    assert.deepEqual(await phaseLines(before), [`Löftet börjar ${isoFromSerial(pledge.validFrom)}`]);
    const english = await browsers.open({ lang: "en" });
    assert.deepEqual(await phaseLines(english), [
      `The pledge ran until ${isoFromSerial(pledge.validTo)} · latest tertial ${ENDED_TERTIAL}`,
      en.finalReportDue,
    ]);
  }),

  scenario(
    "The tab list by keyboard: Tab enters on the selected tab, arrows and Home/End move round it, Enter selects",
    async ({ browsers }) => {
      const page = await browsers.open();
      await page.getByTestId("pledge-name").waitFor();
      const focused = () => page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? null);
      const selected = async () => (await page.locator('[role="tab"][aria-selected="true"]').getAttribute("data-testid")) ?? null;
      // Only the selected tab is in the page's tab order.
      assert.deepEqual(
        await page.locator('[role="tab"]').evaluateAll((tabs) => tabs.map((t) => (t as HTMLElement).tabIndex)),
        [0, -1, -1, -1],
      );
      await page.getByTestId("tab-start").focus();
      await page.keyboard.press("ArrowRight");
      assert.equal(await focused(), "tab-kontroll");
      assert.equal(await selected(), "tab-start", "moving the focus does not select");
      await page.keyboard.press("End");
      assert.equal(await focused(), "tab-rapport");
      await page.keyboard.press("ArrowRight");
      assert.equal(await focused(), "tab-start", "round the end");
      await page.keyboard.press("ArrowLeft");
      assert.equal(await focused(), "tab-rapport", "round the start");
      await page.keyboard.press("Home");
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Enter");
      assert.equal(await selected(), "tab-kontroll");
      assert.deepEqual(
        await page.locator('[role="tab"]').evaluateAll((tabs) => tabs.map((t) => (t as HTMLElement).tabIndex)),
        [-1, 0, -1, -1],
      );
      // Tab leaves the list for the view.
      await page.keyboard.press("Tab");
      assert.ok(!((await focused()) ?? "").startsWith("tab-"), "Tab leaves the tab list");
    },
  ),
];
