/**
 * A report made again after the data changed: the pane says what changed (which
 * tabs, how many rows) and asks; "Behåll båda" and Escape keep the sent report
 * beside the new one, "Ersätt" writes over it. Unchanged data asks nothing.
 */
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { a1 } from "../../../src/core/address";
import { parsePeriod, type TertialPeriod } from "../../../src/core/period";
import { tertialReportModel } from "../../../src/core/report/model/tertial-report-model";
import { formatNumberSv } from "../../../src/core/swedish-format";
import type { E2EScenario } from "../context";
import { ENDED_TERTIAL, PARTNER_TAB, TODAY, type Expected } from "../expected";
import { scenario } from "../harness";
import { activateSheet, showView, swedishLeaks, typeInCell } from "../pane";
import { activityColumns, cleanActivityRow } from "./partner";

const REPORT = `Rapport ${ENDED_TERTIAL}`;
const dialog = (page: Page) => page.getByTestId("report-change-dialog");

/** Raises one clean activity row's Deltagare by `by` on the partner's tab, as a person typing, then goes back to Rapport. */
async function editParticipants(page: Page, expected: Expected, by: number): Promise<void> {
  const grid = expected.grid(PARTNER_TAB);
  // A row of the report's own tertial: an edit elsewhere is no change to its data.
  const { row } = cleanActivityRow(expected, { tertial: parsePeriod(ENDED_TERTIAL) as TertialPeriod, number: "Deltagare" });
  const col = activityColumns(grid).col("Deltagare");
  const before = grid[row]![col];
  assert.equal(typeof before, "number");
  await activateSheet(page, PARTNER_TAB);
  await typeInCell(page, a1(row, col), String((before as number) + by));
  await showView(page, "rapport");
}

async function make(page: Page): Promise<void> {
  await page.getByTestId("make-tertial").click();
}

async function done(page: Page): Promise<string> {
  await page.getByTestId("report-done").waitFor({ timeout: 20_000 });
  return (await page.getByTestId("report-done").innerText()).trim();
}

const written = (page: Page, sheet: string) => page.locator(`[data-testid="generated-sheet"][data-sheet="${sheet}"]`);

