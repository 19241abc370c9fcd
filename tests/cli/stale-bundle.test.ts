/**
 * bin/pledge.js runs the prebuilt bundle only while it holds the sources as they are:
 * a source changed (or removed) after the build runs the sources through tsx instead,
 * so a developer who edits src/ after `npm ci` never runs old code; a file only touched
 * (same content, new time, as git checkout leaves it) keeps the fast path. Tested in a
 * copy of the project (bin, scripts/build-cli.mjs, src, node_modules linked) so the
 * checkout's own out/cli/ is left alone.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

jest.setTimeout(180_000);

const ROOT = join(__dirname, "../..");
const copy = mkdtempSync(join(tmpdir(), "pledge-stale-"));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const ARGS_TS = join(copy, "src/cli/args.ts");
const ENTRY = join(copy, "out/cli/pledge.mjs");
const BUNDLE_MARK = "Användning (paketet):";

function build(): void {
  execFileSync(process.execPath, [join(copy, "scripts/build-cli.mjs")], { stdio: "pipe" });
  // Marks the bundle's own copy of the usage text (esbuild writes ä as \xE4), so the output says which one ran.
  const bundled = readFileSync(ENTRY, "utf8");
  const usage = /Anv\\xE4ndning[^:]*:/;
  expect(bundled).toMatch(usage);
  writeFileSync(ENTRY, bundled.replace(usage, "Anv\\xE4ndning (paketet):"));
}

/** `pledge help` as a user runs it: the first line of its usage text, and stderr. */
function help(): { first: string; stderr: string; status: number | null } {
  const run = spawnSync(process.execPath, [join(copy, "bin/pledge.js"), "help"], { encoding: "utf8" });
  return { first: run.stdout.split("\n")[0]!, stderr: run.stderr, status: run.status };
}

const edit = (from: string, to: string) => writeFileSync(ARGS_TS, readFileSync(ARGS_TS, "utf8").replace(from, to));

beforeAll(() => {
  for (const part of ["bin", "scripts/build-cli.mjs", "scripts/node-bundle.json", "src", "tsconfig.json", "package.json"])
    cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"), "dir");
  mkdirSync(join(copy, "out"));
  build();
});

describe("bin/pledge.js and a bundle older than the sources", () => {
  it("runs the bundle built from the sources as they are", () => {
    expect(help().first).toBe(BUNDLE_MARK);
    const built = JSON.parse(readFileSync(join(copy, "out/cli/built.json"), "utf8"));
    expect(Object.keys(built.sources)).toEqual(expect.arrayContaining(["src/cli/main.ts", "src/cli/args.ts", "src/xlsx/read-workbook.ts"]));
    expect(Object.keys(built.sources).filter((f) => f.includes("node_modules"))).toEqual([]);
  });

  it("keeps the bundle when a source is only touched (same content, new time)", () => {
    const later = new Date(Date.now() + 5000);
    utimesSync(ARGS_TS, later, later);
    expect(help().first).toBe(BUNDLE_MARK);
  });

  it("runs the sources through tsx once a source has changed, silently for programs that read the output", () => {
    edit("Användning:", "Användning (källkoden):");
    expect(help()).toEqual({ first: "Användning (källkoden):", stderr: "", status: 0 });
  });

  it("from the sources, the commands loaded by import() run too (node's module loader goes through tsx)", () => {
    const run = spawnSync(process.execPath, [join(copy, "bin/pledge.js"), "trends", join(copy, "finns-inte.xlsx")], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^Filen .*finns-inte\.xlsx finns inte\./);
  });

  it("is fast again once rebuilt", () => {
    build();
    expect(help().first).toBe(BUNDLE_MARK);
  });

  it("runs the sources when a file of the bundle is removed, or built.json is missing or from an older build", () => {
    const trends = join(copy, "src/cli/trends.ts");
    const kept = readFileSync(trends);
    unlinkSync(trends);
    expect(help().first).toBe("Användning (källkoden):");
    writeFileSync(trends, kept);
    expect(help().first).toBe(BUNDLE_MARK);

    const builtJson = join(copy, "out/cli/built.json");
    const built = readFileSync(builtJson, "utf8");
    writeFileSync(builtJson, JSON.stringify({ entry: "pledge.mjs", built: "2026-12-01T00:00:00.000Z" }));
    expect(help().first).toBe("Användning (källkoden):");
    unlinkSync(builtJson);
    expect(help().first).toBe("Användning (källkoden):");
    writeFileSync(builtJson, built);
    expect(help().first).toBe(BUNDLE_MARK);
  });
});
