/** Conditional formats and data validation of a fake range, recorded on its sheet. */
import type { MemSheet } from "../../support/memory-workbook";
import { anyValue, bag, isBool, oneOf, type BagSpec } from "./bag";
import { richError, type FakeEngine } from "./engine";
import { checkColor } from "./rules";

const color = (v: unknown): unknown => checkColor(v);
const CF_FORMAT: BagSpec = { children: { fill: { props: { color } }, font: { props: { color, bold: isBool } } } };
const PREFIX: Record<string, string> = { IconSet: "iconSet.", CellValue: "cellValue.", ContainsText: "textComparison." };

/** `range.conditionalFormats.add(type)`: only the sub-object of that type may be set. */
export function conditionalFormatCollection(engine: FakeEngine, sheet: () => MemSheet, range: string): { add(type: string): object } {
  return {
    add: (type: string) => {
      const record = { range, type, props: {} as Record<string, unknown> };
      engine.enqueue([type], () => {
        if (!PREFIX[type]) throw richError("InvalidArgument", `Type ${type}`);
        sheet().conditionalFormats.push(record);
      }, { api: 1.6 });
      const set = (path: string, value: unknown): void =>
        engine.enqueue({ [path]: value }, () => {
          if (!path.startsWith(PREFIX[type] ?? "?")) throw richError("InvalidArgument", `${path} on a ${type} format`);
          record.props[path] = value;
        }, { api: 1.6 });
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

/** `range.dataValidation`: a list rule needs a source; the alert a known style. */
export function dataValidationBag(engine: FakeEngine, sheet: () => MemSheet, range: string): object {
  const record = (path: string, value: unknown): void =>
    engine.enqueue({ [path]: value }, () => {
      const s = sheet();
      let v = s.validations.find((x) => x.range === range);
      if (!v) s.validations.push((v = { range }));
      if (path === "rule") {
        const list = (value as { list?: { source?: unknown } }).list;
        if (!list || typeof list.source !== "string" || list.source.length === 0) throw richError("InvalidArgument", "List source");
        // An inline list (not a reference) holds at most 255 characters in Excel.
        if (!list.source.startsWith("=") && list.source.length > 255) throw richError("InvalidArgument", "List source over 255 characters", "DataValidation.rule");
        v.rule = value;
      } else {
        const style = (value as { style?: unknown }).style;
        if (!["Stop", "Warning", "Information"].includes(style as string)) throw richError("InvalidArgument", "Alert style");
        v.errorAlert = value;
      }
    }, { api: 1.8 });
  return bag({ props: { rule: anyValue, errorAlert: anyValue } }, record);
}
