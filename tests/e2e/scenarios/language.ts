/** Languages: Swedish unless `?lang=en`, and no text of the other catalogue on screen. */
import assert from "node:assert/strict";
import { translateFindings } from "../../../src/core/messages/catalogue";
import type { E2EScenario } from "../context";
import { scenario } from "../harness";
import { englishLeaks, pane, runCheck, showView, shownFindings, swedishLeaks } from "../pane";

const tabLabels = (page: import("playwright-core").Page) => pane(page).getByRole("tab").allInnerTexts();

export const languageScenarios: E2EScenario[] = [
  scenario("Swedish is the default: Swedish labels in every view, no English text", async ({ browsers }) => {
    const page = await browsers.open();
    assert.equal(await page.evaluate(() => document.documentElement.lang), "sv");
    assert.deepEqual(await tabLabels(page), ["Start", "Kontroll", "Indikatorer", "Rapport"]);
    const seen: string[] = [await pane(page).innerText()];
    await showView(page, "kontroll");
    seen.push(await pane(page).innerText());
    await showView(page, "indikatorer");
    await pane(page).getByTestId("indicator-card").first().waitFor();
    seen.push(await pane(page).innerText());
    await showView(page, "rapport");
    await page.getByTestId("make-tertial").click();
    await page.getByTestId("report-done").waitFor({ timeout: 20_000 });
    seen.push(await pane(page).innerText());
    assert.deepEqual(englishLeaks(seen.join("\n")), []);
  }),

  scenario("English: ?lang=en shows English labels and English finding messages", async ({ browsers, expected }) => {
    const page = await browsers.open({ lang: "en" });
    assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
    assert.deepEqual(await tabLabels(page), ["Start", "Check", "Indicators", "Report"]);
    const start = await pane(page).innerText();
    assert.ok(start.includes("This workbook") && start.includes(`${expected.check.register.partners.length} partners`), start);
    assert.match(await page.getByTestId("count-error").innerText(), new RegExp(`^Errors ${expected.check.counts.error}$`));

    await showView(page, "kontroll");
    await runCheck(page);
    const english = translateFindings(expected.check.findings, "en");
    const first = english.filter((f) => f.sheet === english[0]!.sheet);
    const shown = await shownFindings(pane(page));
    assert.deepEqual(
      shown.map((f) => f.text.replace(/^(Error|Warning|Info): /, "")),
      first.map((f) => `${f.cell ?? "Whole sheet"} · ${f.message}`),
    );
    await showView(page, "rapport");
    await page.getByTestId("make-tertial").waitFor();
    const text = [start, await pane(page).innerText()].join("\n");
    assert.ok(text.includes("Create tertial report"), text);
    assert.deepEqual(swedishLeaks(text), []);
  }),
];
