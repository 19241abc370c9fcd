/**
 * Round trips to Excel must not grow with the register: each use case needs the
 * same number of `context.sync()` calls for a register of 3 tabs as for one of
 * 12 tabs with eight times the rows. Only where Excel's payload limit forces
 * it do extra requests appear, and they are counted apart as chunks.
 * (The benchmark, `npm run bench`, runs the same count at full size; timing is
 * never asserted here.)
 */
import { BENCH_NOW, BENCH_TERTIAL } from "../../scripts/bench/sizes";
import { countAllRoundTrips, USE_CASES, type UseCase } from "../../scripts/bench/sync-counts";
import { syntheticRegister } from "../../scripts/bench/synthetic-register";
import { makeTertialReport } from "../../src/app/report";
import { finding } from "../../src/core/messages/catalogue";
import { kontrollPlan } from "../../src/core/report/layout/kontroll-plan";
import { createExcelPort } from "../../src/excel/excel-port";
import { createStrictFake } from "../excel/strict-fake";

const useCases = Object.keys(USE_CASES) as UseCase[];
const smaller = syntheticRegister(3, 5);
const larger = syntheticRegister(12, 40);

describe("round trips of each use case through the Office.js adapter", () => {
  let small: Awaited<ReturnType<typeof countAllRoundTrips>>;
  let large: Awaited<ReturnType<typeof countAllRoundTrips>>;

  beforeAll(async () => {
    small = await countAllRoundTrips(smaller);
    large = await countAllRoundTrips(larger);
  });

  it.each(useCases)("%s needs at most 3 round trips, none forced by the payload limit", (useCase) => {
    expect(small[useCase].syncs).toBeLessThanOrEqual(3);
    expect(small[useCase].chunks).toBe(0);
    expect(large[useCase].chunks).toBe(0);
  });

  it.each(useCases)("%s needs as many round trips for a register four times the tabs and 32 times the rows", (useCase) => {
    expect(large[useCase].round_trips).toBe(small[useCase].round_trips);
  });

  it("reads in two round trips and writes in one more: the write uses the read's listing of the sheets", () => {
    expect(small.check.syncs).toBe(2);
    expect(small.report.syncs).toBe(3);
    expect(small.report.write_requests).toHaveLength(1);
  });

  it("makes the report again, replacing its own sheets, in the same three round trips", async () => {
    const fake = createStrictFake(smaller);
    const port = createExcelPort(fake.run, { isSetSupported: fake.isSetSupported });
    await makeTertialReport(port, { now: BENCH_NOW, tertial: BENCH_TERTIAL });
    fake.resetStats();
    const again = await makeTertialReport(port, { now: BENCH_NOW, tertial: BENCH_TERTIAL });
    expect(fake.syncCount).toBe(3);
    expect(again).toMatchObject({ sheet: "Rapport T3 2025", kontrollSheet: "Kontroll" });
    expect(fake.wb.sheets.filter((s) => /^(Rapport|Kontroll)/.test(s.name)).map((s) => s.name)).toEqual(["Rapport T3 2025", "Kontroll", "Rapportlogg"]);
  });
});

describe("when the workbook is larger than Excel takes in one request", () => {
  // A 40 kB limit stands in for Excel on the web's 5 MB, so a small register overflows it.
  const limited = { limitBytes: 40_000 };

  it("keeps the same round trips apart from the chunks, and every request and response under the limit", async () => {
    const small = await countAllRoundTrips(smaller, limited);
    const large = await countAllRoundTrips(larger, limited);
    for (const useCase of useCases) {
      expect({ useCase, syncs: large[useCase].syncs }).toEqual({ useCase, syncs: small[useCase].syncs });
      expect(Math.max(...large[useCase].request_bytes)).toBeLessThanOrEqual(40_000);
      expect(large[useCase].max_response_bytes).toBeLessThanOrEqual(40_000);
    }
    expect(large.report.chunks).toBeGreaterThan(0);
    expect(large.report.arithmetic).toMatch(/^read: all values in one response would be/);
  });

  it("writes a Kontroll sheet whose cell links alone exceed the limit in requests under it", async () => {
    const findings = Array.from({ length: 3000 }, (_, i) =>
      finding("not-a-number", "Flik P001", `F${i + 4}`, { column: "Deltagare", typed: "ca 20" }),
    );
    const plan = kontrollPlan(findings, BENCH_NOW, "Kontroll");
    const fake = createStrictFake({ sheets: [{ name: "Blad1", values: [] }] }, { requestLimit: 200_000, responseLimit: 200_000 });
    const port = createExcelPort(fake.run, { isSetSupported: fake.isSetSupported, writeBudgetBytes: 160_000 });
    await port.writeSheets([plan]);
    expect(Math.max(...fake.bytesPerSync)).toBeLessThanOrEqual(200_000);
    expect(fake.wb.sheets.map((s) => s.name)).toContain("Kontroll");
  });
});
