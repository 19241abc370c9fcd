/**
 * Nothing lost: no command writes over its input (by any path, symbolic or
 * hard link), over an existing file without --force, or leaves a half-written
 * file. Every refusal is exit 2 with one Swedish line that says what to do.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { registerInputFromGrids } from "../../src/app/register";
import { fsCode, readProblem, writeProblem } from "../../src/cli/cli-texts";
import { CliError } from "../../src/cli/io";
import { errorMessage } from "../../src/core/messages/errors";
import { runCli } from "../../src/cli/run";
import { planOutput, saveFile, writeOutput, type WriteStep, xlsxPath } from "../../src/cli/safe-output";
import { registerPlans } from "../../src/core/template/register-plans";
import { demoRegister } from "../../src/demo/demo-register";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { renderWorkbook } from "../../src/xlsx/render-plan";
import { BIN_PLEDGE, ROOT } from "../acceptance/cli-runner";

jest.setTimeout(60_000);

const root = mkdtempSync(join(tmpdir(), "pledge-safe-"));
let registerBytes: Uint8Array;
let n = 0;

/** A fresh folder holding a copy of the demo register. */
function folder(): { dir: string; register: string } {
  const dir = join(root, `case-${++n}`);
  mkdirSync(dir);
  const register = join(dir, "register.xlsx");
  writeFileSync(register, registerBytes);
  return { dir, register };
}

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await runCli(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), now: new Date(2025, 8, 5, 14, 32) });
  return { code, out, err };
}

/** Bytes (sha256) and modification time: what "unchanged" means. */
function fingerprint(path: string): { sha256: string; mtimeMs: number; size: number } {
  const s = statSync(path);
  return { sha256: createHash("sha256").update(readFileSync(path)).digest("hex"), mtimeMs: s.mtimeMs, size: s.size };
}

/** One line, Swedish, no error code of the file system, no stack trace. */
function expectOneSwedishLine(err: string): void {
  const lines = err.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(err).toMatch(/[åäöÅÄÖ]/);
  expect(err).not.toMatch(/\bE[A-Z]{3,}\b|\n\s+at |Error:/);
}

function tempFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith(".tmp"));
}

beforeAll(async () => {
  registerBytes = await renderWorkbook(registerPlans(registerInputFromGrids(demoRegister())));
});

