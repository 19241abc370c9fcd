/** A strict Excel.Chart: the adapter builds the line chart series by series. */
import type { MemChart } from "../../support/memory-workbook";
import { bag, isBool, isNumber, isText, oneOf, type Check } from "./bag";

import { richError, type FakeEngine } from "./engine";
import type { FakeRange } from "./range";
import { address, type BoundSheet } from "./sheet-ref";
import { boxOf, parseTyped } from "./rules";

/** ChartSeries.markerSize: "The supported size range is 2 to 72", else InvalidArgument (Office.js reference). */
const markerSize: Check = (v) => {
  const n = isNumber(v) as number;
  if (n < 2 || n > 72) throw richError("InvalidArgument", `Marker size ${n} is outside 2 to 72`, "ChartSeries.markerSize");
  return n;
};

const isColor: Check = (v) => {
  if (typeof v !== "string" || !/^#[0-9A-Fa-f]{6}$/.test(v))
    throw richError("InvalidArgument", `Expected a colour #RRGGBB, got ${String(v)}`);
  return v;
};

export class FakeChart {
  private readonly record: MemChart;

  constructor(
    private readonly engine: FakeEngine,
    private readonly ref: BoundSheet,
    type: string,
    source: FakeRange,
    seriesBy: string,
  ) {
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
    this.engine.enqueue(
      payload,
      () => {
        this.ref.resolve();
        apply();
      },
      { api },
    );
  }

  readonly title = bag(
    { props: { text: isText }, children: { format: { children: { font: { props: { size: isNumber, bold: isBool } } } } } },
    (p, v) =>
      this.set(1.1, v, () => {
        if (p === "text") this.record.title = v as string;
        else if (p === "format.font.size") this.record.titleSize = v as number;
      }),
  );
  readonly legend = bag({ props: { position: oneOf("Top", "Bottom", "Left", "Right"), visible: isBool } }, (p, v) =>
    this.set(1.1, v, () => (this.record.legend = p === "visible" ? (v ? "Bottom" : "hidden") : (v as string))),
  );
  /** An axis' label font: only its size is set. */
  private axisFormat(axis: "category" | "value"): object {
    return bag({ children: { font: { props: { size: isNumber } } } }, (_p, v) =>
      this.set(1.1, v, () => (this.record.axisTextSize = { ...this.record.axisTextSize, [axis]: v as number })),
    );
  }

  readonly axes = {
    valueAxis: {
      title: bag({ props: { text: isText } }, (_p, v) => this.set(1.1, v, () => (this.record.yAxisTitle = v as string))),
      format: this.axisFormat("value"),
    },
    categoryAxis: { format: this.axisFormat("category") },
  };

  setPosition(from: string, to: string): void {
    this.set(1.1, [from, to], () => {
      boxOf(from);
      boxOf(to);
      Object.assign(this.record, { from, to });
    });
  }

  /**
   * A series name Excel would read as a reference or formula ("=Sheet1!R1C1") fails the sync, as text
   * that would become a formula in a cell does; so does one over the documented 255 characters.
   */
  private checkName(name: string): string {
    if (name.length > 255) throw richError("InvalidArgument", `Series name of ${name.length} characters`, "ChartSeries.name");
    if (parseTyped(name).formula && this.engine.formulaText === "reject") {
      throw richError("InvalidArgument", `Strict fake: series name "${name.slice(0, 40)}" would be read as a formula.`, "ChartSeries.name");
    }
    return name;
  }

  get series(): object {
    return {
      getItemAt: (i: number) => this.seriesProxy(() => i),
      add: (name: string) => {
        let index = -1;
        this.set(1.7, name, () => {
          index = this.record.series.push({ name: this.checkName(name), values: "" }) - 1;
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
        props: {
          name: isText,
          markerStyle: oneOf("None", "Circle", "Dash", "Automatic"),
          markerSize: markerSize,
          markerBackgroundColor: isColor,
          markerForegroundColor: isColor,
        },
        children: { format: { children: { line: { props: { color: isColor, lineStyle: oneOf("Continuous", "Dash") } } } } },
        methods: {
          setValues: (_p, range) => this.set(1.7, address(range), () => (at().values = address(range))),
          setXAxisValues: (_p, range) => this.set(1.7, address(range), () => (at().xValues = address(range))),
        },
      },
      (p, v) =>
        this.set(p === "name" ? 1.1 : 1.7, v, () => {
          if (p === "name") at().name = this.checkName(v as string);
          else if (p === "format.line.color") at().color = v as string;
          else if (p === "format.line.lineStyle") at().dashed = v === "Dash";
          else if (p === "markerStyle") at().marker = v as string;
          else if (p === "markerSize") at().markerSize = v as number;
        }),
    );
    return proxy;
  }
}
