/** Conditional formats and data validation of a fake range, recorded on its sheet. */
import type { MemSheet } from "../../support/memory-workbook";
import { anyValue, bag, isBool, oneOf, type BagSpec } from "./bag";
import { serialFromIso } from "../../../src/core/date";
import { FakeObject, richError, type FakeEngine } from "./engine";
import { boxOf, checkColor } from "./rules";

const color = (v: unknown): unknown => checkColor(v);
const CF_FORMAT: BagSpec = { children: { fill: { props: { color } }, font: { props: { color, bold: isBool } } } };
const PREFIX: Record<string, string> = { IconSet: "iconSet.", CellValue: "cellValue.", ContainsText: "textComparison." };

/** `range.conditionalFormats.add(type)`: only the sub-object of that type may be set. */
export function conditionalFormatCollection(engine: FakeEngine, sheet: () => MemSheet, range: string): { add(type: string): object } {
  return {
    add: (type: string) => {
      const record = { range, type, props: {} as Record<string, unknown> };
      engine.enqueue(
        [type],
        () => {
          if (!PREFIX[type]) throw richError("InvalidArgument", `Type ${type}`);
          sheet().conditionalFormats.push(record);
        },
        { api: 1.6 },
      );
      const set = (path: string, value: unknown): void =>
        engine.enqueue(
          { [path]: value },
          () => {
            if (!path.startsWith(PREFIX[type] ?? "?")) throw richError("InvalidArgument", `${path} on a ${type} format`);
            record.props[path] = value;
          },
          { api: 1.6 },
        );
      return bag(
        {
          children: {
            iconSet: {
              props: {
                style: oneOf("ThreeArrows", "ThreeArrowsGray", "ThreeTrafficLights1", "ThreeTrafficLights2"),
                showIconOnly: isBool,
                reverseIconOrder: isBool,
                criteria: (v) => {
                  if (!Array.isArray(v) || v.length !== 3) throw richError("InvalidArgument", "Three criteria for a three-icon set");
                  return v;
                },
              },
            },
            cellValue: { props: { rule: anyValue }, children: { format: CF_FORMAT } },
            textComparison: { props: { rule: anyValue }, children: { format: CF_FORMAT } },
          },
        },
        set,
      );
    },
  };
}

const OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];
const TERNARY = ["Between", "NotBetween"];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A Basic or DateTime criterion as Excel takes it: a known operator, formula2 exactly with a ternary one. */
function checkCriterion(kind: string, c: { formula1?: unknown; formula2?: unknown; operator?: unknown }): void {
  if (!OPERATORS.includes(c.operator as string)) throw richError("InvalidArgument", `Operator ${String(c.operator)}`);
  const operands = TERNARY.includes(c.operator as string) ? [c.formula1, c.formula2] : [c.formula1];
  if (!TERNARY.includes(c.operator as string) && c.formula2 !== undefined)
    throw richError("InvalidArgument", "formula2 with a binary operator");
  for (const f of operands) {
    if (kind === "date") {
      // A date is a Date, or a string: an ISO day or a formula ("=A1").
      if (!(f instanceof Date) && !(typeof f === "string" && (ISO_DAY.test(f) || f.startsWith("="))))
        throw richError("InvalidArgument", `Date operand ${String(f)}`);
    } else if (!(typeof f === "number" && Number.isFinite(f)) && !(typeof f === "string" && f !== "")) {
      throw richError("InvalidArgument", `Operand ${String(f)}`);
    }
  }
}

/**
 * A custom rule's formula as Excel takes it: a string starting with "=", at most 255
 * characters, parentheses and quotes balanced, no array constant ({…}: Excel refuses
 * them in validation), no structured reference (Table[Column]: refused too).
 */
function checkCustomFormula(formula: unknown): void {
  if (typeof formula !== "string" || !formula.startsWith("=") || formula.length < 2)
    throw richError("InvalidArgument", `Custom formula ${String(formula)}`, "DataValidation.rule");
  if (formula.length > 255) throw richError("InvalidArgument", "Custom formula over 255 characters", "DataValidation.rule");
  let depth = 0;
  let quoted = false;
  for (const ch of formula) {
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth < 0) break;
    else if (ch === "{" || ch === "[") throw richError("InvalidArgument", `Custom formula with ${ch}`, "DataValidation.rule");
  }
  if (depth !== 0 || quoted) throw richError("InvalidArgument", "Custom formula unbalanced", "DataValidation.rule");
}

