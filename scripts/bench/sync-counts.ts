/**
 * Round trips of each use case through the Office.js adapter, against the
 * strict recording fake of Excel (`tests/excel/strict-fake.ts`), which counts
 * every `context.sync()` and the bytes of every request and response, and
 * refuses any over Excel on the web's 5 MB.
 *
 * `syncs` are the round trips a use case needs whatever the workbook's size;
 * `chunks` the extra ones the 5 MB limit forces on a workbook too large for one
 * request (the refused one-shot read, the size probe and every further request
 * of values), with the arithmetic beside them.
 */
import { runCheck } from "../../src/app/check";
import { openNextPledge } from "../../src/app/next-pledge";
import type { WorkbookPort } from "../../src/app/port";
import { addPartnerTabs, createRegister } from "../../src/app/register";
import { makeFinalReport, makeTertialReport, writeKontroll } from "../../src/app/report";
import { runTrends } from "../../src/app/trends";
import type { WorkbookGrids } from "../../src/core/cell";
import { serialFromYMD } from "../../src/core/date";
import { SHEET_NAMES } from "../../src/core/register/layout";
import { DEFAULT_BUDGET_BYTES } from "../../src/excel/chunk";
import { createExcelPort } from "../../src/excel/excel-port";
import type { ExcelStats } from "../../src/excel/session";
import { createStrictFake } from "../../tests/excel/strict-fake";
import { BENCH_NOW, BENCH_TERTIAL, BENCH_TODAY } from "./sizes";

export const EXCEL_WEB_LIMIT_BYTES = 5_000_000;

export type UseCase = "check" | "trends" | "report" | "final_report" | "kontroll" | "add_partner_tabs" | "create_register" | "next_pledge";

interface UseCaseSpec {
  run(port: WorkbookPort): Promise<unknown>;
  /** The workbook it starts from. */
  workbook(register: WorkbookGrids): WorkbookGrids;
}

const MASTER_SHEETS = new Set<string>([SHEET_NAMES.lofte, SHEET_NAMES.parter, SHEET_NAMES.atgarder, SHEET_NAMES.indikatorer]);
const asIs = (g: WorkbookGrids) => g;

export const USE_CASES: Record<UseCase, UseCaseSpec> = {
  check: { run: (p) => runCheck(p, { today: BENCH_TODAY, tertial: BENCH_TERTIAL }), workbook: asIs },
  trends: { run: (p) => runTrends(p, { today: BENCH_TODAY, tertial: BENCH_TERTIAL }), workbook: asIs },
  report: { run: (p) => makeTertialReport(p, { now: BENCH_NOW, tertial: BENCH_TERTIAL }), workbook: asIs },
  final_report: { run: (p) => makeFinalReport(p, { now: BENCH_NOW }), workbook: asIs },
  kontroll: { run: (p) => writeKontroll(p, { now: BENCH_NOW }), workbook: asIs },
  // The register's own sheets with every partner listed but no partner tab yet: one tab a partner is added.
  add_partner_tabs: { run: (p) => addPartnerTabs(p), workbook: (g) => ({ sheets: g.sheets.filter((s) => MASTER_SHEETS.has(s.name)) }) },
  create_register: { run: (p) => createRegister(p), workbook: () => ({ sheets: [{ name: "Blad1", values: [] }] }) },
  // Nästa löfte: the register read, the new one opened by Excel.createWorkbook (no request in this workbook).
  next_pledge: {
    run: (p) =>
      openNextPledge(p, { today: BENCH_TODAY, next: { validFrom: serialFromYMD(2026, 1, 1)!, validTo: serialFromYMD(2027, 12, 31)! } }),
    workbook: asIs,
  },
};

export interface UseCaseRoundTrips {
  /** Round trips apart from those the 5 MB limit forces. */
  syncs: number;
  /** Round trips the 5 MB limit forces. */
  chunks: number;
  /** All round trips: syncs + chunks. */
  round_trips: number;
  /** Request bytes of each round trip, as the fake counts them (JSON of the arguments plus the object path). */
  request_bytes: number[];
  /** Largest response the fake let through, and how many it refused as over 5 MB. */
  max_response_bytes: number;
  refused_responses: number;
  /** How the chunks come about, when there are any. */
  arithmetic?: string;
  /** The adapter's own estimate of each write request's bytes. */
  write_requests: number[];
}

const isRead = (s: ExcelStats) => s.operation === "readAll" || s.operation === "readSheets";
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

