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
];
