/**
 * axe-core on every view of the pane: no serious or critical violation;
 * the rest are printed. axe is evaluated through the DevTools protocol: an
 * inline <script> (addScriptTag) would rightly be refused by the page's CSP.
 * Tabster's focus-redirecting dummy elements (Fluent's TabList, arrow-key
 * groups) are left out: aria-hidden and focusable on purpose, a known false
 * positive of aria-hidden-focus (microsoft/fluentui#27517, "by design").
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import type { Page } from "playwright-core";
import type { E2EScenario } from "../context";
import { scenario } from "../harness";
import { settle } from "../pane";
import { tour } from "../tour";

const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
  why: string;
}

async function scan(page: Page): Promise<Violation[]> {
  await settle(page);
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: object,
            options: object,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
          }>;
        };
      }
    ).axe;
    const root = document.querySelector('[data-testid="pane"]');
    if (!root) throw new Error("no pane");
    const result = await axe.run({ include: [root], exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(" ")),
      why: (v.nodes[0]?.failureSummary ?? "").replace(/\s+/g, " ").slice(0, 200),
    }));
  });
}

export const accessibilityScenarios: E2EScenario[] = [
  scenario("Accessibility: axe finds no serious or critical violation in any view", async ({ browsers }) => {
    const serious: string[] = [];
    await tour(browsers, async (stop, page) => {
      for (const v of await scan(page)) {
        const line = `${stop}: ${v.impact ?? "?"} ${v.id} (${v.help}) at ${v.nodes.slice(0, 3).join(", ")}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ""}`;
        if (v.impact === "serious" || v.impact === "critical") serious.push(`${line}: ${v.why}`);
        else console.log(`    axe ${line}`);
      }
    });
    assert.deepEqual(serious, []);
  }),
];
