/** A strict Excel.Range: shape-checked values and formats, recorded formatting and features. */
import { a1Range } from "../../../src/core/address";
import { boxValues, setCell, usedBox, type Box, type MemSheet } from "../../support/memory-workbook";
import { bag, isBool, isNumber, isText, oneOf, type BagSpec } from "./bag";
import { FakeObject, richError, type FakeEngine } from "./engine";
import { conditionalFormatCollection, dataValidationBag } from "./range-features";
import { boxOf, checkColor, checkShape, overlaps, parseTyped } from "./rules";

export interface SheetRef {
  resolve(): MemSheet;
}

const color = (v: unknown): unknown => checkColor(v);
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"];

const BORDER: BagSpec = { props: { style: oneOf("Continuous", "None", "Dash", "Dot"), weight: oneOf("Thin", "Medium", "Thick", "Hairline"), color } };
const FONT: BagSpec = { props: { bold: isBool, italic: isBool, size: isNumber, color, name: isText } };

export class FakeRange extends FakeObject {
  constructor(engine: FakeEngine, private readonly sheetRef: SheetRef, readonly where: string | { used: true }) {
    super(engine);
  }

  /** While one load's properties are taken: the box they share (a used range is found once, not per property). */
  private loading: { box: Box | null } | null = null;

  /** The cells this range covers now, or null for an empty used range. */
  box(): Box | null {
    if (this.loading) return this.loading.box;
    const sheet = this.sheetRef.resolve();
    return typeof this.where === "string" ? boxOf(this.where) : usedBox(sheet);
  }

  protected override snapshotAll(list: string[]): (readonly [string, unknown])[] {
    // Nothing runs between the properties of one load: they see the same cells, so the box is found once.
    this.loading = { box: this.box() };
    try {
      return super.snapshotAll(list);
    } finally {
      this.loading = null;
    }
  }

  private sheet(): MemSheet {
    return this.sheetRef.resolve();
  }

  protected snapshot(property: string): unknown {
    const box = this.box();
    if (property === "isNullObject") return box === null;
    if (box === null) return undefined;
    switch (property) {
      case "values":
        // Past five million cells Excel may give null instead of failing (docs: Excel performance, payload limits).
        return box.rows * box.cols > this.engine.readCellLimit ? null : boxValues(this.sheet(), box);
      case "numberFormat": {
        const sheet = this.sheet();
        // A sheet with no format set: every cell General, without a key per cell.
        if (sheet.numberFormats.size === 0) return Array.from({ length: box.rows }, () => new Array<string>(box.cols).fill("General"));
        return Array.from({ length: box.rows }, (_, r) =>
          Array.from({ length: box.cols }, (_, c) => sheet.numberFormats.get(`${box.row + r},${box.col + c}`) ?? "General"),
        );
      }
      case "rowIndex":
        return box.row;
      case "columnIndex":
        return box.col;
      case "rowCount":
        return box.rows;
      case "columnCount":
        return box.cols;
      case "address":
        return `${this.sheet().name}!${a1Range(box.row, box.col, box.rows, box.cols)}`;
      default:
        throw new TypeError(`Strict fake: Range.${property} cannot be loaded here.`);
    }
  }

  override load(properties?: string | string[]): this {
    if (properties === undefined) return super.load(properties);
    const list = (Array.isArray(properties) ? properties : properties.split(",")).map((p) => p.trim());
    this.enqueue([...list, "isNullObject"]);
    return this;
  }

  get isNullObject(): boolean {
    return this.read("isNullObject");
  }

  private loadedValue<T>(property: string): T {
    if (this.read<boolean>("isNullObject")) throw richError("InvalidObjectPath", `Range.${property} of a null object.`);
    return this.read<T>(property);
  }

