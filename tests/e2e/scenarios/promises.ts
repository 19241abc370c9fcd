/**
 * Promises kept in Rapport: for the chosen tertial, one item per measure with the
 * core's verdict, its status, what was done and the indicators it should move,
 * checked against the core's `promisesKept` on the same register (worded by the
 * pane's `promiseLines`, whose words tests/taskpane/promise-lines.test.ts checks).
 */
import assert from "node:assert/strict";
import path from "node:path";
import type { Page } from "playwright-core";
import type { E2EScenario } from "../context";
import { ENDED_TERTIAL } from "../expected";
import { ROOT } from "../build-preview";
import { scenario } from "../harness";
import { englishLeaks, pane, settle, showView, swedishLeaks } from "../pane";
import { parsePeriod, type TertialPeriod } from "../../../src/core/period";
import type { Register } from "../../../src/core/register/types";
import { promisesKept } from "../../../src/core/report/model/promises-kept";
import { promiseLines } from "../../../src/taskpane/promise-lines";
import { sv } from "../../../src/taskpane/strings";
import { en } from "../../../src/taskpane/strings-en";

const tertialOf = (label: string) => parsePeriod(label) as TertialPeriod;

interface Shown {
  measure: string;
  tone: string;
  title: string;
  verdict: string;
  responsible: string;
  done: string;
  indicators: string;
}

async function shownPromises(page: Page): Promise<Shown[]> {
  // No named functions inside: the browser has no tsx helpers (__name).
  const rows = await page
    .getByTestId("promise")
    .evaluateAll((els) =>
      els.map((el) => [
        el.getAttribute("data-measure") ?? "",
        el.getAttribute("data-tone") ?? "",
        el.querySelector("h4")?.textContent ?? "",
        ...["promise-verdict", "promise-responsible", "promise-done", "promise-indicators"].map(
          (id) => el.querySelector(`[data-testid="${id}"]`)?.textContent ?? "",
        ),
      ]),
    );
  return rows.map(([measure, tone, title, verdict, responsible, done, indicators]) => ({
    measure: measure!,
    tone: tone!,
    title: title!.trim(),
    // The mark before the verdict is decoration (aria-hidden): the words are compared.
    verdict: verdict!.trim().replace(/^[✓!✗–]\s*/, ""),
    responsible: responsible!.trim(),
    done: done!.trim(),
    indicators: indicators!.trim(),
  }));
}

function wanted(register: Register, label: string, strings: typeof sv): Shown[] {
  const pledge = label === "pledge";
  return promisesKept(register, pledge ? "pledge" : tertialOf(label)).map((row) => {
    const l = promiseLines(row, strings, pledge ? "pledge" : "tertial");
    return {
      measure: l.id,
      tone: l.tone,
      title: l.title,
      verdict: l.verdict,
      responsible: l.responsible,
      done: l.done,
      indicators: l.indicators,
    };
  });
}

async function waitForTertial(page: Page, label: string): Promise<void> {
  await page.locator(`[data-testid="promises"][data-tertial="${label}"] [data-testid="promise"]`).first().waitFor();
}

export const promisesScenarios: E2EScenario[] = [
  scenario(
    "Promises kept: every measure's verdict, status, what was done and its indicators, for the chosen tertial",
    async ({ browsers, expected }) => {
      const page = await browsers.open();
      await showView(page, "rapport");
      await waitForTertial(page, ENDED_TERTIAL);
      const register = expected.check.register;
      const want = wanted(register, ENDED_TERTIAL, sv);
      assert.equal(want.length, register.measures.length);
      assert.deepEqual(await shownPromises(page), want);
      assert.deepEqual(
        await page.getByTestId("promise").evaluateAll((els) => els.map((el) => el.getAttribute("data-status"))),
        register.measures.map((m) => m.status ?? ""),
      );
      // The demo has measures of more than one tone, and some work done in the tertial.
      assert.ok(new Set(want.map((w) => w.tone)).size >= 2, "the demo's verdicts differ in tone");
      assert.ok(
        want.some((w) => /tillfällen/.test(w.done)),
        "some measure had activities in the tertial",
      );
      const heading = (await pane(page).getByTestId("promises").locator("h3").innerText()).trim();
      assert.equal(heading, sv.promisesHeading(ENDED_TERTIAL));
      // The indicators are named, never only coded, where the register names them.
      const named = register.indicators.filter((i) => register.measures.some((m) => m.indicators.includes(i.id)));
      const text = await pane(page).getByTestId("promises").innerText();
      for (const i of named) assert.ok(text.includes(i.name), `the indicator ${i.id} is named (${i.name})`);
      assert.deepEqual(englishLeaks(text), []);

      // A picture of the section, to look at (out/, not docs/screenshots).
      await settle(page);
      await page.getByTestId("promises").screenshot({ path: path.join(ROOT, "out", "e2e-promises.png"), animations: "disabled" });

      // Another tertial: the list follows the dropdown.
      await page.getByTestId("tertial").click();
      await page.getByRole("option", { name: "T1 2025" }).click();
      await waitForTertial(page, "T1 2025");
      assert.deepEqual(await shownPromises(page), wanted(register, "T1 2025", sv));
    },
  ),

  scenario(
    "Promises kept over the whole pledge: the choice beside the tertial shows the Slutrapport's rows, and back",
    async ({ browsers, expected }) => {
      const page = await browsers.open();
      await showView(page, "rapport");
      await waitForTertial(page, ENDED_TERTIAL);
      const register = expected.check.register;
      assert.equal(await page.getByTestId("promises-scope-tertial").isChecked(), true);
      await page.getByTestId("promises-scope-pledge").check();
      await page.locator('[data-testid="promises"][data-scope="pledge"] [data-testid="promise"]').first().waitFor();
      const whole = wanted(register, "pledge", sv);
      assert.deepEqual(await shownPromises(page), whole);
      // Over the pledge, more was done than in its last tertial, and no line speaks of "the tertial".
      const doneIn = (rows: Shown[]) => rows.filter((w) => /tillfällen/.test(w.done)).length;
      assert.ok(doneIn(whole) >= doneIn(wanted(register, ENDED_TERTIAL, sv)));
      const text = await page.getByTestId("promises").innerText();
      assert.ok(text.includes(sv.promisesHeadingPledge), text.slice(0, 200));
      assert.ok(text.includes("2024-08-01 – 2025-12-31"), "the intro names the pledge's dates");
      assert.ok(!/tertialen/.test(whole.map((w) => w.verdict + w.done).join(" ")));
      assert.deepEqual(englishLeaks(text), []);
      // Back to the tertial: its rows again.
      await page.getByTestId("promises-scope-tertial").check();
      await waitForTertial(page, ENDED_TERTIAL);
      assert.deepEqual(await shownPromises(page), wanted(register, ENDED_TERTIAL, sv));
    },
  ),

  scenario(
    "Promises kept, in English: the verdicts in the core's English words, the register's names as typed",
    async ({ browsers, expected }) => {
      const page = await browsers.open({ lang: "en" });
      await showView(page, "rapport");
      await waitForTertial(page, ENDED_TERTIAL);
      assert.deepEqual(await shownPromises(page), wanted(expected.check.register, ENDED_TERTIAL, en));
      assert.deepEqual(swedishLeaks(await page.getByTestId("promises").innerText()), []);
    },
  ),
];