describe("pledge report never writes over its input", () => {
  const report = (register: string, out: string, ...more: string[]) =>
    run("report", register, "--tertial", "T2 2025", "--out", out, ...more);

  it.each([
    ["the same path", (r: string) => r],
    ["the same path without .xlsx", (r: string) => r.replace(/\.xlsx$/, "")],
    ["another spelling of the path", (r: string) => join(r, "..", ".", "register.xlsx")],
    ["a relative path", (r: string) => relative(process.cwd(), r)],
    [
      "a symbolic link to it",
      (r: string) => {
        const l = join(r, "..", "lank.xlsx");
        symlinkSync(r, l);
        return l;
      },
    ],
    [
      "a hard link to it",
      (r: string) => {
        const l = join(r, "..", "hardlank.xlsx");
        linkSync(r, l);
        return l;
      },
    ],
    [
      "a path through a symbolic link to its folder",
      (r: string) => {
        const l = join(r, "..", "..", `mapplank-${n}`);
        symlinkSync(join(r, ".."), l);
        return join(l, "register.xlsx");
      },
    ],
  ])("refuses --out as %s, with and without --force", async (_what, outOf) => {
    const { dir, register } = folder();
    const before = fingerprint(register);
    const out = outOf(register);
    for (const force of [[], ["--force"]]) {
      const r = await report(register, out, ...force);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expectOneSwedishLine(r.err);
      expect(r.err).toMatch(/registret .* skrivs aldrig över/);
      expect(r.err).toMatch(/--out \S+-2\.xlsx/);
      expect(fingerprint(register)).toEqual(before);
    }
    expect(tempFiles(dir)).toEqual([]);
  });

  it("refuses a register read through a symbolic link when --out is the file itself", async () => {
    const { dir, register } = folder();
    const link = join(dir, "genvag.xlsx");
    symlinkSync(register, link);
    const before = fingerprint(register);
    const r = await report(link, register, "--force");
    expect(r.code).toBe(2);
    expect(fingerprint(register)).toEqual(before);
  });

  it("does not replace an existing file without --force, and says how", async () => {
    const { dir, register } = folder();
    const colleague = join(dir, "kollegans.xlsx");
    writeFileSync(colleague, "en kollegas arbetsbok");
    const [before, input] = [fingerprint(colleague), fingerprint(register)];
    const r = await report(register, colleague);
    expect(r.code).toBe(2);
    expectOneSwedishLine(r.err);
    expect(r.err).toContain(`Filen ${colleague} finns redan`);
    expect(r.err).toContain("--force");
    expect(r.err).toContain(join(dir, "kollegans-2.xlsx"));
    expect(fingerprint(colleague)).toEqual(before);
    expect(fingerprint(register)).toEqual(input);
    expect(tempFiles(dir)).toEqual([]);
  });

  it("replaces an existing file that is not the input with --force, keeping its permissions", async () => {
    const { dir, register } = folder();
    const earlier = join(dir, "rapport.xlsx");
    writeFileSync(earlier, "förra rapporten", { mode: 0o640 });
    const input = fingerprint(register);
    const r = await report(register, earlier, "--force");
    expect(r.code).toBe(0);
    expect((await readWorkbook(new Uint8Array(readFileSync(earlier)))).sheets.map((s) => s.name)).toEqual([
      "Rapport T2 2025",
      "Kontroll",
      "Rapportlogg",
    ]);
    expect(statSync(earlier).mode & 0o777).toBe(0o640);
    expect(fingerprint(register)).toEqual(input);
    expect(tempFiles(dir)).toEqual([]);
  });

  it("with --force replaces a symbolic link to another file by the report, leaving that file alone", async () => {
    const { dir, register } = folder();
    const other = join(dir, "annan.xlsx");
    writeFileSync(other, "annan fil");
    const link = join(dir, "lank.xlsx");
    symlinkSync(other, link);
    const before = fingerprint(other);
    expect((await report(register, link, "--force")).code).toBe(0);
    expect(fingerprint(other)).toEqual(before);
    expect((await readWorkbook(new Uint8Array(readFileSync(link)))).sheets).toHaveLength(3);
  });

  it("adds .xlsx to an --out without it, and says where it wrote", async () => {
    const { dir, register } = folder();
    const r = await report(register, join(dir, "Rapport T2 2025"), "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).out).toBe(join(dir, "Rapport T2 2025.xlsx"));
    expect(existsSync(join(dir, "Rapport T2 2025.xlsx"))).toBe(true);
    expect(existsSync(join(dir, "Rapport T2 2025"))).toBe(false);
  });

  it.each([".xls", ".csv", ".XLSM", ".ods", ".pdf"])("refuses an --out ending in %s with a line that says to use .xlsx", async (suffix) => {
    const { dir, register } = folder();
    const r = await report(register, join(dir, `rapport${suffix}`));
    expect(r.code).toBe(2);
    expectOneSwedishLine(r.err);
    expect(r.err).toContain(`slutar på ${suffix}`);
    expect(r.err).toContain(join(dir, "rapport.xlsx"));
    expect(readdirSync(dir)).toEqual(["register.xlsx"]);
  });

  it("refuses a folder as --out", async () => {
    const { dir, register } = folder();
    mkdirSync(join(dir, "rapporter.xlsx"));
    for (const out of [join(dir, "rapporter.xlsx"), `${dir}/`, "."]) {
      const r = await report(register, out, "--force");
      expect(r.code).toBe(2);
      expectOneSwedishLine(r.err);
    }
  });

  it("says in words that the folder does not exist", async () => {
    const { register } = folder();
    const r = await report(register, join(root, "finns-inte", "rapport.xlsx"));
    expect(r.code).toBe(2);
    expectOneSwedishLine(r.err);
    expect(r.err).toMatch(/^Mappen .*finns-inte finns inte/);
  });
});

describe("check and trends leave the register as it was", () => {
  it("keeps bytes and modification time", async () => {
    const { register } = folder();
    const before = fingerprint(register);
    await run("check", register, "--json");
    await run("check", register);
    await run("trends", register, "--tertial", "T2 2025", "--json");
    await run("report", register, "--final", "--out", join(register, "..", "slut.xlsx"));
    expect(fingerprint(register)).toEqual(before);
  });
});

describe("pledge init", () => {
  it("does not write over an existing file without --force; with it, writes an empty register", async () => {
    const { dir, register } = folder();
    const before = fingerprint(register);
    const r = await run("init", register);
    expect(r.code).toBe(2);
    expectOneSwedishLine(r.err);
    expect(r.err).toContain("finns redan");
    expect(fingerprint(register)).toEqual(before);
    const other = join(dir, "gammal.xlsx");
    writeFileSync(other, "x");
    expect((await run("init", other, "--force")).code).toBe(0);
    expect((await readWorkbook(new Uint8Array(readFileSync(other)))).sheets.map((s) => s.name)).toEqual([
      "Löfte",
      "Parter",
      "Åtgärder",
      "Indikatorer",
    ]);
  });

  it("adds .xlsx and refuses .xls", async () => {
    const { dir } = folder();
    expect((await run("init", join(dir, "nytt"))).code).toBe(0);
    expect(existsSync(join(dir, "nytt.xlsx"))).toBe(true);
    const r = await run("init", join(dir, "nytt.xls"));
    expect(r.code).toBe(2);
    expectOneSwedishLine(r.err);
  });
});

describe("pledge demo", () => {
  it("writes its three files to a new folder, refuses the folder a second time and replaces them with --force", async () => {
    const dir = join(root, `demo-${++n}`);
    expect((await run("demo", dir)).code).toBe(0);
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(3);
    const before = files.map((f) => fingerprint(join(dir, f)));
    const again = await run("demo", dir);
    expect(again.code).toBe(2);
    expectOneSwedishLine(again.err);
    expect(again.err).toContain("och 2 till av demofilerna");
    expect(files.map((f) => fingerprint(join(dir, f)))).toEqual(before);
    expect((await run("demo", dir, "--force")).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(files);
  });

  it("writes nothing when one of its files is already there", async () => {
    const dir = join(root, `demo-${++n}`);
    mkdirSync(dir);
    const mine = join(dir, "skaggetorp-slutrapport.xlsx");
    writeFileSync(mine, "min egen slutrapport");
    const before = fingerprint(mine);
    const r = await run("demo", dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain("skaggetorp-slutrapport.xlsx");
    expect(readdirSync(dir)).toEqual(["skaggetorp-slutrapport.xlsx"]);
    expect(fingerprint(mine)).toEqual(before);
  });
});

describe("the write path", () => {
  it("adds .xlsx where the name has no file type, and refuses names of other types or none", () => {
    expect(xlsxPath("rapport")).toBe("rapport.xlsx");
    expect(xlsxPath("rapport.v2")).toBe("rapport.v2.xlsx");
    expect(xlsxPath("Rapport.XLSX")).toBe("Rapport.XLSX");
    for (const bad of ["rapport.xls", "rapport.csv", "", "mapp/", ".", ".."]) expect(() => xlsxPath(bad)).toThrow(CliError);
  });

  /** The line a refused `xlsxPath` says. */
  const refusal = (typed: string, input?: string) => {
    try {
      xlsxPath(typed, input);
    } catch (err) {
      return (err as CliError).textIn("sv");
    }
    throw new Error(`${JSON.stringify(typed)} was not refused`);
  };

  it.each([
    ["rapport.xlsx.", /^”rapport\.xlsx\.” slutar på en punkt.*till exempel rapport\.xlsx\.$/],
    ["rapport.xlsx..", /^”rapport\.xlsx\.\.” slutar på en punkt.*till exempel rapport\.xlsx\.$/],
    ["rapport.", /^”rapport\.” slutar på en punkt.*till exempel rapport\.xlsx\.$/],
    ["rapport.csv.", /till exempel rapport\.xlsx\.$/],
    ["ut/...", /slutar på en punkt.*till exempel ut\/RAPPORT\.xlsx\.$/],
    ["rapport.xlsx ", /^”rapport\.xlsx ” slutar på ett mellanslag.*till exempel rapport\.xlsx\.$/],
    ["rapport.xlsx\u00a0", /slutar på ett mellanslag.*till exempel rapport\.xlsx\.$/],
    ["rapport. ", /slutar på ett mellanslag.*till exempel rapport\.xlsx\.$/],
  ])("refuses %j, a name that ends in a dot or a space, and says a name to type instead", (typed, says) => {
    expect(refusal(typed)).toMatch(says);
    expect(refusal(typed)).toContain("Skriv ett namn som slutar på .xlsx");
  });

  it("never suggests the register read as the name to type instead", () => {
    expect(refusal("ut/reg.xlsx.", "ut/reg.xlsx")).toMatch(/till exempel ut\/reg-2\.xlsx\.$/);
  });

  it("report --out REG.xlsx. and --out 'REG.xlsx ' write nothing, leave the register as it was, and say what to type", async () => {
    const { dir, register } = folder();
    const before = fingerprint(register);
    for (const out of [`${register}.`, `${register} `, join(dir, "rapport.xlsx.")]) {
      const r = await run("report", register, "--tertial", "T2 2025", "--out", out);
      expect(r.code).toBe(2);
      expectOneSwedishLine(r.err);
      expect(r.err).toContain("Skriv ett namn som slutar på .xlsx, till exempel");
    }
    expect(readdirSync(dir)).toEqual(["register.xlsx"]);
    expect(fingerprint(register)).toEqual(before);
  });

  it.each<[WriteStep, string, RegExp]>([
    ["opened", "EROFS", /skrivskyddad/],
    ["opened", "EACCES", /behörighet/],
    ["chunk", "ENOSPC", /inte plats på disken/],
    ["synced", "EIO", /kunde inte sparas/],
    ["before-rename", "EBUSY", /öppen i Excel/],
  ])("a failure at %s (%s) leaves the earlier file whole, no temporary file, and says it in words", async (step, code, words) => {
    const { dir } = folder();
    const path = join(dir, "rapport.xlsx");
    writeFileSync(path, "förra");
    const before = fingerprint(path);
    const target = await planOutput(path, { force: true });
    const failure = Object.assign(new Error(`${code}: simulated`), { code });
    const promise = writeOutput(target, new Uint8Array(3 << 20).fill(1), (s) => {
      if (s === step) throw failure;
    });
    await expect(promise).rejects.toThrow(CliError);
    const message = await promise.catch((e: Error) => e.message);
    expect(message).toMatch(words);
    expect(message).not.toContain(code);
    expect(fingerprint(path)).toEqual(before);
    expect(tempFiles(dir)).toEqual([]);
  });

  it("an interruption mid-write that is no file-system error still removes the temporary file", async () => {
    const { dir } = folder();
    const path = join(dir, "rapport.xlsx");
    writeFileSync(path, "förra");
    const before = fingerprint(path);
    const promise = saveFile(path, new Uint8Array(3 << 20), { force: true }, (s, info) => {
      if (s === "chunk" && info.written >= 1 << 20) throw new Error("avbruten");
    });
    await expect(promise).rejects.toThrow(CliError);
    expect(fingerprint(path)).toEqual(before);
    expect(tempFiles(dir)).toEqual([]);
  });

  it("does not replace a file that appears under the name while the work is done (without --force)", async () => {
    const { dir } = folder();
    const path = join(dir, "ny.xlsx");
    const target = await planOutput(path);
    const promise = writeOutput(target, new Uint8Array([1, 2, 3]), (s) => {
      if (s === "synced") writeFileSync(path, "en kollega hann före");
    });
    await expect(promise).rejects.toThrow(/finns redan/);
    expect(readFileSync(path, "utf8")).toBe("en kollega hann före");
    expect(tempFiles(dir)).toEqual([]);
  });

  it("does not write over an input that takes the name while the work is done, even with --force", async () => {
    const { dir, register } = folder();
    const path = join(dir, "rapport.xlsx");
    const target = await planOutput(path, { inputs: [register], force: true });
    const before = fingerprint(register);
    const promise = writeOutput(target, new Uint8Array([1, 2, 3]), (s) => {
      if (s === "synced") linkSync(register, path);
    });
    await expect(promise).rejects.toThrow(/skrivs aldrig över/);
    expect(fingerprint(register)).toEqual(before);
  });

  it("says every file-system failure in words, never its code", () => {
    const codes = [
      "ENOENT",
      "EACCES",
      "EPERM",
      "EISDIR",
      "ENOSPC",
      "EROFS",
      "EDQUOT",
      "EBUSY",
      "ENOTDIR",
      "ENAMETOOLONG",
      "EIO",
      "EMFILE",
      "EXDEV",
    ];
    for (const code of codes) {
      for (const text of [writeProblem(code, "ut/rapport.xlsx", "ut"), readProblem(code, "register.xlsx")].map((m) => errorMessage(m))) {
        expect(text).not.toMatch(/\bE[A-Z]{3,}\b/);
        expect(text).toMatch(/[åäö]/);
        expect(text.split("\n")).toHaveLength(1);
      }
    }
    expect(fsCode(Object.assign(new Error("x"), { code: "ENOSPC" }))).toBe("ENOSPC");
    expect(fsCode(new Error("x"))).toBeNull();
  });

  it("reads a register that is a folder or unreadable with a line in words", async () => {
    const { dir } = folder();
    const r = await run("check", dir);
    expect(r.code).toBe(2);
    expectOneSwedishLine(r.err);
    expect(r.err).toContain("är en mapp");
  });
});

/** Starts a process; resolves when it ends. */
function start(args: string[]) {
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, PLEDGE_DEBUG: "" } });
  let stdout = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, ended, stdout: () => stdout };
}

