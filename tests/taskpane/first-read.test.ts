/**
 * The first workbook read asked for when Office is ready (issue 16, `src/taskpane/first-read.ts`): the first check
 * takes that read instead of making its own, so the pane's round trips are what they were; later reads are new.
 */
import { createExcelPort } from "../../src/excel";
import type { WorkbookPort } from "../../src/app/port";
import type { WorkbookGrids } from "../../src/core/cell";
import { FIRST_READ_FRESH_MS, withFirstRead } from "../../src/taskpane/first-read";
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

  it("hands the first read over only while it is fresh: a caller long after it is in (a retried check, a report) reads the workbook anew", async () => {
    // The workbook as the pane opened, then as the person has changed it since.
    const before = baseGrids();
    const after = { sheets: [] };
    let t = 1_000;
    const port = countingPort([async () => before, async () => after]);
    const primed = withFirstRead(port, () => t);
    await settle();
    // The first check failed before reading (its chunk did not load); the person retries a minute later.
    t += 60_000;
    await expect(primed.readAll()).resolves.toBe(after);
    expect(port.reads).toBe(2);

    // Within the window, and while the read is under way, the first caller takes it.
    t = 1_000;
    const edge = countingPort([async () => before, async () => after]);
    const onTime = withFirstRead(edge, () => t);
    await settle();
    t += FIRST_READ_FRESH_MS;
    await expect(onTime.readAll()).resolves.toBe(before);
    expect(edge.reads).toBe(1);
    let answer: (g: WorkbookGrids) => void = () => undefined;
    const slow = countingPort([() => new Promise<WorkbookGrids>((resolve) => (answer = resolve)), async () => after]);
    const pending = withFirstRead(slow, () => t);
    t += 60_000;
    const taken = pending.readAll();
    answer(before);
    await expect(taken).resolves.toBe(before);
    expect(slow.reads).toBe(1);
  });

  it("a failed first read no caller takes in time is no unhandled rejection, and a late caller reads anew", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      let t = 0;
      const grids = baseGrids();
      const port = countingPort([async () => Promise.reject(new Error("Excel is busy")), async () => grids]);
      const primed = withFirstRead(port, () => t);
      await settle();
      await settle();
      t += FIRST_READ_FRESH_MS + 1;
      await expect(primed.readAll()).resolves.toBe(grids);
      await settle();
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });
});
