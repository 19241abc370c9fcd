/** A strict Excel.Worksheet and what hangs off it: charts, tables, panes, page layout. */
import { sheetById, sheetByName, type MemChart, type MemSheet, type MemWorkbook } from "../../support/memory-workbook";
import { anyValue, bag, isNumber, isText, oneOf } from "./bag";
import { FakeObject, richError, type FakeEngine } from "./engine";
import { FakeRange, type SheetRef } from "./range";
import { boxOf, checkColor, checkDefinedName, checkSheetName, overlaps } from "./rules";

/** Binds to a sheet the first time an op needs it, then follows it by id (as Office.js object paths do). */
export class BoundSheet implements SheetRef {
  private id: string | null = null;
  constructor(private readonly wb: MemWorkbook, private readonly find: () => MemSheet | undefined, private readonly nullable = false) {}

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
    if (!sheet) throw richError(this.nullable ? "InvalidObjectPath" : "ItemNotFound", "The requested resource doesn't exist.");
    return sheet;
  }

  bind(sheet: MemSheet): void {
    this.id = sheet.id;
  }
}

const address = (range: unknown): string => {
  if (typeof range === "string") return range;
  if (range instanceof FakeRange && typeof range.where === "string") return range.where;
  throw new TypeError("Strict fake: expected a range or an address");
};

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
      if (other && other !== sheet) throw richError("ItemAlreadyExists", `A sheet named ${name} exists.`);
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
    this.engine.enqueue([], () => void (this.engine.wb.activeSheetId = this.ref.resolve().id));
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

  get freezePanes(): object {
    return {
      freezeRows: (rows: number) => this.on(1.7, rows, (s) => (s.freeze = { rows, columns: 0 })),
      freezeColumns: (columns: number) => this.on(1.7, columns, (s) => (s.freeze = { rows: 0, columns })),
      freezeAt: (range: unknown) =>
        this.on(1.7, address(range), (s) => {
          const box = boxOf(address(range));
          if (box.row !== 0 || box.col !== 0) throw richError("InvalidArgument", "freezeAt starts at A1");
          s.freeze = { rows: box.rows, columns: box.cols };
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
    const set = (path: string, value: unknown): void => this.on(1.9, value, (s) => (s.pageLayout[path] = value));
    const footer = { props: { leftFooter: isText, centerFooter: isText, rightFooter: isText, centerHeader: isText } };
    return bag(
      {
        props: {
          orientation: oneOf("Portrait", "Landscape"),
          paperSize: oneOf("A4", "A3", "Letter"),
          zoom: (v) => {
            const z = v as Record<string, unknown>;
            for (const k of Object.keys(z)) if (!["horizontalFitToPages", "verticalFitToPages", "scale"].includes(k)) throw richError("InvalidArgument", k);
            return v;
          },
          centerHorizontally: anyValue,
        },
        children: { headersFooters: { children: { defaultForAllPages: footer } } },
        methods: {
          setPrintTitleRows: (_p, rows) => {
            if (!/^\$\d+:\$\d+$/.test(String(rows))) throw richError("InvalidArgument", `Print title rows ${String(rows)}`);
            set("printTitleRows", rows);
          },
          setPrintMargins: (_p, unit, margins) => set("margins", { unit: oneOf("Points", "Inches", "Centimeters")(unit), ...(margins as object) }),
        },
      },
      set,
    );
  }

  get charts(): { add(type: string, source: FakeRange, seriesBy: string): object } {
    return { add: (type, source, seriesBy) => new FakeChart(this.engine, this.ref, type, source, seriesBy) };
  }

  get tables(): { add(range: unknown, hasHeaders: boolean): object } {
    return {
      add: (range, hasHeaders) => {
        const record = { name: "", range: address(range), hasHeaders };
        this.on(1.1, [record.range, hasHeaders], (s) => {
          const box = boxOf(record.range);
          if (s.tables.some((t) => overlaps(boxOf(t.range), box))) throw richError("InvalidOperation", "Tables overlap");
          if (s.merges.some((m) => overlaps(boxOf(m), box))) throw richError("InvalidOperation", "A table cannot hold merged cells");
          const all = this.engine.wb.sheets.flatMap((x) => x.tables);
          let n = all.length + 1;
          while (all.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
          record.name = `Table${n}`;
          s.tables.push(record);
        });
        return bag({ props: { name: isText, style: isText } }, (path, value) =>
          this.on(1.1, value, () => {
            if (path === "style") return void Object.assign(record, { style: value });
            const name = checkDefinedName(value);
            const clash = this.engine.wb.sheets.flatMap((x) => x.tables).some((t) => t !== record && t.name.toLowerCase() === name.toLowerCase());
            if (clash || this.engine.wb.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw richError("ItemAlreadyExists", name);
            record.name = name;
          }),
        );
      },
    };
  }
}

/** Charts: the adapter builds the line chart series by series. */
class FakeChart {
  private readonly record: MemChart;

  constructor(private readonly engine: FakeEngine, private readonly ref: BoundSheet, type: string, source: FakeRange, seriesBy: string) {
    const where = address(source);
    this.record = { type, source: where, seriesBy, series: [] };
    engine.enqueue([type, where, seriesBy], () => {
      if (type !== "Line" || !["Rows", "Columns", "Auto"].includes(seriesBy)) throw richError("InvalidArgument", "Chart type");
      const box = boxOf(where);
      const count = seriesBy === "Columns" ? box.cols : box.rows;
      for (let i = 0; i < count; i++) this.record.series.push({ values: where });
      ref.resolve().charts.push(this.record);
    });
  }

  private set(api: number, payload: unknown, apply: () => void): void {
    this.engine.enqueue(payload, () => {
      this.ref.resolve();
      apply();
    }, { api });
  }

  readonly title = bag({ props: { text: isText } }, (_p, v) => this.set(1.1, v, () => (this.record.title = v as string)));
  readonly legend = bag({ props: { position: oneOf("Top", "Bottom", "Left", "Right") } }, (_p, v) => this.set(1.1, v, () => (this.record.legend = v as string)));
  readonly axes = {
    valueAxis: { title: bag({ props: { text: isText } }, (_p, v) => this.set(1.1, v, () => (this.record.yAxisTitle = v as string))) },
  };

  setPosition(from: string, to: string): void {
    this.set(1.1, [from, to], () => {
      boxOf(from);
      boxOf(to);
      Object.assign(this.record, { from, to });
    });
  }

  get series(): object {
    return {
      getItemAt: (i: number) => this.seriesProxy(() => i),
      add: (name: string) => {
        let index = -1;
        this.set(1.7, name, () => {
          index = this.record.series.push({ name, values: "" }) - 1;
        });
        return this.seriesProxy(() => index);
      },
    };
  }

  private seriesProxy(index: () => number): object {
    const at = (): MemChart["series"][number] => {
      const s = this.record.series[index()];
      if (!s) throw richError("ItemNotFound", "No such series");
      return s;
    };
    const proxy = bag(
      {
        props: { name: isText },
        methods: {
          setValues: (_p, range) => this.set(1.7, address(range), () => (at().values = address(range))),
          setXAxisValues: (_p, range) => this.set(1.7, address(range), () => (at().xValues = address(range))),
        },
      },
      (_p, v) => this.set(1.1, v, () => (at().name = v as string)),
    );
    return proxy;
  }
}
