#!/usr/bin/env python3
"""The charts of a workbook as an independent reader sees them: per chart part (in number
order) its title and, per series, its name, line colour and cached values, as JSON.

    python3 chart_series.py FILE.xlsx
"""
import json
import re
import sys
import zipfile


def main(path):
    z = zipfile.ZipFile(path)
    parts = [n for n in z.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n)]
    out = []
    for name in sorted(parts, key=lambda n: int(re.findall(r"\d+", n)[0])):
        x = z.read(name).decode("utf-8")
        title = "".join(re.findall(r"<a:t>(.*?)</a:t>", re.search(r"<c:title>.*?</c:title>", x, re.S).group(0)))
        series = []
        for s in re.findall(r"<c:ser>.*?</c:ser>", x, re.S):
            val = re.search(r"<c:val>.*?</c:val>", s, re.S).group(0)
            series.append({
                "name": re.search(r"<c:tx>.*?<c:v>(.*?)</c:v>", s, re.S).group(1),
                "colour": re.search(r'srgbClr val="(\w+)"', s).group(1),
                "values": [float(v) for v in re.findall(r'<c:pt idx="\d+"><c:v>(.*?)</c:v>', val)],
            })
        out.append({"title": title, "series": series})
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
