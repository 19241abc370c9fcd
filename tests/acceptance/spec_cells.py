"""Reading a register spec: blocks of rows placed on a sheet, cells by (row, col)."""
import datetime
import re

# Excel's day 0 is 1899-12-30 for every date after 1900-02-28 (its 1900 leap-year bug).
EPOCH = datetime.date(1899, 12, 30)


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


def sheet_cells(sheet, pick=lambda value: value):
    """{(row, col): value} for a sheet spec's blocks (each value as `pick` gives it), and its tables."""
    cells = {}
    tables = []
    for block in sheet.get("blocks", []):
        top, left = parse_a1(block["at"])
        rows = block["rows"]
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                value = pick(value)
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
