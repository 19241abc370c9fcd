import { parseA1 } from "../../src/core/address";
import type { Cell } from "../../src/core/cell";
import { serialFromYMD } from "../../src/core/date";
import { parsePeriod, periodLabel } from "../../src/core/period";
import {
  AKTIVITETER_TABLE,
  ATGARDER_TABLE,
  FOCUS_AREAS,
  INDIKATORER_TABLE,
  PARTER_TABLE,
  PARTNER_TYPES,
  VARDEN_TABLE,
} from "../../src/core/register/layout";
import { demoRegister } from "../../src/demo/demo-register";
import { PLANTED_FAULTS } from "../../src/demo/planted-faults";
import { checkDemo, ids, records, sheet } from "./demo-rules";

const wb = demoRegister();
const partners = records(sheet(wb, "Parter"));
const measures = records(sheet(wb, "Åtgärder"));
const indicators = records(sheet(wb, "Indikatorer"));
const headers = (spec: { columns: readonly { header: string }[] }): string[] => spec.columns.map((c) => c.header);
const PLEDGE_TERTIALS = ["T2 2024", "T3 2024", "T1 2025", "T2 2025", "T3 2025"];

/** Data rows of one table on a partner tab, without the padding rows. */
function tableRows(tab: string, left: number, width: number): Cell[][] {
  return sheet(wb, tab)
    .values.slice(5)
    .map((r) => r.slice(left, left + width))
    .filter((r) => r.some((c) => c !== null));
}
const activityRows = (tab: string): Cell[][] => tableRows(tab, 0, 9);
const valueRows = (tab: string): Cell[][] => tableRows(tab, 10, 6);

function cellAt(sheetName: string, address: string): Cell {
  const { row, col } = parseA1(address);
  return sheet(wb, sheetName).values[row]?.[col] ?? null;
}

