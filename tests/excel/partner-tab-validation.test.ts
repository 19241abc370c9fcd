/**
 * A partner tab added in Excel (the pane's "Lägg till flikar för parter"): its
 * validations as Office.js takes them (ExcelApi 1.8 rule types, errorAlert, prompt),
 * recorded by the strict fake, and the use case's round trips.
 */
import { addPartnerTabs } from "../../src/app/register";
import { percentRowFormula, TEMPLATE_UNIT_LOOKUP } from "../../src/core/template/partner-tab-plan";
import { createStrictFake } from "./strict-fake";
import { cellAt } from "../support/memory-workbook";
import { baseGrids } from "../support/register-builder";
import { portOnFake, sheetNamed } from "./harness";

/** The base register without Polisen's tab: adding tabs makes it anew. */
function withoutPolisen() {
  const grids = baseGrids();
  grids.sheets = grids.sheets.filter((s) => s.name !== "Polisen");
  return grids;
}

async function added() {
  const { fake, port, stats } = portOnFake({}, withoutPolisen());
  expect(await addPartnerTabs(port)).toEqual(["Polisen"]);
  return { fake, stats, s: sheetNamed(fake, "Polisen") };
}

describe("a partner tab written through Office.js", () => {
  it("takes at most three round trips, the validations none of their own", async () => {
    const { fake } = await added();
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    const bare = portOnFake({}, withoutPolisen(), 1.7);
    await addPartnerTabs(bare.port);
    expect(fake.syncCount).toBe(bare.fake.syncCount);
  });

  it("holds the heading, the reports line and the dropdowns' named items", async () => {
    const { s } = await added();
    expect(cellAt(s, "A1")).toBe("Aktiviteter och indikatorvärden – Polisen");
    expect(cellAt(s, "A2")).toBe("Era åtgärder: Å1 – Trygghetsvandringar (medverkande); Å2 – Medborgardialog (ansvarig).");
    expect(cellAt(s, "A3")).toBe("Aktiviteter");
    expect(cellAt(s, "K3")).toBe("Indikatorvärden");
    expect(cellAt(s, "A5")).toBe("Datum");
    expect(cellAt(s, "R6")).toBe("Å1 – Trygghetsvandringar");
    expect(cellAt(s, "S7")).toBe("I2 – Otrygga ute sent på kvällen");
  });

  it("sets date, whole-number and decimal rules with prompts, warning rather than stopping", async () => {
    const { s } = await added();
    const at = (range: string) => s.validations.find((v) => v.range === range);
    expect(at("A6:A1005")).toEqual({
      range: "A6:A1005",
      rule: { date: { formula1: "2024-08-01", formula2: "2025-12-31", operator: "Between" } },
      errorAlert: {
        showAlert: true,
        style: "Warning",
        title: "Stämmer det?",
        message: "Skriv ett datum inom löftets tid (2024-08-01–2025-12-31), som 2025-03-14.",
      },
      prompt: {
        showPrompt: true,
        title: "Datum",
        message: "Dagen då aktiviteten hölls, som 2025-03-14. Löftet gäller 2024-08-01–2025-12-31.",
      },
    });
    expect(at("F6:F1005")).toMatchObject({
      rule: { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } },
      errorAlert: { showAlert: true, style: "Warning" },
      prompt: { showPrompt: true, title: "Deltagare" },
    });
    expect(at("M6:M1005")).toMatchObject({
      rule: { custom: { formula: percentRowFormula("M6", "$L6", TEMPLATE_UNIT_LOOKUP) } },
      errorAlert: { showAlert: true, style: "Warning", title: "Stämmer det?" },
      prompt: { title: "Värde", message: expect.stringContaining("I procent: I2.") },
    });
  });

  it("holds a percent row to 0–100 by a custom rule where Polisen mixes Procent (I2) and Antal (I1), Kvinnor and Män too", async () => {
    const { s } = await added();
    for (const col of ["M", "N", "O"]) {
      const v = s.validations.find((x) => x.range === `${col}6:${col}1005`) as { rule: { custom: { formula: string } } };
      expect(v.rule).toEqual({ custom: { formula: percentRowFormula(`${col}6`, "$L6", TEMPLATE_UNIT_LOOKUP) } });
      expect(v.rule.custom.formula).toMatch(new RegExp(`^=AND\\(ISNUMBER\\(${col}6\\),${col}6>=0,OR\\(${col}6<=100,`));
    }
  });

  it("looks the unit up where this workbook's Indikatorer table stands (moved one column right)", async () => {
    const grids = withoutPolisen();
    grids.sheets = grids.sheets.map((x) => (x.name === "Indikatorer" ? { name: x.name, values: x.values.map((r) => [null, ...r]) } : x));
    const { fake, port } = portOnFake({}, grids);
    expect(await addPartnerTabs(port)).toEqual(["Polisen"]);
    const m = sheetNamed(fake, "Polisen").validations.find((v) => v.range === "M6:M1005") as { rule: { custom: { formula: string } } };
    expect(m.rule.custom.formula).toBe(percentRowFormula("M6", "$L6", { sheet: "Indikatorer", idColumn: "B", unitColumn: "D" }));
  });

  it("offers the named lists from the tab without an alert, so a bare code typed by hand is not questioned", async () => {
    const { s } = await added();
    const b = s.validations.find((v) => v.range === "B6:B1005");
    expect(b).toMatchObject({
      rule: { list: { inCellDropDown: true, source: "='Polisen'!$R$6:$R$7" } },
      errorAlert: { showAlert: false },
      prompt: { showPrompt: true, title: "Åtgärd-ID" },
    });
    expect(s.validations.find((v) => v.range === "D6:D1005")).toMatchObject({
      rule: { list: { source: "Planerad,Genomförd,Inställd" } },
      errorAlert: { showAlert: true, style: "Stop" },
    });
  });

  it("leaves out validation on a host without ExcelApi 1.8, and still writes the tab", async () => {
    const { fake, port } = portOnFake({}, withoutPolisen(), 1.7);
    expect(await addPartnerTabs(port)).toEqual(["Polisen"]);
    expect(sheetNamed(fake, "Polisen").validations).toEqual([]);
    expect(cellAt(sheetNamed(fake, "Polisen"), "A5")).toBe("Datum");
  });
});