/** Office's limits on a validation's texts ([MS-OI29500] §2.1.613): titles 32 characters, an alert's message 224, a prompt's 255. */
function checkTexts(v: { title?: unknown; message?: unknown }, what: "Alert" | "Prompt"): void {
  if (typeof v.title !== "string" || v.title.length > 32) throw richError("InvalidArgument", `${what} title`);
  const limit = what === "Alert" ? 224 : 255;
  if (typeof v.message !== "string" || v.message.length > limit) throw richError("InvalidArgument", `${what} message`);
}

/** `range.dataValidation`: one criterion a rule (a list needs a source); the alert a known style; texts within Excel's limits. */
export function dataValidationBag(engine: FakeEngine, sheet: () => MemSheet, range: string): object {
  const record = (path: string, value: unknown): void =>
    engine.enqueue(
      { [path]: value },
      () => {
        const s = sheet();
        let v = s.validations.find((x) => x.range === range);
        if (!v) s.validations.push((v = { range }));
        if (path === "rule") {
          const kinds = Object.keys(value as object);
          if (kinds.length !== 1) throw richError("InvalidArgument", "A rule holds exactly one criterion");
          const kind = kinds[0]!;
          const criterion = (value as Record<string, Record<string, unknown>>)[kind]!;
          if (kind === "list") {
            const source = criterion.source;
            if (typeof source !== "string" || source.length === 0) throw richError("InvalidArgument", "List source");
            // An inline list (not a reference) holds at most 255 characters in Excel.
            if (!source.startsWith("=") && source.length > 255)
              throw richError("InvalidArgument", "List source over 255 characters", "DataValidation.rule");
          } else if (kind === "custom") checkCustomFormula(criterion.formula);
          else if (kind === "wholeNumber" || kind === "decimal" || kind === "date") checkCriterion(kind, criterion);
          else throw richError("InvalidArgument", `Rule ${kind}`);
          v.rule = value;
        } else if (path === "errorAlert") {
          const alert = value as { style?: unknown; showAlert?: unknown };
          if (!["Stop", "Warning", "Information"].includes(alert.style as string)) throw richError("InvalidArgument", "Alert style");
          if (typeof alert.showAlert !== "boolean") throw richError("InvalidArgument", "showAlert");
          checkTexts(value as object, "Alert");
          v.errorAlert = value;
        } else {
          if (typeof (value as { showPrompt?: unknown }).showPrompt !== "boolean") throw richError("InvalidArgument", "showPrompt");
          checkTexts(value as object, "Prompt");
          v.prompt = value;
        }
      },
      { api: 1.8 },
    );
  // clear(): the range's validation goes (recorded by exact range, as the adapter clears the range it then sets).
  const clear = () =>
    engine.enqueue(
      { clear: range },
      () => {
        const s = sheet();
        s.validations = s.validations.filter((x) => x.range !== range);
        s.validationClears = (s.validationClears ?? 0) + 1;
      },
      { api: 1.8 },
    );
  const written = bag({ props: { rule: anyValue, errorAlert: anyValue, prompt: anyValue }, methods: { clear } }, record);
  const readable = new FakeDataValidation(engine, sheet, range);
  // Reads (load, then the loaded type/rule/errorAlert/prompt) go to the readable side; sets and clear() to the recording bag.
  const proxy: object = new Proxy(written, {
    get(target, prop) {
      if (prop === "load") return (props: string | string[]) => (readable.load(props), proxy);
      if (typeof prop === "string" && READABLE.includes(prop)) return readable.value(prop);
      return Reflect.get(target, prop);
    },
  });
  return proxy;
}

const READABLE = ["type", "rule", "errorAlert", "prompt"];

const TYPE_OF: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  custom: "Custom",
  list: "List",
  textLength: "TextLength",
  time: "Time",
};

type Recorded = MemSheet["validations"][number];

/** An operand as Office.js gives it back: always a string formula ("=0", a date as its serial "=45505", "=A1"). */
function asStringFormula(v: unknown, kind: string): unknown {
  if (v === undefined) return undefined;
  if (typeof v === "number") return `=${v}`;
  if (typeof v === "string" && v.startsWith("=")) return v;
  if (kind === "date" && typeof v === "string") return `=${serialFromIso(v.slice(0, 10))}`;
  return `=${String(v)}`;
}

