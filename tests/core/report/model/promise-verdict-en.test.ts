import { promiseVerdict, type MeasureStatus, type PromiseScope, type VerdictKind } from "../../../../src/core/report/model/promise-verdict";
import { VERDICT_TEXT_EN, promiseVerdictTextEn } from "../../../../src/core/report/model/promise-verdict-en";

// One input per kind: status, activities, of them Genomförd.
const EVERY_KIND: [VerdictKind, MeasureStatus | null, number, number][] = [
  ["done", "Genomförd", 4, 1],
  ["ongoing", "Pågår", 6, 5],
  ["ongoing-none-done", "Pågår", 2, 0],
  ["ongoing-idle", "Pågår", 0, 0],
  ["delayed", "Försenad", 2, 2],
  ["cancelled", "Avbruten", 3, 3],
  ["not-started", "Ej påbörjad", 0, 0],
  ["not-started-active", "Ej påbörjad", 2, 1],
  ["no-status", null, 3, 3],
  ["no-status-idle", null, 0, 0],
];

describe("the promise verdict in English", () => {
  it("has both words for every kind, and the input list covers every kind", () => {
    expect(EVERY_KIND.map(([k]) => k).sort()).toEqual(Object.keys(VERDICT_TEXT_EN).sort());
    for (const scope of ["tertial", "pledge"] as PromiseScope[]) {
      for (const [kind, status, activities, completed] of EVERY_KIND) {
        const sv = promiseVerdict({ status, activities, completed, scope });
        expect(sv.kind).toBe(kind);
        const en = promiseVerdictTextEn(kind, activities, scope);
        expect(sv.text.length).toBeGreaterThan(0);
        expect(en.length).toBeGreaterThan(0);
        expect(en).not.toBe(sv.text);
        expect(en).not.toMatch(/[åäö]/i);
      }
    }
  });

  it.each([
    ["ongoing", 6, "tertial", "Ongoing – 6 activities in the tertial"],
    ["ongoing", 1, "tertial", "Ongoing – 1 activity in the tertial"],
    ["ongoing", 1200, "pledge", "Ongoing – 1,200 activities during the pledge"],
    ["ongoing-none-done", 2, "tertial", "Ongoing – 2 activities in the tertial, none completed"],
    ["ongoing-idle", 0, "pledge", "Ongoing but no activity during the pledge"],
    ["delayed", 0, "tertial", "Delayed"],
    ["delayed", 2, "tertial", "Delayed – 2 activities in the tertial"],
    ["done", 4, "tertial", "Completed"],
    ["cancelled", 3, "pledge", "Cancelled"],
    ["not-started", 0, "tertial", "Not started"],
    ["not-started-active", 2, "tertial", "Not started, but 2 activities in the tertial"],
    ["no-status", 3, "tertial", "Status missing – 3 activities in the tertial"],
    ["no-status-idle", 0, "pledge", "Status missing, no activity during the pledge"],
  ] as [VerdictKind, number, PromiseScope, string][])("%s, %i activities, %s: %s", (kind, n, scope, text) => {
    expect(promiseVerdictTextEn(kind, n, scope)).toBe(text);
  });
});
