import { progress, targetStatus } from "../../../src/core/trends/target-status";

describe("progress towards the target", () => {
  it("is (v − b)/(g − b)", () => {
    expect(progress(180, 212, 150)).toBeCloseTo(32 / 62, 9);
    expect(progress(0.3, 0.1, 0.4)).toBeCloseTo(2 / 3, 9);
  });

  it("is null without v, b or g, or when g = b", () => {
    expect(progress(null, 1, 2)).toBeNull();
    expect(progress(1, null, 2)).toBeNull();
    expect(progress(1, 1, null)).toBeNull();
    expect(progress(1, 2, 2)).toBeNull();
  });
});

describe("target status", () => {
  // Crimes: baseline 200, target 100, lower is better; 3 of 5 tertials elapsed (e = 0.6).
  const crimes = { baseline: 200, target: 100, sign: -1 as const, elapsed: 0.6 };

  it("is met when the value reaches the target, in the better direction", () => {
    expect(targetStatus({ ...crimes, value: 100 })).toBe("met");
    expect(targetStatus({ ...crimes, value: 90 })).toBe("met");
  });

  it("is on-track when progress is at least elapsed − 0.10", () => {
    // p = (200 − 150)/100 = 0.5 = 0.6 − 0.1: on the edge
    expect(targetStatus({ ...crimes, value: 150 })).toBe("on-track");
  });

  it("is at-risk when progress is behind but not negative", () => {
    expect(targetStatus({ ...crimes, value: 151 })).toBe("at-risk");
    expect(targetStatus({ ...crimes, value: 200 })).toBe("at-risk");
  });

  it("is off-track when the value moved away from the target", () => {
    expect(targetStatus({ ...crimes, value: 201 })).toBe("off-track");
  });

  it("is no-target without baseline or target, checked before no-data", () => {
    expect(targetStatus({ ...crimes, baseline: null, value: 150 })).toBe("no-target");
    expect(targetStatus({ ...crimes, target: null, value: null })).toBe("no-target");
  });

  it("is no-data without a value", () => {
    expect(targetStatus({ ...crimes, value: null })).toBe("no-data");
  });

  it("reads a target equal to the baseline as met or off-track", () => {
    expect(targetStatus({ baseline: 50, target: 50, sign: 1, elapsed: 0.2, value: 50 })).toBe("met");
    expect(targetStatus({ baseline: 50, target: 50, sign: 1, elapsed: 0.2, value: 49 })).toBe("off-track");
  });
});
