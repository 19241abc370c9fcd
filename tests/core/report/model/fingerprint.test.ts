import { checkRegister } from "../../../../src/core/check-register";
import { formatTabs, tabSummaries } from "../../../../src/core/report/log/tab-summary";
import { activityFields, dataFingerprint, Hash } from "../../../../src/core/report/model/fingerprint";
import type { ActivityCursor } from "../../../../src/core/register/activity-source";
import { AKTIVITETER_TABLE } from "../../../../src/core/register/layout";
import { demoRegister } from "../../../../src/demo/demo-register";
import type { Register } from "../../../../src/core/register/types";
import { period } from "../../trends/factories";
import { smallRegister } from "../report-fixture";

/** The register's records of every kind, with no optional field left blank, so every field can be changed. */
function filledRegister(): Register {
  const r = smallRegister();
  r.measures[0] = { ...r.measures[0]!, involved: ["POL"], start: 45_500, end: 46_000, indicators: ["I3"] };
  r.indicators[0] = { ...r.indicators[0]!, baselinePeriod: period("T1 2024") };
  r.values[0] = { ...r.values[0]!, women: 90, men: 98, comment: "Preliminär" };
  return r;
}

/** Another value of the same type. */
function changed(value: unknown): unknown {
  if (typeof value === "string") return `${value}x`;
  if (typeof value === "number") return value + 1;
  if (typeof value === "boolean") return !value;
  if (Array.isArray(value)) return [...value, "X"];
  if (value && typeof value === "object" && "year" in value) return { ...value, year: (value as { year: number }).year + 1 };
  throw new Error(`no change for ${JSON.stringify(value)}`);
}

const KINDS = ["partners", "measures", "indicators", "activities", "values"] as const;

/**
 * Fields no report is built from: where reminders go and when they fall due. A new
 * address must not make a report that was sent look as if its data had changed.
 */
const NOT_REPORTED: Record<string, readonly string[]> = { partners: ["contact"], pledge: ["reportDays"] };

describe("the data fingerprint", () => {
  it("is six hex characters and the same on every run", () => {
    const fp = dataFingerprint(smallRegister());
    expect(fp).toMatch(/^[0-9a-f]{6}$/);
    expect(dataFingerprint(smallRegister())).toBe(fp);
  });

  it("changes when any value changes", () => {
    const fp = dataFingerprint(smallRegister());
    const changedValue = smallRegister();
    changedValue.values[0] = { ...changedValue.values[0]!, value: 189 };
    const changedCount = smallRegister();
    changedCount.activities[0] = { ...changedCount.activities[0]!, participants: 1231 };
    const changedName = smallRegister();
    changedName.partners[0] = { ...changedName.partners[0]!, name: "Kommunen" };
    const changedExcluded = { ...smallRegister(), excludedRows: 8 };
    const prints = [changedValue, changedCount, changedName, changedExcluded].map((r) => dataFingerprint(r));
    for (const p of prints) expect(p).not.toBe(fp);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it.each(KINDS)("changes when any field of a row of %s changes, and when it is left blank", (kind) => {
    const fp = dataFingerprint(filledRegister());
    const row = filledRegister()[kind][0]! as unknown as Record<string, unknown>;
    for (const field of Object.keys(row).filter((k) => k !== "ref" && !NOT_REPORTED[kind]?.includes(k))) {
      const blank = Array.isArray(row[field]) ? [[]] : typeof row[field] === "boolean" ? [] : [null];
      for (const other of [changed(row[field]), ...blank]) {
        const r = filledRegister();
        (r[kind] as unknown[])[0] = { ...row, [field]: other };
        expect([field, dataFingerprint(r)]).not.toEqual([field, fp]);
      }
    }
  });

  it("changes when any setting of the pledge changes, and without a pledge", () => {
    const fp = dataFingerprint(filledRegister());
    const pledge = filledRegister().pledge!;
    for (const field of (Object.keys(pledge) as (keyof typeof pledge)[]).filter((k) => !NOT_REPORTED.pledge!.includes(k))) {
      const r = filledRegister();
      r.pledge = { ...pledge, [field]: changed(pledge[field]) };
      expect([field, dataFingerprint(r)]).not.toEqual([field, fp]);
    }
    expect(dataFingerprint({ ...filledRegister(), pledge: null })).not.toBe(fp);
  });

  it("stays the same when only a partner's Kontakt or the pledge's Sista rapportdag changes", () => {
    const fp = dataFingerprint(filledRegister());
    const contact = filledRegister();
    contact.partners[0] = { ...contact.partners[0]!, contact: "trygghet@example.se" };
    const days = filledRegister();
    days.pledge = { ...days.pledge!, reportDays: 21 };
    expect([dataFingerprint(contact), dataFingerprint(days)]).toEqual([fp, fp]);
  });

  it("tells a text from the same text split differently between two fields", () => {
    const a = smallRegister();
    a.activities[0] = { ...a.activities[0]!, title: "Grill", comment: "kväll" };
    const b = smallRegister();
    b.activities[0] = { ...b.activities[0]!, title: "Grillk", comment: "väll" };
    expect(dataFingerprint(a)).not.toBe(dataFingerprint(b));
  });

  it("counts the order of rows (see docs/guarantees.md)", () => {
    const swapped = smallRegister();
    swapped.activities = [swapped.activities[1]!, swapped.activities[0]!, swapped.activities[2]!];
    expect(dataFingerprint(swapped)).not.toBe(dataFingerprint(smallRegister()));
  });

  it("ignores where rows stand on the sheets, so empty rows inserted above change nothing", () => {
    const moved = smallRegister();
    moved.activities = moved.activities.map((a) => ({ ...a, ref: { ...a.ref, row: a.ref.row + 5 } }));
    expect(dataFingerprint(moved)).toBe(dataFingerprint(smallRegister()));
  });

  it("does not care in which order an object's fields were built", () => {
    const reordered = smallRegister();
    reordered.values = reordered.values.map((v) => {
      const { comment, ...rest } = v;
      return { comment, ...rest };
    });
    expect(dataFingerprint(reordered)).toBe(dataFingerprint(smallRegister()));
  });

  it("does not count rows read in all (only the rows used and the rows left out)", () => {
    expect(dataFingerprint({ ...smallRegister(), totalRows: 99 })).toBe(dataFingerprint(smallRegister()));
  });

  it("keeps the demo's fingerprints, the report's and each tab's in the Rapportlogg, as they were when the fields were listed by hand", () => {
    const register = checkRegister(demoRegister(), { today: 45905 }).register;
    expect(dataFingerprint(register)).toBe("3b7679");
    expect(formatTabs(tabSummaries(register), null).split("\n").slice(0, 6)).toEqual([
      "Löfte: 1 [101d3d]",
      "Parter: 20 [e16f30]",
      "Åtgärder: 15 [bc89c9]",
      "Indikatorer: 10 [8ed665]",
      "Kommunen: 33 [3e3537]",
      "Kultur och fritid: 24 [380654]",
    ]);
    expect(formatTabs(tabSummaries(register), null)).toContain("I-huset: 15 [465649]");
  });

  it("reads an activity's fields in the layout's column order (written out for speed, held to the layout here)", () => {
    const read: string[] = [];
    const cursor = new Proxy({} as ActivityCursor, {
      get: (_, name) => () => {
        read.push(String(name));
        return null;
      },
    });
    activityFields(new Hash(), cursor);
    expect(read).toEqual(AKTIVITETER_TABLE.columns.map((c) => c.field));
  });
});
