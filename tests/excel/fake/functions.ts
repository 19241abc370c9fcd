/**
 * `workbook.functions` (ExcelApi 1.2), as far as the add-in uses it: DATE, whose
 * serial depends on the workbook's date system (1900, or 1904 as Excel for Mac
 * once made by default), as the Office.js reference says of its `year` parameter.
 */
import { FakeObject, richError, type FakeEngine } from "./engine";

const DAYS_1904_TO_1900 = 1462;

class FakeFunctionResult extends FakeObject {
  constructor(
    engine: FakeEngine,
    private readonly compute: () => { value: unknown; error: string | null },
  ) {
    super(engine);
  }

  protected snapshot(property: string): unknown {
    const result = this.compute();
    if (property === "value") return result.value;
    if (property === "error") return result.error;
    throw new TypeError(`Strict fake: FunctionResult.${property} cannot be loaded.`);
  }

  override load(properties?: string | string[]): this {
    if (properties === undefined) return super.load(properties);
    this.enqueue((Array.isArray(properties) ? properties : properties.split(",")).map((p) => p.trim()), 1.2);
    return this;
  }

  get value(): unknown {
    return this.read("value");
  }
  get error(): string | null {
    return this.read("error");
  }
}

export class FakeFunctions {
  constructor(private readonly engine: FakeEngine) {}

  date(year: number, month: number, day: number): FakeFunctionResult {
    return new FakeFunctionResult(this.engine, () => {
      if (![year, month, day].every(Number.isInteger)) throw richError("InvalidArgument", "DATE takes numbers here");
      const serial1900 = Date.UTC(year, month - 1, day) / 86_400_000 + 25_569;
      const serial = this.engine.wb.date1904 ? serial1900 - DAYS_1904_TO_1900 : serial1900;
      return serial < 0 ? { value: null, error: "#NUM!" } : { value: serial, error: null };
    });
  }
}
