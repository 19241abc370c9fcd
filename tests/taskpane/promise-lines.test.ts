/**
 * Promises kept as the pane words them (`promise-lines.ts`): the rows are the core's
 * `promisesKept` (tests/core/report/model/promises-kept.test.ts); here only their words,
 * in Swedish (the core's own verdict text) and in English (the core's English words).
 */
import { promisesKept } from "../../src/core/report/model/promises-kept";
import { promiseVerdictTextEn } from "../../src/core/report/model/promise-verdict-en";
import { promiseLines } from "../../src/taskpane/promise-lines";
import { sv } from "../../src/taskpane/strings";
import { en } from "../../src/taskpane/strings-en";
import { tertial } from "../core/trends/factories";
import { promisesRegister } from "../core/report/report-fixture";

const rows = promisesKept(promisesRegister(), tertial("T2 2025"));

describe("promise lines in the Swedish pane", () => {
  const lines = rows.map((r) => promiseLines(r, sv));

  it("shows the core's verdict and tone, measure by measure", () => {
    expect(lines.map((l) => [l.id, l.verdict, l.tone])).toEqual(rows.map((r) => [r.id, r.verdict.text, r.verdict.tone]));
    expect(lines[0]).toMatchObject({ title: "Å1 " + promisesRegister().measures[0]!.title, verdict: "Pågår – 2 aktiviteter i tertialen" });
  });

  it("puts the status (the verdict begins with it) and who is responsible beside what was done in the tertial", () => {
    expect(lines.map((l) => l.status)).toEqual(rows.map((r) => r.status));
    expect(lines.every((l, i) => l.verdict.startsWith(rows[i]!.status!))).toBe(true);
    expect(lines[0]!.responsible).toBe(`Ansvarig: ${rows[0]!.responsible}`);
    expect(lines[0]!.done).toBe("2 aktiviteter (1 genomförd) · 3 tillfällen · 25 deltagare");
    expect(lines[1]!.done).toBe("Ingen aktivitet under tertialen.");
  });

  it("names the indicators the measure should move with their status words, and says when there are none", () => {
    expect(lines[0]!.indicators).toBe("Ska påverka: Anmälda brott (Enligt plan); Otrygga ute sent (Mål saknas)");
    expect(lines[1]!.indicators).toBe("Ska påverka: I9 (utan värde i beräkningen)");
    expect(lines[2]!.indicators).toBe("Ska påverka: inga indikatorer angivna.");
  });
});

describe("promise lines in the English pane", () => {
  const lines = rows.map((r) => promiseLines(r, en));

  it("gives each verdict in the core's English words for the same kind", () => {
    expect(lines.map((l) => l.verdict)).toEqual(rows.map((r) => promiseVerdictTextEn(r.verdict.kind, r.figures.activities, "tertial")));
    expect(lines.map((l) => l.verdict)).toEqual([
      "Ongoing – 2 activities in the tertial",
      "Ongoing but no activity in the tertial",
      "Completed",
      "Cancelled",
    ]);
  });

  it("words status, figures and indicator statuses in English, leaving the register's names as typed", () => {
    expect(lines[0]!.responsible).toBe(`Responsible: ${rows[0]!.responsible}`);
    expect(lines[0]!.done).toBe("2 activities (1 completed) · 3 occasions · 25 participants");
    expect(lines[0]!.indicators).toBe("Should move: Anmälda brott (On track); Otrygga ute sent (No target)");
    expect(lines[1]!.indicators).toBe("Should move: I9 (not in the figures)");
  });

  it("says 'No baseline' where the Swedish pane says 'Utgång saknas'", () => {
    const row = {
      ...rows[0]!,
      indicators: [{ id: "I2", name: "Otrygga ute sent", status: "no-target" as const, statusWord: "Utgång saknas" }],
    };
    expect(promiseLines(row, sv).indicators).toBe("Ska påverka: Otrygga ute sent (Utgång saknas)");
    expect(promiseLines(row, en).indicators).toBe("Should move: Otrygga ute sent (No baseline)");
  });
});

describe("promise lines over the whole pledge (the pane's choice beside the tertial)", () => {
  const whole = promisesKept(promisesRegister(), "pledge");
  const svLines = whole.map((r) => promiseLines(r, sv, "pledge"));
  const enLines = whole.map((r) => promiseLines(r, en, "pledge"));

  it("are the core's pledge rows, the Slutrapport's, worded for the pledge in both languages", () => {
    expect(svLines.map((l) => [l.id, l.verdict, l.tone])).toEqual(whole.map((r) => [r.id, r.verdict.text, r.verdict.tone]));
    expect(enLines.map((l) => l.verdict)).toEqual(whole.map((r) => promiseVerdictTextEn(r.verdict.kind, r.figures.activities, "pledge")));
    expect(enLines.some((l) => /during the pledge/.test(l.verdict))).toBe(true);
    expect(enLines.every((l) => !/in the tertial/.test(l.verdict + l.done))).toBe(true);
    expect(svLines.every((l) => !/tertialen/.test(l.verdict + l.done))).toBe(true);
  });

  it("count what was done over every tertial of the pledge, at least what the one tertial counts", () => {
    whole.forEach((r, i) => {
      expect(r.id).toBe(rows[i]!.id);
      expect(r.figures.activities).toBeGreaterThanOrEqual(rows[i]!.figures.activities);
    });
    // Å2 had nothing in T2 2025 but an activity earlier in the pledge; Å4 (Avbruten) had none at all.
    expect(svLines.map((l) => l.verdict)).toEqual([
      "Pågår – 2 aktiviteter under löftet",
      "Pågår – 1 aktivitet under löftet",
      "Genomförd",
      "Avbruten",
    ]);
    expect(rows[1]!.figures.activities).toBe(0);
    expect(svLines[3]!.done).toBe("Ingen aktivitet under löftet.");
    expect(enLines[3]!.done).toBe("No activity during the pledge.");
    expect(svLines[1]!.done).toMatch(/^1 aktivitet /);
  });
});
