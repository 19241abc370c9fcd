/**
 * A walk through every view in a state worth looking at: Start, its Nästa löfte
 * (the pledge has ended), Kontroll with
 * findings, Indikatorer, Rapport after making a report, and a partner's view.
 * The accessibility scan and the screenshots both take it.
 */
import type { Page } from "playwright-core";
import type { Browsers } from "./browser";
import { activateSheet, pane, runCheck, showView } from "./pane";
import { PARTNER_TAB } from "./expected";

export type Stop = "start" | "nextPledge" | "kontroll" | "indikatorer" | "rapport" | "partner";

export async function tour(
  browsers: Browsers,
  at: (stop: Stop, page: Page) => Promise<void>,
  options: Parameters<Browsers["open"]>[1] = {},
  setup?: Parameters<Browsers["open"]>[2],
): Promise<void> {
  const page = await browsers.open({}, options, setup);
  await at("start", page);

  // The pledge has ended (TODAY): Start offers Nästa löfte, with what the new register carries over.
  await page.getByTestId("start-next-pledge").click();
  await page.getByTestId("next-carried").waitFor({ timeout: 20_000 });
  await at("nextPledge", page);

  await showView(page, "kontroll");
  await runCheck(page);
  await at("kontroll", page);

  await showView(page, "indikatorer");
  await pane(page).getByTestId("indicator-card").first().waitFor();
  await at("indikatorer", page);

  await showView(page, "rapport");
  await page.getByTestId("make-tertial").click();
  await page.getByTestId("report-done").waitFor({ timeout: 20_000 });
  await at("rapport", page);

  await activateSheet(page, PARTNER_TAB);
  await page.locator(`[data-testid="partner-view"] [data-testid="counts"]`).waitFor();
  await at("partner", page);
}
