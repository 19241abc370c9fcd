/**
 * The 0–100 rule of a percent row on a partner tab whose indicators mix Procent and
 * Antal (issue 14 item 6), judged by an independent spreadsheet: the template's
 * `.xlsx` is opened by openpyxl, rows are typed on Polisen's tab the way people type
 * them (an ID with its name, a bare code in another case, a hyphen instead of the
 * dash, spaces around), and beside each row the validation's own formula, moved to
 * that row as Excel moves it, is put in a cell. LibreOffice then opens the file,
 * computes those cells and saves it: each must say TRUE where the rule lets the
 * value in and FALSE where it does not, and the converted file must still hold the
 * custom validation over the table's rows (LibreOffice parsed the formula).
 *
 * Needs python3 with openpyxl and soffice; without soffice the test says so and is skipped.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openpyxlPythonOrNull } from "../../scripts/bench/openpyxl-file";
import { registerInputFromGrids } from "../../src/app/register";
import { registerPlans } from "../../src/core/template/register-plans";
import { renderWorkbook } from "../../src/xlsx/render-plan";
import { SOFFICE } from "../acceptance/outside-tools";
import { baseGrids } from "../support/register-builder";

/** [Indikator-ID as typed, Värde as typed, whether the rule lets it in]; Polisen's I1 is Antal, I2 Procent, I9 not on the register. */
const ROWS: [string, number | string, boolean][] = [
  ["I2 – Otrygga ute sent på kvällen", 46, true],
  ["I2", 146, false],
  ["i2", 100, true],
  [" I2 ", 100.5, false],
  ["I2 - Otrygga ute sent på kvällen", 101, false],
  ["I2", "abc", false],
  ["I1", 165, true],
  ["I1 – Anmälda brott", 250, true],
  ["I1", -3, false],
  ["I9", 500, true],
];

/** Types the rows into L/M of Polisen from row 6 and puts the M6 rule's formula, moved to each row, in X. */
const TYPE_ROWS = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Polisen']
f = next(d for d in ws.data_validations.dataValidation if str(d.sqref) == 'M6:M1005').formula1
for i, (ident, value) in enumerate(json.loads(sys.argv[3])):
    r = 6 + i
    ws.cell(row=r, column=12, value=ident)
    ws.cell(row=r, column=13, value=value)
    ws.cell(row=r, column=24, value='=' + f.replace('$L6', '$L%d' % r).replace('M6', 'M%d' % r))
wb.save(sys.argv[2])
`;

const READ_BACK = `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1], data_only=True)['Polisen']
print(json.dumps(dict(
  results=[ws.cell(row=6 + i, column=24).value for i in range(int(sys.argv[2]))],
  custom=[dict(sqref=str(d.sqref), formula1=d.formula1, errorStyle=d.errorStyle) for d in ws.data_validations.dataValidation if d.type == 'custom'])))
`;

const python = openpyxlPythonOrNull();
if (!SOFFICE || !python) console.warn("LibreOffice check of the percent-row rule skipped: needs soffice and python3 with openpyxl.");
const maybe = SOFFICE && python ? describe : describe.skip;

maybe("a percent row's 0–100 rule, computed by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "percent-rule-"));
  let seen: { results: unknown[]; custom: { sqref: string; formula1: string; errorStyle: string }[] };

  beforeAll(async () => {
    const grids = baseGrids();
    grids.sheets = grids.sheets.map((s) => (s.name === "Polisen" ? { name: s.name, values: [] } : s));
    const made = join(dir, "register.xlsx");
    const typed = join(dir, "typed.xlsx");
    writeFileSync(made, await renderWorkbook(registerPlans(registerInputFromGrids(grids))));
    execFileSync(python!, ["-c", TYPE_ROWS, made, typed, JSON.stringify(ROWS.map(([id, v]) => [id, v]))]);
    const out = join(dir, "lo");
    mkdirSync(out);
    const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
    execFileSync(
      SOFFICE!,
      [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", out, typed],
      {
        stdio: "ignore",
        timeout: 120_000,
      },
    );
    rmSync(profile, { recursive: true, force: true });
    seen = JSON.parse(
      execFileSync(python!, ["-c", READ_BACK, join(out, "typed.xlsx"), String(ROWS.length)], { encoding: "utf8" }),
    ) as typeof seen;
  }, 150_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(ROWS.map((r, i) => [i, ...r] as const))("row %i: %s with %s is %s", (i, _id, _value, allowed) => {
    expect(seen.results[i]).toBe(allowed);
  });

  it("keeps the custom rule on Värde, Kvinnor and Män, warning rather than stopping, after LibreOffice saved the file", () => {
    expect(seen.custom.map((c) => c.sqref).sort()).toEqual(["M6:M1005", "N6:N1005", "O6:O1005"]);
    for (const c of seen.custom) {
      expect(c.errorStyle).toBe("warning");
      expect(c.formula1).toMatch(
        /^AND\(ISNUMBER\([MNO]6\),[MNO]6>=0,OR\([MNO]6<=100,.*Indikatorer'?!\$C:\$C,MATCH\(.*\$L6.*Indikatorer'?!\$A:\$A,0\).*<>"Procent"\)\)$/,
      );
    }
  });
});
