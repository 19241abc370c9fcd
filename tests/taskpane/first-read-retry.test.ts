/**
 * Review of issue 16's first read (src/taskpane/first-read.ts) through the pane's host: when the first check fails
 * before it reads (the engine's chunk did not load; the host asks for it again on the next use), the read made at
 * Office.onReady is not handed to the person's retry a minute later, after they changed the workbook: the retry
 * checks the workbook as it is then.
 */
import { MemoryPort } from "../../src/app/memory-port";
import type { WorkbookEvents } from "../../src/app/port";
import { baseGrids } from "../support/register-builder";

const now = () => new Date(2025, 8, 5, 14, 32);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const events: WorkbookEvents = {
  activeSheet: async () => "Start",
  onChanged: async () => async () => undefined,
  onActivated: async () => async () => undefined,
};

describe("a first check that failed before its read (review of issue 16)", () => {
  it("leaves no old read for the retry: the retry checks the workbook as changed since", async () => {
    let loads = 0;
    jest.doMock("../../src/taskpane/engine", () => {
      // The chunk fails to load the first time it is asked for (the host asks for it at once), then loads.
      if (loads++ === 0) throw new Error("Loading chunk engine failed");
      return jest.requireActual("../../src/taskpane/engine");
    });
    const { createPaneHost } = jest.requireActual<typeof import("../../src/taskpane/host")>("../../src/taskpane/host");
    const { withFirstRead } = jest.requireActual<typeof import("../../src/taskpane/first-read")>("../../src/taskpane/first-read");

    const port = new MemoryPort(baseGrids());
    let t = 0;
    const host = createPaneHost(Object.assign(withFirstRead(port, () => t), events), { language: "sv", now });
    await expect(host.check()).rejects.toThrow("Loading chunk engine failed");

    // A minute later the person has renamed the pledge and tries again.
    t += 60_000;
    const loefte = baseGrids().sheets.find((s) => s.name === "Löfte")!;
    const renamed = loefte.values.map((row) => (row[0] === "Namn" ? ["Namn", "Trygg i Skäggetorp"] : row));
    port.setSheet("Löfte", renamed);
    const retry = await host.check();
    await settle();

    const changed = new MemoryPort(baseGrids());
    changed.setSheet("Löfte", renamed);
    const fresh = await createPaneHost(Object.assign(changed, events), { language: "sv", now }).check();
    expect(retry.register.pledge?.name).toBe("Trygg i Skäggetorp");
    expect(retry).toEqual(fresh);
  });
});
