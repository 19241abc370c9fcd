/**
 * The pane on a register that is not the demo (issue 14): a small register for
 * Berga, three partners (one with Kontakt, one without, one that has reported
 * nothing), `Sista rapportdag` 10, a report made for T2 2025, a row typed
 * after it, a report made for T3 2025, the whole written to .xlsx by openpyxl (another program than
 * the add-in: its Rapportlogg carries no marker of ours) and read back with the
 * project's reader. The preview opens THAT workbook (window.__previewRegister),
 * and the Rapportlogg, reminders and Nästa löfte views must show what the core
 * says of it: periods and whether each still matches, who is missing what with
 * a mailto: link to the partner's Kontakt, and what the next register carries over.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeWithOpenpyxl } from "../../../scripts/bench/openpyxl-file";
import { MemoryPort } from "../../../src/app/memory-port";
import { planNextPledge } from "../../../src/app/next-pledge";
import { makeReminders } from "../../../src/app/reminders";
import { makeTertialReport } from "../../../src/app/report";
import { readReportLogStatus } from "../../../src/app/report-log";
import type { Cell, WorkbookGrids } from "../../../src/core/cell";
import { serialFromIso } from "../../../src/core/date";
import { longDateSv } from "../../../src/core/swedish-format";
import { readWorkbook } from "../../../src/xlsx/read-workbook";
import { sv } from "../../../src/taskpane/strings";
import { baseGrids, d, withRow } from "../../support/register-builder";
import type { E2EScenario } from "../context";
import { TODAY } from "../expected";
import { scenario } from "../harness";
import { englishLeaks, pane, showView } from "../pane";

const T2 = { kind: "tertial", year: 2025, tertial: 2 } as const;
const T3 = { kind: "tertial", year: 2025, tertial: 3 } as const;
const NOW = new Date(`${TODAY}T10:00:00+01:00`);

/** A partner tab row: activities A–I, a gap, values K–P left blank (the builder's layout, headers on row 3). */
const activity = (date: number, measure: string, title: string): Cell[] => [
  ...[date, measure, title, "Genomförd", 1, 12, 7, 5, null],
  ...Array<Cell>(7).fill(null),
];

