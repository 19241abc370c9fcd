import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbookFile } from "../../src/xlsx/read-file";
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
