/** How fake proxies find their sheet, and addresses of ranges passed as arguments. */
import { sheetById, type MemSheet, type MemWorkbook } from "../../support/memory-workbook";
import { richError } from "./engine";
import { FakeRange, type SheetRef } from "./range";

/** Binds to a sheet the first time an op needs it, then follows it by id (as Office.js object paths do). */
export class BoundSheet implements SheetRef {
  private id: string | null = null;
  constructor(
    private readonly wb: MemWorkbook,
    private readonly find: () => MemSheet | undefined,
    private readonly nullable = false,
    /** Where Excel says a missing sheet was asked for ("WorksheetCollection.getItem"). */
    private readonly location?: string,
  ) {}

  static byId(wb: MemWorkbook, id: string): BoundSheet {
    const ref = new BoundSheet(wb, () => sheetById(wb, id));
    ref.id = id;
    return ref;
  }

  tryResolve(): MemSheet | undefined {
    if (this.id === null) this.id = this.find()?.id ?? null;
    return this.id === null ? undefined : sheetById(this.wb, this.id);
  }

  resolve(): MemSheet {
    const sheet = this.tryResolve();
    if (!sheet) throw richError(this.nullable ? "InvalidObjectPath" : "ItemNotFound", "The requested resource doesn't exist.", this.location);
    return sheet;
  }

  bind(sheet: MemSheet): void {
    this.id = sheet.id;
  }
}

export const address = (range: unknown): string => {
  if (typeof range === "string") return range;
  if (range instanceof FakeRange && typeof range.where === "string") return range.where;
  throw new TypeError("Strict fake: expected a range or an address");
};
