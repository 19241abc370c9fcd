/**
 * The record types of the typed register are derived from the layout: each
 * column's field is a property, typed by the column's kind, its allowed
 * values and whether it is required. `npx tsc` runs over tests too, so the
 * type-level checks and `@ts-expect-error` lines fail the build if the
 * derivation ever loosens; the runtime checks hold the records the register
 * and the demo build to the layout's columns.
 */
import { checkRegister } from "../../../src/core/check-register";
import { serialFromYMD } from "../../../src/core/date";
import type { Period } from "../../../src/core/period";
import {
  AKTIVITETER_TABLE,
  ATGARDER_TABLE,
  columnHeader,
  INDIKATORER_TABLE,
  PARTER_TABLE,
  rowOf,
  UNITS,
  VARDEN_TABLE,
  type ACTIVITY_STATUSES,
  type PARTNER_TYPES,
} from "../../../src/core/register/layout";
import type { Activity, Indicator, IndicatorValue, Measure, Partner, RowRef } from "../../../src/core/register/types";
import { demoRegister } from "../../../src/demo/demo-register";

type Simplify<T> = { [K in keyof T]: T[K] };
type Equal<A, B> = (<T>() => T extends Simplify<A> ? 1 : 2) extends <T>() => T extends Simplify<B> ? 1 : 2 ? true : false;
const same = <T extends true>(): T | undefined => undefined;

describe("record types derived from the layout", () => {
  it("give each column's field its value type", () => {
    same<
      Equal<
        Partner,
        { id: string; name: string; type: (typeof PARTNER_TYPES)[number] | null; tab: string; contact: string | null; ref: RowRef }
      >
    >();
    same<Equal<Indicator["unit"], (typeof UNITS)[number]>>();
    same<Equal<Indicator["baselinePeriod"], Period | null>>();
    same<Equal<Indicator["genderSplit"], boolean>>();
    same<Equal<Measure["involved"], string[]>>();
    same<Equal<Measure["start"], number | null>>();
    same<Equal<Activity["status"], (typeof ACTIVITY_STATUSES)[number]>>();
    same<Equal<Activity["title"], string>>();
    same<Equal<Activity["comment"], string | null>>();
    same<Equal<IndicatorValue["value"], number>>();
    same<Equal<IndicatorValue["period"], Period>>();
    // @ts-expect-error A required id is never null.
    same<Equal<Partner["id"], string | null>>();
    expect(columnHeader(PARTER_TABLE, "tab")).toBe("Flik");
    // @ts-expect-error "frequency" is a field of Indikatorer, not of Parter.
    expect(() => columnHeader(PARTER_TABLE, "frequency")).toThrow();
  });

  it("lay out a row from a cell per field, in the table's order, and refuse a row that lacks one", () => {
    expect(rowOf(PARTER_TABLE, { contact: "a@b.se", tab: "Polisen", type: "Polis", name: "Polisen", id: "POL" })).toEqual([
      "POL",
      "Polisen",
      "Polis",
      "Polisen",
      "a@b.se",
    ]);
    // @ts-expect-error Kontakt (contact) is a column of Parter: a row must give it.
    expect(rowOf(PARTER_TABLE, { id: "POL", name: "Polisen", type: "Polis", tab: "Polisen" })).toHaveLength(5);
  });

  it("are what the register builds: one property per column, named by its field", () => {
    const { register } = checkRegister(demoRegister(), { today: serialFromYMD(2026, 1, 15)! });
    const fields = (spec: { columns: readonly { field: string }[] }) => spec.columns.map((c) => c.field);
    expect(Object.keys(register.partners[0]!)).toEqual([...fields(PARTER_TABLE), "ref"]);
    expect(Object.keys(register.measures[0]!)).toEqual([...fields(ATGARDER_TABLE), "ref"]);
    expect(Object.keys(register.indicators[0]!)).toEqual([...fields(INDIKATORER_TABLE), "ref"]);
    expect(Object.keys(register.values[0]!)).toEqual(["partnerId", ...fields(VARDEN_TABLE), "ref"]);
    expect(Object.keys(register.activities[0]!)).toEqual(["partnerId", ...fields(AKTIVITETER_TABLE), "ref"]);
    // A list is trimmed and there when blank; Könsuppdelad is whether it says Ja.
    expect(register.measures.every((m) => Array.isArray(m.involved) && m.involved.every((id) => id === id.trim()))).toBe(true);
    expect(new Set(register.indicators.map((i) => i.genderSplit))).toEqual(new Set([true, false]));
  });
});
