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

describe("the verdict once the pledge has run its course", () => {
  // The same crimes, judged at the end: the forecast words no longer apply.
  const end = { baseline: 200, target: 100, sign: -1 as const, elapsed: 1, over: true };

  it("is met when the value reaches the target", () => {
    expect(targetStatus({ ...end, value: 100 })).toBe("met");
    expect(targetStatus({ ...end, value: 60 })).toBe("met");
  });

  it("is improved when the value moved towards the target without reaching it", () => {
    // 172 against 170 from 212 (the "Anmälda brott"): on track before, improved at the end.
    expect(targetStatus({ value: 172, baseline: 212, target: 170, sign: -1, elapsed: 1 })).toBe("on-track");
    expect(targetStatus({ value: 172, baseline: 212, target: 170, sign: -1, elapsed: 1, over: true })).toBe("improved");
    expect(targetStatus({ ...end, value: 199 })).toBe("improved");
  });

  it("is not-met at the baseline or worse", () => {
    expect(targetStatus({ ...end, value: 200 })).toBe("not-met");
    expect(targetStatus({ ...end, value: 260 })).toBe("not-met");
    // Higher is better: 13 from 9 towards 15 improved; 8 did not.
    expect(targetStatus({ value: 8, baseline: 9, target: 15, sign: 1, elapsed: 1, over: true })).toBe("not-met");
  });

  it("never gives a forecast word", () => {
    for (let v = 0; v <= 300; v += 7) {
      expect(["met", "improved", "not-met"]).toContain(targetStatus({ ...end, value: v }));
    }
  });

  it("keeps no-data and no-target, and reads a target equal to the baseline as met or not-met", () => {
    expect(targetStatus({ ...end, value: null })).toBe("no-data");
    expect(targetStatus({ ...end, target: null, value: 150 })).toBe("no-target");
    expect(targetStatus({ baseline: 50, target: 50, sign: 1, elapsed: 1, over: true, value: 50 })).toBe("met");
    expect(targetStatus({ baseline: 50, target: 50, sign: 1, elapsed: 1, over: true, value: 49 })).toBe("not-met");
  });
});