/** The register as the safety unit keeps it, reports made and a row typed after the T3 report; written by openpyxl, read back. */
async function bergaRegister(): Promise<WorkbookGrids> {
  let g = baseGrids();
  g.sheets = g.sheets.map((s) => {
    if (s.name === "Löfte")
      return {
        ...s,
        values: s.values
          .map((r) => (r[0] === "Namn" ? ["Namn", "Medborgarlöfte för Berga 2024–2025"] : r))
          .concat([["Sista rapportdag", 10]]),
      };
    if (s.name === "Parter")
      return {
        ...s,
        values: [
          [...s.values[0]!],
          ["POL", "Polisen", "Polis", "Polisen", "berga.polis@example.se"],
          ["STG", "Stångåstaden", "Fastighetsägare", "Stångåstaden", null],
          ["IFK", "IFK Berga", "Idrott och fritid", "IFK Berga", "kansliet@ifkberga.example"],
        ],
      };
    return s;
  });
  g.sheets.push({ name: "IFK Berga", values: [] });
  // Stångåstaden worked in T3 2025 too; Polisen and IFK Berga did not.
  g = withRow(g, "Stångåstaden", activity(d(2025, 10, 7), "Å1", "Trygghetsvandring i Berga centrum"));
  const port = new MemoryPort(g);
  await makeTertialReport(port, { tertial: T2, now: NOW });
  // A row dated in T2, typed after the T2 report: T2's report no longer matches; T3's, made after and built from no T2 activity, does.
  const afterT2 = withRow(await port.readAll(), "Polisen", activity(d(2025, 6, 20), "Å2", "Dialogmöte i Berga"));
  const port2 = new MemoryPort(afterT2);
  await makeTertialReport(port2, { tertial: T3, now: NOW });
  const made = await port2.readAll();
  // Only the Rapportlogg of what the add-in wrote goes on: the other program writes the register and its log.
  const typed = { sheets: made.sheets.filter((s) => !/^(Rapport T|Kontroll)/.test(s.name)).map(({ name, values }) => ({ name, values })) };
  const dir = mkdtempSync(join(tmpdir(), "berga-"));
  try {
    const file = join(dir, "berga.xlsx");
    writeWithOpenpyxl(typed, file);
    const { readFileSync } = await import("node:fs");
    return await readWorkbook(readFileSync(file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const typedRegisterScenarios: E2EScenario[] = [
  scenario(
    "A register written by openpyxl, not the demo: its Rapportlogg, reminders with mailto: links and Nästa löfte, as the core says",
    async ({ browsers }) => {
      const grids = await bergaRegister();
      const today = serialFromIso(TODAY)!;
      const memory = () => new MemoryPort(grids);
      const log = (await readReportLogStatus(memory(), { today })).log;
      const reminders = (await makeReminders(memory(), { today, tertial: T3 }))!;
      const next = await planNextPledge(memory(), {
        today,
        next: { validFrom: serialFromIso("2026-01-01")!, validTo: serialFromIso("2027-12-31")! },
      });
      // What the register is made to hold, so the checks below say something.
      assert.ok(log, "the log written by openpyxl is read");
      assert.deepEqual(
        log.periods.map((p) => [p.period, p.change === null]),
        [
          ["T2 2025", false],
          ["T3 2025", true],
        ],
      );
      assert.deepEqual(
        reminders.reminders.map((r) => [r.partner, r.contact, r.missingActivities]),
        [
          ["POL", "berga.polis@example.se", true],
          ["STG", null, false],
          ["IFK", "kansliet@ifkberga.example", true],
        ],
      );

      const page = await browsers.open({}, { viewport: { width: 350, height: 900 } }, async (ctx) => {
        await ctx.addInitScript({ content: `window.__previewRegister = ${JSON.stringify(grids)};` });
      });
      assert.equal((await page.getByTestId("pledge-name").innerText()).trim(), "Medborgarlöfte för Berga 2024–2025");
      assert.equal((await page.getByTestId("partner-count").innerText()).trim(), sv.partnerCount(3));

      await showView(page, "rapport");
      // The log: each period, whether its report still matches, every version.
      await page.getByTestId("log-period").first().waitFor({ timeout: 20_000 });
      const periods = page.getByTestId("log-period");
      assert.deepEqual(
        await periods.evaluateAll((els) => els.map((el) => [el.getAttribute("data-period"), el.getAttribute("data-matches")])),
        log.periods.map((p) => [p.period, p.change ? "false" : "true"]),
      );
      for (const [i, p] of log.periods.entries()) {
        const item = periods.nth(i);
        assert.equal(await item.getByTestId("log-version").count(), p.versions.length);
        const status = (await item.getByTestId("log-status").innerText()).replace(/^[✓!]\s*/, "").trim();
        assert.equal(status, p.change ? sv.logChanged(p.change.previous.created, p.change.tabs) : sv.logMatches);
      }
      assert.ok((await periods.nth(0).getByTestId("log-status").innerText()).includes("Polisen"), "the changed tab is named");

      // Reminders for T3 2025 (the tertial Rapport offers): the partners, the due day, the mailto: links.
      await page.getByTestId("show-reminders").click();
      await page.getByTestId("reminder").first().waitFor({ timeout: 20_000 });
      const items = page.getByTestId("reminder");
      assert.deepEqual(
        await items.evaluateAll((els) => els.map((el) => el.getAttribute("data-partner"))),
        reminders.reminders.map((r) => r.partner),
      );
      const due = (await page.getByTestId("reminders-status").innerText()).trim();
      assert.ok(due.includes(longDateSv(reminders.due)), due);
      assert.equal(reminders.due, serialFromIso("2026-01-10"), "Sista rapportdag 10 after 2025-12-31");
      for (const [i, r] of reminders.reminders.entries()) {
        const item = items.nth(i);
        assert.equal((await item.locator("h4").innerText()).trim(), r.name);
        const mail = item.getByTestId("reminder-mailto");
        if (r.contact) {
          const url = new URL((await mail.getAttribute("href")) ?? "");
          assert.equal(url.protocol, "mailto:");
          assert.equal(decodeURIComponent(url.pathname), r.contact);
          assert.equal(url.searchParams.get("body")?.replace(/\r\n/g, "\n"), r.text);
        } else {
          assert.equal(await mail.count(), 0);
          await item.getByTestId("reminder-no-contact").waitFor();
        }
      }

      // Nästa löfte: what this register carries over.
      await page.getByTestId("show-next-pledge").click();
      await page.getByTestId("next-carried").waitFor({ timeout: 20_000 });
      const carried = await page.getByTestId("next-carried").innerText();
      assert.ok(carried.includes(sv.nextPledge.carried(next.counts)), carried);
      assert.deepEqual(next.counts, { partners: 3, tabs: 3, measures: 2, indicators: 3 });
      assert.equal(await page.getByTestId("next-baseline").count(), next.baselines.length);
      assert.deepEqual(englishLeaks(await pane(page).innerText()), []);
    },
  ),
];
