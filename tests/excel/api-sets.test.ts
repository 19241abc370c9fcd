/**
 * Every Office.js member the add-in uses, resolved through the TypeScript
 * checker over src/, with the requirement set its JSDoc in @types/office-js
 * names (`[Api set: ExcelApi 1.14]`; a member without one takes its type's).
 * A member above what manifest.xml requires must sit behind an
 * `isSetSupported` guard: the port's `supports("feature")` (FEATURE_SETS) or a
 * call of `isSetSupported("ExcelApi", "1.14")` itself, as the condition of an
 * `if`, `?:` or `&&` around it, or an early `if (!…) return` before it in the
 * same function. Hosts that lack the set would otherwise fail the whole request.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { FEATURE_SETS, MINIMUM_EXCEL_API } from "../../src/excel/requirements";

const ROOT = path.resolve(__dirname, "../..");

/** The ExcelApi minor version manifest.xml requires (1.9 → 9). */
function manifestMinimum(): string {
  const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const m = /<Set\s+Name="ExcelApi"\s+MinVersion="([\d.]+)"/.exec(xml);
  if (!m) throw new Error("manifest.xml declares no ExcelApi requirement");
  return m[1]!;
}

interface SetVersion {
  set: string;
  minor: number;
}

const minorOf = (version: string): number => Number(version.split(".")[1] ?? 0);

/** `[Api set: ExcelApi 1.1 for get, 1.8 for set]` → ExcelApi 1.8 (the highest it names). */
function apiSetOf(text: string): SetVersion | null {
  const tag = /\[\s*Api set:\s*([A-Za-z]+)\s+([^\]]*)\]/i.exec(text);
  if (!tag) return null;
  const versions = [...tag[2]!.matchAll(/\b1\.(\d+)\b/g)].map((m) => Number(m[1]));
  return { set: tag[1]!, minor: versions.length > 0 ? Math.max(...versions) : 0 };
}

function jsDocText(node: ts.Node): string {
  return ts
    .getJSDocCommentsAndTags(node)
    .map((d) => d.getText())
    .join("\n");
}

/** The requirement set of a declaration in the Office typings, or of its enclosing class or interface. */
function declaredSet(decl: ts.Declaration): SetVersion | null {
  const own = apiSetOf(jsDocText(decl));
  if (own) return own;
  const parent = decl.parent;
  if (parent && (ts.isClassDeclaration(parent) || ts.isInterfaceDeclaration(parent))) return apiSetOf(jsDocText(parent));
  return null;
}

const isOfficeTypings = (file: ts.SourceFile): boolean => /[\\/]@types[\\/]office-js[\\/]/.test(file.fileName);

interface Use {
  file: string;
  line: number;
  member: string;
  needs: SetVersion;
  guarded: boolean;
}

/** The ExcelApi version a guard expression checks for, if it is one. */
function guardVersion(expr: ts.Node, source: ts.SourceFile): number | null {
  let found: number | null = null;
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n)) {
      const callee = n.expression.getText(source);
      const args = n.arguments.map((a) => (ts.isStringLiteral(a) ? a.text : null));
      if (/(^|\.)supports$/.test(callee) && args[0] && args[0] in FEATURE_SETS) {
        found = Math.max(found ?? 0, minorOf(FEATURE_SETS[args[0] as keyof typeof FEATURE_SETS]));
      }
      if (/(^|\.)isSetSupported$/.test(callee) && args[0] === "ExcelApi" && args[1]) found = Math.max(found ?? 0, minorOf(args[1]));
    }
    ts.forEachChild(n, visit);
  };
  visit(expr);
  return found;
}

/** Whether `node` runs only after a guard for ExcelApi ≥ `minor` said yes. */
function isGuarded(node: ts.Node, minor: number, source: ts.SourceFile): boolean {
  const enough = (expr: ts.Node) => (guardVersion(expr, source) ?? -1) >= minor;
  let child: ts.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && child === parent.thenStatement && enough(parent.expression)) return true;
    if (ts.isConditionalExpression(parent) && child === parent.whenTrue && enough(parent.condition)) return true;
    if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && child === parent.right) {
      if (enough(parent.left)) return true;
    }
    if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
      // An early `if (!guard) return …;` before this statement.
      for (const statement of parent.statements) {
        if (statement === child) break;
        if (ts.isIfStatement(statement) && ts.isPrefixUnaryExpression(statement.expression) && enough(statement.expression)) {
          const then = statement.thenStatement;
          const exits = ts.isReturnStatement(then) || (ts.isBlock(then) && then.statements.some(ts.isReturnStatement));
          if (exits) return true;
        }
      }
    }
    if (ts.isFunctionLike(parent) && !ts.isArrowFunction(parent) && !ts.isFunctionExpression(parent)) break;
  }
  return false;
}

