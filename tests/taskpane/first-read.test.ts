/**
 * The first workbook read asked for when Office is ready (issue 16, `src/taskpane/first-read.ts`): the first check
 * takes that read instead of making its own, so the pane's round trips are what they were; later reads are new.
 */
import { createExcelPort } from "../../src/excel";
import type { WorkbookPort } from "../../src/app/port";
import type { WorkbookGrids } from "../../src/core/cell";
import { withFirstRead } from "../../src/taskpane/first-read";
import { createPaneHost } from "../../src/taskpane/host";
import { createStrictFake } from "../excel/strict-fake";
import { baseGrids } from "../support/register-builder";

const now = () => new Date(2025, 8, 5, 14, 32);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function countingPort(answers: (() => Promise<WorkbookGrids>)[]): WorkbookPort & { reads: number } {
  const port = {
    reads: 0,
    readAll: () => answers[port.reads++ % answers.length]!(),
    readSheets: () => Promise.reject(new Error("unused")),
    writeSheets: () => Promise.reject(new Error("unused")),
    selectCell: () => Promise.reject(new Error("unused")),
    openNewWorkbook: () => Promise.reject(new Error("unused")),
  };
  return port;
}

describe("the pane's first read (issue 16)", () => {
  it("goes out at once; the first readAll gets it, the next reads anew", async () => {
    const grids = baseGrids();
    const port = countingPort([async () => grids, async () => ({ sheets: [] })]);
    const primed = withFirstRead(port);
    expect(port.reads).toBe(1);
    await expect(primed.readAll()).resolves.toBe(grids);
    expect(port.reads).toBe(1);
    await expect(primed.readAll()).resolves.toEqual({ sheets: [] });
    expect(port.reads).toBe(2);
  });

  it("a failed first read is the first caller's error (not an unhandled rejection); the next call reads again", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const grids = baseGrids();
      const port = countingPort([async () => Promise.reject(new Error("Excel is busy")), async () => grids]);
      const primed = withFirstRead(port);
      await settle();
      await settle();
      expect(unhandled).toEqual([]);
      await expect(primed.readAll()).rejects.toThrow("Excel is busy");
      await expect(primed.readAll()).resolves.toBe(grids);
      expect(port.reads).toBe(2);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });

  it("through the Office.js adapter: the first check makes no read of its own (2 syncs in all, as without it), gives the same check, and a refresh reads again", async () => {
    const plainFake = createStrictFake(baseGrids());
    const plain = await createPaneHost(createExcelPort(plainFake.run, { isSetSupported: plainFake.isSetSupported }), { language: "sv", now }).check();

    const fake = createStrictFake(baseGrids());
    const port = withFirstRead(createExcelPort(fake.run, { isSetSupported: fake.isSetSupported }));
    await settle();
    const readSyncs = fake.syncCount;
    expect(readSyncs).toBe(plainFake.syncCount);
    expect(readSyncs).toBeGreaterThan(0);
    const host = createPaneHost(port, { language: "sv", now });
    const facts: unknown[] = [];
    const first = await host.check((f) => void facts.push(f));
    expect(fake.syncCount).toBe(readSyncs);
    expect(first).toEqual(plain);
    expect(facts).toHaveLength(1);
    await host.check();
    expect(fake.syncCount).toBe(2 * readSyncs);
  });
});
