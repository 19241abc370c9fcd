/**
 * One picture of the findings in the pane (issue 13 item 7): a fix a partner
 * makes on their tab shows everywhere, and a report refreshes what the pane knows.
 */
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { parseA1 } from "../../../src/core/address";
import { serialFromIso } from "../../../src/core/date";
import type { E2EScenario } from "../context";
import { scenario } from "../harness";
import { activateSheet, badgeCounts, pane, showView, shownFindings, typeInCell } from "../pane";

/** Hemgårdarna's A8 holds "14/3 2025", an error the partner mends by typing the date as Excel wants it. */
const TAB = "Hemgårdarnas BK";
const CELL = "A8";
const FIXED = "2025-03-14";

const partnerView = (page: Page) => page.locator(`[data-testid="partner-view"][data-tab="${TAB}"]`);

async function waitForErrors(page: Page, scope: string, n: number): Promise<void> {
  await page.waitForFunction(
    ([s, want]) => {
      const t = document.querySelector(`${s as string} [data-testid="count-error"]`)?.textContent ?? "";
      return Number(/(\d+)\s*$/.exec(t.trim())?.[1]) === want;
    },
    [scope, n] as const,
    { timeout: 10_000 },
  );
}

export const paneTruthScenarios: E2EScenario[] = [
  scenario(
    "Stale results: a partner's fix shows in 'Visa alla flikar' and on Start, not only in the partner view",
    async ({ browsers, expected }) => {
      const { row, col } = parseA1(CELL);
      assert.ok(
        expected.onSheet(TAB).some((f) => f.cell === CELL && f.severity === "error"),
        `the demo register has an error in ${TAB}!${CELL}`,
      );
      const after = expected.checkAfterEdit(TAB, row, col, serialFromIso(FIXED));
      assert.equal(after.counts.error, expected.check.counts.error - 1);

      const page = await browsers.open();
      await activateSheet(page, TAB);
      await partnerView(page).getByTestId("counts").waitFor();
      await typeInCell(page, CELL, FIXED);
      await waitForErrors(page, `[data-testid="partner-view"][data-tab="${TAB}"]`, 0);

      await page.getByTestId("show-all").click();
      await page.getByTestId("run-check").waitFor();
      assert.deepEqual(await badgeCounts(pane(page)), { ...after.counts });
      const shown = await shownFindings(pane(page));
      assert.ok(!shown.some((f) => f.sheet === TAB && f.cell === CELL), `${TAB}!${CELL} is still listed`);

      await showView(page, "start");
      assert.deepEqual(await badgeCounts(pane(page)), { ...after.counts });
    },
  ),

  scenario("Stale results: making a report refreshes the counts the pane shows", async ({ browsers, expected }) => {
    const { row, col } = parseA1(CELL);
    const after = expected.checkAfterEdit(TAB, row, col, serialFromIso(FIXED));
    const page = await browsers.open();
    // Leave the partner view at once, so nothing in the pane re-checks the tab as it is edited.
    await activateSheet(page, TAB);
    await page.getByTestId("show-all").click();
    await page.getByTestId("run-check").waitFor();
    await typeInCell(page, CELL, FIXED);
    await showView(page, "start");
    assert.deepEqual(await badgeCounts(pane(page)), { ...expected.check.counts }, "nothing re-checked yet");

    await showView(page, "rapport");
    await page.getByTestId("make-tertial").click();
    await page.getByTestId("report-done").waitFor({ timeout: 20_000 });
    await showView(page, "start");
    await waitForErrors(page, '[data-testid="pane"]', after.counts.error);
    assert.deepEqual(await badgeCounts(pane(page)), { ...after.counts });
  }),
];
