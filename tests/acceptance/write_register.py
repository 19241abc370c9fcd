#!/usr/bin/env python3
"""An independent register writer for the acceptance tests.

It is deliberately NOT the project's code: it writes .xlsx packages by hand
with zipfile and SpreadsheetML, the way openpyxl and Excel do (shared strings
and inline strings, real Excel tables with absolute or relative part paths,
date cells as serial numbers with a date style, error cells), and it writes
flat OpenDocument (.fods) that LibreOffice converts to .xlsx, so the engine is
tried on workbooks from writers it was not built alongside.

    python3 write_register.py --out DIR [--only python|libreoffice] SPEC.json [SPEC.json ...]

Each spec names its writers ("python", "libreoffice"); the python writer gives
DIR/<name>.xlsx, the LibreOffice one DIR/<name>.lo.xlsx (all .fods files are
converted by one soffice call). Without soffice the LibreOffice files are
skipped with a line on stderr saying why.

Cell values in a spec:
  "text"                     shared string (inline string on sheets with "strings": "inline")
  12, 3.5                    number
  true / false               boolean
  null                       no cell at all
  {"date": "2025-03-14"}     serial number with a date style ("style": "iso" for yyyy-mm-dd)
  {"isodate": "2025-03-14"}  date cell as ISO text (t="d"), as openpyxl writes with iso_dates
  {"err": "#N/A"}            error cell (t="e")
  {"inline": "text"}         inline string
  {"shared": "text"}         shared string
  {"num": 3, "fmt": "0.00"}  number with a number format
  {"formula": "1+2", "value": 3}  formula with its cached result
"""
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"

# Excel's day 0 is 1899-12-30 for every date after 1900-02-28 (its 1900 leap-year bug).
EPOCH = datetime.date(1899, 12, 30)

# LibreOffice gets error cells from formulas that fail the same way.
ERROR_FORMULAS = {"#N/A": "NA()", "#DIV/0!": "1/0", "#VALUE!": "\"a\"+1"}


def serial(iso):
    return (datetime.date.fromisoformat(iso) - EPOCH).days


def col_letters(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def parse_a1(ref):
    m = re.fullmatch(r"([A-Z]+)(\d+)", ref)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)) - 1, col - 1


def a1(row, col):
    return f"{col_letters(col)}{row + 1}"


def sheet_cells(sheet):
    """{(row, col): value} for a sheet spec's blocks, and its tables."""
    cells = {}
    tables = []
    for block in sheet.get("blocks", []):
        top, left = parse_a1(block["at"])
        rows = block["rows"]
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value is not None:
                    cells[(top + r, left + c)] = value
        if block.get("table"):
            width = len(rows[0])
            tables.append({
                "name": block["table"],
                "ref": f"{a1(top, left)}:{a1(top + len(rows) - 1, left + width - 1)}",
                "headers": [str(h) for h in rows[0]],
            })
    return cells, tables


# ---------------------------------------------------------------- .xlsx by hand

class Strings:
    def __init__(self):
        self.index = {}
        self.items = []
        self.count = 0

    def add(self, text):
        self.count += 1
        if text not in self.index:
            self.index[text] = len(self.items)
            self.items.append(text)
        return self.index[text]

    def xml(self):
        out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{MAIN_NS}" count="{self.count}" uniqueCount="{len(self.items)}">']
        for i, t in enumerate(self.items):
            # Every third string as rich text runs, as Excel writes after partial formatting.
            if i % 3 == 2 and len(t) > 1:
                half = len(t) // 2
                out.append(f'<si><r><t xml:space="preserve">{escape(t[:half])}</t></r><r><rPr><b/></rPr><t xml:space="preserve">{escape(t[half:])}</t></r></si>')
            else:
                out.append(f'<si><t xml:space="preserve">{escape(t)}</t></si>')
        out.append("</sst>")
        return "".join(out)


STYLE_DATE = 1  # numFmtId 14 (the locale's short date)
STYLE_ISO = 2  # custom yyyy-mm-dd
STYLE_FMT = {"0.00": 3, "0": 4, "# ##0": 5}

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{MAIN_NS}">
<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode="#\\ ##0"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="6">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""


