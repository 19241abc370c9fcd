/** A partner picks `Å2 – Medborgardialog` from the dropdown: the check and the figures read it as Å2. */
import { checkRegister } from "../../../src/core/check-register";
import { activityFigures } from "../../../src/core/figures/activity-figures";
import { baseGrids, T2_2025, TODAY, withCell } from "../../support/register-builder";

describe("IDs with their names, as the partner tab's dropdowns offer them", () => {
  const grids = withCell(withCell(baseGrids(), "Polisen", "B4", "Å2 – Medborgardialog"), "Polisen", "L4", "I1 - Anmälda brott");

  it("gives no unknown-measure, unknown-indicator or not-a-source finding", () => {
    const { findings } = checkRegister(grids, { today: TODAY, tertial: T2_2025 });
    expect(findings.filter((f) => ["unknown-measure", "unknown-indicator", "not-a-source", "not-involved"].includes(f.code))).toEqual([]);
  });

  it("counts the activity for its measure and the value for its indicator", () => {
    const plain = checkRegister(baseGrids(), { today: TODAY, tertial: T2_2025 });
    const named = checkRegister(grids, { today: TODAY, tertial: T2_2025 });
    expect(activityFigures(named.register, T2_2025)).toEqual(activityFigures(plain.register, T2_2025));
    expect(named.register.values.map((v) => v.indicatorId)).toEqual(plain.register.values.map((v) => v.indicatorId));
    expect(named.findings.map((f) => f.code)).toEqual(plain.findings.map((f) => f.code));
  });
});
