import { execFileSync } from "node:child_process";
import { mkdtemp, open, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/run";
import { readWorkbookFile } from "../../src/xlsx/read-file";
import { READ_LIMITS } from "../../src/xlsx/read-limits";
import { renderWorkbook } from "../../src/xlsx/render-plan";
import { UnreadableWorkbookError } from "../../src/xlsx/errors";
import { emptyPlan } from "../../src/core/plan/sheet-plan";

let dir: string;
beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), "read-file-"))));
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe("readWorkbookFile", () => {
  it("reads a workbook from disk and leaves the file untouched", async () => {
    const plan = emptyPlan("Löfte", "register");
    plan.values = [
      ["Fält", "Värde"],
      ["Namn", "Skäggetorp"],
    ];
    const path = join(dir, "register.xlsx");
    const bytes = await renderWorkbook([plan]);
    await writeFile(path, bytes);
    const before = await stat(path);
    const { sheets } = await readWorkbookFile(path);
    expect(sheets[0]!.values).toEqual(plan.values);
    expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
    expect(new Uint8Array(await readFile(path))).toEqual(bytes);
  });

  it("throws UnreadableWorkbookError for a text file named .xlsx", async () => {
    const path = join(dir, "fake.xlsx");
    await writeFile(path, "Part-ID;Namn\n");
    await expect(readWorkbookFile(path)).rejects.toBeInstanceOf(UnreadableWorkbookError);
  });

  it("passes the file system's error on for a missing file", async () => {
    await expect(readWorkbookFile(join(dir, "saknas.xlsx"))).rejects.toMatchObject({ code: "ENOENT" });
  });
});

describe("pledge check on a path that is no saved file", () => {
  async function check(path: string) {
    let out = "";
    let err = "";
    const t0 = Date.now();
    const code = await runCli(["check", path], { stdout: (s) => (out += s), stderr: (s) => (err += s), now: new Date() });
    return { code, out, err, ms: Date.now() - t0 };
  }
  const refusedAtOnce = (run: Awaited<ReturnType<typeof check>>, says: RegExp) => {
    expect(run.code).toBe(2);
    expect(run.out).toBe("");
    expect(run.err.trimEnd().split("\n")).toHaveLength(1);
    expect(run.err).toMatch(says);
    expect(run.ms).toBeLessThan(5_000);
  };

  it("a FIFO is refused at once, without waiting for a writer", async () => {
    const fifo = join(dir, "register.xlsx.fifo");
    execFileSync("mkfifo", [fifo]);
    refusedAtOnce(await check(fifo), /är ingen vanlig fil utan en namngiven pipe \(FIFO\); pledge läser bara sparade filer/);
  });

  it("a device is refused without reading it (/dev/zero never ends)", async () => {
    refusedAtOnce(await check("/dev/zero"), /^\/dev\/zero är ingen vanlig fil utan en enhet/);
  });

  it("a folder is said to be one", async () => {
    refusedAtOnce(await check(dir), /är en mapp/);
  });

  it("a file over the size pledge reads is refused by its size, before it is read", async () => {
    const big = join(dir, "huge.xlsx");
    const handle = await open(big, "w");
    // A sparse file: it takes no disk space, and only its size is ever looked at.
    await handle.truncate(READ_LIMITS.fileBytes + 1);
    await handle.close();
    refusedAtOnce(await check(big), /^Filen är över 1024 MB, och pledge läser filer på högst 1024 MB \(se docs\/limits\.md\)/);
  });
});