def cell_xml(ref, value, strings, inline, omit_ref):
    r = "" if omit_ref else f' r="{ref}"'
    if isinstance(value, bool):
        return f'<c{r} t="b"><v>{1 if value else 0}</v></c>'
    if isinstance(value, (int, float)):
        return f"<c{r}><v>{value}</v></c>"
    if isinstance(value, str):
        if inline:
            return f'<c{r} t="inlineStr"><is><t xml:space="preserve">{escape(value)}</t></is></c>'
        return f'<c{r} t="s"><v>{strings.add(value)}</v></c>'
    if "date" in value:
        style = STYLE_ISO if value.get("style") == "iso" else STYLE_DATE
        return f'<c{r} s="{style}"><v>{serial(value["date"])}</v></c>'
    if "err" in value:
        return f'<c{r} t="e"><v>{escape(value["err"])}</v></c>'
    if "isodate" in value:
        # openpyxl with iso_dates=True: a date cell holding ISO 8601 text.
        return f'<c{r} t="d" s="{STYLE_ISO}"><v>{value["isodate"]}T00:00:00</v></c>'
    if "inline" in value:
        return f'<c{r} t="inlineStr"><is><t xml:space="preserve">{escape(value["inline"])}</t></is></c>'
    if "shared" in value:
        return f'<c{r} t="s"><v>{strings.add(value["shared"])}</v></c>'
    if "num" in value:
        return f'<c{r} s="{STYLE_FMT[value["fmt"]]}"><v>{value["num"]}</v></c>'
    if "formula" in value:
        v = value["value"]
        if isinstance(v, str):
            return f'<c{r} t="str"><f>{escape(value["formula"])}</f><v>{escape(v)}</v></c>'
        return f'<c{r}><f>{escape(value["formula"])}</f><v>{v}</v></c>'
    raise ValueError(f"unknown cell value {value!r}")


def sheet_xml(sheet, cells, tables, strings):
    inline = sheet.get("strings") == "inline"
    omit = sheet.get("omitRefs", False)
    rows = {}
    for (r, c), v in cells.items():
        rows.setdefault(r, []).append((c, v))
    out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">']
    if cells:
        last_r = max(r for r, _ in cells)
        last_c = max(c for _, c in cells)
        out.append(f'<dimension ref="A1:{a1(last_r, last_c)}"/>')
    out.append('<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>')
    out.append("<sheetData>")
    prev = -1
    for r in sorted(rows):
        # Without r attributes a row must follow the previous one, so gaps get empty rows.
        if omit:
            for gap in range(prev + 1, r):
                out.append("<row></row>")
        prev = r
        row_attr = "" if omit else f' r="{r + 1}"'
        out.append(f"<row{row_attr}>")
        last = -1
        for c, v in sorted(rows[r]):
            if omit:
                for gap in range(last + 1, c):
                    out.append("<c/>")
            last = c
            out.append(cell_xml(a1(r, c), v, strings, inline, omit))
        out.append("</row>")
    out.append("</sheetData>")
    if tables:
        out.append(f'<tableParts count="{len(tables)}">')
        for i in range(len(tables)):
            out.append(f'<tablePart r:id="rId{i + 1}"/>')
        out.append("</tableParts>")
    out.append("</worksheet>")
    return "".join(out)


def table_xml(table, table_id):
    cols = "".join(f'<tableColumn id="{i + 1}" name="{escape(h)}"/>' for i, h in enumerate(table["headers"]))
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<table xmlns="{MAIN_NS}" id="{table_id}" name="{table["name"]}" displayName="{table["name"]}" ref="{table["ref"]}" headerRowCount="1">'
        f'<autoFilter ref="{table["ref"]}"/><tableColumns count="{len(table["headers"])}">{cols}</tableColumns>'
        f'<tableStyleInfo name="TableStyleMedium9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
    )


