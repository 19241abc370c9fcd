/**
 * A reader that stops early (`pledge check FILE | head -1`) closes the pipe: the command
 * ends quietly with its own exit code, never a stack trace (src/cli/process-io.ts). The
 * built CLI (bin/pledge.js) is spawned with its stdout closed before it writes anything,
 * for every command that writes to stdout.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { registerInputFromGrids } from "../../src/app/register";
import { processIo } from "../../src/cli/process-io";
import { registerPlans } from "../../src/core/template/register-plans";
import { demoRegister } from "../../src/demo/demo-register";
import { renderWorkbook } from "../../src/xlsx/render-plan";

jest.setTimeout(120_000);

const ROOT = join(__dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "pledge-closed-"));
const register = join(dir, "register.xlsx");
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(async () => writeFileSync(register, await renderWorkbook(registerPlans(registerInputFromGrids(demoRegister())))));

/** Runs bin/pledge.js with stdout closed by the reader at once (or sent to `stdoutFd`). */
function pledge(args: string[], stdoutFd?: number): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [join(ROOT, "bin/pledge.js"), ...args], {
    cwd: ROOT,
    stdio: ["ignore", stdoutFd ?? "pipe", "pipe"],
    env: { ...process.env, PLEDGE_DEBUG: "" },
  });
  child.stdout?.destroy();
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stderr })));
}

describe("pledge with its stdout closed by the reader", () => {
  it.each<[string, string[], number]>([
    ["check", ["check", "REG", "--today", "2025-09-10", "--tertial", "T2 2025"], 1],
    ["check --json", ["check", "REG", "--json", "--today", "2025-09-10"], 1],
    ["trends", ["trends", "REG", "--tertial", "T2 2025"], 0],
    ["trends --json", ["trends", "REG", "--tertial", "T2 2025", "--json"], 0],
    ["reminders", ["reminders", "REG", "--tertial", "T2 2025", "--today", "2025-09-10"], 0],
    ["help", ["help"], 0],
  ])("%s ends quietly with its own exit code", async (_name, args, code) => {
    const r = await pledge(args.map((a) => (a === "REG" ? register : a)));
    expect(r.stderr).toBe("");
    expect(r.code).toBe(code);
  });

  it("report, next, init, demo and publish write their files and end quietly", async () => {
    const runs: [string[], string][] = [
      [["report", register, "--tertial", "T2 2025", "--out", join(dir, "rapport.xlsx")], "rapport.xlsx"],
      [["next", register, "--from", "2027-01-01", "--to", "2028-12-31", "--out", join(dir, "next.xlsx")], "next.xlsx"],
      [["init", join(dir, "tom.xlsx")], "tom.xlsx"],
      [["demo", join(dir, "demo")], "demo/skaggetorp-register.xlsx"],
      [["publish", register, "--tertial", "T2 2025", "--out", join(dir, "webb")], "webb/index.html"],
    ];
    for (const [args, file] of runs) {
      const r = await pledge(args);
      expect([r.stderr, r.code]).toEqual(["", 0]);
      expect(existsSync(join(dir, file))).toBe(true);
    }
  });

  const full = process.platform === "linux" && existsSync("/dev/full");
  (full ? it : it.skip)("a stdout that fails otherwise (a full disk) is said in one Swedish line, exit 2", async () => {
    const r = await pledge(["help"], openSync("/dev/full", "w"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Det finns inte plats på disken för stdout\.[^\n]*\n$/);
    expect(r.stderr).not.toMatch(/ENOSPC|\bat /);
  });
});

describe("processIo", () => {
  /** A stream that fails every write with `code` from the second on, as node does: an 'error' event. */
  function stream(code: string | null) {
    const written: string[] = [];
    let onError: ((err: Error & { code?: string }) => void) | undefined;
    return {
      written,
      fail: () => onError!(Object.assign(new Error(`write ${code}`), { code: code ?? undefined })),
      write: (s: string) => written.push(s),
      on: (_e: "error", l: (err: Error & { code?: string }) => void) => (onError = l),
    };
  }

  it("drops what is written after the reader closed stdout, says nothing and does not fail", () => {
    const out = stream("EPIPE");
    const err = stream(null);
    const io = processIo(out, err, new Date());
    io.stdout("a\n");
    out.fail();
    io.stdout("b\n");
    expect(out.written).toEqual(["a\n"]);
    expect(err.written).toEqual([]);
    expect(io.failed()).toBe(false);
  });
});
