/**
 * The pledge bundle (scripts/build-cli.mjs, what bin/pledge.js runs): `check`
 * loads only what it uses. The modules reachable from the entry through static
 * imports (what node loads before `check` runs) hold the reader and the core but
 * no excelts (the workbook writer) and no SheetJS; every other command is a
 * chunk of its own, loaded by `import()` when it runs (COMMANDS in
 * src/cli/run.ts), and only the report commands' chunk holds excelts.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

jest.setTimeout(120_000);

const ROOT = join(__dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "pledge-bundle-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The files reachable from `entry` by static `import … from "./…"`. */
function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, "utf8").matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"/gms))
      visit(resolve(dirname(file), m[1]!));
  };
  visit(entry);
  return seen;
}

/** esbuild marks each bundled module with a comment naming its path. */
const modulesIn = (files: Iterable<string>) =>
  [...files].flatMap((f) => [...readFileSync(f, "utf8").matchAll(/^\/\/ (\S+)$/gm)].map((m) => m[1]!));

describe("the pledge bundle", () => {
  beforeAll(() => execFileSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs"), dir]));

  it("check starts with the reader and the core, and without excelts or SheetJS", () => {
    const loaded = modulesIn(staticClosure(join(dir, "pledge.mjs")));
    expect(loaded).toEqual(expect.arrayContaining(["src/xlsx/read-workbook.ts", "src/core/check-register.ts", "src/cli/run.ts"]));
    expect(loaded.filter((m) => /excelts|@e965|src\/xlsx\/render|src\/cli\/commands/.test(m))).toEqual([]);
  });

  /** The chunks the entry loads by `import()`, by the module they were made from. */
  const lazyChunks = () => {
    const entry = readFileSync(join(dir, "pledge.mjs"), "utf8");
    return new Map(
      [...entry.matchAll(/import\("\.\/chunks\/(([a-z-]+?)-[A-Z0-9]+\.mjs)"\)/g)].map((m) => [m[2]!, resolve(dir, "chunks", m[1]!)]),
    );
  };

  it("every command but check and help is a chunk of its own, loaded when it runs", () => {
    const lazy = lazyChunks();
    expect([...lazy.keys()].sort()).toEqual(["commands", "next", "publish", "reminders", "trends"]);
    const atStart = modulesIn(staticClosure(join(dir, "pledge.mjs")));
    expect(atStart.filter((m) => /src\/cli\/(commands|trends|reminders|next|publish)\.ts/.test(m))).toEqual([]);
    expect(modulesIn(staticClosure(lazy.get("publish")!))).toContain("src/cli/publish.ts");
    expect(modulesIn(staticClosure(lazy.get("trends")!))).toContain("src/cli/trends.ts");
    expect(modulesIn(staticClosure(lazy.get("reminders")!))).toContain("src/cli/reminders.ts");
  });

  it("the report commands' chunk holds excelts; trends, reminders and publish load none of it", () => {
    const lazy = lazyChunks();
    const withIt = modulesIn(staticClosure(lazy.get("commands")!));
    expect(withIt).toEqual(expect.arrayContaining(["src/cli/commands.ts", "src/xlsx/render-plan.ts"]));
    expect(withIt.some((m) => m.includes("node_modules/@cj-tech-master/excelts/"))).toBe(true);
    for (const name of ["trends", "reminders", "publish"])
      expect(modulesIn(staticClosure(lazy.get(name)!)).filter((m) => /excelts|src\/xlsx\/render/.test(m))).toEqual([]);
  });
});
