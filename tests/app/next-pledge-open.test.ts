/**
 * The pane's Nästa löfte (issue 14 item 5): `openNextPledge` opens the register
 * `pledge next` writes, as base64, in a new workbook through the port; the
 * workbook it read is left as it was. Checked through MemoryPort, whose
 * `opened` holds what Excel.createWorkbook would have been given, read back
 * with the project's own reader.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { MemoryPort } from "../../src/app/memory-port";
import { defaultNextValidity, nextDatesProblem, NextPledgeError, openNextPledge } from "../../src/app/next-pledge";
import { registerInputFromGrids } from "../../src/app/register";
import { openRegister } from "../../src/cli/register-file";
import { runCli } from "../../src/cli/run";
import { checkRegister } from "../../src/core/check-register";
import { serialFromIso } from "../../src/core/date";
import { registerPlans } from "../../src/core/template/register-plans";
import { demoRegister } from "../../src/demo/demo-register";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { renderWorkbook } from "../../src/xlsx/render-plan";
import { base64FromBytes } from "../../src/xlsx/workbook-base64";

jest.setTimeout(60_000);

const serial = (iso: string) => serialFromIso(iso)!;
const dir = mkdtempSync(join(tmpdir(), "next-open-"));
const oldFile = join(dir, "gammalt.xlsx");
const cliFile = join(dir, "nytt.xlsx");
const TODAY = serial("2026-01-08");
const NEXT = { validFrom: serial("2026-01-01"), validTo: serial("2027-12-31") };
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

beforeAll(async () => {
  writeFileSync(oldFile, await renderWorkbook(registerPlans(registerInputFromGrids(demoRegister()))));
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(["next", oldFile, "--from", "2026-01-01", "--to", "2027-12-31", "--out", cliFile], {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    now: new Date(2026, 0, 8, 9, 15),
  });
  expect([code, err.join("")]).toEqual([0, ""]);
});

describe("openNextPledge through MemoryPort", () => {
  let port: MemoryPort;
  let before: Awaited<ReturnType<MemoryPort["readAll"]>>;
  let outcome: Awaited<ReturnType<typeof openNextPledge>>;

  beforeAll(async () => {
    // The same register the CLI read, read the same way.
    port = await openRegister(oldFile);
    before = structuredClone(await port.readAll());
    outcome = await openNextPledge(port, { today: TODAY, next: NEXT });
  });

  it("opens one new workbook, given as standard base64", () => {
    expect(port.opened).toHaveLength(1);
    const b64 = port.opened[0]!;
    expect(b64).toMatch(BASE64);
    expect(Buffer.from(b64, "base64").toString("base64")).toBe(b64);
    expect(Buffer.from(b64, "base64").subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  });

  it("whose register is what pledge next writes, sheet for sheet and cell for cell (the project's reader)", async () => {
    const opened = await readWorkbook(Buffer.from(port.opened[0]!, "base64"));
    const written = await readWorkbook(readFileSync(cliFile));
    expect(opened.sheets.map((s) => s.name)).toEqual(written.sheets.map((s) => s.name));
    expect(opened).toEqual(written);
    // And it is the new pledge's register: its dates, no errors, baselines from the old pledge, no targets.
    const check = checkRegister(opened, { today: serial("2026-03-01") });
    expect(check.counts.error).toBe(0);
    expect([check.register.pledge?.validFrom, check.register.pledge?.validTo]).toEqual([NEXT.validFrom, NEXT.validTo]);
    expect(check.register.indicators.find((i) => i.id === "I3")).toMatchObject({ baseline: 172, target: null });
  });

  it("leaves the workbook it read as it was: the same sheets and cells, nothing written", async () => {
    expect(await port.readAll()).toEqual(before);
    expect(port.written.size).toBe(0);
    expect(port.active).toBeNull();
  });

  it("tells what it carried over, as pledge next prints it", () => {
    expect(outcome.counts).toEqual({ partners: 20, tabs: 20, measures: 15, indicators: 10 });
    expect(outcome.baselines.find((b) => b.id === "I3")).toMatchObject({ value: 172, period: "T3 2025", source: "latest" });
    expect(outcome.old).toMatchObject({ validFrom: serial("2024-08-01"), validTo: serial("2025-12-31") });
    expect(outcome.errors).toBe(7);
    expect(outcome).not.toHaveProperty("plans");
  });

  it("opens nothing for dates that make no new pledge, and says why with a code", async () => {
    const port = await openRegister(oldFile);
    const overlapping = openNextPledge(port, { today: TODAY, next: { validFrom: serial("2025-06-01"), validTo: serial("2026-12-31") } });
    await expect(overlapping).rejects.toBeInstanceOf(NextPledgeError);
    await expect(overlapping).rejects.toMatchObject({ messageCode: "next-overlaps" });
    const backwards = openNextPledge(port, { today: TODAY, next: { validFrom: serial("2027-01-01"), validTo: serial("2026-12-31") } });
    await expect(backwards).rejects.toMatchObject({ messageCode: "next-ends-before-start" });
    expect(port.opened).toEqual([]);
  });
});

describe("the next pledge's dates", () => {
  const validity = (from: string, to: string) => ({ validFrom: serial(from), validTo: serial(to) });

  it("default to the day after the old pledge, for its length in whole years rounded up", () => {
    // The demo: 17 months → two years, the dates pledge next's usage line gives.
    expect(defaultNextValidity(validity("2024-08-01", "2025-12-31"))).toEqual(validity("2026-01-01", "2027-12-31"));
    expect(defaultNextValidity(validity("2025-01-01", "2025-12-31"))).toEqual(validity("2026-01-01", "2026-12-31"));
    expect(defaultNextValidity(validity("2024-01-01", "2024-12-31"))).toEqual(validity("2025-01-01", "2025-12-31"));
    expect(defaultNextValidity(validity("2023-07-01", "2026-06-30"))).toEqual(validity("2026-07-01", "2029-06-30"));
    // From 29 February: a year later there is none.
    expect(defaultNextValidity(validity("2027-03-01", "2028-02-28"))).toEqual(validity("2028-02-29", "2029-02-28"));
  });

  it("the defaults are always dates the use case accepts", () => {
    for (const [from, to] of [
      ["2024-08-01", "2025-12-31"],
      ["2020-01-01", "2035-12-31"],
      ["2027-03-01", "2028-02-28"],
      ["2025-05-05", "2025-05-06"],
    ] as const) {
      const old = validity(from, to);
      expect(nextDatesProblem(defaultNextValidity(old), old)).toBeNull();
    }
  });

  it("a problem is the code the use case throws", () => {
    const old = validity("2024-08-01", "2025-12-31");
    expect(nextDatesProblem(validity("2025-12-31", "2026-12-31"), old)).toEqual({
      code: "next-overlaps",
      params: { from: "2025-12-31", oldTo: "2025-12-31" },
    });
    expect(nextDatesProblem(validity("2026-01-01", "2026-01-01"), old)?.code).toBe("next-ends-before-start");
    expect(nextDatesProblem(validity("2026-01-01", "2046-12-31"), old)?.code).toBe("next-too-long");
    // Without the old pledge (before the register is read) only the new dates themselves are judged.
    expect(nextDatesProblem(validity("2025-06-01", "2026-12-31"), null)).toBeNull();
  });
});

describe("base64 of the workbook's bytes", () => {
  it("is Node's base64 for every length around the piece boundaries", () => {
    const bytes = Uint8Array.from({ length: 3 * 8192 * 2 + 5 }, (_, i) => (i * 131 + 7) % 256);
    for (const n of [0, 1, 2, 3, 4, 24575, 24576, 24577, 49151, 49152, 49153, bytes.length]) {
      const part = bytes.subarray(0, n);
      expect([n, base64FromBytes(part)]).toEqual([n, Buffer.from(part).toString("base64")]);
    }
  });

  it("takes a file of several megabytes (no spread of the whole array into one call)", () => {
    const bytes = new Uint8Array(1_000_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
    expect(() => String.fromCharCode(...bytes)).toThrow(RangeError);
    expect(base64FromBytes(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});