/** Forced round trips of one batch: a read needs 2 (sheet list, values) when it fits; a write 1 request of values. */
function forced(s: ExcelStats): number {
  if (isRead(s)) return s.chunks > 0 ? s.syncs - 2 : 0;
  if (s.operation === "writeSheets") return Math.max(0, s.requestBytes.length - 1);
  return 0;
}

function arithmetic(stats: ExcelStats[], refused: number[], maxResponse: number, budget: number, limit: number): string | undefined {
  const parts: string[] = [];
  for (const s of stats) {
    if (isRead(s) && s.chunks > 0) {
      const whole = Math.max(...refused);
      parts.push(
        `read: all values in one response would be ${mb(whole)} > ${mb(limit)}, refused (1 round trip); sizes of the used ranges (1); ` +
          `then ${s.chunks} requests of values under the ${mb(budget)} budget, largest ${mb(maxResponse)} ` +
          `(${mb(whole)} / ${mb(budget)} = ${(whole / budget).toFixed(1)} → at least ${Math.ceil(whole / budget)}; ` +
          `the first request assumes 64 bytes a cell until real ones are measured)` +
          (s.syncs - 3 - s.chunks > 0 ? `, ${s.syncs - 3 - s.chunks} requests refused and halved` : ""),
      );
    }
    if (s.operation === "writeSheets" && s.requestBytes.length > 1) {
      const total = s.requestBytes.reduce((a, b) => a + b, 0);
      parts.push(`write: ${mb(total)} of requests (the adapter's estimate) / ${mb(budget)} budget → ${s.requestBytes.length} requests`);
    }
  }
  return parts.length > 0 ? parts.join("; ") : undefined;
}

export interface RoundTripOptions {
  /** Excel's payload limit a request and a response (default Excel on the web's 5 MB). */
  limitBytes?: number;
}

export async function countRoundTrips(
  register: WorkbookGrids,
  useCase: UseCase,
  options: RoundTripOptions = {},
): Promise<UseCaseRoundTrips> {
  const spec = USE_CASES[useCase];
  const limit = options.limitBytes ?? EXCEL_WEB_LIMIT_BYTES;
  // The adapter's budgets keep the same share of the limit as its defaults do of 5 MB.
  const budget =
    options.limitBytes === undefined ? DEFAULT_BUDGET_BYTES : Math.floor(limit * (DEFAULT_BUDGET_BYTES / EXCEL_WEB_LIMIT_BYTES));
  const fake = createStrictFake(spec.workbook(register), { requestLimit: limit, responseLimit: limit });
  fake.resetStats();
  const stats: ExcelStats[] = [];
  const port = createExcelPort(fake.run, {
    isSetSupported: fake.isSetSupported,
    onStats: (s) => stats.push(s),
    readBudgetBytes: budget,
    writeBudgetBytes: budget,
    createWorkbook: async () => {},
  });
  await spec.run(port);
  const roundTrips = stats.reduce((sum, s) => sum + s.syncs, 0);
  if (roundTrips !== fake.syncCount) throw new Error(`The adapter counted ${roundTrips} round trips, the fake ${fake.syncCount}.`);
  const chunks = stats.reduce((sum, s) => sum + forced(s), 0);
  const responses = fake.stats.responseBytesPerSync;
  const passed = responses.filter((b) => b <= limit);
  const refused = responses.filter((b) => b > limit);
  const maxResponse = passed.length > 0 ? Math.max(...passed) : 0;
  const result: UseCaseRoundTrips = {
    syncs: roundTrips - chunks,
    chunks,
    round_trips: roundTrips,
    request_bytes: [...fake.bytesPerSync],
    max_response_bytes: maxResponse,
    refused_responses: refused.length,
    write_requests: stats.filter((s) => s.operation === "writeSheets").flatMap((s) => s.requestBytes),
  };
  const why = arithmetic(stats, refused, maxResponse, budget, limit);
  if (why) result.arithmetic = why;
  return result;
}

export async function countAllRoundTrips(
  register: WorkbookGrids,
  options: RoundTripOptions = {},
): Promise<Record<UseCase, UseCaseRoundTrips>> {
  const out = {} as Record<UseCase, UseCaseRoundTrips>;
  for (const useCase of Object.keys(USE_CASES) as UseCase[]) out[useCase] = await countRoundTrips(register, useCase, options);
  return out;
}
