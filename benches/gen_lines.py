#!/usr/bin/env python3
"""Prints N nationwide address lines for the batch benchmarks, from the
committed gazetteer (no network): prefecture + municipality + town + a
block number (1-2-3 style), cycling through every town row of
the gazetteer's towns (`python3 data/tables.py dump towns`) in order
(city-wide rows skipped).

    python3 benches/gen_lines.py 1000000 > /tmp/nation1m.txt
"""
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


def rows(name):
    """The gazetteer's rows, read from the compiled tables (data/tables.py)."""
    sys.path.insert(0, str(DATA))
    import tables
    return list(tables.rows(name))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    prefs = [r[1] for r in rows("prefectures.tsv")]
    munis = []
    for r in rows("municipalities.tsv"):
        county, city, ward = r[2], r[5], r[8]
        munis.append(prefs[int(r[1])] + county + city + ward)
    towns = [(munis[int(r[0])], r[2]) for r in rows("towns.tsv") if r[2]]
    out = sys.stdout
    for i in range(n):
        muni, town = towns[i % len(towns)]
        out.write(f"{muni}{town}{i % 9 + 1}-{i % 17 + 1}-{i % 5 + 1}\n")


if __name__ == "__main__":
    main()
