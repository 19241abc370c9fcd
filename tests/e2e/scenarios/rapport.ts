/** Rapport: the tertial and final reports, written into the workbook, and the kortversion to copy. */
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import type { E2EScenario } from "../context";
import { ENDED_TERTIAL } from "../expected";
import { scenario } from "../harness";
import { englishLeaks, pane, showView } from "../pane";

async function makeReport(page: Page, button: "make-tertial" | "make-final"): Promise<string> {
  await page.getByTestId(button).click();
  await page.getByTestId("report-done").waitFor({ timeout: 20_000 });
  return (await page.getByTestId("report-done").innerText()).trim();
}

const kortversion = (page: Page) => page.getByTestId("kortversion").inputValue();

export const rapportScenarios: E2EScenario[] = [
  scenario(
    "Rapport: defaults to the latest ended tertial, makes its report and shows the core's kortversion",
    async ({ browsers, expected }) => {
      const page = await browsers.open();
      await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: browsers.origin });
      await showView(page, "rapport");
      assert.equal((await page.getByTestId("tertial").innerText()).trim(), ENDED_TERTIAL);
      assert.equal(await makeReport(page, "make-tertial"), `Klart: fliken Rapport ${ENDED_TERTIAL}`);
      await page.locator(`[data-testid="generated-sheet"][data-sheet="Rapport ${ENDED_TERTIAL}"]`).waitFor();
      await page.locator('[data-testid="generated-sheet"][data-sheet="Kontroll"]').waitFor();
      assert.equal(await kortversion(page), expected.tertialKortversion);
      assert.deepEqual(englishLeaks(await pane(page).innerText()), []);

      await page.getByTestId("copy").click();
      await pane(page).getByText("Kopierad.").waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected.tertialKortversion);
    },
  ),

  scenario("Rapport: when the host refuses the clipboard, Kopiera selects the text for Ctrl+C", async ({ browsers, expected }) => {
    const page = await browsers.open();
    await page.context().clearPermissions();
    // As in an Office frame without clipboard rights. (A string: tsx would wrap a named function in a helper the page lacks.)
    await page.evaluate(
      `Object.defineProperty(navigator.clipboard, "writeText", { value: () => Promise.reject(new DOMException("denied", "NotAllowedError")) })`,
    );
    await showView(page, "rapport");
    await makeReport(page, "make-tertial");
    await page.getByTestId("copy").click();
    await pane(page).getByText("Texten är markerad. Tryck Ctrl+C för att kopiera.").waitFor();
    const selected = await page.evaluate(() => {
      const el = document.activeElement as HTMLTextAreaElement | null;
      return el?.tagName === "TEXTAREA" ? el.value.slice(el.selectionStart, el.selectionEnd) : null;
    });
    assert.equal(selected, expected.tertialKortversion);
  }),

  scenario("Rapport: another tertial from the list, then the final report", async ({ browsers, expected }) => {
    const page = await browsers.open();
    await showView(page, "rapport");
    await page.getByTestId("tertial").click();
    await page.getByRole("option", { name: "T1 2025" }).waitFor();
    // The open list must not cover the pane (Fluent copies the provider's classes onto its portal).
    const covered = await page.evaluate(() => {
      const h = document.querySelector("#report-heading")!.getBoundingClientRect();
      return !document.querySelector("#report-heading")!.contains(document.elementFromPoint(h.left + 5, h.top + h.height / 2));
    });
    assert.equal(covered, false, "the open tertial list covers the pane");
    await page.getByRole("option", { name: "T1 2025" }).click();
    assert.equal((await page.getByTestId("tertial").innerText()).trim(), "T1 2025");
    assert.equal(await makeReport(page, "make-tertial"), "Klart: fliken Rapport T1 2025");
    await page.locator('[data-testid="generated-sheet"][data-sheet="Rapport T1 2025"]').waitFor();

    assert.equal(await makeReport(page, "make-final"), "Klart: fliken Slutrapport");
    await page.locator('[data-testid="generated-sheet"][data-sheet="Slutrapport"]').waitFor();
    assert.equal(await kortversion(page), expected.finalKortversion);
    await page.getByTestId("go-to-report").click();
    await page.waitForFunction(() => document.querySelector('[data-testid="selection"]')?.textContent === "Markering: Slutrapport!A1");
  }),
];
