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
import shutil
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

import openpyxl
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo

from spec_cells import parse_a1
from write_register import convert_with_libreoffice


def pick(value, variant):
    if isinstance(value, dict) and "variants" in value:
        options = value["variants"]
        return options[variant] if variant in options else next(iter(options.values()))
    return value


def cells_of(sheet, variant):
    """{(row, col): value} (0-based) and the Excel tables, from a sheet's blocks."""
    cells, tables = {}, []
    for block in sheet.get("blocks", []):
        top, left = parse_a1(block["at"])
        for r, row in enumerate(block["rows"]):
            for c, value in enumerate(row):
                value = pick(value, variant)
                if value is not None:
                    cells[(top + r, left + c)] = value
        if block.get("table"):
            width = len(block["rows"][0])
            ref = f"{get_column_letter(left + 1)}{top + 1}:{get_column_letter(left + width)}{top + len(block['rows'])}"
            tables.append((block["table"], ref))
    return cells, tables


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
        for name, ref in tables:
            table = Table(displayName=name, ref=ref)
            table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
            ws.add_table(table)
    wb.save(path)
    add_cached_results(path, cached_by_sheet)


# ---- the same spec as flat OpenDocument, for LibreOffice to write as .xlsx ----

FODS_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
    'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
    '<office:automatic-styles>'
    '<number:date-style style:name="N_iso"><number:year number:style="long"/><number:text>-</number:text>'
    '<number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>'
    '<number:date-style style:name="N_isotime"><number:year number:style="long"/><number:text>-</number:text>'
    '<number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/><number:text> </number:text>'
    '<number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/></number:date-style>'
    '<number:percentage-style style:name="N_pct1"><number:number number:decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>'
    '<number:percentage-style style:name="N_pct0"><number:number number:decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>'
    '<number:number-style style:name="N_group"><number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>'
    '<style:style style:name="ce_date" style:family="table-cell" style:data-style-name="N_iso"/>'
    '<style:style style:name="ce_datetime" style:family="table-cell" style:data-style-name="N_isotime"/>'
    '<style:style style:name="ce_pct1" style:family="table-cell" style:data-style-name="N_pct1"/>'
    '<style:style style:name="ce_pct0" style:family="table-cell" style:data-style-name="N_pct0"/>'
    '<style:style style:name="ce_group" style:family="table-cell" style:data-style-name="N_group"/>'
    '<style:style style:name="ce_wrap" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap"/></style:style>'
    '<style:style style:name="ro_hidden" style:family="table-row"><style:table-row-properties style:use-optimal-row-height="true"/></style:style>'
    '</office:automatic-styles><office:body><office:spreadsheet>'
)

ERROR_FORMULAS = {"#N/A": "NA()", "#DIV/0!": "1/0", "#VALUE!": '"a"+1', "#REF!": "#REF!"}


def paragraphs(text):
    return "".join(f"<text:p>{escape(line)}</text:p>" for line in text.split("\n"))


def of_formula(formula):
    return "of:=" + re.sub(r"\b([A-Z]{1,3}[0-9]+)\b", r"[.\1]", formula.lstrip("="))


def fods_cell(value):
    if isinstance(value, bool):
        return f'<table:table-cell office:value-type="boolean" office:boolean-value="{"true" if value else "false"}"/>'
    if isinstance(value, (int, float)):
        return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
    if isinstance(value, str):
        style = ' table:style-name="ce_wrap"' if "\n" in value else ""
        return f'<table:table-cell{style} office:value-type="string">{paragraphs(value)}</table:table-cell>'
    if "date" in value:
        return f'<table:table-cell table:style-name="ce_date" office:value-type="date" office:date-value="{value["date"]}"><text:p>{value["date"]}</text:p></table:table-cell>'
    if "datetime" in value:
        iso = value["datetime"] + (":00" if value["datetime"].count(":") == 1 else "")
        return f'<table:table-cell table:style-name="ce_datetime" office:value-type="date" office:date-value="{iso}"><text:p>{iso}</text:p></table:table-cell>'
    if "pct" in value:
        style = "ce_pct1" if value.get("fmt", "0.0%") == "0.0%" else "ce_pct0"
        return f'<table:table-cell table:style-name="{style}" office:value-type="percentage" office:value="{value["pct"]}"><text:p>{value["pct"]}</text:p></table:table-cell>'
    if "num" in value:
        return f'<table:table-cell table:style-name="ce_group" office:value-type="float" office:value="{value["num"]}"><text:p>{value["num"]}</text:p></table:table-cell>'
    if "f" in value:
        v = value["v"]
        kind = 'office:value-type="string" office:string-value="' + escape(v) + '"' if isinstance(v, str) else f'office:value-type="float" office:value="{v}"'
        return f'<table:table-cell table:formula="{escape(of_formula(value["f"]))}" {kind}><text:p>{escape(str(v))}</text:p></table:table-cell>'
    if "err" in value:
        return f'<table:table-cell table:formula="of:={escape(ERROR_FORMULAS[value["err"]])}"/>'
    raise ValueError(f"unknown cell {value!r}")


def write_fods(spec, path, variant):
    out = [FODS_HEAD]
    for sheet in spec["sheets"]:
        cells, _ = cells_of(sheet, variant)
        hidden = set(sheet.get("hiddenRows", []))
        out.append(f'<table:table table:name="{escape(sheet["name"], {chr(34): "&quot;"})}">')
        if not cells:
            out.append("<table:table-row><table:table-cell/></table:table-row>")
        else:
            last_r = max(r for r, _ in cells)
            last_c = max(c for _, c in cells)
            for r in range(last_r + 1):
                vis = ' table:visibility="collapse"' if (r + 1) in hidden else ""
                out.append(f"<table:table-row{vis}>")
                for c in range(last_c + 1):
                    v = cells.get((r, c))
                    out.append("<table:table-cell/>" if v is None else fods_cell(v))
                out.append("</table:table-row>")
        out.append("</table:table>")
    out.append("</office:spreadsheet></office:body></office:document>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(out))


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
    lo_work = tempfile.mkdtemp(prefix="fods-")
    to_convert = []
    for spec_path in specs:
        with open(spec_path, encoding="utf-8") as f:
            spec = resolve(json.load(f), os.path.dirname(os.path.abspath(spec_path)))
        name = os.path.splitext(os.path.basename(spec_path))[0]
        suffix = f".{variant}" if variant else ""
        write_xlsx(spec, os.path.join(out_dir, f"{name}{suffix}.xlsx"), variant)
        if fods:
            path = os.path.join(lo_work, f"{name}{suffix}.lo.fods")
            write_fods(spec, path, variant)
            to_convert.append(path)
    if to_convert:
        problem = convert_with_libreoffice(to_convert, out_dir)
        if problem:
            print(f"LibreOffice registers skipped: {problem}", file=sys.stderr)
    shutil.rmtree(lo_work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
