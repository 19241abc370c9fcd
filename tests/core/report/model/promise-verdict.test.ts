import { promiseVerdict, type MeasureStatus, type PromiseScope } from "../../../../src/core/report/model/promise-verdict";

type Row = [MeasureStatus | null, number, number, PromiseScope, string, string, string];

// status, activities in the period, of them Genomförd, scope → kind, tone, text
const TABLE: Row[] = [
  ["Genomförd", 0, 0, "tertial", "done", "good", "Genomförd"],
  ["Genomförd", 4, 1, "tertial", "done", "good", "Genomförd"],
  ["Pågår", 6, 5, "tertial", "ongoing", "good", "Pågår – 6 aktiviteter i tertialen"],
  ["Pågår", 1, 1, "tertial", "ongoing", "good", "Pågår – 1 aktivitet i tertialen"],
  ["Pågår", 1200, 3, "pledge", "ongoing", "good", "Pågår – 1 200 aktiviteter under löftet"],
  ["Pågår", 2, 0, "tertial", "ongoing-none-done", "attention", "Pågår – 2 aktiviteter i tertialen, ingen genomförd"],
  ["Pågår", 0, 0, "tertial", "ongoing-idle", "attention", "Pågår men ingen aktivitet i tertialen"],
  ["Pågår", 0, 0, "pledge", "ongoing-idle", "attention", "Pågår men ingen aktivitet under löftet"],
  ["Försenad", 0, 0, "tertial", "delayed", "attention", "Försenad"],
  ["Försenad", 2, 2, "tertial", "delayed", "attention", "Försenad – 2 aktiviteter i tertialen"],
  ["Avbruten", 0, 0, "tertial", "cancelled", "bad", "Avbruten"],
  ["Avbruten", 3, 3, "pledge", "cancelled", "bad", "Avbruten"],
  ["Ej påbörjad", 0, 0, "tertial", "not-started", "neutral", "Ej påbörjad"],
  ["Ej påbörjad", 2, 1, "tertial", "not-started-active", "attention", "Ej påbörjad, men 2 aktiviteter i tertialen"],
  [null, 3, 3, "tertial", "no-status", "neutral", "Status saknas – 3 aktiviteter i tertialen"],
  [null, 0, 0, "pledge", "no-status-idle", "attention", "Status saknas, ingen aktivitet under löftet"],
];

describe("the promise verdict", () => {
  it.each(TABLE)("%s with %i activities (%i done), %s: %s, %s", (status, activities, completed, scope, kind, tone, text) => {
    expect(promiseVerdict({ status, activities, completed, scope })).toEqual({ kind, tone, text });
  });

  it("starts with the safety unit's status word, so the status reads from the verdict alone", () => {
    for (const [status, activities, completed, scope] of TABLE) {
      expect(promiseVerdict({ status, activities, completed, scope }).text.startsWith(status ?? "Status saknas")).toBe(true);
    }
  });
});
