/**
 * "Today" is the calendar day on the person's own clock: the Date's local day,
 * or the day at a given offset east of UTC. These tests hold in every time
 * zone (they are run under TZ=Europe/Stockholm, UTC and Pacific/Kiritimati):
 * local Dates are built from local fields, and fixed moments are read at an
 * explicit offset.
 */
import { dateOnDay, isoFromSerial, serialFromDate, serialFromIso, serialFromYMD, wallClock } from "../../src/core/date";

const day = (y: number, m: number, d: number) => serialFromYMD(y, m, d)!;

describe("serialFromDate: today where the person is", () => {
  it("is the Date's local day, from just after midnight to just before the next", () => {
    expect(serialFromDate(new Date(2025, 8, 5, 0, 30))).toBe(day(2025, 9, 5));
    expect(serialFromDate(new Date(2025, 8, 5, 23, 59))).toBe(day(2025, 9, 5));
    expect(serialFromDate(new Date(2026, 0, 1, 0, 0))).toBe(day(2026, 1, 1));
  });

  it("at 00:30 Swedish summer time (22:30 UTC the day before) is the new day", () => {
    const moment = new Date("2025-09-04T22:30:00Z");
    expect(serialFromDate(moment, 120)).toBe(day(2025, 9, 5));
    expect(serialFromDate(moment, 0)).toBe(day(2025, 9, 4));
  });

  it("at 00:30 on New Year's Day in Swedish winter time (UTC+1) is the new year", () => {
    expect(serialFromDate(new Date("2025-12-31T23:30:00Z"), 60)).toBe(day(2026, 1, 1));
  });

  it("west of UTC, late in the evening, is still that evening's day", () => {
    expect(isoFromSerial(serialFromDate(new Date("2025-09-05T02:00:00Z"), -300))).toBe("2025-09-04");
  });
});

describe("wallClock", () => {
  it("reads the local clock, or the clock at an offset", () => {
    expect(wallClock(new Date(2025, 8, 5, 14, 32))).toEqual({ year: 2025, month: 9, day: 5, hour: 14, minute: 32 });
    expect(wallClock(new Date("2025-09-05T12:32:00Z"), 120)).toEqual({ year: 2025, month: 9, day: 5, hour: 14, minute: 32 });
  });
});

describe("dateOnDay: --today at the present time of day", () => {
  it.each([
    [0, 30],
    [1, 59],
    [12, 0],
    [23, 59],
  ])("is that day on the local clock at %i:%i, whatever the real date", (hour, minute) => {
    const now = new Date(2026, 10, 25, hour, minute, 7);
    const moment = dateOnDay(day(2025, 9, 5), now);
    expect(serialFromDate(moment)).toBe(day(2025, 9, 5));
    expect([moment.getHours(), moment.getMinutes(), moment.getSeconds()]).toEqual([hour, minute, 7]);
  });
});

describe("serialFromIso: a date as text, with a time that must be one there is", () => {
  it("reads a date with or without a real time", () => {
    for (const text of ["2025-05-03", "2025-05-03 14:30", "2025-05-03T23:59:59", "2025-05-03 00:00:00.5+02:00", "2025-05-03T08:15Z"])
      expect([text, serialFromIso(text)]).toEqual([text, day(2025, 5, 3)]);
  });

  it("refuses an impossible time (2025-05-03 25:99) as no date", () => {
    for (const text of ["2025-05-03 25:99", "2025-05-03 24:00", "2025-05-03 12:60", "2025-05-03 12:30:61", "2025-05-03T12:00+25:00"])
      expect([text, serialFromIso(text)]).toEqual([text, null]);
  });
});
