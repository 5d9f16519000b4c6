#!/usr/bin/env python3
"""Writes a seed corpus of real addresses for the fuzz target.

    python3 fuzz/make_seeds.py [N] [OUT_DIR]

Builds N (default 400) lines from the gazetteer's towns and offices
(data/tables.py):
office addresses as written (with and without their postal code,
prefecture, in full-width digits), and towns with block numbers, building
words and rooms in the forms people type. Deterministic (fixed seed).
"""
import os
import random
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def rows(name):
    """The gazetteer's rows, read from the compiled tables (data/tables.py)."""
    sys.path.insert(0, os.path.join(ROOT, "data"))
    import tables
    return tables.rows(name)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "fuzz", "corpus", "parse_romanize")
    os.makedirs(out, exist_ok=True)
    rng = random.Random(20260520)
    prefs = [r[1] for r in rows("prefectures.tsv")]
    munis = []
    for r in rows("municipalities.tsv"):
        munis.append((prefs[int(r[1])], r[2] + r[5] + r[8]))
    towns = [r for r in rows("towns.tsv")]
    offices = [r for r in rows("offices.tsv")]
    fw = str.maketrans("0123456789-", "０１２３４５６７８９－")
    lines = set()

    def code(c):
        return f"{c[:3]}-{c[3:]}"

    while len(lines) < n // 2:
        o = rng.choice(offices)
        pref, muni = munis[int(o[1])]
        addr = f"{muni}{o[2]}{o[3]}"
        form = rng.randrange(5)
        if form == 0:
            lines.add(f"〒{code(o[0])} {pref}{addr}")
        elif form == 1:
            lines.add(f"{pref}{addr}")
        elif form == 2:
            lines.add(addr)
        elif form == 3:
            lines.add(f"{pref}{addr} {o[4]}".translate(fw))
        else:
            lines.add(f"{pref}{addr} {o[0]}")
    buildings = ["サンプルマンション", "ハイツ青葉", "ABCビル", "グランドタワー", "コーポ山田", "レジデンス", ""]
    while len(lines) < n:
        t = rng.choice(towns)
        pref, muni = munis[int(t[0])]
        a, b, c = rng.randint(1, 9), rng.randint(1, 40), rng.randint(1, 30)
        block = rng.choice([f"{a}-{b}-{c}", f"{a}丁目{b}番{c}号", f"{b}番地{c}", f"{a}－{b}", f"{a}丁目"])
        building = rng.choice(buildings)
        room = rng.choice(["", f" {rng.randint(101, 1205)}号室", f" #{rng.randint(1, 999)}", f" {rng.randint(1, 40)}F"])
        head = rng.choice([f"〒{code(t[1])} ", f"{t[1]} ", "", "郵便番号 " + code(t[1]) + " "])
        lines.add(f"{head}{pref}{muni}{t[2]}{block} {building}{room}".strip())
    for i, line in enumerate(sorted(lines)):
        with open(os.path.join(out, f"seed-{i:04}"), "w", encoding="utf-8") as f:
            f.write(line)
    print(f"wrote {len(lines)} seeds to {out}")


if __name__ == "__main__":
    main()
