/** A small register with every kind of row, and free text that must never reach a report. */
import type { Register } from "../../../src/core/register/types";
import type { ReportContext } from "../../../src/core/report/model/report-context";
import { activity, indicator, measure, partner, register, tertial, value } from "../trends/factories";

// Local time: a report shows the local clock, so it reads 14:32 in every time zone.
export const CREATED = new Date(2025, 8, 5, 14, 32);
export const T2_2025 = tertial("T2 2025");
export const SECRET_COMMENT = "Ring Kalle på 070-123 45 67 om nycklarna";
export const SECRET_TITLE = "Grillkväll hos familjen Svensson";

export function smallRegister(): Register {
  return register({
    partners: [partner("KOM"), partner("POL"), partner("STG")],
    measures: [{ ...measure("Å1", "KOM"), title: "Trygghetsvandringar", focus: "Kvinnors trygghet", status: "Pågår" }],
    indicators: [
      indicator("I3", { name: "Anmälda brott", direction: "Lägre är bättre", baseline: 212, target: 150, sources: ["POL"] }),
      indicator("I2", {
        name: "Otrygga ute sent",
        unit: "Procent",
        frequency: "År",
        aggregation: "Medel",
        direction: "Lägre är bättre",
        baseline: 44,
        target: 35,
        genderSplit: true,
        sources: ["POL"],
      }),
      indicator("I6", { name: "Deltagare i fritid", baseline: 310, target: 500, sources: ["STG"] }),
    ],
    values: [
      value("I3", "T1 2025", 188),
      value("I3", "T2 2025", 120),
      value("I2", "2024", 41.5, { women: 50, men: 33 }),
      value("I2", "2025", 38.5, { women: 45, men: 32 }),
      { ...value("I6", "T2 2025", 355, { partnerId: "STG" }), comment: SECRET_COMMENT },
    ],
    activities: [
      activity("KOM", "Å1", "2025-05-14", {
        title: SECRET_TITLE,
        comment: SECRET_COMMENT,
        participants: 1230,
        women: 540,
        men: 690,
        occasions: 3,
      }),
      activity("KOM", "Å1", "2025-06-02", { participants: 0, occasions: 1 }),
      activity("STG", "Å1", "2025-02-02", { participants: 10 }),
    ],
    excludedRows: 7,
    totalRows: 12,
  });
}

export function context(reg: Register = smallRegister()): ReportContext {
  return { register: reg, findings: [], createdAt: CREATED };
}

export function emptyRegister(): Register {
  return register({ pledge: null });
}

/** Measures ongoing with and without activity in T2 2025, done and cancelled; the indicators they should move by ID (one unknown, one twice). */
export function promisesRegister() {
  return register({
    partners: [{ ...partner("KOM"), name: "Kommunen" }, partner("POL")],
    measures: [
      { ...measure("Å1"), title: "Trygghetsvandringar", status: "Pågår", indicators: ["I3", "i2", "I3"], focus: "Kvinnors trygghet" },
      { ...measure("Å2", "POL"), title: "Medborgardialog", status: "Pågår", indicators: ["I9"] },
      { ...measure("Å3"), title: "Feriejobb", status: "Genomförd" },
      { ...measure("Å4", "POL"), title: "Öppen idrottshall", status: "Avbruten" },
    ],
    indicators: [
      indicator("I3", { name: "Anmälda brott", direction: "Lägre är bättre", baseline: 212, target: 150 }),
      indicator("I2", { name: "Otrygga ute sent", unit: "Procent", direction: "Lägre är bättre" }),
    ],
    values: [value("I3", "T1 2025", 188), value("I3", "T2 2025", 160)],
    activities: [
      activity("KOM", "Å1", "2025-05-14", { occasions: 2, participants: 20, women: 12, men: 8 }),
      activity("POL", "Å1", "2025-06-02", { status: "Planerad", occasions: 1, participants: 5 }),
      activity("POL", "Å2", "2025-02-10", { occasions: 1, participants: 30 }),
      activity("KOM", "Å3", "2024-10-01"),
    ],
  });
}
