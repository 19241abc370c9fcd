/**
 * Acceptance, issue 14 items 4 and 5: `pledge reminders --json` and `pledge next` on a
 * register that is not the demo (tests/acceptance/openpyxl/reminders.json: Trygg i Ryd,
 * written by openpyxl, with Kontakt and Sista rapportdag). The reminders are compared
 * with the ones worked out by hand; the next pledge's register is read back by the
 * engine (`pledge check`) and by openpyxl (tests/acceptance/dump_xlsx.py).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Run } from "./cli-runner";
import { DOMAIN_SEVERITY } from "./fixture-spec";
import { type Dump, dumpXlsx, loadSpec, skipWithoutOpenpyxl, suiteSetup, tableUnder, writeRegister, type Written } from "./openpyxl-runner";

/** The contract's Indikatorer headers up to Målvärde, written out here (not taken from src) so the suite checks the contract. */
const INDICATOR_COLUMNS = [
  "Indikator-ID",
  "Indikator",
  "Enhet",
  "Källa",
  "Riktning",
  "Sammanvägning",
  "Frekvens",
  "Utgångsvärde",
  "Utgångsperiod",
  "Målvärde",
];

jest.setTimeout(180_000);

interface Reminder {
  partner: string;
  name: string;
  contact: string | null;
  missingActivities: boolean;
  missingIndicators: string[];
}

interface Spec {
  today: string;
  tertial: string;
  due: string;
  dueWords: string;
  months: string;
  signedBy: string;
  reminders: (Reminder & { tab: string; missingNames: string[] })[];
  notReminded: Record<string, string>;
  checkErrors: { code: string; severity: string; sheet: string; cell: string }[];
  next: {
    from: string;
    to: string;
    partners: (string | null)[][];
    measures: string[][];
    baselines: [string, string, number, string, string][];
  };
  sheets: { name: string; blocks: { rows: unknown[][] }[] }[];
}

interface RemindersJson {
  tertial: string;
  due: string;
  reminders: (Reminder & { text: string })[];
}

const spec = loadSpec<Spec>("reminders");
const { dir, pledge } = suiteSetup("pledge-reminders-");
const nextOut = () => join(dir, "nasta.xlsx");
let written: Written;
let inputHash = "";
let check: Promise<Run>;
let reminders: Promise<Run>;
let late: Promise<Run>;
let next: Promise<Run>;
let nextCheck: Promise<Run>;

beforeAll(() => {
  written = writeRegister("reminders", dir);
  if (written.xlsx === null) return;
  const file = written.xlsx;
  inputHash = createHash("sha256").update(readFileSync(file)).digest("hex");
  check = pledge("check", file, "--json", "--today", spec.today, "--tertial", spec.tertial);
  reminders = pledge("reminders", file, "--tertial", spec.tertial, "--json", "--today", spec.today);
  late = pledge("reminders", file, "--tertial", spec.tertial, "--json", "--today", "2025-10-01");
  next = pledge("next", file, "--from", spec.next.from, "--to", spec.next.to, "--out", nextOut());
  // The new pledge's first tertial, once it has started.
  nextCheck = next.then(() => pledge("check", nextOut(), "--json", "--today", "2026-09-10"));
}, 180_000);

const json = async (r: Promise<Run>): Promise<RemindersJson> => JSON.parse((await r).stdout) as RemindersJson;