def write_xlsx(spec, path):
    strings = Strings()
    absolute = spec.get("tablePaths", "absolute") == "absolute"
    parts = {}
    overrides = [
        ("/xl/workbook.xml", f"{XLSX_CT}.sheet.main+xml"),
        ("/xl/styles.xml", f"{XLSX_CT}.styles+xml"),
        ("/xl/sharedStrings.xml", f"{XLSX_CT}.sharedStrings+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
    ]
    sheet_entries = []
    wb_rels = []
    table_no = 0
    for i, sheet in enumerate(spec["sheets"]):
        cells, tables = sheet_cells(sheet)
        n = i + 1
        parts[f"xl/worksheets/sheet{n}.xml"] = sheet_xml(sheet, cells, tables, strings)
        overrides.append((f"/xl/worksheets/sheet{n}.xml", f"{XLSX_CT}.worksheet+xml"))
        sheet_entries.append(f'<sheet name="{escape(sheet["name"], {chr(34): "&quot;"})}" sheetId="{n}" r:id="rId{n}"/>')
        wb_rels.append(f'<Relationship Id="rId{n}" Type="{REL_NS}/worksheet" Target="{"/xl/" if absolute else ""}worksheets/sheet{n}.xml"/>')
        if tables:
            rels = []
            for j, table in enumerate(tables):
                table_no += 1
                parts[f"xl/tables/table{table_no}.xml"] = table_xml(table, table_no)
                overrides.append((f"/xl/tables/table{table_no}.xml", f"{XLSX_CT}.table+xml"))
                target = f"/xl/tables/table{table_no}.xml" if absolute else f"../tables/table{table_no}.xml"
                rels.append(f'<Relationship Id="rId{j + 1}" Type="{REL_NS}/table" Target="{target}"/>')
            parts[f"xl/worksheets/_rels/sheet{n}.xml.rels"] = (
                f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG_REL_NS}">{"".join(rels)}</Relationships>'
            )
    k = len(spec["sheets"])
    wb_rels.append(f'<Relationship Id="rId{k + 1}" Type="{REL_NS}/styles" Target="{"/xl/" if absolute else ""}styles.xml"/>')
    wb_rels.append(f'<Relationship Id="rId{k + 2}" Type="{REL_NS}/sharedStrings" Target="{"/xl/" if absolute else ""}sharedStrings.xml"/>')
    parts["xl/workbook.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">'
        f'<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>{"".join(sheet_entries)}</sheets><calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>'
    )
    parts["xl/_rels/workbook.xml.rels"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG_REL_NS}">{"".join(wb_rels)}</Relationships>'
    parts["xl/styles.xml"] = STYLES
    parts["xl/sharedStrings.xml"] = strings.xml()
    parts["docProps/core.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:creator>write_register.py</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-09-05T10:00:00Z</dcterms:created></cp:coreProperties>'
    )
    parts["_rels/.rels"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PKG_REL_NS}">'
        f'<Relationship Id="rId1" Type="{REL_NS}/officeDocument" Target="xl/workbook.xml"/>'
        f'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        "</Relationships>"
    )
    ct = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="{CT_NS}">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>']
    ct += [f'<Override PartName="{p}" ContentType="{t}"/>' for p, t in overrides]
    ct.append("</Types>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "".join(ct))
        for name, text in parts.items():
            z.writestr(name, text.encode("utf-8"))


# ---------------------------------------------------------------- flat ODS for LibreOffice

def fods_cell(value):
    if isinstance(value, bool):
        return f'<table:table-cell office:value-type="boolean" office:boolean-value="{"true" if value else "false"}"/>'
    if isinstance(value, (int, float)):
        return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
    if isinstance(value, str):
        return f'<table:table-cell office:value-type="string"><text:p>{escape(value)}</text:p></table:table-cell>'
    if "isodate" in value:
        return fods_cell({"date": value["isodate"]})
    if "date" in value:
        return f'<table:table-cell table:style-name="ce_date" office:value-type="date" office:date-value="{value["date"]}"><text:p>{value["date"]}</text:p></table:table-cell>'
    if "err" in value:
        formula = ERROR_FORMULAS[value["err"]]
        return f'<table:table-cell table:formula="of:={escape(formula)}"/>'
    if "inline" in value or "shared" in value:
        return fods_cell(value.get("inline", value.get("shared")))
    if "num" in value:
        return fods_cell(value["num"])
    if "formula" in value:
        return fods_cell(value["value"])
    raise ValueError(f"unknown cell value {value!r}")


def write_fods(spec, path):
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
        'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">',
        '<office:automatic-styles><number:date-style style:name="N_iso"><number:year number:style="long"/><number:text>-</number:text>'
        '<number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>'
        '<style:style style:name="ce_date" style:family="table-cell" style:data-style-name="N_iso"/></office:automatic-styles>',
        "<office:body><office:spreadsheet>",
    ]
    for sheet in spec["sheets"]:
        cells, _ = sheet_cells(sheet)
        out.append(f'<table:table table:name="{escape(sheet["name"], {chr(34): "&quot;"})}">')
        if cells:
            last_r = max(r for r, _ in cells)
            last_c = max(c for _, c in cells)
            for r in range(last_r + 1):
                out.append("<table:table-row>")
                for c in range(last_c + 1):
                    v = cells.get((r, c))
                    out.append("<table:table-cell/>" if v is None else fods_cell(v))
                out.append("</table:table-row>")
        else:
            out.append("<table:table-row><table:table-cell/></table:table-row>")
        out.append("</table:table>")
    out.append("</office:spreadsheet></office:body></office:document>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(out))


def convert_with_libreoffice(fods_paths, out_dir):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        return "soffice is not installed"
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    try:
        done = subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
             "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out_dir, *fods_paths],
            capture_output=True, text=True, timeout=180,
        )
    except (OSError, subprocess.TimeoutExpired) as err:
        return f"soffice failed: {err}"
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if done.returncode != 0:
        return f"soffice exited {done.returncode}: {done.stderr.strip()}"
    return None


def main(argv):
    if len(argv) < 3 or argv[0] != "--out":
        print(__doc__, file=sys.stderr)
        return 2
    out_dir = argv[1]
    specs = argv[2:]
    only = None
    if specs[:1] == ["--only"]:
        only, specs = specs[1], specs[2:]
    os.makedirs(out_dir, exist_ok=True)
    lo_work = tempfile.mkdtemp(prefix="fods-")
    fods = []
    for spec_path in specs:
        with open(spec_path, encoding="utf-8") as f:
            spec = json.load(f)
        name = os.path.splitext(os.path.basename(spec_path))[0]
        writers = [w for w in spec.get("writers", ["python"]) if only in (None, w)]
        if "python" in writers:
            write_xlsx(spec, os.path.join(out_dir, f"{name}.xlsx"))
        if "libreoffice" in writers:
            path = os.path.join(lo_work, f"{name}.lo.fods")
            write_fods(spec, path)
            fods.append(path)
    if fods:
        problem = convert_with_libreoffice(fods, out_dir)
        if problem:
            print(f"LibreOffice registers skipped: {problem}", file=sys.stderr)
    shutil.rmtree(lo_work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
