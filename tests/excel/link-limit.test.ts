/** Excel keeps at most 65 530 hyperlinks on a worksheet: the adapter never asks for more. */
import { MAX_LINKS_PER_SHEET } from "../../src/core/plan/excel-limits";
import { emptyPlan, type SheetPlan } from "../../src/core/plan/sheet-plan";
import { cellAt } from "../support/memory-workbook";
import { portOnFake, sheetNamed } from "./harness";

/** A plan that (wrongly) asks for `count` links, one a row in column A. */
function overLinked(count: number): SheetPlan {
  const plan = { ...emptyPlan("Kontroll", "kontroll" as const), values: Array.from({ length: count }, (_, i) => [`A${i + 1}`]) };
  plan.links = plan.values.map((_, i) => ({ cell: `A${i + 1}`, sheet: "Löfte", target: `B${i + 1}` }));
  return plan;
}

describe("links beyond Excel's 65 530 a sheet", () => {
  it("writes the first 65 530 of a plan that asks for more, in requests under the budget, and the values of every row", async () => {
    const { fake, port } = portOnFake();
    await port.writeSheets([overLinked(MAX_LINKS_PER_SHEET + 10)]);
    const s = sheetNamed(fake, "Kontroll");
    expect(s.hyperlinks.size).toBe(65_530);
    expect(s.hyperlinks.get("A65530")).toEqual({ documentReference: "'Löfte'!B65530", textToDisplay: "A65530" });
    expect(s.hyperlinks.has("A65531")).toBe(false);
    expect(cellAt(s, "A65540")).toBe("A65540");
    expect(Math.max(...fake.bytesPerSync)).toBeLessThanOrEqual(4_000_000);
  });
});
