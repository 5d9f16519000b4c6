#!/usr/bin/env python3
"""jusho against the general-purpose romanizers cutlet and pykakasi, on the
gazetteer's town names, in one run.

    pip install cutlet pykakasi fugashi unidic-lite
    python3 benches/compare.py            # all ~86,000 names
    python3 benches/compare.py --limit 5000

The "correct" romaji of a town is jusho's romanization of Japan Post's kana
for it (`cargo run --release --example bench_dump -- towns`). cutlet and
pykakasi only see the kanji, as a user of a general romanizer would. A name
counts as right when both sides agree after normalization: lowercase, letters
only (spaces, hyphens, apostrophes, digits and macrons dropped), `m` before
b/p written `n`, and `ou`/`oo`/`uu` collapsed to `o`/`u`, so that neither the
long-vowel convention nor the syllabic-n convention counts as an error.

Names whose kana contains digits (キタ1ジョウ for 北一条, ~2% of them) are
left out of the agreement rate: Japan Post writes the numeral, not its
reading, so they cannot be compared letter for letter. Their count is printed.
"""

import argparse
import os
import random
import re
import subprocess
import sys
import time
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def cargo_example(*args):
    cmd = ["cargo", "run", "--quiet", "--release", "--example", "bench_dump", "--", *args]
    return subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True).stdout


def version(dist):
    from importlib.metadata import PackageNotFoundError, version as v

    try:
        return v(dist)
    except PackageNotFoundError:
        return "not installed"


def normalize(romaji):
    s = unicodedata.normalize("NFKD", romaji).lower()
    s = re.sub(r"[^a-z]", "", s)
    s = re.sub(r"m(?=[bp])", "n", s)
    while True:
        t = s.replace("ou", "o").replace("oo", "o").replace("uu", "u")
        if t == s:
            return s
        s = t


def romanizers():
    import cutlet
    import pykakasi

    katsu = cutlet.Cutlet("hepburn")
    # Town names are not loanwords; don't let "ハイツ" become "heights".
    katsu.use_foreign_spelling = False
    kks = pykakasi.kakasi()
    return {
        "cutlet": katsu.romaji,
        "pykakasi": lambda s: " ".join(item["hepburn"] for item in kks.convert(s)),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, help="a random sample of this many names")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--examples", type=int, default=8, help="misses to print per romanizer")
    args = ap.parse_args()

    rows = [line.split("\t") for line in cargo_example("towns").splitlines()]
    total_unique = len(rows)
    if args.limit:
        random.Random(args.seed).shuffle(rows)
        rows = rows[: args.limit]
    with_digits = [r for r in rows if re.search(r"[0-9]", r[1])]
    comparable = [r for r in rows if not re.search(r"[0-9]", r[1])]
    names = [r[0] for r in rows]
    print(f"town names: {total_unique} unique (kanji, kana) pairs in the gazetteer; "
          f"using {len(rows)}, {len(comparable)} comparable ({len(with_digits)} with digits in the kana left out)")
    print(f"cutlet {version('cutlet')}, pykakasi {version('pykakasi')}, fugashi {version('fugashi')}, "
          f"unidic-lite {version('unidic-lite')}")

    print("\n## Speed (one core, dictionaries/gazetteer already loaded)")
    print("names/s and µs/name from on-CPU time; wall seconds for reference")
    print(f"{'romanizer':<24} {'names':>7} {'wall s':>8} {'CPU s':>8} {'names/s':>11} {'µs/name':>9}")

    def row(what, n, wall, cpu):
        print(f"{what:<24} {n:>7} {wall:>8.3f} {cpu:>8.3f} {n / cpu:>11,.0f} {1e6 * cpu / n:>9.2f}")

    for line in cargo_example("speed").splitlines():
        what, n, wall, cpu = line.split("\t")
        row("jusho " + what, int(n), float(wall), float(cpu))

    results = {}
    for name, fn in romanizers().items():
        fn(names[0])  # load dictionaries outside the timing
        t0, c0 = time.perf_counter(), time.thread_time()
        out = [fn(k) for k in names]
        row(name, len(names), time.perf_counter() - t0, time.thread_time() - c0)
        results[name] = dict(zip(names, out))

    print("\n## Agreement with Japan Post's kana (normalized romaji)")
    print("per name: each unique (kanji, kana) once; per town: weighted by how many")
    print("municipalities have a town of that name (Japan Post's town list)")
    records = sum(int(r[3]) for r in comparable)
    for name, out in results.items():
        right = right_records = 0
        misses = []
        for kanji, kana, jusho, count in comparable:
            if normalize(out[kanji]) == normalize(jusho):
                right += 1
                right_records += int(count)
            elif len(misses) < args.examples:
                misses.append(f"{kanji} {kana}: jusho {jusho}, {name} {out[kanji]}")
        print(f"{name}: per name {right}/{len(comparable)} right ({100 * right / len(comparable):.1f}%), "
              f"per town {right_records}/{records} ({100 * right_records / records:.1f}%)")
        for m in misses:
            print(f"    {m}")


if __name__ == "__main__":
    sys.exit(main())
