#!/usr/bin/env python3
"""Writes a register given as JSON grids on stdin to an .xlsx with openpyxl, as a
person's register saved from Python would be: shared strings, numbers, the
serials under a `Datum` header and the pledge's `Giltig från`/`Giltig till`
values as dates (`yyyy-mm-dd`). A cell may also be given as an object, as the
reader's golden tests do: {"v": 0.415, "fmt": "0.0%"} is a value with a number
format, {"datetime": "2025-03-14T10:30:00"} a date with a time of day.

    python3 openpyxl_register.py OUT.xlsx < grids.json
"""
import datetime
import json
import sys

from openpyxl import Workbook

DATE_FIELDS = {"Giltig från", "Giltig till"}


def main():
    out = sys.argv[1]
    grids = json.load(sys.stdin)
    book = Workbook()
    book.remove(book.active)
    for sheet in grids["sheets"]:
        ws = book.create_sheet(sheet["name"])
        date_columns = set()
        for r, row in enumerate(sheet["values"], start=1):
            for c, value in enumerate(row, start=1):
                if value is None:
                    continue
                if isinstance(value, str) and value.strip() == "Datum":
                    date_columns.add(c)
                if isinstance(value, dict):
                    if "datetime" in value:
                        cell = ws.cell(row=r, column=c, value=datetime.datetime.fromisoformat(value["datetime"]))
                        cell.number_format = value.get("fmt", "yyyy-mm-dd hh:mm")
                    else:
                        cell = ws.cell(row=r, column=c, value=value["v"])
                        if "fmt" in value:
                            cell.number_format = value["fmt"]
                    continue
                cell = ws.cell(row=r, column=c, value=value)
                is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
                dated = c in date_columns or (c == 2 and isinstance(row[0], str) and row[0] in DATE_FIELDS)
                if is_number and dated:
                    cell.number_format = "yyyy-mm-dd"
    book.save(out)


if __name__ == "__main__":
    main()
