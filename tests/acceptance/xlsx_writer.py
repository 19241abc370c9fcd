"""SpreadsheetML by hand, as openpyxl and Excel write it: shared strings (some as
rich text runs), inline strings, date serials with date styles, ISO date cells,
error cells, formulas with cached values, and real Excel tables whose part paths
are absolute (openpyxl) or relative (Excel)."""
import zipfile
from xml.sax.saxutils import escape

from spec_cells import a1, serial, sheet_cells

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"


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
