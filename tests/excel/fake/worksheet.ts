/** A strict Excel.Worksheet and what hangs off it: panes, filter, page breaks, charts, tables. */
import { sheetByName, type MemSheet } from "../../support/memory-workbook";
import { FakeChart } from "./chart";
import { FakeObject, richError, type FakeEngine } from "./engine";
import { FakeRange } from "./range";
import { boxOf, checkColor, checkSheetName } from "./rules";
import { pageLayoutBag, tableCollection } from "./sheet-features";
import { address, type BoundSheet } from "./sheet-ref";

export class FakeWorksheet extends FakeObject {
  constructor(engine: FakeEngine, readonly ref: BoundSheet, private readonly nullable = false) {
    super(engine);
  }

  protected snapshot(property: string): unknown {
    const sheet = this.ref.tryResolve();
    if (property === "isNullObject") return sheet === undefined;
    if (!sheet) {
      if (this.nullable) return undefined;
      throw richError("ItemNotFound", "The requested resource doesn't exist.");
    }
    if (property === "name") return sheet.name;
    if (property === "id") return sheet.id;
    if (property === "position") return this.engine.wb.sheets.indexOf(sheet);
    throw new TypeError(`Strict fake: Worksheet.${property} cannot be loaded here.`);
  }

  override load(properties?: string | string[]): this {
    if (properties === undefined || !this.nullable) return super.load(properties);
    const list = (Array.isArray(properties) ? properties : properties.split(",")).map((p) => p.trim());
    this.enqueue([...list, "isNullObject"], 1.4);
    return this;
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get name(): string {
    return this.read("name");
  }
  get id(): string {
    return this.read("id");
  }
  get position(): number {
    return this.read("position");
  }

  set name(name: string) {
    this.engine.enqueue(name, () => {
      const sheet = this.ref.resolve();
      checkSheetName(name);
      const other = sheetByName(this.engine.wb, name);
      if (other && other !== sheet) throw richError("ItemAlreadyExists", `A sheet named ${name} exists.`, "Worksheet.name");
      sheet.name = name;
    });
  }

  set position(position: number) {
    this.engine.enqueue(position, () => {
      const { sheets } = this.engine.wb;
      const sheet = this.ref.resolve();
      if (!Number.isInteger(position) || position < 0 || position >= sheets.length) throw richError("InvalidArgument", "position");
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(position, 0, sheet);
    });
  }

  set tabColor(color: string) {
    this.engine.enqueue(color, () => void (this.ref.resolve().tabColor = checkColor(color)), { api: 1.7 });
  }

  delete(): void {
    this.engine.enqueue([], () => {
      const wb = this.engine.wb;
      const sheet = this.ref.resolve();
      if (wb.sheets.length === 1) throw richError("InvalidOperation", "A workbook must keep at least one sheet.");
      wb.sheets.splice(wb.sheets.indexOf(sheet), 1);
      for (const n of wb.names) if (n.sheetId === sheet.id) n.sheetId = null;
      if (wb.activeSheetId === sheet.id) wb.activeSheetId = wb.sheets[0]!.id;
    });
  }

  activate(): void {
    this.engine.enqueue([], () => {
      const sheet = this.ref.resolve();
      if (this.engine.wb.activeSheetId === sheet.id) return;
      this.engine.wb.activeSheetId = sheet.id;
      this.engine.raise({ kind: "activated", sheetId: sheet.id, args: { type: "WorksheetActivated" } });
    });
  }

  getRange(where: string): FakeRange {
    boxOf(where);
    return new FakeRange(this.engine, this.ref, where);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== true) throw new TypeError("Strict fake: only used ranges with valuesOnly = true are modelled.");
    this.engine.enqueue([true], () => undefined, { api: 1.4 });
    return new FakeRange(this.engine, this.ref, { used: true });
  }

  private on(api: number, payload: unknown, apply: (sheet: MemSheet) => void): void {
    this.engine.enqueue(payload, () => apply(this.ref.resolve()), { api });
  }

  /**
   * On Windows and Mac, freezing the panes of a sheet that is not active raises WorksheetActivated for it,
   * although the sheet on screen stays the same (OfficeDev/office-js#3148).
   */
  private freeze(s: MemSheet, freeze: { rows: number; columns: number }): void {
    s.freeze = freeze;
    if (this.engine.platform !== "web" && this.engine.wb.activeSheetId !== s.id) {
      this.engine.raise({ kind: "activated", sheetId: s.id, args: { type: "WorksheetActivated" } });
    }
  }

  get freezePanes(): object {
    return {
      freezeRows: (rows: number) => this.on(1.7, rows, (s) => this.freeze(s, { rows, columns: 0 })),
      freezeColumns: (columns: number) => this.on(1.7, columns, (s) => this.freeze(s, { rows: 0, columns })),
      freezeAt: (range: unknown) =>
        this.on(1.7, address(range), (s) => {
          const box = boxOf(address(range));
          if (box.row !== 0 || box.col !== 0) throw richError("InvalidArgument", "freezeAt starts at A1");
          this.freeze(s, { rows: box.rows, columns: box.cols });
        }),
    };
  }

  get autoFilter(): object {
    return { apply: (range: unknown) => this.on(1.9, address(range), (s) => (s.autoFilter = address(range))) };
  }

  get horizontalPageBreaks(): object {
    return { add: (range: unknown) => this.on(1.9, address(range), (s) => s.pageBreaks.push(address(range))) };
  }

  get pageLayout(): object {
    return pageLayoutBag((api, payload, apply) => this.on(api, payload, apply));
  }

  get charts(): { add(type: string, source: FakeRange, seriesBy: string): object } {
    return { add: (type, source, seriesBy) => new FakeChart(this.engine, this.ref, type, source, seriesBy) };
  }

  get tables(): object {
    return tableCollection(this.engine, (api, payload, apply) => this.on(api, payload, apply));
  }
}
