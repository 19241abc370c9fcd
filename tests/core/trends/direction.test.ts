import { betterSign, direction, noise } from "../../../src/core/trends/direction";

describe("direction against the previous period", () => {
  it("reads a rise of more than 5 % as improving when higher is better", () => {
    expect(direction(106, 100, 1)).toBe("improving");
    expect(direction(94, 100, 1)).toBe("worsening");
  });

  it("treats exactly 5 % as stable, on both sides", () => {
    expect(direction(105, 100, 1)).toBe("stable");
    expect(direction(95, 100, 1)).toBe("stable");
    // 0.315 − 0.3 is 0.01499… in binary; the band edge must still hold.
    expect(direction(0.315, 0.3, 1)).toBe("stable");
    expect(direction(0.3151, 0.3, 1)).toBe("improving");
  });

  it("flips the reading when lower is better", () => {
    expect(direction(94, 100, -1)).toBe("improving");
    expect(direction(106, 100, -1)).toBe("worsening");
  });

  it("measures the band against |v(prev)| for negative values", () => {
    expect(direction(-94, -100, 1)).toBe("improving");
    expect(direction(-96, -100, 1)).toBe("stable");
  });

  it("lets the sign decide when the previous value is 0", () => {
    expect(direction(0.001, 0, 1)).toBe("improving");
    expect(direction(1, 0, -1)).toBe("worsening");
    expect(direction(0, 0, 1)).toBe("stable");
  });

  it("is unknown without both values", () => {
    expect(direction(null, 100, 1)).toBe("unknown");
    expect(direction(100, null, 1)).toBe("unknown");
  });

  it("maps Riktning to a sign", () => {
    expect(betterSign("Högre är bättre")).toBe(1);
    expect(betterSign("Lägre är bättre")).toBe(-1);
  });
});

describe("noise for counts", () => {
  it("calls a change within normal variation when |2(√v − √prev)| < 2", () => {
    // 2(√16 − √9) = 2: just not noise; 2(√15 − √9) ≈ 1.75: noise.
    expect(noise("Antal", 16, 9)).toBe(false);
    expect(noise("Antal", 15, 9)).toBe(true);
    expect(noise("Antal", 4, 9)).toBe(false); // 2(2 − 3) = −2, |−2| = 2
    expect(noise("Antal", 5, 9)).toBe(true);
  });

  it("treats a step from 0 to 1 as beyond noise (exactly 2)", () => {
    expect(noise("Antal", 1, 0)).toBe(false);
    expect(noise("Antal", 0, 0)).toBe(true);
  });

  it("reads large counts with a large normal variation", () => {
    // 2(√212 − √188) ≈ 1.69
    expect(noise("Antal", 212, 188)).toBe(true);
    expect(noise("Antal", 165, 212)).toBe(false);
  });

  it("is null for other units and without both values", () => {
    expect(noise("Procent", 15, 9)).toBeNull();
    expect(noise("Index", 15, 9)).toBeNull();
    expect(noise("Antal", null, 9)).toBeNull();
    expect(noise("Antal", 9, null)).toBeNull();
  });
});