/** The rule as Excel gives it back when read: operands as string formulas, the rest as set. */
function ruleAsRead(rule: unknown): unknown {
  const [kind, criterion] = Object.entries(rule as Record<string, Record<string, unknown>>)[0]!;
  if (kind === "list" || kind === "custom") return { [kind]: { ...criterion } };
  const out: Record<string, unknown> = { operator: criterion.operator, formula1: asStringFormula(criterion.formula1, kind) };
  if (criterion.formula2 !== undefined) out.formula2 = asStringFormula(criterion.formula2, kind);
  return { [kind]: out };
}

/**
 * The readable side of `range.dataValidation` (ExcelApi 1.8), from the validations recorded
 * on the sheet, the one set last winning where ranges overlap (as setting a rule replaces
 * what its cells had): `type` over the range ("None", "MixedCriteria" when some cells have
 * none, "Inconsistent" when rules differ); `rule`, `errorAlert` and `prompt` of a range
 * whose cells all hold the same one. For any other range the fake refuses them: what Excel
 * gives is not documented.
 */
class FakeDataValidation extends FakeObject {
  constructor(
    engine: FakeEngine,
    private readonly sheet: () => MemSheet,
    private readonly range: string,
  ) {
    super(engine);
  }

  override load(properties?: string | string[]): this {
    if (properties === undefined) return super.load(properties);
    const list = (Array.isArray(properties) ? properties : properties.split(",")).map((p) => p.trim()).filter(Boolean);
    for (const p of list) if (!READABLE.includes(p)) throw new TypeError(`Strict fake: DataValidation.${p} cannot be loaded here.`);
    this.enqueue(list, 1.8);
    return this;
  }

  /** The record each cell of the range holds (null: none). */
  /**
   * Of the range's cells: how many, how many hold a rule (the last validation covering a cell is its), the first
   * such, and whether every cell holds one and all the same (compared as JSON). Counted, not listed: a read of a
   * column's validated rows asks this of thousands of cells at each property.
   */
  private summary(): { cells: number; set: number; first: Recorded | null; same: boolean } {
    const box = boxOf(this.range);
    const cells = box.rows * box.cols;
    const boxes = this.sheet()
      .validations.filter((v) => v.rule !== undefined)
      .map((v) => ({ v, b: boxOf(v.range) }));
    if (boxes.length === 0) return { cells, set: 0, first: null, same: false };
    const json = new Map<Recorded, string>();
    const ruleJson = (v: Recorded) => {
      let j = json.get(v);
      if (j === undefined) json.set(v, (j = JSON.stringify(v.rule)));
      return j;
    };
    let set = 0;
    let first: Recorded | null = null;
    let same = true;
    for (let r = box.row; r < box.row + box.rows; r++)
      for (let c = box.col; c < box.col + box.cols; c++) {
        let found: Recorded | null = null;
        for (const { v, b } of boxes) if (r >= b.row && r < b.row + b.rows && c >= b.col && c < b.col + b.cols) found = v;
        if (found === null) continue;
        set += 1;
        if (first === null) first = found;
        else if (same && found !== first && ruleJson(found) !== ruleJson(first)) same = false;
      }
    return { cells, set, first, same: same && set === cells };
  }

  protected snapshot(property: string): unknown {
    const { cells, set, first, same } = this.summary();
    if (property === "type") {
      if (set === 0) return "None";
      if (set < cells) return "MixedCriteria";
      return same ? TYPE_OF[Object.keys(first!.rule as object)[0]!] : "Inconsistent";
    }
    if (set > 0 && !same)
      throw richError("InvalidArgument", `Strict fake: DataValidation.${property} of a range whose rules differ`);
    const v = first ?? undefined;
    if (property === "rule") return v ? ruleAsRead(v.rule) : {};
    if (property === "errorAlert") return v?.errorAlert ?? { showAlert: true, style: "Stop", title: "", message: "" };
    return v?.prompt ?? { showPrompt: false, title: "", message: "" };
  }

  value(property: string): unknown {
    return this.read(property);
  }
}