export const reportAgainScenarios: E2EScenario[] = [
  scenario(
    "Rapport again: changed data asks; Behåll båda and Escape keep both, Ersätt writes over the latest",
    async ({ browsers, expected }) => {
      const page = await browsers.open();
      await showView(page, "rapport");
      await make(page);
      assert.equal(await done(page), `Klart: fliken ${REPORT}`);
      // Same data again: nothing to ask, the add-in's own sheet is made anew.
      await make(page);
      assert.equal(await done(page), `Klart: fliken ${REPORT}`);
      assert.equal(await dialog(page).count(), 0);

      await editParticipants(page, expected, 1);
      await make(page);
      await dialog(page).waitFor();
      const text = (await page.getByTestId("report-change-text").innerText()).trim();
      assert.match(
        text,
        new RegExp(`^Rapporten för ${ENDED_TERTIAL} gjordes \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} \\(data [0-9a-f]{6}, fliken ${REPORT}\\)`),
      );
      // Only the tab typed on changed, and its row count did not.
      assert.match(text, new RegExp(`och datan har ändrats sedan dess: ${PARTNER_TAB}: ändrad \\(\\d+ rader\\)\\.$`));
      assert.equal(await dialog(page).getByRole("button", { name: "Behåll båda" }).count(), 1);
      await page.getByTestId("keep-both").click();
      assert.equal(await done(page), `Klart: fliken ${REPORT} (2)`);
      assert.equal(
        (await page.getByTestId("report-change-done").innerText()).trim(),
        `Den tidigare rapporten finns kvar på fliken ${REPORT}.`,
      );
      await written(page, REPORT).waitFor();
      await written(page, `${REPORT} (2)`).waitFor();

      // Escape is no silent replace: both stay.
      await editParticipants(page, expected, 2);
      await make(page);
      await dialog(page).waitFor();
      assert.match(await page.getByTestId("report-change-text").innerText(), new RegExp(`fliken ${REPORT} \\(2\\)\\)`));
      await page.keyboard.press("Escape");
      assert.equal(await done(page), `Klart: fliken ${REPORT} (3)`);

      await editParticipants(page, expected, 3);
      await make(page);
      await dialog(page).waitFor();
      await page.getByTestId("replace-report").click();
      assert.equal(await done(page), `Klart: fliken ${REPORT} (3)`);
      assert.equal(
        (await page.getByTestId("report-change-done").innerText()).trim(),
        `Den tidigare rapporten på fliken ${REPORT} (3) ersattes. Rapportloggen har kvar båda versionerna.`,
      );
      assert.equal(await written(page, `${REPORT} (4)`).count(), 0);
      // Gone once its closing animation has ended.
      await dialog(page).waitFor({ state: "detached" });
    },
  ),

  scenario("Rapport again, in English: the dialog says what changed in English", async ({ browsers, expected }) => {
    const page = await browsers.open({ lang: "en" });
    await showView(page, "rapport");
    await make(page);
    await page.getByTestId("report-done").waitFor({ timeout: 20_000 });
    await editParticipants(page, expected, 1);
    await make(page);
    await dialog(page).waitFor();
    const shown = (await dialog(page).innerText()).trim();
    assert.ok(shown.includes(`The data for ${ENDED_TERTIAL} has changed`), shown);
    assert.match(shown, new RegExp(`and the data has changed since: ${PARTNER_TAB}: changed \\(\\d+ rows\\)\\.`));
    assert.ok(shown.includes("Keep both") && shown.includes("Replace"), shown);
    assert.deepEqual(swedishLeaks(shown), []);
    await page.getByTestId("keep-both").click();
    assert.equal((await page.getByTestId("report-done").innerText()).trim(), `Done: sheet ${REPORT} (2)`);
  }),

  scenario(
    "Rapport's log: empty at first, then each version, and whether the tertial still matches after an edit",
    async ({ browsers, expected }) => {
      const page = await browsers.open();
      await showView(page, "rapport");
      await page.getByTestId("log-empty").waitFor();
      await make(page);
      await done(page);
      const t3 = page.locator(`[data-testid="log-period"][data-period="${ENDED_TERTIAL}"]`);
      await page.locator(`[data-testid="log-period"][data-period="${ENDED_TERTIAL}"][data-matches="true"]`).waitFor();
      assert.equal((await t3.getByTestId("log-status").innerText()).trim(), "✓ Stämmer med underlaget");
      const fingerprint = (await page.getByTestId("fingerprint").innerText()).replace("Dataavtryck: ", "").trim();
      // The log row gives the figures of the report's head: the rows it is built from, and those errors left out of them.
      const { head } = tertialReportModel(
        { register: expected.check.register, findings: expected.check.findings, createdAt: new Date() },
        parsePeriod(ENDED_TERTIAL) as TertialPeriod,
      );
      const [rows, excluded] = [head.rowsUsed, head.rowsExcluded];
      assert.match(
        (await t3.getByTestId("log-version").innerText()).trim(),
        new RegExp(
          `^Fliken ${REPORT} · skapad ${TODAY} \\d{2}:\\d{2} · data ${fingerprint} · ${formatNumberSv(rows)} rader · ${excluded} utelämnade$`,
        ),
      );

      await editParticipants(page, expected, 1);
      await page.locator(`[data-testid="log-period"][data-period="${ENDED_TERTIAL}"][data-matches="false"]`).waitFor();
      assert.match(
        (await t3.getByTestId("log-status").innerText()).trim(),
        new RegExp(`^! Underlaget har ändrats sedan ${TODAY} \\(${PARTNER_TAB}: ändrad \\(\\d+ rader\\)\\)$`),
      );
      await make(page);
      await page.getByTestId("keep-both").click();
      await done(page);
      await page.locator(`[data-testid="log-period"][data-period="${ENDED_TERTIAL}"][data-matches="true"]`).waitFor();
      assert.deepEqual(
        (await t3.getByTestId("log-version").allInnerTexts()).map((t) => t.split(" · ")[0]),
        [`Fliken ${REPORT}`, `Fliken ${REPORT} (2)`],
      );
    },
  ),
];
