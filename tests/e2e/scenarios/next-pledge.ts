/**
 * Nästa löfte in Rapport (issue 14 item 5): the new pledge's dates by default,
 * what the new register carries over, and "Öppna i ny arbetsbok", which hands
 * the preview's workbook (MemoryPort.opened) the register as base64. The test
 * decodes it with the project's reader: the same register as `pledge next`
 * makes from the demo, written here by excelts' browser build.
 */
import assert from "node:assert/strict";
import { MemoryPort } from "../../../src/app/memory-port";
import { makeNextPledge } from "../../../src/app/next-pledge";
import { serialFromIso } from "../../../src/core/date";
import { demoRegister } from "../../../src/demo/demo-register";
import { readWorkbook } from "../../../src/xlsx/read-workbook";
import { renderWorkbook } from "../../../src/xlsx/render-plan";
import type { E2EScenario } from "../context";
import { TODAY } from "../expected";
import { scenario } from "../harness";
import { englishLeaks, pane, showView, swedishLeaks } from "../pane";

const opened = (page: import("playwright-core").Page) =>
  page.evaluate(() => [...((window as unknown as { __openedWorkbooks?: string[] }).__openedWorkbooks ?? [])]);

export const nextPledgeScenarios: E2EScenario[] = [
  scenario(
    "Nästa löfte: default dates after the old pledge, what is carried over, and the register pledge next makes opened in a new workbook",
    async ({ browsers }) => {
      const page = await browsers.open();
      await showView(page, "rapport");
      await page.getByTestId("show-next-pledge").click();
      await page.getByTestId("next-pledge").waitFor();
      assert.equal(await page.getByTestId("next-from").inputValue(), "2026-01-01");
      assert.equal(await page.getByTestId("next-to").inputValue(), "2027-12-31");

      const next = { validFrom: serialFromIso("2026-01-01")!, validTo: serialFromIso("2027-12-31")! };
      const core = await makeNextPledge(new MemoryPort(demoRegister()), { today: serialFromIso(TODAY)!, next });
      await page.getByTestId("next-carried").waitFor({ timeout: 20_000 });
      const carried = await page.getByTestId("next-carried").innerText();
      const { partners, tabs, measures, indicators } = core.counts;
      assert.ok(
        carried.includes(`Följer med: ${partners} parter (${tabs} tomma flikar), ${measures} åtgärder och ${indicators} indikatorer.`),
        carried,
      );
      assert.equal(await page.getByTestId("next-baseline").count(), core.baselines.length);
      const i3 = core.baselines.find((b) => b.id === "I3")!;
      assert.ok(carried.includes(`I3 ${i3.name}: 172 (T3 2025)`), carried);
      assert.ok(carried.includes(`Obs: registret har ${core.errors} fel`), carried);

      // Dates that overlap the old pledge: said in the pane's words, and nothing to open.
      await page.getByTestId("next-from").fill("2025-06-01");
      assert.equal(
        (await page.getByTestId("next-dates-problem").innerText()).trim(),
        "Det nya löftet börjar 2025-06-01, innan det gamla slutar 2025-12-31. Välj en första dag efter 2025-12-31.",
      );
      assert.equal(await page.getByTestId("open-next-pledge").isDisabled(), true);
      await page.getByTestId("next-from").fill("2026-01-01");
      await page.getByTestId("next-dates-problem").waitFor({ state: "detached" });

      const sheetsBefore = await page.getByTestId("generated-sheet").count();
      assert.deepEqual(await opened(page), []);
      await page.getByTestId("open-next-pledge").click();
      await page.getByTestId("next-pledge-done").waitFor({ timeout: 30_000 });
      assert.equal(
        (await page.getByTestId("next-pledge-done").innerText()).trim(),
        "Registret för nästa löfte, 2026-01-01 – 2027-12-31, är öppnat i en ny arbetsbok. Spara det under ett eget namn. Den här arbetsboken är oförändrad.",
      );
      assert.deepEqual(englishLeaks(await pane(page).innerText()), []);

      const all = await opened(page);
      assert.equal(all.length, 1);
      const fromBrowser = await readWorkbook(Buffer.from(all[0]!, "base64"));
      const fromCli = await readWorkbook(await renderWorkbook(core.plans));
      assert.deepEqual(fromBrowser, fromCli);
      // The workbook in the pane: nothing written.
      assert.equal(await page.getByTestId("generated-sheet").count(), sheetsBefore);
    },
  ),

  scenario("Nästa löfte from Start once the pledge has ended, and not before", async ({ browsers }) => {
    // During the pledge (T2 2025): Start offers no next pledge.
    const during = await browsers.open({ today: "2025-06-01" });
    await during.getByTestId("partner-count").waitFor();
    assert.equal(await during.getByTestId("start-next-pledge").count(), 0);

    // TODAY (2026-01-08), the pledge ended 2025-12-31: Start offers it beside the final report that is due.
    const page = await browsers.open();
    const phase = await page.getByTestId("pledge-phase").allInnerTexts();
    assert.ok(phase.some((l) => l.includes("2025-12-31")), phase.join(" | "));
    assert.equal(await page.getByTestId("next-pledge").count(), 0, "the view is not drawn until asked for");
    await page.getByTestId("start-next-pledge").click();
    await page.getByTestId("next-pledge").waitFor({ timeout: 20_000 });
    assert.equal(await page.getByTestId("start-next-pledge").count(), 0, "the entry gives way to the view it opened");
    assert.equal(await page.getByTestId("next-from").inputValue(), "2026-01-01");
    assert.equal(await page.getByTestId("next-to").inputValue(), "2027-12-31");
    await page.getByTestId("next-carried").waitFor({ timeout: 20_000 });
    assert.ok((await page.getByTestId("next-carried").innerText()).includes("Följer med: 20 parter (20 tomma flikar)"));
    await page.getByTestId("open-next-pledge").click();
    await page.getByTestId("next-pledge-done").waitFor({ timeout: 30_000 });
    assert.equal((await opened(page)).length, 1);
    // Still on Start, which says the same as before.
    assert.equal(await page.locator("#start-heading").count(), 1);
  }),

  scenario("Nästa löfte, in English: the pane's words in English", async ({ browsers }) => {
    const page = await browsers.open({ lang: "en" });
    await showView(page, "rapport");
    await page.getByTestId("show-next-pledge").click();
    await page.getByTestId("next-carried").waitFor({ timeout: 20_000 });
    const text = await page.getByTestId("next-pledge").innerText();
    assert.ok(text.includes("Carried over: 20 partners (20 empty tabs), 15 measures and 10 indicators."), text);
    assert.equal((await page.getByTestId("open-next-pledge").innerText()).trim(), "Open in new workbook");
    assert.deepEqual(swedishLeaks(text), []);
  }),
];