async function until(test: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe("a process stopped while it writes", () => {
  const CHILD = join(__dirname, "support/slow-write-child.ts");
  const SIZE = 24 << 20;

  it.each<[NodeJS.Signals, boolean]>([
    ["SIGKILL", false],
    ["SIGTERM", true],
  ])("%s mid-write leaves the earlier file whole and readable", async (signal, cleansUp) => {
    const { dir, register } = folder();
    const path = join(dir, "rapport.xlsx");
    writeFileSync(path, registerBytes);
    const before = fingerprint(path);
    const p = start(["--require", "tsx/cjs", CHILD, path, String(SIZE)]);
    await until(() => p.stdout().includes("writing"), 30_000);
    const temp = /writing (.*)\n/.exec(p.stdout())![1]!;
    // Some of the file is written, not all of it: the kill lands mid-write.
    const partial = statSync(temp).size;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(SIZE);
    p.child.kill(signal);
    const ended = await p.ended;
    expect(ended.signal).toBe(signal);
    expect(p.stdout()).not.toContain("done");
    expect(fingerprint(path)).toEqual(before);
    expect((await readWorkbook(new Uint8Array(readFileSync(path)))).sheets.length).toBeGreaterThan(3);
    expect(existsSync(temp)).toBe(!cleansUp);
    expect(fingerprint(register).sha256).toBe(before.sha256);
  });

  it("the real pledge demo --force, killed as soon as it writes, leaves each file either whole as before or whole as new", async () => {
    const dir = join(root, `demo-${++n}`);
    expect((await run("demo", dir)).code).toBe(0);
    const files = readdirSync(dir).sort();
    const old = new Map(files.map((f) => [f, fingerprint(join(dir, f)).sha256]));
    const p = start([BIN_PLEDGE, "demo", dir, "--force"]);
    await until(() => tempFiles(dir).length > 0 || p.child.exitCode !== null, 60_000);
    p.child.kill("SIGKILL");
    await p.ended;
    for (const f of files) {
      const bytes = new Uint8Array(readFileSync(join(dir, f)));
      // Whole: it opens as a workbook, and is the earlier file or a complete new one.
      expect((await readWorkbook(bytes)).sheets.length).toBeGreaterThan(0);
      if (fingerprint(join(dir, f)).sha256 !== old.get(f)) expect(bytes.length).toBeGreaterThan(1000);
    }
  });
});
