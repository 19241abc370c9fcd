/** Kontroll: the whole register's findings, as the core finds them, and going to their cells. */
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import type { E2EScenario } from "../context";
import type { Expected } from "../expected";
import { scenario } from "../harness";
import { badgeCounts, englishLeaks, findingGroups, pane, previewSelection, runCheck, showView, shownFindings } from "../pane";

async function openKontroll(open: () => Promise<Page>): Promise<Page> {
  const page = await open();
  await showView(page, "kontroll");
  await runCheck(page);
  return page;
}

/** Findings of the core whose tab, cell or message holds `needle`, as the pane's text filter promises. */
function matching(expected: Expected, needle: string) {
  const n = needle.toLowerCase();
  return expected.check.findings.filter((f) => [f.sheet, f.cell ?? "", f.message].some((s) => s.toLowerCase().includes(n)));
}

export const kontrollScenarios: E2EScenario[] = [
  scenario("Kontroll: the badges show the core's counts and the findings are grouped by tab", async ({ browsers, expected }) => {
    const page = await openKontroll(() => browsers.open());
    assert.deepEqual(await badgeCounts(pane(page)), { ...expected.check.counts });
    const groups = await findingGroups(page);
    assert.deepEqual(
      groups.map((g) => ({ sheet: g.sheet, count: g.count })),
      expected.groups,
    );
    // The first group is open; its lines are "A7 · message", one per finding, in the check's order.
    const first = expected.groups[0]!.sheet;
    const lines = await shownFindings(pane(page));
    const wanted = expected.onSheet(first);
    assert.deepEqual(
      lines.map((l) => l.text),
      wanted.map(
        (f) =>
          (f.severity === "error" ? "Fel: " : f.severity === "warning" ? "Varning: " : "Info: ") +
          `${f.cell ?? "Hela fliken"} · ${f.message}`,
      ),
    );
    assert.deepEqual(englishLeaks(await pane(page).innerText()), []);
  }),

  scenario("Kontroll: severity toggles and the text filter narrow the findings", async ({ browsers, expected }) => {
    const page = await openKontroll(() => browsers.open());
    await page.getByTestId("filter-warning").click();
    await page.getByTestId("filter-info").click();
    const errorsOnly = await findingGroups(page);
    const errorSheets = [...new Set(expected.check.findings.filter((f) => f.severity === "error").map((f) => f.sheet))];
    assert.deepEqual(
      errorsOnly.map((g) => g.sheet),
      errorSheets,
    );
    assert.equal(
      errorsOnly.reduce((n, g) => n + g.count, 0),
      expected.check.counts.error,
    );

    await page.getByTestId("filter-warning").click();
    await page.getByTestId("filter-info").click();
    const needle = "14/3";
    await page.getByTestId("filter-text").fill(needle);
    // A text filter opens every group, so every match is listed.
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="pane"] [data-testid="finding"]').length === n,
      matching(expected, needle).length,
    );
    const shown = await shownFindings(pane(page));
    assert.deepEqual(
      shown.map((f) => `${f.sheet}!${f.cell}`),
      matching(expected, needle).map((f) => `${f.sheet}!${f.cell ?? ""}`),
    );
    assert.ok(shown.length > 0, "the demo register has a date written as 14/3 2025");

    await page.getByTestId("filter-text").fill("inget-fynd-har-den-här-texten");
    await pane(page).getByText("Inget fynd matchar filtret.").waitFor();
    assert.equal((await shownFindings(pane(page))).length, 0);
  }),

  scenario("Kontroll: a click on a finding, or Enter on it from the keyboard, selects its cell", async ({ browsers, expected }) => {
    const page = await openKontroll(() => browsers.open());
    const target = expected.check.findings.find((f) => f.cell && f.severity === "error")!;
    await pane(page).locator(`[data-testid="finding-group"][data-sheet="${target.sheet}"] h3 button`).click();
    await pane(page).locator(`[data-testid="finding"][data-sheet="${target.sheet}"][data-cell="${target.cell}"]`).first().click();
    await page.waitForFunction(
      (want) => document.querySelector('[data-testid="selection"]')?.textContent === want,
      `Markering: ${target.sheet}!${target.cell}`,
    );
    assert.equal(await page.locator('[data-testid="sheet-editor"]').getAttribute("data-sheet"), target.sheet);
    assert.equal(await page.locator(`[data-testid="sheet-editor"] td[data-selected] input`).getAttribute("data-cell"), target.cell);
    // Going to a partner's cell is the pane's own doing: it stays on the whole check.
    assert.equal(await page.getByTestId("partner-view").count(), 0);
    assert.ok(await page.getByTestId("run-check").isVisible());

    // Keyboard only: from the filter box, Tab to the first finding line, then Enter.
    await page.getByTestId("filter-text").focus();
    let reached = false;
    for (let i = 0; i < 8 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.getAttribute("data-testid") === "finding");
    }
    assert.ok(reached, "a finding line is reachable with Tab from the filter");
    const focused = await page.evaluate(() => ({
      sheet: document.activeElement?.getAttribute("data-sheet"),
      cell: document.activeElement?.getAttribute("data-cell"),
    }));
    assert.notEqual(`${focused.sheet}!${focused.cell}`, `${target.sheet}!${target.cell}`, "Enter must move the selection somewhere new");
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      (want) => document.querySelector('[data-testid="selection"]')?.textContent === want,
      `Markering: ${focused.sheet}!${focused.cell}`,
    );
    assert.equal(await previewSelection(page), `Markering: ${focused.sheet}!${focused.cell}`);
  }),

  scenario("Kontroll: writes the Kontroll sheet with every finding", async ({ browsers, expected }) => {
    const page = await openKontroll(() => browsers.open());
    await page.getByTestId("write-kontroll").click();
    await page.getByTestId("kontroll-written").waitFor();
    assert.equal((await page.getByTestId("kontroll-written").innerText()).trim(), "Resultatet finns på fliken Kontroll.");
    const sheet = page.locator('[data-testid="generated-sheet"][data-sheet="Kontroll"]');
    await sheet.waitFor();
    const rows = await sheet.locator("tr").evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ""));
    for (const f of expected.check.findings) {
      assert.ok(
        rows.some((r) => r.includes(f.message) && r.includes(f.sheet)),
        `Kontroll lacks ${f.sheet}!${f.cell}: ${f.message}`,
      );
    }
  }),
];
