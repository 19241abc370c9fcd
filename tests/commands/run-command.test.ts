import { MemoryPort } from "../../src/app/memory-port";
import { ShownError } from "../../src/app/shown-error";
import { runCommand } from "../../src/commands/run-command";
import type { WorkbookGrids } from "../../src/core/cell";
import { baseGrids } from "../support/register-builder";

const quiet = { info: () => undefined, error: () => undefined };
const JAN_2026 = new Date("2026-01-08T12:00:00Z");

/** The register plus a sheet a person made under `name`. */
function withPersonSheet(name: string): WorkbookGrids {
  const grids = baseGrids();
  return { sheets: [...grids.sheets, { name, values: [["Mina anteckningar"]] }] };
}

describe("runCommand: what a ribbon button did", () => {
  it("Kontrollera in a workbook that is no register writes nothing and says so", async () => {
    const port = new MemoryPort({ sheets: [{ name: "Budget", values: [["Kostnad", 12]] }] });
    const outcome = await runCommand("checkRegister", port, JAN_2026, { log: quiet });
    expect(outcome).toEqual({ kind: "not-register" });
    expect([...port.written.keys()]).toEqual([]);
  });

  it("Tertialrapport in a workbook that is no register writes nothing and says so", async () => {
    const port = new MemoryPort({ sheets: [] });
    expect(await runCommand("makeCurrentReport", port, JAN_2026, { log: quiet })).toEqual({ kind: "not-register" });
    expect(port.written.size).toBe(0);
  });

  it.each(["checkRegister", "makeCurrentReport"] as const)(
    "%s reads the workbook once: the use case decides that it is a register (no probe of its own)",
    async (name) => {
      const port = new MemoryPort(baseGrids());
      expect(await runCommand(name, port, JAN_2026, { log: quiet })).toMatchObject({ kind: "written" });
      expect(port.reads).toBe(1);
      const none = new MemoryPort({ sheets: [{ name: "Budget", values: [["Kostnad", 12]] }] });
      expect(await runCommand(name, none, JAN_2026, { log: quiet })).toEqual({ kind: "not-register" });
      expect(none.reads).toBe(1);
    },
  );

  it("Kontrollera writes the Kontroll sheet under its own name", async () => {
    const port = new MemoryPort(baseGrids());
    expect(await runCommand("checkRegister", port, JAN_2026, { log: quiet })).toEqual({ kind: "written", sheet: "Kontroll", renamed: [] });
    expect([...port.written.keys()]).toEqual(["Kontroll"]);
  });

  it("Kontrollera next to a person's own Kontroll sheet names the sheet it wrote instead", async () => {
    const port = new MemoryPort(withPersonSheet("Kontroll"));
    const outcome = await runCommand("checkRegister", port, JAN_2026, { log: quiet });
    expect(outcome).toEqual({ kind: "written", sheet: "Kontroll (2)", renamed: [{ wanted: "Kontroll", sheet: "Kontroll (2)" }] });
  });

  it("Tertialrapport writes the latest ended tertial's report: T3 2025 in January 2026", async () => {
    const port = new MemoryPort(baseGrids());
    const outcome = await runCommand("makeCurrentReport", port, JAN_2026, { log: quiet });
    expect(outcome).toEqual({ kind: "written", sheet: "Rapport T3 2025", renamed: [] });
  });

  it("Tertialrapport lists both sheets that a person's sheets pushed aside", async () => {
    const grids = withPersonSheet("Rapport T3 2025");
    grids.sheets.push({ name: "Kontroll", values: [["egen"]] });
    const outcome = await runCommand("makeCurrentReport", new MemoryPort(grids), JAN_2026, { log: quiet });
    expect(outcome).toEqual({
      kind: "written",
      sheet: "Rapport T3 2025 (2)",
      renamed: [
        { wanted: "Rapport T3 2025", sheet: "Rapport T3 2025 (2)" },
        { wanted: "Kontroll", sheet: "Kontroll (2)" },
      ],
    });
  });

  it("Tertialrapport without a readable pledge says no-pledge", async () => {
    const grids = baseGrids();
    const lofte = grids.sheets.find((s) => s.name === "Löfte")!;
    lofte.values = lofte.values.filter((r) => r[0] !== "Giltig till");
    expect(await runCommand("makeCurrentReport", new MemoryPort(grids), JAN_2026, { log: quiet })).toEqual({ kind: "no-pledge" });
  });

  it("passes on the message of an error written for the person (a protected workbook, a sheet name clash …)", async () => {
    const port = new MemoryPort(baseGrids());
    port.writeSheets = () => Promise.reject(new ShownError("Arbetsboken är skyddad. Ta bort skyddet och försök igen."));
    expect(await runCommand("checkRegister", port, JAN_2026, { log: quiet })).toEqual({
      kind: "shown",
      message: "Arbetsboken är skyddad. Ta bort skyddet och försök igen.",
    });
  });

  it("tells Excel's busy error apart, and keeps only the first line of any other error", async () => {
    class Busy extends Error {}
    const failing = (error: Error) => {
      const port = new MemoryPort(baseGrids());
      port.writeSheets = () => Promise.reject(error);
      return port;
    };
    const isExcelBusy = (e: unknown) => e instanceof Busy;
    expect(await runCommand("checkRegister", failing(new Busy("busy")), JAN_2026, { log: quiet, isExcelBusy })).toEqual({
      kind: "excel-busy",
    });
    const errors: string[] = [];
    const outcome = await runCommand(
      "checkRegister",
      failing(new Error("The request payload is too large.\n    at stack (x.js:1)")),
      JAN_2026,
      {
        log: { info: () => undefined, error: (m) => errors.push(m) },
        isExcelBusy,
      },
    );
    expect(outcome).toEqual({ kind: "failed", detail: "The request payload is too large." });
    expect(errors).toEqual(["checkRegister: failed: The request payload is too large."]);
  });
});
