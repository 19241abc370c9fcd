/** Start: the pane opens on what the workbook holds. */
import assert from "node:assert/strict";
import { isoFromSerial } from "../../../src/core/date";
import { periodLabel } from "../../../src/core/period";
import type { E2EScenario } from "../context";
import { scenario } from "../harness";
import { badgeCounts, englishLeaks, pane } from "../pane";

export const startScenarios: E2EScenario[] = [
  scenario("Start shows the pledge's name, period, partner count and current tertial", async ({ browsers, expected }) => {
    const page = await browsers.open();
    const { pledge, partners } = expected.check.register;
    assert.ok(pledge && expected.check.tertial, "the demo register has a pledge");
    assert.equal((await page.getByTestId("pledge-name").innerText()).trim(), pledge.name);
    const text = await pane(page).innerText();
    assert.ok(
      text.includes(`Gäller ${isoFromSerial(pledge.validFrom)} – ${isoFromSerial(pledge.validTo)}`),
      `validity missing in:\n${text}`,
    );
    assert.equal((await page.getByTestId("partner-count").innerText()).trim(), `${partners.length} parter`);
    assert.ok(text.includes(`Pågående tertial: ${periodLabel(expected.check.tertial)}`), `current tertial missing in:\n${text}`);
    assert.deepEqual(await badgeCounts(pane(page)), { ...expected.check.counts });
    assert.ok(await page.getByTestId("tab-kontroll").isEnabled(), "the Kontroll tab can be chosen");
    assert.deepEqual(englishLeaks(text), [], "Swedish pane shows English text");
  }),
];