describe("pledge reminders --json on Trygg i Ryd", () => {
  it("the register's own problems are the planted ones (so the reminders are judged on a known register)", async () => {
    if (skipWithoutOpenpyxl()) return;
    const found = (
      JSON.parse((await check).stdout) as { findings: { code: string; severity: string; sheet: string; cell: string | null }[] }
    ).findings;
    const key = (f: { code: string; severity: string; sheet: string; cell: string | null }) =>
      `${f.severity} ${f.code} ${f.sheet}!${f.cell}`;
    expect(found.filter((f) => f.severity !== "info").map(key)).toEqual(spec.checkErrors.map(key));
  });

  it("writes one line of JSON in the contract's shape, exit 0", async () => {
    if (skipWithoutOpenpyxl()) return;
    const r = await reminders;
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(1);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(["due", "reminders", "tertial"]);
    for (const rem of out.reminders as Record<string, unknown>[]) {
      expect(Object.keys(rem).sort()).toEqual(["contact", "missingActivities", "missingIndicators", "name", "partner", "text"]);
      expect(typeof rem.contact === "string" || rem.contact === null).toBe(true);
      expect(typeof rem.missingActivities).toBe("boolean");
      expect(Array.isArray(rem.missingIndicators)).toBe(true);
      expect(typeof rem.text).toBe("string");
    }
  });

  it("gives the tertial, its due day (end + Sista rapportdag) and exactly the reminders worked out by hand, in Parter's order", async () => {
    if (skipWithoutOpenpyxl()) return;
    const out = await json(reminders);
    expect({ tertial: out.tertial, due: out.due }).toEqual({ tertial: spec.tertial, due: spec.due });
    const got = out.reminders.map(({ partner, name, contact, missingActivities, missingIndicators }) => ({
      partner,
      name,
      contact,
      missingActivities,
      missingIndicators,
    }));
    const want = spec.reminders.map(({ partner, name, contact, missingActivities, missingIndicators }) => ({
      partner,
      name,
      contact,
      missingActivities,
      missingIndicators,
    }));
    expect(got).toEqual(want);
    for (const id of Object.keys(spec.notReminded)) expect(got.map((g) => g.partner)).not.toContain(id);
  });

  it.each(spec.reminders.map((r) => [r.partner, r] as const))(
    "%s's text is ready to send: greeting, tertial, each thing missing by name, tab, due day, sender",
    async (id, want) => {
      if (skipWithoutOpenpyxl()) return;
      const text = (await json(reminders)).reminders.find((r) => r.partner === id)!.text;
      const says = (s: string) => ({ [s]: text.includes(s) });
      const expected = [
        `Hej ${want.name}`,
        `${spec.tertial} (${spec.months})`,
        ...want.missingNames,
        `"${want.tab}"`,
        `senast ${spec.dueWords}`,
        `Säkerhetsenheten, ${spec.signedBy}`,
        ...(want.missingActivities ? ["aktiviteter ni har haft under tertialen"] : []),
      ];
      expect(expected.map(says)).toEqual(expected.map((s) => ({ [s]: true })));
      // Indicators are named, never coded; no Part-ID either.
      expect(text).not.toMatch(/\bR\d\b|\b(RPO|STU|KYR|BIB)\b/);
      if (!want.missingActivities) expect(text).not.toContain("aktiviteter ni har haft");
    },
  );

  it("once the due day has passed, the same reminders say it was the last day", async () => {
    if (skipWithoutOpenpyxl()) return;
    const [before, after] = [await json(reminders), await json(late)];
    expect(after.reminders.map((r) => r.partner)).toEqual(before.reminders.map((r) => r.partner));
    for (const r of after.reminders) {
      expect(r.text).toContain(`Sista dag att rapportera var ${spec.dueWords}`);
      expect(r.text).not.toContain("senast");
    }
  });
});

