#!/usr/bin/env python3
"""Registers as people type them, written by openpyxl (and, for the same spec, by
LibreOffice from flat OpenDocument), for the acceptance suites of issues 12 and 14.

Not the project's code and not write_register.py's hand-made SpreadsheetML: openpyxl
decides the package (inline strings, its own styles, its own table parts), so the
engine meets a third writer.

    python3 openpyxl_register.py --out DIR [--variant NAME] [--fods] SPEC.json [...]

gives DIR/<name>.xlsx (or DIR/<name>.<variant>.xlsx with --variant) and, with --fods,
DIR/<name>.lo.xlsx: the spec written as .fods and converted by soffice (a line on
stderr says why when soffice is missing; no file then).

A spec: {"base": "other spec"?, "sheets": [{"name", "blocks": [{"at": "B3", "rows": [[cell, ...]], "table":
"Name"?}], "hiddenRows": [excel row numbers], "widths": {"A": 30}}]}; with "base", the other spec's sheets,
each replaced by this spec's sheet of that name, this spec's other sheets after. Cells:
  "text", 12, 3.5, true, null        as typed ("\\n" in a text is Alt+Enter: wrapped)
  {"date": "2025-03-04"}             a real date (serial with a date format)
  {"datetime": "2025-03-04T16:45"}   a date with a time of day
  {"pct": 0.575, "fmt": "0.0%"}      a number Excel shows as a percentage (57,5 %)
  {"num": 1234, "fmt": "# ##0"}      a number with a number format
  {"f": "=C5+C6", "v": 37}           a formula and the result Excel stored with it
  {"err": "#N/A"}                    an error cell
  {"variants": {"a": cell, "b": cell}}  the cell --variant picks (the first without one)
"""
import datetime
import json
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

import openpyxl
from openpyxl.styles import Alignment
from openpyxl.worksheet.table import Table, TableStyleInfo

from fods_writer import LibreOfficeRun, date_cell, dialect_cell, error_cell, of_formula, write_document
from spec_cells import sheet_cells


def pick(value, variant):
    if isinstance(value, dict) and "variants" in value:
        options = value["variants"]
        return options[variant] if variant in options else next(iter(options.values()))
    return value


def cells_of(sheet, variant):
    """{(row, col): value} (0-based) with the variant's cells, and the sheet's Excel tables."""
    return sheet_cells(sheet, lambda value: pick(value, variant))


def put(ws, r, c, value, cached):
    cell = ws.cell(row=r + 1, column=c + 1)
    if isinstance(value, (str, int, float, bool)):
        cell.value = value
        if isinstance(value, str) and "\n" in value:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        return
    if "date" in value:
        cell.value = datetime.date.fromisoformat(value["date"])
        cell.number_format = value.get("fmt", "yyyy-mm-dd")
    elif "datetime" in value:
        cell.value = datetime.datetime.fromisoformat(value["datetime"])
        cell.number_format = value.get("fmt", "yyyy-mm-dd hh:mm")
    elif "pct" in value:
        cell.value = float(value["pct"])
        cell.number_format = value.get("fmt", "0.0%")
    elif "num" in value:
        cell.value = value["num"]
        cell.number_format = value["fmt"]
    elif "f" in value:
        cell.value = value["f"]
        cached[cell.coordinate] = value["v"]
    elif "err" in value:
        cell.value = value["err"]
        cell.data_type = "e"
    else:
        raise ValueError(f"unknown cell {value!r}")


