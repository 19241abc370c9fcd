/** Indikatorer: one card per indicator of the register, for the latest ended tertial. */
import assert from "node:assert/strict";
import type { E2EScenario } from "../context";
import { ENDED_TERTIAL } from "../expected";
import { scenario } from "../harness";
import { englishLeaks, pane, showView } from "../pane";
import { sv } from "../../../src/taskpane/strings";
import { parsePeriod } from "../../../src/core/period";
import { leftOutText } from "../../../src/core/report/model/trend-words";
import { computeTrends } from "../../../src/core/trends/trends";
import { statusWordIn } from "../../../src/core/trends/status-words";

export const indikatorerScenarios: E2EScenario[] = [
  scenario("Indikatorer shows one card per indicator, each with a status", async ({ browsers, expected }) => {
    const page = await browsers.open();
    await showView(page, "indikatorer");
    const cards = pane(page).getByTestId("indicator-card");
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="indicator-card"]').length === n, expected.indicatorCount);
    assert.deepEqual(
      await cards.evaluateAll((els) => els.map((e) => e.getAttribute("data-indicator"))),
      expected.check.register.indicators.map((i) => i.id),
    );
    assert.ok((await pane(page).getByRole("heading", { level: 2 }).innerText()).includes(`Indikatorer ${ENDED_TERTIAL}`));
    const statuses = await cards.getByTestId("status").allInnerTexts();
    const known = new Set([...Object.values(sv.status), sv.noBaseline]);
    assert.deepEqual(
      statuses.filter((s) => !known.has(s.trim())),
      [],
      "every card's status is one of the status words",
    );
    // A target without a baseline cannot be judged: the card says the baseline is missing, not the target.
    const indicators = expected.check.register.indicators;
    const noBaseline = indicators.flatMap((ind, i) => (ind.baseline === null && ind.target !== null ? [i] : []));
    assert.ok(noBaseline.length > 0, "the demo register has an indicator with a target and no baseline");
    for (const i of noBaseline) assert.equal(statuses[i]!.trim(), sv.noBaseline, `card ${indicators[i]!.id}`);
    for (const [i, ind] of expected.check.register.indicators.entries()) {
      assert.ok((await cards.nth(i).innerText()).includes(ind.name), `card ${ind.id} names ${ind.name}`);
    }
    assert.deepEqual(englishLeaks(await pane(page).innerText()), []);
  }),

  scenario(
    "Indikatorer after the pledge: verdicts, not forecasts, and a value left out by an error marked as the reports mark it",
    async ({ browsers, expected }) => {
      const page = await browsers.open();
      await showView(page, "indikatorer");
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="indicator-card"]').length === n, expected.indicatorCount);
      const tertial = parsePeriod(ENDED_TERTIAL);
      assert.ok(tertial?.kind === "tertial");
      const trends = computeTrends(expected.check.register, tertial).indicators;
      const forecasts = new Set(["on-track", "at-risk", "off-track"]);
      assert.deepEqual(
        trends.filter((t) => forecasts.has(t.status)).map((t) => t.id),
        [],
        "the core gives verdicts at the pledge's end",
      );
      assert.ok(
        trends.some((t) => t.leftOut.length > 0),
        "the demo has a value left out by an error",
      );
      const cards = pane(page).getByTestId("indicator-card");
      for (const [i, t] of trends.entries()) {
        const card = cards.nth(i);
        assert.equal(
          (await card.getByTestId("status").innerText()).trim(),
          statusWordIn("sv", t.status, t.baseline, t.target),
          `status of ${t.id}`,
        );
        const mark = card.getByTestId("left-out");
        if (t.leftOut.length === 0) assert.equal(await mark.count(), 0, `no left-out mark on ${t.id}`);
        else assert.equal((await mark.innerText()).trim(), leftOutText(t.leftOut), `left-out mark on ${t.id}`);
      }
      assert.ok(
        (await pane(page).innerText()).includes("utelämnat, fel på fliken"),
        "the mark reads as the reports' ('2025: utelämnat, fel på fliken Polisen')",
      );
    },
  ),
];