describe("pledge next from Trygg i Ryd", () => {
  let dump: Dump;
  const read = async (): Promise<Dump> => {
    const r = await next;
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
    dump ??= dumpXlsx(nextOut());
    return dump;
  };

  it("leaves the old register as it was", async () => {
    if (skipWithoutOpenpyxl()) return;
    await read();
    expect(createHash("sha256").update(readFileSync(written.xlsx!)).digest("hex")).toBe(inputHash);
  });

  it("the engine reads the new register back with nothing but completeness to say: no error, no warning", async () => {
    if (skipWithoutOpenpyxl()) return;
    const r = await nextCheck;
    const out = JSON.parse(r.stdout) as {
      findings: { code: string; severity: string; sheet: string }[];
      counts: { error: number; warning: number; info: number };
    };
    expect(r.code).toBe(0);
    expect(out.counts.error + out.counts.warning).toBe(0);
    for (const f of out.findings) expect(DOMAIN_SEVERITY[f.code]).toBe(f.severity);
    // Nothing reported yet on the new, empty tabs: each partner (its tab) is told no-report; nothing else but missing values.
    expect([...new Set(out.findings.map((f) => f.code))].sort()).toEqual(["missing-value", "no-report"]);
    const tabs = spec.next.partners.map((p) => p[3]);
    expect(out.findings.filter((f) => f.code === "no-report").map((f) => f.sheet)).toEqual(tabs);
  });

  it("openpyxl finds the four sheets and one tab per partner, each with the contract's headers", async () => {
    if (skipWithoutOpenpyxl()) return;
    const d = await read();
    const tabs = spec.next.partners.map((p) => p[3]!);
    expect(d.sheets).toEqual(["Löfte", "Parter", "Åtgärder", "Indikatorer", ...tabs]);
    const headers: Record<string, string[]> = {
      Löfte: ["Fält", "Värde"],
      Parter: ["Part-ID", "Namn", "Typ", "Flik", "Kontakt"],
      Åtgärder: ["Åtgärd-ID", "Åtgärd", "Fokusområde", "Ansvarig", "Medverkande", "Start", "Slut", "Indikatorer", "Status"],
      Indikatorer: [...INDICATOR_COLUMNS, "Könsuppdelad"],
    };
    for (const [sheet, hs] of Object.entries(headers))
      expect({ sheet, found: tableUnder(d.cells[sheet]!, hs) !== null }).toEqual({ sheet, found: true });
    const activities = [
      "Datum",
      "Åtgärd-ID",
      "Aktivitet",
      "Status",
      "Tillfällen",
      "Deltagare",
      "Varav kvinnor/flickor",
      "Varav män/pojkar",
      "Kommentar",
    ];
    const values = ["Period", "Indikator-ID", "Värde", "Kvinnor", "Män", "Kommentar"];
    for (const tab of tabs) {
      // The tabs are empty: both tables without a row.
      const a = tableUnder(d.cells[tab]!, activities);
      const v = tableUnder(d.cells[tab]!, values.slice(0, 5));
      expect({ tab, activities: a?.rows.length ?? "no table", values: v?.rows.length ?? "no table" }).toEqual({
        tab,
        activities: 0,
        values: 0,
      });
    }
  });

  it("Löfte carries the new dates and the other settings as they were", async () => {
    if (skipWithoutOpenpyxl()) return;
    const d = await read();
    const settings = (rows: unknown[][]) =>
      Object.fromEntries(
        rows.filter((r) => typeof r[0] === "string" && r[0] !== "Fält").map((r) => [r[0], r[1] === null ? null : String(r[1])]),
      );
    const old = settings(spec.sheets.find((s) => s.name === "Löfte")!.blocks[0]!.rows);
    const now = settings(d.cells["Löfte"]!);
    expect(now).toMatchObject({ ...old, "Giltig från": spec.next.from, "Giltig till": spec.next.to });
  });

  it("carries the partners and measures over as typed", async () => {
    if (skipWithoutOpenpyxl()) return;
    const d = await read();
    const trim = (v: unknown) => (typeof v === "string" ? v.trim() : v);
    const partners = tableUnder(d.cells["Parter"]!, ["Part-ID", "Namn", "Typ", "Flik", "Kontakt"])!.rows.map((r) =>
      Object.values(r).map(trim),
    );
    expect(partners).toEqual(spec.next.partners);
    const measures = tableUnder(d.cells["Åtgärder"]!, ["Åtgärd-ID", "Åtgärd", "Ansvarig"])!.rows.map((r) => Object.values(r));
    expect(measures).toEqual(spec.next.measures);
  });

  it.each(spec.next.baselines)(
    "indicator %s (%s): baseline %s for %s (%s), no target, the rest as it was",
    async (id, name, baseline, period) => {
      if (skipWithoutOpenpyxl()) return;
      const d = await read();
      const cols = INDICATOR_COLUMNS;
      const row = tableUnder(d.cells["Indikatorer"]!, cols)!.rows.find((r) => r["Indikator-ID"] === id)!;
      const old = spec.sheets.find((s) => s.name === "Indikatorer")!.blocks[0]!.rows;
      const oldRow = old.find((r) => r[0] === id)!;
      // As typed: Enhet, Källa, Riktning, Sammanvägning, Frekvens unchanged.
      expect([row.Indikator, row.Enhet, row.Källa, row.Riktning, row.Sammanvägning, row.Frekvens]).toEqual([name, ...oldRow.slice(2, 7)]);
      const asNumber = (v: unknown) => (typeof v === "number" ? v : Number(String(v).replace(",", ".")));
      expect({ baseline: asNumber(row.Utgångsvärde), period: String(row.Utgångsperiod), target: row.Målvärde }).toEqual({
        baseline,
        period,
        target: null,
      });
    },
  );
});