def add_cached_results(path, cached_by_sheet):
    """openpyxl writes a formula with an empty <v>; put in the result Excel would have saved."""
    if not any(cached_by_sheet.values()):
        return
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            m = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", item.filename)
            if m and cached_by_sheet.get(int(m.group(1))):
                xml = data.decode("utf-8")
                for ref, v in cached_by_sheet[int(m.group(1))].items():
                    pattern = re.compile(rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/?>(?:</v>)?')
                    if isinstance(v, str):
                        repl = lambda mm, v=v: f'<c r="{ref}"{mm.group(1)} t="str"><f>{mm.group(2)}</f><v>{escape(v)}</v>'
                    else:
                        repl = lambda mm, v=v: f'<c r="{ref}"{mm.group(1)}><f>{mm.group(2)}</f><v>{v}</v>'
                    xml, n = pattern.subn(repl, xml)
                    if n != 1:
                        raise ValueError(f"formula cell {ref} not found in {item.filename}")
                data = xml.encode("utf-8")
            dst.writestr(item, data)
    os.replace(tmp, path)


def write_xlsx(spec, path, variant):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    cached_by_sheet = {}
    for i, sheet in enumerate(spec["sheets"]):
        ws = wb.create_sheet(sheet["name"])
        cells, tables = cells_of(sheet, variant)
        cached = {}
        for (r, c), value in sorted(cells.items()):
            put(ws, r, c, value, cached)
        cached_by_sheet[i + 1] = cached
        for row in sheet.get("hiddenRows", []):
            ws.row_dimensions[row].hidden = True
        for col, width in sheet.get("widths", {}).items():
            ws.column_dimensions[col].width = width
        for t in tables:
            table = Table(displayName=t["name"], ref=t["ref"])
            table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
            ws.add_table(table)
    wb.save(path)
    add_cached_results(path, cached_by_sheet)


# ---- the same spec as flat OpenDocument, for LibreOffice to write as .xlsx (fods_writer.py) ----


def datetime_cell(value):
    iso = value["datetime"] + (":00" if value["datetime"].count(":") == 1 else "")
    return f'<table:table-cell table:style-name="ce_datetime" office:value-type="date" office:date-value="{iso}"><text:p>{iso}</text:p></table:table-cell>'


def percent_cell(value):
    style = "ce_pct1" if value.get("fmt", "0.0%") == "0.0%" else "ce_pct0"
    return f'<table:table-cell table:style-name="{style}" office:value-type="percentage" office:value="{value["pct"]}"><text:p>{value["pct"]}</text:p></table:table-cell>'


def formula_cell(value):
    v = value["v"]
    kind = 'office:value-type="string" office:string-value="' + escape(v) + '"' if isinstance(v, str) else f'office:value-type="float" office:value="{v}"'
    return f'<table:table-cell table:formula="{escape(of_formula(value["f"]))}" {kind}><text:p>{escape(str(v))}</text:p></table:table-cell>'


fods_cell = dialect_cell({
    "date": lambda v: date_cell(v["date"]),
    "datetime": datetime_cell,
    "pct": percent_cell,
    "num": lambda v: f'<table:table-cell table:style-name="ce_group" office:value-type="float" office:value="{v["num"]}"><text:p>{v["num"]}</text:p></table:table-cell>',
    "f": formula_cell,
    "err": lambda v: error_cell(v["err"]),
})


def write_fods(spec, path, variant):
    sheets = [(s["name"], cells_of(s, variant)[0], set(s.get("hiddenRows", []))) for s in spec["sheets"]]
    write_document(path, sheets, fods_cell)


def resolve(spec, spec_dir):
    """A spec with "base": the base's sheets, replaced or added to by its own."""
    if "base" not in spec:
        return spec
    with open(os.path.join(spec_dir, f"{spec['base']}.json"), encoding="utf-8") as f:
        base = resolve(json.load(f), spec_dir)
    sheets = list(base["sheets"])
    for sheet in spec.get("sheets", []):
        at = next((i for i, b in enumerate(sheets) if b["name"] == sheet["name"]), None)
        if at is None:
            sheets.append(sheet)
        else:
            sheets[at] = sheet
    return {**spec, "sheets": sheets}


def main(argv):
    args = list(argv)
    out_dir, variant, fods, specs = None, None, False, []
    while args:
        a = args.pop(0)
        if a == "--out":
            out_dir = args.pop(0)
        elif a == "--variant":
            variant = args.pop(0)
        elif a == "--fods":
            fods = True
        else:
            specs.append(a)
    if not out_dir or not specs:
        print(__doc__, file=sys.stderr)
        return 2
    os.makedirs(out_dir, exist_ok=True)
    lo = LibreOfficeRun(out_dir)
    for spec_path in specs:
        with open(spec_path, encoding="utf-8") as f:
            spec = resolve(json.load(f), os.path.dirname(os.path.abspath(spec_path)))
        name = os.path.splitext(os.path.basename(spec_path))[0]
        suffix = f".{variant}" if variant else ""
        write_xlsx(spec, os.path.join(out_dir, f"{name}{suffix}.xlsx"), variant)
        if fods:
            write_fods(spec, lo.path(f"{name}{suffix}"), variant)
    lo.convert()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
