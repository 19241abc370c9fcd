/** Excel keeps at most 65 530 hyperlinks on a worksheet and repairs a file with more: the renderer writes no more. */
import { MAX_LINKS_PER_SHEET } from "../../src/core/plan/excel-limits";
import { emptyPlan, type SheetPlan } from "../../src/core/plan/sheet-plan";
import { renderWorkbook } from "../../src/xlsx/render-plan";
import { sheetParts } from "./package-parts";
import { entryText, zipEntries } from "./zip-entries";

function overLinked(count: number): SheetPlan {
  const plan = { ...emptyPlan("Kontroll", "kontroll" as const), values: Array.from({ length: count }, (_, i) => [`A${i + 1}`]) };
  plan.links = plan.values.map((_, i) => ({ cell: `A${i + 1}`, sheet: "Kontroll", target: `B${i + 1}` }));
  return plan;
}

describe("renderWorkbook and Excel's link limit", () => {
  it("writes the first 65 530 links of a plan that asks for more, and every row's value", async () => {
    const entries = await zipEntries(await renderWorkbook([overLinked(MAX_LINKS_PER_SHEET + 10)]));
    const xml = entryText(entries, sheetParts(entries).get("Kontroll")!);
    const links = [...xml.matchAll(/<hyperlink ref="([A-Z]+\d+)"/g)].map((m) => m[1]);
    expect(links).toHaveLength(65_530);
    expect(links.at(-1)).toBe("A65530");
    expect(xml).toContain('<c r="A65540"');
  }, 60_000);
});
