/** The partner view: on a partner's tab the pane shows that tab only and re-checks as they type. */
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { a1, parseA1 } from "../../../src/core/address";
import type { Grid } from "../../../src/core/cell";
import { isoFromSerial, serialFromIso } from "../../../src/core/date";
import { countFindings } from "../../../src/core/findings";
import { periodLabel, type TertialPeriod } from "../../../src/core/period";
import { inTertial } from "../../../src/core/pledge-calendar";
import type { E2EScenario } from "../context";
import { PARTNER_TAB, TODAY, type Expected } from "../expected";
import { scenario } from "../harness";
import { activateSheet, badgeCounts, englishLeaks, showView, shownFindings, typeInCell } from "../pane";

export const partnerView = (page: Page) => page.locator(`[data-testid="partner-view"][data-tab="${PARTNER_TAB}"]`);

/** Opens the preview on the partner's tab and waits for its first check. */
export async function openPartner(open: () => Promise<Page>): Promise<Page> {
  const page = await open();
  await activateSheet(page, PARTNER_TAB);
  await partnerView(page).waitFor();
  await partnerView(page).getByTestId("counts").waitFor();
  return page;
}

/** Column indexes of the activities table, by header, and its header row. */
export function activityColumns(grid: Grid): { header: number; col: (name: string) => number } {
  const header = grid.findIndex((r) => r[0] === "Datum");
  assert.ok(header >= 0, "the partner tab has an activities table");
  const row = grid[header]!;
  return {
    header,
    col: (name) => {
      const i = row.indexOf(name);
      assert.ok(i >= 0, `no column ${name}`);
      return i;
    },
  };
}

/** The first dated activity row on the tab that has no finding: a clean row to spoil and mend. */
/**
 * The first activity row on PARTNER_TAB without a finding; with `tertial`, dated in it (a report of it reads the
 * row), with `number`, one that holds a number in that column.
 */
export function cleanActivityRow(
  expected: Expected,
  only: { tertial?: TertialPeriod; number?: string } = {},
): { row: number; date: number } {
  const grid = expected.grid(PARTNER_TAB);
  const columns = activityColumns(grid);
  const dirty = new Set(expected.onSheet(PARTNER_TAB).flatMap((f) => (f.cell ? [parseA1(f.cell).row] : [])));
  for (let r = columns.header + 1; r < grid.length; r++) {
    const date = grid[r]![0];
    if (typeof date !== "number" || dirty.has(r)) continue;
    if (only.tertial !== undefined && !inTertial(date, only.tertial)) continue;
    if (only.number !== undefined && typeof grid[r]![columns.col(only.number)] !== "number") continue;
    return { row: r, date };
  }
  throw new Error(`no clean activity row on ${PARTNER_TAB}${only.tertial ? ` in ${periodLabel(only.tertial)}` : ""}`);
}

async function waitForFinding(page: Page, cell: string, present: boolean): Promise<number> {
  const started = Date.now();
  const sel = `[data-testid="partner-view"] [data-testid="finding"][data-cell="${cell}"]`;
  await page.waitForFunction(([s, p]) => (document.querySelector(s as string) !== null) === p, [sel, present] as const, { timeout: 5_000 });
  return Date.now() - started;
}

export const partnerScenarios: E2EScenario[] = [
  scenario("Partner view: on a partner's tab the pane shows only that tab's findings", async ({ browsers, expected }) => {
    const page = await openPartner(() => browsers.open());
    assert.equal(await page.getByTestId("tab-kontroll").getAttribute("aria-selected"), "true");
    const wanted = expected.onSheet(PARTNER_TAB);
    const shown = await shownFindings(partnerView(page));
    assert.deepEqual([...new Set(shown.map((f) => f.sheet))], [PARTNER_TAB]);
    assert.deepEqual(
      shown.map((f) => f.cell),
      wanted.map((f) => f.cell ?? ""),
    );
    for (const [i, f] of wanted.entries()) {
      assert.ok(
        shown[i]!.text.endsWith(f.cell ? `Rad ${parseA1(f.cell).row + 1}: ${f.message}` : f.message),
        `line ${i}: ${shown[i]!.text}`,
      );
    }
    assert.deepEqual(await badgeCounts(partnerView(page)), { ...countFindings(wanted) });
    assert.deepEqual(englishLeaks(await partnerView(page).innerText()), []);

    await page.getByTestId("show-all").click();
    await page.getByTestId("run-check").waitFor();
    await showView(page, "start");
  }),

  scenario(
    "Partner view: re-checks as the partner types: a date that is no date, then one in 2027, then the right one",
    async ({ browsers, expected }) => {
      const page = await openPartner(() => browsers.open());
      const before = await badgeCounts(partnerView(page));
      const { row, date } = cleanActivityRow(expected);
      const cell = a1(row, 0);
      const status = () =>
        page.waitForFunction(() => document.querySelector('[data-testid="partner-status"]')?.textContent?.startsWith("Kontrollerad"));

      await typeInCell(page, cell, "14/3 2025");
      const appeared = await waitForFinding(page, cell, true);
      const line = await partnerView(page).locator(`[data-testid="finding"][data-cell="${cell}"]`).innerText();
      assert.ok(line.includes(`Rad ${row + 1}:`) && line.includes("14/3 2025") && line.includes("2025-03-14"), line);
      await status();
      assert.deepEqual(await badgeCounts(partnerView(page)), { ...before, error: before.error + 1 });

      // A date after TODAY: not yet happened (and outside the pledge), as the core says for that row.
      const future = "2027-03-14";
      assert.ok(future > TODAY);
      const afterEdit = expected.onSheetAfterEdit(PARTNER_TAB, row, 0, serialFromIso(future));
      const wanted = afterEdit.filter((f) => f.cell === cell);
      assert.ok(
        wanted.some((f) => f.code === "date-in-future"),
        wanted.map((f) => f.code).join(", "),
      );
      await typeInCell(page, cell, future);
      await page.waitForFunction(
        ([c, n]) =>
          document.querySelectorAll(`[data-testid="partner-view"] [data-testid="finding"][data-cell="${c as string}"]`).length === n,
        [cell, wanted.length] as const,
        { timeout: 5_000 },
      );
      await status();
      const lines = (await shownFindings(partnerView(page))).filter((f) => f.cell === cell).map((f) => f.text);
      for (const f of wanted)
        assert.ok(
          lines.some((l) => l.endsWith(f.message)),
          `missing "${f.message}" in:\n${lines.join("\n")}`,
        );
      assert.deepEqual(await badgeCounts(partnerView(page)), { ...countFindings(afterEdit) });

      await typeInCell(page, cell, isoFromSerial(date));
      const gone = await waitForFinding(page, cell, false);
      await status();
      assert.deepEqual(await badgeCounts(partnerView(page)), before);
      console.log(`    re-check: finding shown ${appeared} ms after typing, gone ${gone} ms after mending (delay 600 ms)`);
    },
  ),
];
