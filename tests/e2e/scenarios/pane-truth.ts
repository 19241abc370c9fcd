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
import { activateSheet, badgeCounts, pane, settle, showView, shownFindings, typeInCell } from "../pane";

/** Hemgårdarna's A10 holds "14/3 2025", an error the partner mends by typing the date as Excel wants it. */
const TAB = "Hemgårdarnas BK";
const CELL = "A10";
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

/** What has keyboard focus: its test id, or its tag when it has none ("BODY" when focus was dropped). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute("data-testid") ?? el?.tagName ?? "none";
  });

/** The pane's width in Excel at its narrowest that the pane is made for. */
export const NARROW_PX = 300;

export const paneAccessScenarios: E2EScenario[] = [
  scenario("Rapport: Enter on 'Skapa tertialrapport' keeps keyboard focus in the pane, on the button", async ({ browsers }) => {
    const page = await browsers.open();
    await showView(page, "rapport");
    await page.getByTestId("make-tertial").focus();
    // Any moment focus falls to <body> (a blur with nowhere to go) is recorded.
    await page.evaluate(
      `document.addEventListener("focusout", (e) => { if (!e.relatedTarget) window.__focusLost = String(e.target.getAttribute("data-testid")); })`,
    );
    await page.keyboard.press("Enter");
    await page.getByTestId("report-done").waitFor({ timeout: 20_000 });
    assert.equal(await page.evaluate("window.__focusLost ?? null"), null, "focus fell to <body> while the report was made");
    assert.equal(await focused(page), "make-tertial", "focus once the report is made");
    // Enter again makes it again, focus still on the button.
    await page.keyboard.press("Enter");
    await page.getByTestId("report-done").waitFor({ timeout: 20_000 });
    assert.equal(await focused(page), "make-tertial");
  }),

  scenario("Rapport: 'Klart' appears in a live region that was there before it (role=status, aria-live=polite)", async ({ browsers }) => {
    const page = await browsers.open();
    await showView(page, "rapport");
    const region = page.getByTestId("report-status");
    await region.waitFor({ state: "attached" });
    assert.equal(await region.getAttribute("role"), "status");
    assert.equal(await region.getAttribute("aria-live"), "polite");
    assert.equal((await region.innerText()).trim(), "", "the region is empty before a report");
    const before = await region.elementHandle();
    await page.getByTestId("make-tertial").click();
    await page.getByTestId("report-done").waitFor({ timeout: 20_000 });
    // The same element (a region added together with its text is often not read out).
    assert.equal(
      await before!.evaluate((el) => el.isConnected && el.contains(document.querySelector('[data-testid="report-done"]'))),
      true,
    );
    assert.match((await region.innerText()).trim(), /^Klart: fliken Rapport /);
  }),

  scenario(`At ${NARROW_PX} px the pane does not overflow sideways and every tab is visible`, async ({ browsers }) => {
    // In Excel the pane's page is as wide as the pane.
    const page = await browsers.open({}, { viewport: { width: NARROW_PX, height: 800 } });
    await page.evaluate((w) => {
      const el = document.querySelector<HTMLElement>('[data-testid="pane"]')!;
      el.style.width = `${w}px`;
    }, NARROW_PX);
    for (const view of ["start", "kontroll", "indikatorer", "rapport"] as const) {
      await showView(page, view);
      if (view === "rapport") {
        await page.getByTestId("make-tertial").click();
        await page.getByTestId("report-done").waitFor({ timeout: 20_000 });
      }
      const m = await page.evaluate(() => {
        const el = document.querySelector<HTMLElement>('[data-testid="pane"]')!;
        const box = el.getBoundingClientRect();
        const tabs = [...el.querySelectorAll<HTMLElement>('[role="tab"]')].map((t) => {
          const r = t.getBoundingClientRect();
          return { name: (t.textContent ?? "").trim(), left: r.left, right: r.right, top: r.top };
        });
        return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, left: box.left, right: box.left + el.clientWidth, tabs };
      });
      assert.ok(m.scrollWidth <= m.clientWidth, `${view}: the pane overflows by ${m.scrollWidth - m.clientWidth} px`);
      for (const t of m.tabs)
        assert.ok(
          t.left >= m.left && t.right <= m.right,
          `${view}: tab ${t.name} is cut off (${t.left}–${t.right} in ${m.left}–${m.right})`,
        );
      assert.equal(m.tabs.length, 4);
      assert.equal(new Set(m.tabs.map((t) => Math.round(t.top))).size, 1, `${view}: the tabs take two rows`);
    }
    await settle(page);
    await pane(page).screenshot({ path: "out/e2e/pane-300.png" });
  }),
];
