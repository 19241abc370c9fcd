/**
 * Would other programs open what we render without complaint? excelts ships an
 * OOXML checker of Excel's opening invariants (not exported, so it is loaded by
 * path); LibreOffice, when installed, re-saves the file and must keep our parts.
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { renderWorkbook } from "../../src/xlsx/render-plan";
import { allPlans } from "./full-plan";
import { entryPaths, entryText, zipEntries } from "./zip-entries";

interface OoxmlReport {
  ok: boolean;
  problems: { severity: string; kind: string; message: string }[];
}

function loadValidator(): ((bytes: Uint8Array) => Promise<OoxmlReport>) | null {
  try {
    const root = dirname(require.resolve("@cj-tech-master/excelts"));
    const mod = require(join(root, "modules/excel/utils/ooxml-validator/index.js")) as {
      validateXlsxBuffer: (b: Uint8Array) => Promise<OoxmlReport>;
    };
    return mod.validateXlsxBuffer;
  } catch {
    return null;
  }
}

function hasSoffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

const validate = loadValidator();
(validate ? it : it.skip)("passes excelts' OOXML checker with no error", async () => {
  const report = await validate!(await renderWorkbook(allPlans()));
  expect(report.problems.filter((p) => p.severity === "error")).toEqual([]);
  expect(report.ok).toBe(true);
});

(hasSoffice() ? it : it.skip)(
  "survives a LibreOffice round trip with its tables, rules, dropdowns, links, chart and markers",
  async () => {
    const dir = await mkdtemp(join(tmpdir(), "lo-"));
    try {
      const input = join(dir, "rapport.xlsx");
      await writeFile(input, await renderWorkbook(allPlans()));
      const out = join(dir, "out");
      execFileSync(
        "soffice",
        ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "xlsx", "--outdir", out, input],
        {
          stdio: "ignore",
          timeout: 120_000,
        },
      );
      const entries = await zipEntries(new Uint8Array(await readFile(join(out, "rapport.xlsx"))));
      const sheet = entryText(entries, "xl/worksheets/sheet1.xml");
      expect(sheet).toMatch(/<iconSet iconSet="3Arrows" showValue="0">/);
      expect(sheet).toMatch(/<cfRule type="cellIs"[^>]*operator="equal"/);
      expect(sheet).toMatch(/<dataValidation\b[^>]*errorStyle="warning"/);
      expect(sheet).toMatch(/<hyperlink ref="F2" location="&apos;Kontroll&apos;!A7"/);
      expect(entryPaths(entries, /^xl\/tables\/table\d+\.xml$/)).toHaveLength(2);
      expect(entryText(entries, entryPaths(entries, /^xl\/charts\/chart\d+\.xml$/)[0]!)).toContain("<c:lineChart>");
      expect(entryText(entries, "xl/workbook.xml")).toMatch(/name="MLofteGen_3"[^>]*>&apos;Bob&apos;&apos;s slutrapport&apos;!\$A\$1</);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
  180_000,
);