  get values(): unknown[][] {
    return this.loadedValue("values");
  }
  get numberFormat(): unknown[][] {
    return this.loadedValue("numberFormat");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get address(): string {
    return this.loadedValue("address");
  }

  set values(values: unknown[][]) {
    this.engine.enqueue(values, () => {
      const box = this.box()!;
      const rows = checkShape(values, box, "Range.values");
      const sheet = this.sheet();
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null) return; // null leaves the cell as it is
          if (!["string", "number", "boolean"].includes(typeof v)) throw richError("InvalidArgument", `Bad value ${String(v)}`);
          // Excel holds at most 32 767 characters in a cell; what Office.js does with more is not documented, so the fake refuses it.
          if (typeof v === "string" && v.length > 32_767) {
            throw richError("InvalidArgument", `Strict fake: ${v.length} characters in one cell, more than Excel's 32 767.`);
          }
          const key = `${box.row + r},${box.col + c}`;
          sheet.formulas.delete(key);
          if (typeof v !== "string" || sheet.numberFormats.get(key) === "@") return setCell(sheet, box.row + r, box.col + c, v as string);
          const typed = parseTyped(v);
          if (typed.formula && this.engine.formulaText === "reject") {
            throw richError("InvalidArgument", `Strict fake: "${v.slice(0, 40)}" would become a formula; set the cell's number format to "@" first.`);
          }
          if (typed.formula) sheet.formulas.set(key, typed.formula);
          // Typing "41,5 %" or a date into a General cell gives it that format, as Excel does.
          if (typed.numberFormat && (sheet.numberFormats.get(key) ?? "General") === "General") sheet.numberFormats.set(key, typed.numberFormat);
          setCell(sheet, box.row + r, box.col + c, typed.value);
        }),
      );
      this.raiseChanged(sheet, box);
    }, { values: true });
  }

  /** WorksheetChanged for a value the add-in wrote: a local change that this add-in made (ExcelApi 1.14 says so). */
  private raiseChanged(sheet: MemSheet, box: Box): void {
    const args: Record<string, unknown> = {
      type: "WorksheetChanged",
      address: a1Range(box.row, box.col, box.rows, box.cols),
      changeType: "RangeEdited",
      source: "Local",
    };
    if (this.engine.apiMinor >= 14) args.triggerSource = "ThisLocalAddin";
    this.engine.raise({ kind: "changed", sheetId: sheet.id, args });
  }

  set numberFormat(formats: unknown[][]) {
    this.engine.enqueue(formats, () => {
      const box = this.box()!;
      const rows = checkShape(formats, box, "Range.numberFormat");
      const sheet = this.sheet();
      rows.forEach((row, r) =>
        row.forEach((f, c) => {
          if (f === null) return;
          if (typeof f !== "string") throw richError("InvalidArgument", `Bad number format ${String(f)}`);
          sheet.numberFormats.set(`${box.row + r},${box.col + c}`, f);
        }),
      );
    });
  }

  /** Records a format property; widths and heights also land on their columns and rows. */
  private recordFormat(property: string, value: unknown, api = 1.1): void {
    this.engine.enqueue({ [property]: value }, () => {
      const box = this.box()!;
      const sheet = this.sheet();
      if (property.startsWith("borders.InsideHorizontal") && box.rows < 2) throw richError("InvalidArgument", "No inside horizontal edge");
      if (property.startsWith("borders.InsideVertical") && box.cols < 2) throw richError("InvalidArgument", "No inside vertical edge");
      if (property === "columnWidth") for (let c = 0; c < box.cols; c++) sheet.columnWidths.set(box.col + c, value as number);
      if (property === "rowHeight") for (let r = 0; r < box.rows; r++) sheet.rowHeights.set(box.row + r, value as number);
      sheet.formats.push({ range: typeof this.where === "string" ? this.where : "used", property, value });
    }, { api });
  }

  private formatBag: object | null = null;

  /** `range.format` (made at first use: a read makes hundreds of ranges and sets no format on them). */
  get format(): object {
    return (this.formatBag ??= this.makeFormat());
  }

  private makeFormat(): object {
    return bag(
      {
        props: {
          horizontalAlignment: oneOf("General", "Left", "Center", "Right", "Fill", "Justify"),
          verticalAlignment: oneOf("Top", "Center", "Bottom", "Justify"),
          wrapText: isBool,
          indentLevel: isNumber,
          columnWidth: isNumber,
          rowHeight: isNumber,
        },
        children: {
          font: FONT,
          fill: { props: { color } },
          borders: { methods: { getItem: (_path, edge) => this.borderItem(edge as string) } },
        },
      },
      (path, value) => this.recordFormat(path, value, path === "indentLevel" ? 1.9 : 1.1),
    );
  }

  /** `format.borders.getItem(edge)`. */
  private borderItem(edge: string): object {
    if (!EDGES.includes(edge)) throw richError("InvalidArgument", `Unknown border ${edge}`);
    return bag(BORDER, (path, value) => this.recordFormat(`borders.${edge}.${path}`, value));
  }

  merge(across = false): void {
    this.engine.enqueue([across], () => {
      const sheet = this.sheet();
      const box = this.box()!;
      if (sheet.merges.some((m) => overlaps(boxOf(m), box))) throw richError("InvalidOperation", "Overlapping merge");
      sheet.merges.push(typeof this.where === "string" ? this.where : "used");
    }, { api: 1.2 });
  }

  set hyperlink(link: Record<string, unknown>) {
    this.engine.enqueue(link, () => {
      const box = this.box()!;
      const sheet = this.sheet();
      if (typeof link.documentReference !== "string" || !/^('(?:[^']|'')+'|[^'!]+)!\$?[A-Z]{1,3}\$?\d+$/.test(link.documentReference)) {
        throw richError("InvalidArgument", `Bad documentReference ${String(link.documentReference)}`);
      }
      const cell = a1Range(box.row, box.col, 1, 1);
      // Excel keeps at most 65 530 hyperlinks on a worksheet; the fake refuses the next one.
      if (!sheet.hyperlinks.has(cell) && sheet.hyperlinks.size >= 65_530) throw richError("InvalidOperation", "Too many hyperlinks", "Range.hyperlink");
      sheet.hyperlinks.set(cell, { ...link });
      if (typeof link.textToDisplay === "string") {
        setCell(sheet, box.row, box.col, link.textToDisplay);
        this.raiseChanged(sheet, box);
      }
    }, { api: 1.7 });
  }

  get conditionalFormats(): { add(type: string): object } {
    return conditionalFormatCollection(this.engine, () => this.sheet(), this.label());
  }

  get dataValidation(): object {
    return dataValidationBag(this.engine, () => this.sheet(), this.label());
  }

  /** The address this range was made with ("used" for a used range). */
  private label(): string {
    return typeof this.where === "string" ? this.where : "used";
  }

  select(): void {
    this.engine.enqueue([], () => {
      const sheet = this.sheet();
      if (this.engine.wb.activeSheetId !== sheet.id) throw richError("InvalidSelection", "Select on a sheet that is not active");
      const box = this.box()!;
      sheet.selection = a1Range(box.row, box.col, box.rows, box.cols);
    });
  }
}
