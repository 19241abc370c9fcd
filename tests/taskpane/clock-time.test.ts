/**
 * Start's "Senaste kontroll: kl. …" and the partner view's time: `clockTime` writes what
 * `toLocaleTimeString` gives for the pane's languages (sv-SE, en-GB; 2-digit hour and minute), for every minute
 * of a day, without calling Intl itself (issue 16: a page's first Intl call is on the path to interactive).
 */
import { clockTime } from "../../src/taskpane/use-overview";

describe("clockTime", () => {
  const minutes = Array.from({ length: 24 * 60 }, (_, m) => new Date(2025, 2, 30, Math.floor(m / 60), m % 60, 59));

  it.each([
    ["sv", "sv-SE"],
    ["en", "en-GB"],
  ] as const)("%s: as %s writes every minute of a day", (language, locale) => {
    const differ = minutes.filter((d) => clockTime(d, language) !== d.toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit" }));
    expect(differ.map((d) => d.toLocaleTimeString(locale, { hour: "2-digit", minute: "2-digit" }))).toEqual([]);
  });

  it("24-hour, two digits each", () => {
    expect(clockTime(new Date(2025, 0, 1, 0, 5), "sv")).toBe("00:05");
    expect(clockTime(new Date(2025, 0, 1, 13, 7), "en")).toBe("13:07");
    expect(clockTime(new Date(2025, 0, 1, 23, 59), "sv")).toBe("23:59");
  });

  it("does not call Intl (its first call loads a locale's data)", () => {
    const spy = jest.spyOn(Date.prototype, "toLocaleTimeString");
    const format = jest.spyOn(Intl, "DateTimeFormat");
    clockTime(new Date(2025, 0, 1, 9, 30), "sv");
    expect(spy).not.toHaveBeenCalled();
    expect(format).not.toHaveBeenCalled();
    spy.mockRestore();
    format.mockRestore();
  });
});
