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

import json
import os
import sys

from fods_writer import LibreOfficeRun, write_fods
from xlsx_writer import write_xlsx


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
    lo = LibreOfficeRun(out_dir)
    for spec_path in specs:
        with open(spec_path, encoding="utf-8") as f:
            spec = json.load(f)
        name = os.path.splitext(os.path.basename(spec_path))[0]
        writers = [w for w in spec.get("writers", ["python"]) if only in (None, w)]
        if "python" in writers:
            write_xlsx(spec, os.path.join(out_dir, f"{name}.xlsx"))
        if "libreoffice" in writers:
            write_fods(spec, lo.path(name))
    lo.convert()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