describe("the strict fake on a custom rule, as Excel takes one", () => {
  const seed = { sheets: [{ name: "Polisen", values: [["Värde"]] }] };
  const tryRule = async (formula: unknown) => {
    const fake = createStrictFake(seed);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Polisen").getRange("M6:M10").dataValidation.rule = {
        custom: { formula },
      } as Excel.DataValidationRule;
      await ctx.sync();
    });
    return fake;
  };

  it("takes the template's formula", async () => {
    const fake = await tryRule(percentRowFormula("M6", "$L6", TEMPLATE_UNIT_LOOKUP));
    expect(sheetNamed(fake, "Polisen").validations[0]!.rule).toMatchObject({ custom: { formula: expect.stringMatching(/^=AND\(/) } });
  });

  it.each([
    ["no leading =", "AND(M6>=0)"],
    ["unbalanced parentheses", "=AND(M6>=0"],
    ["an open quote", '=M6<>"Procent'],
    ["an array constant", '=OR(M6={"a","b"})'],
    ["a structured reference", "=M6<=MAX(Indikatorer[Målvärde])"],
    ["over 255 characters", `=AND(${"M6>=0,".repeat(50)}TRUE)`],
    ["not a string", 42],
  ])("refuses %s", async (_what, formula) => {
    await expect(tryRule(formula)).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("the strict fake on a validation's texts, as Office stores them", () => {
  const seed = { sheets: [{ name: "Polisen", values: [["Värde"]] }] };
  const x = (n: number) => "x".repeat(n);
  const trySet = async (what: "errorAlert" | "prompt", title: string, message: string) => {
    const fake = createStrictFake(seed);
    await fake.run(async (ctx) => {
      const dv = ctx.workbook.worksheets.getItem("Polisen").getRange("M6:M10").dataValidation;
      if (what === "errorAlert") dv.errorAlert = { showAlert: true, style: "Warning", title, message };
      else dv.prompt = { showPrompt: true, title, message };
      await ctx.sync();
    });
    return sheetNamed(fake, "Polisen").validations[0]!;
  };

  it.each([
    ["errorAlert", "title", 32],
    ["errorAlert", "message", 224],
    ["prompt", "title", 32],
    ["prompt", "message", 255],
  ] as const)("takes a %s %s of %i characters and refuses one more", async (what, part, limit) => {
    const texts = (n: number) => (part === "title" ? [x(n), "Ett tal."] : ["Värde", x(n)]) as [string, string];
    await expect(trySet(what, ...texts(limit))).resolves.toMatchObject({ [what]: { [part]: x(limit) } });
    await expect(trySet(what, ...texts(limit + 1))).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
