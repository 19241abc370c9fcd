import { serialFromIso } from "../../src/core/date";
import { pledgePhase } from "../../src/core/pledge-calendar";
import { pledgePhaseLines } from "../../src/taskpane/pledge-phase";
import { sv } from "../../src/taskpane/strings";
import { en } from "../../src/taskpane/strings-en";

const day = (iso: string) => serialFromIso(iso)!;
// Skäggetorp's pledge: 2024-08-01 to 2025-12-31, tertials T2 2024 … T3 2025. The phase itself: tests/core/pledge-calendar.test.ts.
const pledge = { validFrom: day("2024-08-01"), validTo: day("2025-12-31") };

describe("pledgePhaseLines: where today stands against the pledge, in the Start view", () => {
  it("before the pledge starts, gives its first day (not a tertial)", () => {
    expect(pledgePhaseLines(pledgePhase(pledge, day("2024-07-31")), sv)).toEqual(["Löftet börjar 2024-08-01"]);
  });

  it("during the pledge, gives the tertial that holds today", () => {
    expect(pledgePhaseLines(pledgePhase(pledge, day("2025-06-10")), sv)).toEqual(["Pågående tertial: T2 2025"]);
    expect(pledgePhaseLines(pledgePhase(pledge, day("2025-09-05")), sv)).toEqual(["Pågående tertial: T3 2025"]);
  });

  it("after the pledge, says until when it ran, its last tertial and that the final report is due", () => {
    expect(pledgePhaseLines(pledgePhase(pledge, day("2026-01-08")), sv)).toEqual([
      "Löftet gällde till 2025-12-31 · senaste tertial T3 2025",
      "Dags för slutrapporten: Rapport → Skapa slutrapport.",
    ]);
  });

  it("says the same in English", () => {
    expect(pledgePhaseLines(pledgePhase(pledge, day("2024-06-15")), en)).toEqual(["The pledge starts 2024-08-01"]);
    expect(pledgePhaseLines(pledgePhase(pledge, day("2025-06-10")), en)).toEqual(["Current tertial: T2 2025"]);
    expect(pledgePhaseLines(pledgePhase(pledge, day("2026-01-08")), en)).toEqual([
      "The pledge ran until 2025-12-31 · latest tertial T3 2025",
      "Time for the final report: Report → Create final report.",
    ]);
  });
});
