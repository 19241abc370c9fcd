/**
 * What the .xlsx reader reads at most, so a damaged or hostile file ends in a
 * line of the error catalogue (exit 2) instead of filling the memory. The figures and why
 * they are where they are: docs/limits.md, "What pledge reads at most".
 */

const MB = 1024 * 1024;

export const READ_LIMITS = {
  /** The file itself: it is read into memory whole (the largest register measured is 47 MB). */
  fileBytes: 1024 * MB,
  /** One part of the package unpacked (a sheet's XML; 500 000 rows written by SheetJS are about 400 MB). */
  partBytes: 1536 * MB,
  /** All parts unpacked together. */
  totalBytes: 3072 * MB,
  /**
   * A part that unpacks to more than this many times its packed size, when it is
   * larger than `bombFloorBytes`, is refused before it is unpacked: sheets written
   * by Excel, LibreOffice, openpyxl and SheetJS pack 5–40 times, an inflation bomb
   * hundreds of times.
   */
  bombRatio: 150,
  bombFloorBytes: 64 * MB,
  /**
   * Cells the grids may hold in all, empty ones between cells included (each is a
   * slot of 8 bytes or more): 500 000 rows of 16 columns are 8 million.
   */
  slots: 64_000_000,
  /** Excel's own sheet size; a cell beyond it is a damaged sheet. */
  rows: 1_048_576,
  columns: 16_384,
} as const;
