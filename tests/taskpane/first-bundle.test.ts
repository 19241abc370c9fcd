/**
 * What the pane's first bundle holds: the modules src/taskpane/index.tsx reaches
 * through static imports (type-only imports and import() left out), as webpack
 * puts them in the initial file. The check engine loads on demand (`engine.ts`);
 * a static import of it from the pane's first modules once added 35 kB gzipped.
 */
import fs from "node:fs";
import path from "node:path";

const SRC = path.resolve(__dirname, "../../src");

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null; // packages: not the engine
  const base = path.resolve(path.dirname(from), spec);
  for (const f of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")])
    if (fs.existsSync(f) && fs.statSync(f).isFile()) return f;
  throw new Error(`cannot resolve ${spec} from ${from}`);
}

/** Specifiers a file imports or re-exports for their values. */
function valueImports(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/^(import|export)\s+([^;]*?)\s+from\s+"([^"]+)"/gms)) {
    const clause = m[2]!.trim();
    if (clause.startsWith("type ")) continue;
    const braces = /^\{([^}]*)\}$/.exec(clause);
    if (braces && braces[1]!.split(",").every((s) => s.trim() === "" || s.trim().startsWith("type "))) continue;
    out.push(m[3]!);
  }
  for (const m of text.matchAll(/^import\s+"([^"]+)"/gm)) out.push(m[1]!);
  return out;
}

function firstBundle(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of valueImports(file)) {
      const next = resolve(file, spec);
      if (next) todo.push(next);
    }
  }
  return new Set([...seen].map((f) => path.relative(SRC, f).split(path.sep).join("/")));
}

describe("the pane's first bundle", () => {
  const modules = firstBundle(path.join(SRC, "taskpane/index.tsx"));

  it("is found (the walk reaches the views drawn at start)", () => {
    expect(modules).toContain("taskpane/App.tsx");
    expect(modules).toContain("taskpane/StartView.tsx");
    expect(modules).toContain("taskpane/pane-findings.ts");
  });

  it("holds neither the check engine nor the use cases that run it", () => {
    const engine = [...modules].filter((m) =>
      /^(core\/check-register|core\/checks\/|core\/register\/(read-register|build-register|row-schema)|core\/messages\/(catalogue|sv|en)\.ts|app\/(check|check-tab|report|register|trends)\.ts|taskpane\/engine)/.test(
        m,
      ),
    );
    expect(engine).toEqual([]);
  });

  it("holds neither the Excel adapter nor Fluent's bars, badges and spinner (issue 16: they load as their own chunks)", () => {
    expect([...modules].filter((m) => m.startsWith("excel/"))).toEqual([]);
    expect([...modules].filter((m) => /^taskpane\/(Feedback|CountBadges|view-spinner)\.tsx$/.test(m))).toEqual([]);
    // The walk does reach the lazy wrappers Start draws them through.
    expect(modules).toContain("taskpane/start-feedback.tsx");
  });

  it("holds not the Nästa löfte view Start offers once the pledge has ended (it loads when asked for)", () => {
    expect([...modules].filter((m) => /^(taskpane\/NextPledgeView\.tsx|app\/next-pledge\.ts)$/.test(m))).toEqual([]);
    expect(fs.readFileSync(path.join(SRC, "taskpane/StartView.tsx"), "utf8")).toMatch(/lazy\(\(\) => import\("\.\/NextPledgeView"\)\)/);
  });
});
