"""Flat OpenDocument spreadsheets (.fods) for LibreOffice to convert to .xlsx."""
from xml.sax.saxutils import escape

from spec_cells import sheet_cells

# LibreOffice gets error cells from formulas that fail the same way.
ERROR_FORMULAS = {"#N/A": "NA()", "#DIV/0!": "1/0", "#VALUE!": "\"a\"+1"}


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
