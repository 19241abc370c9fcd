#!/usr/bin/env python3
"""Workbooks for the reader's golden tests, written by openpyxl the way people
and scripts leave them: percent formats, percent signs typed as text, dates
with a time of day, wrapped headers and no-break spaces, errors, booleans,
a formula (openpyxl stores none of its results), and the 1904 date system.

    python3 write_golden.py OUT_DIR

writes OUT_DIR/golden.xlsx, golden-formula.xlsx and golden-1904.xlsx. tests/xlsx/reader-golden.test.ts
reads them, and LibreOffice's copies of them, and holds them to the grids it states.
"""
import datetime
import sys

from openpyxl import Workbook
from openpyxl.workbook.properties import CalcProperties


def put(ws, ref, value, fmt=None):
    ws[ref] = value
    if fmt is not None:
        ws[ref].number_format = fmt


def golden(path):
    wb = Workbook()
    tal = wb.active
    tal.title = "Tal"
    put(tal, "A1", 0.415, "0.0%")
    put(tal, "B1", 0.38, "0 %")
    put(tal, "C1", "38 %")
    put(tal, "D1", 0.415, "0.000")
    put(tal, "E1", 0.5, '0.0"%"')
    put(tal, "F1", 0.1234, "0.00%")
    put(tal, "G1", -0.125, "0.0%;-0.0%")
    put(tal, "H1", 1200)
    put(tal, "I1", "1\u00a0200,5")

    datum = wb.create_sheet("Datum")
    put(datum, "A1", datetime.datetime(2025, 3, 14, 10, 30), "yyyy-mm-dd hh:mm")
    put(datum, "B1", datetime.date(2025, 3, 14), "yyyy-mm-dd")
    put(datum, "C1", "2025-03-14 10:30")
    put(datum, "D1", datetime.datetime(2024, 12, 31, 23, 59, 59), "d/m yyyy")

    text = wb.create_sheet("Text")
    put(text, "A1", "Varav kvinnor/\nflickor")
    put(text, "B1", "Varav\u00a0män/pojkar")
    put(text, "C1", "Varav\nkvinnor/flickor")
    put(text, "D1", True)
    put(text, "E1", False)
    put(text, "F1", "#N/A")
    put(text, "G1", "A\u030a1")
    put(text, "H1", "<&>\"' på svenska: åäö ÅÄÖ")
    put(text, "I1", "007")

    wb.save(path)


def golden_formula(path):
    wb = Workbook()
    formler = wb.active
    formler.title = "Formler"
    put(formler, "A1", 2)
    put(formler, "B1", "=A1*3")
    put(formler, "C1", '="x"&A1')
    wb.calculation = CalcProperties(fullCalcOnLoad=True)
    wb.save(path)


def golden_1904(path):
    wb = Workbook()
    wb.epoch = datetime.datetime(1904, 1, 1)
    ws = wb.active
    ws.title = "Blad1"
    put(ws, "A1", datetime.date(2025, 3, 14), "yyyy-mm-dd")
    put(ws, "B1", 5)
    put(ws, "C1", datetime.datetime(2025, 3, 14, 12, 0), "yyyy-mm-dd hh:mm")
    put(ws, "D1", 0.25, "0%")
    wb.save(path)


if __name__ == "__main__":
    out = sys.argv[1]
    golden(f"{out}/golden.xlsx")
    golden_formula(f"{out}/golden-formula.xlsx")
    golden_1904(f"{out}/golden-1904.xlsx")
