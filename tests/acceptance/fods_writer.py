"""Flat OpenDocument spreadsheets (.fods) for LibreOffice to convert to .xlsx.

The one owner of the .fods side of both register writers: the document (its
namespaces and styles, the tables and rows), the cells both spec dialects share,
and the one soffice call that converts a run's files. write_register.py's cells
are read here (`write_fods`); openpyxl_register.py maps its own cells onto the
same pieces.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

from spec_cells import sheet_cells

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

# LibreOffice gets error cells from formulas that fail the same way.
ERROR_FORMULAS = {"#N/A": "NA()", "#DIV/0!": "1/0", "#VALUE!": '"a"+1', "#REF!": "#REF!"}


def paragraphs(text):
    """A text's lines as paragraphs: a "\\n" is Alt+Enter, as the .xlsx writers keep it."""
    return "".join(f"<text:p>{escape(line)}</text:p>" for line in text.split("\n"))


def plain_cell(value):
    """A boolean, a number or a text as typed (a text with a line break wraps), or None for any other value."""
    if isinstance(value, bool):
        return f'<table:table-cell office:value-type="boolean" office:boolean-value="{"true" if value else "false"}"/>'
    if isinstance(value, (int, float)):
        return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
    if isinstance(value, str):
        style = ' table:style-name="ce_wrap"' if "\n" in value else ""
        return f'<table:table-cell{style} office:value-type="string">{paragraphs(value)}</table:table-cell>'
    return None


def date_cell(iso):
    return f'<table:table-cell table:style-name="ce_date" office:value-type="date" office:date-value="{iso}"><text:p>{iso}</text:p></table:table-cell>'


def error_cell(error):
    return f'<table:table-cell table:formula="of:={escape(ERROR_FORMULAS[error])}"/>'


def write_document(path, sheets, cell_xml):
    """The .fods of `sheets`: (name, {(row, col): value}, hidden Excel row numbers) each, cells by `cell_xml`."""
    out = [FODS_HEAD]
    for name, cells, hidden in sheets:
        out.append(f'<table:table table:name="{escape(name, {chr(34): "&quot;"})}">')
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
                    out.append("<table:table-cell/>" if v is None else cell_xml(v))
                out.append("</table:table-row>")
        out.append("</table:table>")
    out.append("</office:spreadsheet></office:body></office:document>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(out))


def dialect_cell(kinds):
    """The cell writer of a spec dialect: a plain value as typed, an object by the first of `kinds`' keys it has."""

    def cell(value):
        plain = plain_cell(value)
        if plain is not None:
            return plain
        for key, write in kinds.items():
            if key in value:
                return write(value)
        raise ValueError(f"unknown cell value {value!r}")

    return cell


# A cell of write_register.py's specs.
fods_cell = dialect_cell({
    "isodate": lambda v: date_cell(v["isodate"]),
    "date": lambda v: date_cell(v["date"]),
    "err": lambda v: error_cell(v["err"]),
    "inline": lambda v: fods_cell(v["inline"]),
    "shared": lambda v: fods_cell(v["shared"]),
    "num": lambda v: fods_cell(v["num"]),
    "formula": lambda v: fods_cell(v["value"]),
})


def write_fods(spec, path):
    """A write_register.py spec as .fods."""
    write_document(path, [(s["name"], sheet_cells(s)[0], set(s.get("hiddenRows", []))) for s in spec["sheets"]], fods_cell)


def convert_with_libreoffice(fods_paths, out_dir):
    """Converts the files to .xlsx in out_dir with one soffice call; None, or why it did not."""
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


class LibreOfficeRun:
    """The .fods files of one run, kept in a folder of their own and converted together at the end."""

    def __init__(self, out_dir):
        self.out_dir = out_dir
        self.work = tempfile.mkdtemp(prefix="fods-")
        self.paths = []

    def path(self, name):
        """Where to write DIR/<name>.lo.xlsx's .fods."""
        path = os.path.join(self.work, f"{name}.lo.fods")
        self.paths.append(path)
        return path

    def convert(self):
        """One soffice call for them all; a line on stderr says why when none are written."""
        if self.paths:
            problem = convert_with_libreoffice(self.paths, self.out_dir)
            if problem:
                print(f"LibreOffice registers skipped: {problem}", file=sys.stderr)
        shutil.rmtree(self.work, ignore_errors=True)


def of_formula(formula):
    """An Excel formula ("=C5+C6") in OpenFormula ("of:=[.C5]+[.C6]")."""
    return "of:=" + re.sub(r"\b([A-Z]{1,3}[0-9]+)\b", r"[.\1]", formula.lstrip("="))