/** Every use of an Office typings member in `files`, with the set it needs and whether it is guarded. */
function officeUses(files: string[]): Use[] {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    skipLibCheck: true,
    types: ["office-js"],
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  const record = (source: ts.SourceFile, at: ts.Node, symbol: ts.Symbol | undefined) => {
    if (!symbol) return;
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    for (const decl of target.declarations ?? []) {
      if (!isOfficeTypings(decl.getSourceFile())) continue;
      const needs = declaredSet(decl);
      if (!needs) continue;
      const { line } = source.getLineAndCharacterOfPosition(at.getStart(source));
      uses.push({
        file: path.relative(ROOT, source.fileName),
        line: line + 1,
        member: `${checker.getFullyQualifiedName(target)}`,
        needs,
        guarded: isGuarded(at, needs.minor, source),
      });
      return;
    }
  };
  for (const source of program.getSourceFiles()) {
    if (source.isDeclarationFile || !files.includes(source.fileName)) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) record(source, node, checker.getSymbolAtLocation(node.name));
      // Options objects typed by the Office typings ({ delayForCellEdit: true }, hyperlinks, rules).
      if (ts.isPropertyAssignment(node) && ts.isObjectLiteralExpression(node.parent)) {
        const type = checker.getContextualType(node.parent);
        record(source, node, type?.getProperty(node.name.getText(source)));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** Sets of the other Office applications, which shared typings note beside Excel's (Event.completed: "Mailbox 1.3"). */
const OTHER_HOSTS = /^(Mailbox|Word|PowerPoint|OneNote|Visio|Project|Outlook)/i;

const above = (use: Use, minimum: number) =>
  !OTHER_HOSTS.test(use.needs.set) && (use.needs.set !== "ExcelApi" || use.needs.minor > minimum);

/** Three small sources beside src/ in the same program: one member above 1.9 bare, behind `?:`, behind an early return. */
const PROBES: Record<string, string> = {
  "bare.ts": `export const f = (a: Excel.WorksheetChangedEventArgs) => a.triggerSource;\n`,
  "guarded.ts": `export const f = (a: Excel.WorksheetChangedEventArgs, supports: (x: string) => boolean) =>\n  supports("eventTriggerSource") ? a.triggerSource : null;\n`,
  "early.ts": `export function f(a: Excel.WorksheetChangedEventArgs) {\n  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.14")) return null;\n  return a.triggerSource;\n}\n`,
};

describe("the Office.js members the add-in uses, against the manifest's requirement", () => {
  let uses: Use[];
  let probes: Use[];
  beforeAll(() => {
    fs.mkdirSync(path.join(ROOT, "out"), { recursive: true });
    const dir = fs.mkdtempSync(path.join(ROOT, "out", "api-sets-"));
    try {
      const probeFiles = Object.entries(PROBES).map(([name, text]) => {
        const file = path.join(dir, name);
        fs.writeFileSync(file, text);
        return file;
      });
      const all = officeUses([...sourceFiles(path.join(ROOT, "src")), ...probeFiles]);
      uses = all.filter((u) => u.file.startsWith("src"));
      probes = all.filter((u) => !u.file.startsWith("src"));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it("has the manifest's minimum as the adapter's MINIMUM_EXCEL_API", () => {
    expect(manifestMinimum()).toBe(MINIMUM_EXCEL_API);
  });

  it("resolves the members through the checker (the typings are where the test looks)", () => {
    const members = new Set(uses.map((u) => u.member));
    for (const known of ["Excel.Range.values", "Excel.WorksheetFreezePanes.freezeRows", "Excel.Functions.date", "Excel.WorksheetChangedEventArgs.source"]) {
      expect(members).toContain(known);
    }
    expect(uses.length).toBeGreaterThan(100);
  });

  it("guards every member above the manifest's ExcelApi with isSetSupported", () => {
    const minimum = minorOf(manifestMinimum());
    const unguarded = uses.filter((u) => above(u, minimum) && !u.guarded).map((u) => `${u.file}:${u.line} ${u.member} (${u.needs.set} 1.${u.needs.minor})`);
    expect(unguarded).toEqual([]);
    // The one member above 1.9 today, behind its guard.
    expect(uses.filter((u) => above(u, minimum)).map((u) => u.member)).toEqual(["Excel.WorksheetChangedEventArgs.triggerSource"]);
  });

  it("fails a member above the minimum without a guard, and passes it with one (the check can fail)", () => {
    const found = probes.filter((u) => u.member === "Excel.WorksheetChangedEventArgs.triggerSource");
    expect(found.map((u) => [path.basename(u.file), u.needs.minor, u.guarded])).toEqual([
      ["bare.ts", 14, false],
      ["guarded.ts", 14, true],
      ["early.ts", 14, true],
    ]);
  });
});
