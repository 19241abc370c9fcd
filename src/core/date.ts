/**
 * Calendar dates as Excel serial day numbers (1900 date system), the form
 * Office.js gives for date cells. Serial 45730 is 2025-03-14.
 */

export interface YMD {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;
// Excel counts a day 1900-02-29 that never was; serials from 61 on are days since 1899-12-30.
const EPOCH_AFTER_BUG = Date.UTC(1899, 11, 30);
const EPOCH_BEFORE_BUG = Date.UTC(1899, 11, 31);

/** Serial for a calendar date; null when the date does not exist (2025-02-30). */
export function serialFromYMD(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  if (year < 1900 || year > 9999) return null;
  const afterBug = Math.round((t - EPOCH_AFTER_BUG) / MS_PER_DAY);
  return afterBug >= 61 ? afterBug : Math.round((t - EPOCH_BEFORE_BUG) / MS_PER_DAY);
}

/** Calendar date of a serial (fractions, the time of day, are dropped). */
export function ymdFromSerial(serial: number): YMD {
  const whole = Math.floor(serial);
  const t = whole >= 61 ? EPOCH_AFTER_BUG + whole * MS_PER_DAY : EPOCH_BEFORE_BUG + whole * MS_PER_DAY;
  const d = new Date(t);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** "2025-03-14" for a serial. */
export function isoFromSerial(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Serial of an ISO date "2025-03-14" (a time part is allowed and ignored, but must be a
 * time there is: "2025-05-03 25:99" is no date); null if not a real date or not in ISO
 * form: "2025-3-14" is not, as the contract says.
 */
export function serialFromIso(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/.exec(text.trim());
  if (!m) return null;
  const [hour, minute, second, offsetHours, offsetMinutes] = [m[4], m[5], m[6], m[7], m[8]].map((x) => Number(x ?? 0));
  if (hour! > 23 || minute! > 59 || second! > 59 || offsetHours! > 14 || offsetMinutes! > 59) return null;
  return serialFromYMD(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** A moment as a clock on the wall shows it. */
export interface WallClock extends YMD {
  hour: number;
  minute: number;
}

/**
 * The calendar day and time of `d` where the person is: the Date's local time
 * (the time zone of the machine the pane or `pledge` runs on), or, given
 * `offsetMinutes`, at that offset east of UTC (120 for Swedish summer time).
 */
export function wallClock(d: Date, offsetMinutes?: number): WallClock {
  if (offsetMinutes === undefined) {
    return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), hour: d.getHours(), minute: d.getMinutes() };
  }
  const t = new Date(d.getTime() + offsetMinutes * 60_000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate(), hour: t.getUTCHours(), minute: t.getUTCMinutes() };
}

/**
 * Serial of the day `d` falls on where the person is ("today"): its local day,
 * or the day at `offsetMinutes` east of UTC. At 00:30 in Sweden that is the new
 * day, though in UTC it is still the one before.
 */
export function serialFromDate(d: Date, offsetMinutes?: number): number {
  const { year, month, day } = wallClock(d, offsetMinutes);
  return serialFromYMD(year, month, day)!;
}

/** The moment on day `serial` at the local time of day of `timeOf`: `--today` with the present time. */
export function dateOnDay(serial: number, timeOf: Date): Date {
  const { year, month, day } = ymdFromSerial(serial);
  return new Date(year, month - 1, day, timeOf.getHours(), timeOf.getMinutes(), timeOf.getSeconds());
}

/** Smallest and largest serials accepted as dates (1900-01-01 to 9999-12-31). */
export const MIN_SERIAL = 1;

/** A serial in the 1904 date system (Excel for Mac's old default) plus this is the same day's 1900 serial. */
export const DAYS_1904_TO_1900 = 1462;
export const MAX_SERIAL = 2_958_465;