describe("demoRegister", () => {
  it("gives the same workbook on every call", () => {
    expect(demoRegister()).toEqual(wb);
    expect(JSON.stringify(demoRegister())).toBe(JSON.stringify(wb));
  });

  it("has the master sheets first, then one tab per partner in Parter's order", () => {
    expect(wb.sheets.map((s) => s.name)).toEqual(["Löfte", "Parter", "Åtgärder", "Indikatorer", ...partners.map((p) => p["Flik"])]);
  });

  it("writes the pledge's settings as Fält/Värde rows with dates as serials", () => {
    const rows = sheet(wb, "Löfte").values;
    expect(rows[0]).toEqual(["Fält", "Värde"]);
    const settings = Object.fromEntries(rows.slice(1).map((r) => [r[0], r[1]]));
    expect(settings).toEqual({
      Namn: "Lokalt medborgarlöfte för Skäggetorp 2024–2025",
      Område: "Skäggetorp",
      Kommun: "Linköpings kommun",
      Diarienummer: "KS 2024-498",
      "Giltig från": serialFromYMD(2024, 8, 1),
      "Giltig till": serialFromYMD(2025, 12, 31),
      "Rapporteras till": "Trygghetsrådet",
    });
  });

  it("puts the master tables' headers in row 1 from A1, exactly as layout.ts declares them", () => {
    expect(sheet(wb, "Parter").values[0]).toEqual(headers(PARTER_TABLE));
    expect(sheet(wb, "Åtgärder").values[0]).toEqual(headers(ATGARDER_TABLE));
    expect(sheet(wb, "Indikatorer").values[0]).toEqual(headers(INDIKATORER_TABLE));
  });

  it("lays out every partner tab as the template does: title, what it reports, headings, help, headers in A5:I5 and K5:P5", () => {
    for (const p of partners) {
      const v = sheet(wb, String(p["Flik"])).values;
      const pid = String(p["Part-ID"]).toLowerCase();
      expect(v[0]?.[0]).toBe(`Aktiviteter och indikatorvärden – ${String(p["Namn"])}`);
      // Its measures (Ansvarig or Medverkande) and indicators (Källa), by name, in the sheets' order.
      const own = measures.filter((m) => ids(m["Ansvarig"] ?? null).includes(pid) || ids(m["Medverkande"] ?? null).includes(pid));
      for (const m of own) expect(v[1]?.[0]).toContain(`${String(m["Åtgärd-ID"])} – ${String(m["Åtgärd"])} (`);
      expect((String(v[1]?.[0]).match(/ – /g) ?? []).length).toBe(own.length);
      const sourced = indicators.filter((i) => ids(i["Källa"] ?? null).includes(pid));
      if (sourced.length === 0) expect(v[1]?.[10]).toMatch(/^Era indikatorer: ni är inte källa för någon indikator/);
      for (const i of sourced) expect(v[1]?.[10]).toContain(`${String(i["Indikator-ID"])} – ${String(i["Indikator"])}`);
      expect([v[2]?.[0], v[2]?.[10]]).toEqual(["Aktiviteter", "Indikatorvärden"]);
      expect(v[3]?.[0]).toMatch(/Tillfällen: hur många gånger aktiviteten hölls\. Deltagare: hur många som var med/);
      expect(v[4]?.slice(0, 9)).toEqual(headers(AKTIVITETER_TABLE));
      expect(v[4]?.[9]).toBeNull();
      expect(v[4]?.slice(10, 16)).toEqual(headers(VARDEN_TABLE));
    }
  });

  it("keeps every grid rectangular", () => {
    for (const s of wb.sheets) {
      const width = s.values[0]?.length ?? 0;
      expect(width).toBeGreaterThan(0);
      for (const r of s.values) expect(r).toHaveLength(width);
    }
  });

  it("has about twenty partners with valid types and tab names Excel accepts", () => {
    expect(partners.length).toBeGreaterThanOrEqual(18);
    expect(partners.length).toBeLessThanOrEqual(22);
    for (const p of partners) {
      expect(PARTNER_TYPES).toContain(p["Typ"]);
      const tab = String(p["Flik"]);
      expect(tab.length).toBeLessThanOrEqual(31);
      expect(tab).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  it("has 12–16 measures over all four focus areas and 8–12 indicators", () => {
    expect(measures.length).toBeGreaterThanOrEqual(12);
    expect(measures.length).toBeLessThanOrEqual(16);
    expect(new Set(measures.map((m) => m["Fokusområde"]))).toEqual(new Set(FOCUS_AREAS));
    expect(indicators.length).toBeGreaterThanOrEqual(8);
    expect(indicators.length).toBeLessThanOrEqual(12);
  });

  it("uses unique IDs and tab names, case-insensitively", () => {
    for (const [list, key] of [
      [partners, "Part-ID"],
      [partners, "Flik"],
      [measures, "Åtgärd-ID"],
      [indicators, "Indikator-ID"],
    ] as const) {
      const folded = list.map((r) => String(r[key]).trim().toLowerCase());
      expect(new Set(folded).size).toBe(folded.length);
    }
  });

  it("refers only to partners and indicators the register lists", () => {
    const partnerIds = new Set(partners.map((p) => String(p["Part-ID"]).toLowerCase()));
    const indicatorIds = new Set(indicators.map((i) => String(i["Indikator-ID"]).toLowerCase()));
    for (const m of measures) {
      for (const id of [...ids(m["Ansvarig"] ?? null), ...ids(m["Medverkande"] ?? null)]) expect(partnerIds).toContain(id);
      for (const id of ids(m["Indikatorer"] ?? null)) expect(indicatorIds).toContain(id);
    }
    for (const i of indicators) for (const id of ids(i["Källa"] ?? null)) expect(partnerIds).toContain(id);
  });

  it("uses only allowed values in the master tables' choice columns", () => {
    for (const [rows, spec] of [
      [partners, PARTER_TABLE],
      [measures, ATGARDER_TABLE],
      [indicators, INDIKATORER_TABLE],
    ] as const) {
      for (const c of spec.columns.filter((x) => x.allowed)) {
        for (const r of rows) if (r[c.header] !== null) expect(c.allowed).toContain(r[c.header]);
      }
    }
  });

  it("dates measures inside the pledge, Start before Slut", () => {
    for (const m of measures) {
      const [start, end] = [m["Start"], m["Slut"]];
      if (typeof start === "number") expect(start).toBeGreaterThanOrEqual(serialFromYMD(2024, 8, 1)!);
      if (typeof end === "number") expect(end).toBeLessThanOrEqual(serialFromYMD(2025, 12, 31)!);
      if (typeof start === "number" && typeof end === "number") expect(start).toBeLessThan(end);
    }
  });

  it("leaves exactly one indicator without a baseline", () => {
    expect(indicators.filter((i) => i["Utgångsvärde"] === null && i["Utgångsperiod"] === null)).toHaveLength(1);
  });

  it("has a value from every source for every pledge tertial of every tertial indicator", () => {
    for (const ind of indicators.filter((i) => i["Frekvens"] === "Tertial")) {
      for (const source of ids(ind["Källa"] ?? null)) {
        const tab = String(partners.find((p) => String(p["Part-ID"]).toLowerCase() === source)?.["Flik"]);
        const periods = valueRows(tab)
          .filter((r) => r[1] === ind["Indikator-ID"])
          .map((r) => parsePeriod(r[0]))
          .flatMap((p) => (p ? [periodLabel(p)] : []));
        for (const t of PLEDGE_TERTIALS)
          expect({ indicator: ind["Indikator-ID"], source, has: periods.includes(t), t }).toMatchObject({ has: true });
      }
    }
  });

  it("has annual values for 2024 and 2025 for every annual indicator", () => {
    for (const ind of indicators.filter((i) => i["Frekvens"] === "År")) {
      const source = ids(ind["Källa"] ?? null)[0];
      const tab = String(partners.find((p) => String(p["Part-ID"]).toLowerCase() === source)?.["Flik"]);
      const years = valueRows(tab)
        .filter((r) => r[1] === ind["Indikator-ID"])
        .map((r) => r[0]);
      expect(years).toEqual(expect.arrayContaining([2024, 2025]));
    }
  });

  it("has 150–300 activities", () => {
    const n = partners.reduce((sum, p) => sum + activityRows(String(p["Flik"])).length, 0);
    expect(n).toBeGreaterThanOrEqual(150);
    expect(n).toBeLessThanOrEqual(300);
  });

  it("types some input the other accepted ways: ISO dates, odd period spellings, numbers as text", () => {
    const all = partners.map((p) => String(p["Flik"]));
    const dates = all.flatMap((t) => activityRows(t).map((r) => r[0]));
    expect(dates.filter((d) => typeof d === "string" && /^\d{4}-\d{2}-\d{2}$/.test(d)).length).toBeGreaterThanOrEqual(3);
    const periods = all.flatMap((t) => valueRows(t).map((r) => r[0]));
    expect(periods).toEqual(expect.arrayContaining(["2025 T1", "Tertial 3 2024", "t2-2025"]));
    const texts = all.flatMap((t) => [...activityRows(t).map((r) => r[5]), ...valueRows(t).map((r) => r[2])]);
    expect(texts).toEqual(expect.arrayContaining(["1 200", "3,2"]));
  });

  it("has IKEA and Aktivitetshuset Taekwondo report nothing in T3 2025", () => {
    for (const tab of ["IKEA", "Aktivitetshuset Taekwondo"]) {
      expect(activityRows(tab).filter((r) => typeof r[0] === "number" && r[0] >= serialFromYMD(2025, 9, 1)!)).toEqual([]);
      expect(valueRows(tab)).toEqual([]);
    }
  });
});

describe("PLANTED_FAULTS", () => {
  it("plants 8–12 faults, each on a sheet of the demo", () => {
    expect(PLANTED_FAULTS.length).toBeGreaterThanOrEqual(8);
    expect(PLANTED_FAULTS.length).toBeLessThanOrEqual(12);
    for (const f of PLANTED_FAULTS) expect(wb.sheets.map((s) => s.name)).toContain(f.sheet);
  });

  it("puts the faulty content in the cells it names", () => {
    const at = (code: string): Cell => {
      const f = PLANTED_FAULTS.find((x) => x.code === code)!;
      return cellAt(f.sheet, f.cell);
    };
    expect(at("not-a-date")).toBe("14/3 2025");
    expect(at("not-a-number")).toBe("ca 20");
    expect(at("unknown-measure")).toBe("Å18");
    expect(at("personal-data")).toContain("070-123 45 67");
    expect(at("percent-out-of-range")).toBe(112);
    expect(at("invalid-period")).toBe("T4 2025");
    expect(at("frequency-mismatch")).toBe("T2 2025");
    expect(at("not-a-source")).toBe("I7");
    expect(at("date-outside-pledge")).toBe(serialFromYMD(2024, 6, 10));
  });

  it("gives exactly the planted error and warning findings under DOMAIN.md's row rules", () => {
    const key = (f: { code: string; severity: string; sheet: string; cell: string }): string =>
      `${f.sheet}!${f.cell} ${f.code} ${f.severity}`;
    expect(checkDemo(wb).map(key).sort()).toEqual(PLANTED_FAULTS.map(key).sort());
  });

  it("names the later row of the duplicated activity", () => {
    const f = PLANTED_FAULTS.find((x) => x.code === "duplicate-row")!;
    const { row } = parseA1(f.cell);
    const rows = sheet(wb, f.sheet).values;
    expect(rows[row]?.slice(0, 9)).toEqual(rows[row - 1]?.slice(0, 9));
  });
});
