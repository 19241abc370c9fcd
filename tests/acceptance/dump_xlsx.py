#!/usr/bin/env python3
"""An independent reader for the acceptance tests: every sheet of a workbook as openpyxl
reads it (stored values, formulas' cached results), as JSON on stdout.

    python3 dump_xlsx.py FILE.xlsx

{"sheets": [names in tab order], "cells": {sheet: [[value, ...], ...]}, "tables": {sheet: [names]}}
Dates and date-times are ISO text ("2026-07-01", "2025-09-05T14:30:00"), empty cells null.
"""
import datetime
import json
import sys

import openpyxl


def value(v):
    if isinstance(v, datetime.datetime):
        return v.date().isoformat() if v.time() == datetime.time(0) else v.isoformat()
    if isinstance(v, datetime.date):
        return v.isoformat()
    return v


def main(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    out = {"sheets": wb.sheetnames, "cells": {}, "tables": {}}
    for ws in wb.worksheets:
        out["cells"][ws.title] = [[value(c.value) for c in row] for row in ws.iter_rows()]
        out["tables"][ws.title] = sorted(ws.tables.keys())
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
