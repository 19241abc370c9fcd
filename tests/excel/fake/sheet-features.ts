/** Page layout and tables of a fake worksheet. */
import type { MemSheet } from "../../support/memory-workbook";
import { anyValue, bag, isText, oneOf } from "./bag";
import { richError, type FakeEngine } from "./engine";
import { boxOf, checkDefinedName, overlaps } from "./rules";
import { address } from "./sheet-ref";

/** Queues an op on the sheet needing ExcelApi `api`. */
export type OnSheet = (api: number, payload: unknown, apply: (sheet: MemSheet) => void) => void;

export function pageLayoutBag(on: OnSheet): object {
  const set = (path: string, value: unknown): void => on(1.9, value, (s) => (s.pageLayout[path] = value));
  const footer = { props: { leftFooter: isText, centerFooter: isText, rightFooter: isText, centerHeader: isText } };
  return bag(
    {
      props: {
        orientation: oneOf("Portrait", "Landscape"),
        paperSize: oneOf("A4", "A3", "Letter"),
        zoom: (v) => {
          for (const k of Object.keys(v as object)) {
            if (!["horizontalFitToPages", "verticalFitToPages", "scale"].includes(k)) throw richError("InvalidArgument", k);
          }
          return v;
        },
        centerHorizontally: anyValue,
        firstPageNumber: (v) => {
          if (typeof v !== "number" || !Number.isInteger(v) || v < 1) throw richError("InvalidArgument", `firstPageNumber ${String(v)}`);
          return v;
        },
      },
      children: { headersFooters: { children: { defaultForAllPages: footer } } },
      methods: {
        setPrintTitleRows: (_p, rows) => {
          if (!/^\$\d+:\$\d+$/.test(String(rows))) throw richError("InvalidArgument", `Print title rows ${String(rows)}`);
          set("printTitleRows", rows);
        },
        setPrintMargins: (_p, unit, margins) =>
          set("margins", { unit: oneOf("Points", "Inches", "Centimeters")(unit), ...(margins as object) }),
      },
    },
    set,
  );
}

/** `worksheet.tables`: tables may not overlap each other or merged cells; names are unique in the workbook. */
export function tableCollection(engine: FakeEngine, on: OnSheet): { add(range: unknown, hasHeaders: boolean): object } {
  const allTables = () => engine.wb.sheets.flatMap((x) => x.tables);
  return {
    add: (range, hasHeaders) => {
      const record: MemSheet["tables"][number] = { name: "", range: address(range), hasHeaders };
      on(1.1, [record.range, hasHeaders], (s) => {
        const box = boxOf(record.range);
        if (s.tables.some((t) => overlaps(boxOf(t.range), box))) throw richError("InvalidOperation", "Tables overlap");
        if (s.merges.some((m) => overlaps(boxOf(m), box))) throw richError("InvalidOperation", "A table cannot hold merged cells");
        let n = allTables().length + 1;
        while (allTables().some((t) => t.name.toLowerCase() === `table${n}`)) n++;
        record.name = `Table${n}`;
        s.tables.push(record);
      });
      return bag({ props: { name: isText, style: isText } }, (path, value) =>
        on(1.1, value, () => {
          if (path === "style") return void (record.style = value as string);
          const name = checkDefinedName(value).toLowerCase();
          const clash = allTables().some((t) => t !== record && t.name.toLowerCase() === name);
          if (clash || engine.wb.names.some((n) => n.name.toLowerCase() === name)) throw richError("ItemAlreadyExists", name, "Table.name");
          record.name = value as string;
        }),
      );
    },
  };
}
