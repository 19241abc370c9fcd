import { periodLabel, tertialIndex } from "../../src/core/period";
import {
  elapsedShare,
  inPledge,
  latestEndedTertial,
  pledgePeriods,
  pledgePhase,
  pledgeTertials,
  tertialEnd,
  tertialHolding,
  tertialOf,
} from "../../src/core/pledge-calendar";
import { period, pledge, serial, tertial } from "./trends/factories";

describe("pledgeTertials", () => {
  it("lists every tertial that overlaps the Skäggetorp pledge", () => {
    expect(pledgeTertials(pledge("2024-08-01", "2025-12-31")).map(periodLabel)).toEqual([
      "T2 2024",
      "T3 2024",
      "T1 2025",
      "T2 2025",
      "T3 2025",
    ]);
  });

  it("counts a tertial touched by a single day", () => {
    expect(pledgeTertials(pledge("2024-04-30", "2024-05-01")).map(periodLabel)).toEqual(["T1 2024", "T2 2024"]);
  });

  it("gives one tertial for a pledge inside one tertial", () => {
    expect(pledgeTertials(pledge("2025-09-01", "2025-12-31")).map(periodLabel)).toEqual(["T3 2025"]);
  });

  it("gives none when the pledge ends before it starts", () => {
    expect(pledgeTertials(pledge("2025-12-31", "2024-08-01"))).toEqual([]);
  });
});

describe("elapsedShare", () => {
  const tertials = pledgeTertials(pledge());
  it("is 3/5 at T1 2025 of a five-tertial pledge", () => {
    expect(elapsedShare(tertials, tertialIndex(tertial("T1 2025")))).toBeCloseTo(0.6, 12);
  });
  it("is 0 before the pledge and 1 after it", () => {
    expect(elapsedShare(tertials, tertialIndex(tertial("T1 2024")))).toBe(0);
    expect(elapsedShare(tertials, tertialIndex(tertial("T1 2026")))).toBe(1);
  });
});

describe("days and tertials", () => {
  it("puts a day in its tertial: T1 January–April, T2 May–August, T3 September–December", () => {
    expect(periodLabel(tertialOf(serial("2025-04-30")))).toBe("T1 2025");
    expect(periodLabel(tertialOf(serial("2025-05-01")))).toBe("T2 2025");
    expect(periodLabel(tertialOf(serial("2025-08-31")))).toBe("T2 2025");
    expect(periodLabel(tertialOf(serial("2025-09-01")))).toBe("T3 2025");
  });

  it("ends a tertial on its last day", () => {
    expect(tertialEnd(tertial("T1 2024"))).toBe(serial("2024-04-30"));
    expect(tertialEnd(tertial("T2 2025"))).toBe(serial("2025-08-31"));
    expect(tertialEnd(tertial("T3 2025"))).toBe(serial("2025-12-31"));
  });
});

describe("the pledge's periods", () => {
  it("offers its tertials, then its years", () => {
    expect(pledgePeriods(pledge()).map(periodLabel)).toEqual(["T2 2024", "T3 2024", "T1 2025", "T2 2025", "T3 2025", "2024", "2025"]);
  });

  it("holds its tertials and the years it touches, nothing else", () => {
    for (const p of ["T2 2024", "T3 2025", "2024", "2025"]) expect(inPledge(pledge(), period(p))).toBe(true);
    for (const p of ["T1 2024", "T1 2026", "2023", "2026"]) expect(inPledge(pledge(), period(p))).toBe(false);
  });
});

describe("the default tertials", () => {
  const p = pledge();
  it("reports on the latest pledge tertial that has ended: T2 2025 on 2025-09-05", () => {
    expect(periodLabel(latestEndedTertial(p, serial("2025-09-05"))!)).toBe("T2 2025");
    expect(periodLabel(latestEndedTertial(p, serial("2025-08-31"))!)).toBe("T1 2025");
    expect(periodLabel(latestEndedTertial(p, serial("2025-09-01"))!)).toBe("T2 2025");
  });

  it("reports on the first tertial before any has ended, and the last once the pledge is over", () => {
    expect(periodLabel(latestEndedTertial(p, serial("2024-06-01"))!)).toBe("T2 2024");
    expect(periodLabel(latestEndedTertial(p, serial("2026-03-01"))!)).toBe("T3 2025");
    // A pledge that ends before its last tertial does: that tertial once the pledge is over.
    expect(periodLabel(latestEndedTertial(pledge("2024-03-01", "2024-06-30"), serial("2024-07-01"))!)).toBe("T2 2024");
  });

  it("judges completeness for the tertial that holds today, clamped to the pledge", () => {
    expect(periodLabel(tertialHolding(p, serial("2025-09-05"))!)).toBe("T3 2025");
    expect(periodLabel(tertialHolding(p, serial("2025-06-10"))!)).toBe("T2 2025");
    expect(periodLabel(tertialHolding(p, serial("2023-01-01"))!)).toBe("T2 2024");
    expect(periodLabel(tertialHolding(p, serial("2027-01-01"))!)).toBe("T3 2025");
  });

  it("has no tertial for a validity that ends before it starts", () => {
    const reversed = pledge("2025-12-31", "2024-08-01");
    expect(latestEndedTertial(reversed, serial("2025-09-05"))).toBeNull();
    expect(tertialHolding(reversed, serial("2025-09-05"))).toBeNull();
  });
});

// Skäggetorp's pledge: 2024-08-01 to 2025-12-31, tertials T2 2024 … T3 2025.
describe("pledgePhase: where today stands against the pledge", () => {
  const day = serial;
  const p = { validFrom: day("2024-08-01"), validTo: day("2025-12-31") };

  it("before the pledge starts, gives its first day (not a tertial)", () => {
    expect(pledgePhase(p, day("2024-06-15"))).toEqual({ kind: "before", from: day("2024-08-01") });
  });

  it("counts the validity's first and last day as part of the pledge", () => {
    expect(pledgePhase(p, day("2024-08-01"))).toEqual({ kind: "during", tertial: tertial("T2 2024") });
    expect(pledgePhase(p, day("2025-12-31"))).toEqual({ kind: "during", tertial: tertial("T3 2025") });
  });

  it("after the pledge, says until when it ran and its last tertial", () => {
    expect(pledgePhase(p, day("2026-01-08"))).toEqual({ kind: "after", to: day("2025-12-31"), lastTertial: tertial("T3 2025") });
  });

  it("the last tertial of a pledge ending mid-tertial is the one holding its last day", () => {
    const short = { validFrom: day("2024-03-01"), validTo: day("2024-06-30") };
    expect(pledgePhase(short, day("2024-07-01"))).toEqual({ kind: "after", to: day("2024-06-30"), lastTertial: tertial("T2 2024") });
  });
});
