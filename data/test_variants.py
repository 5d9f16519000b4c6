#!/usr/bin/env python3
"""Checks for data/variants.py: run `python3 data/test_variants.py`.

Needs no download: the join rules run on small made-up inputs, and the
committed hand list and generated table are checked against each other."""
import os
import re
import sys

DATA = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, DATA)
import variants as V  # noqa: E402


def test_join_rules():
    names = [("m1", "鹿島"), ("m1", "田町"), ("m1", "佃町"), ("m2", "舟屋町"), ("m2", "船屋町")]
    pairs = [
        ("hand", [("嶋", "島"), ("舟", "船")]),
        ("opencc", [("豫", "予"), ("壹", "壱")]),
        ("src", [("佃", "田"), ("豫", "余"), ("一", "壹"), ("髙", "高")]),
    ]
    fold, refused = V.build(pairs, names, preferred={"予", "余", "島"})
    # Joined: both spellings fold to one key, and no key is folded again.
    assert fold["嶋"] == "島" and "島" not in fold, fold
    assert fold.get("髙", "髙") == fold.get("高", "高")
    assert not set(fold.values()) & set(fold), "a target is also a source"
    # Refused: names of one municipality, numerals, two standard forms.
    why = {(a, b): w for _, a, b, w in (r.split("\t") for r in refused)}
    assert ("佃", "田") in why, why
    assert "would merge" in why[("舟", "船")], why
    assert "two numerals" in why[("一", "壹")], why
    assert ("豫", "余") in why, why
    assert fold.get("豫") == "予", fold
    # Broad families may not chain two common kanji; the trusted sources may.
    fold, refused = V.build([("src", [("區", "区"), ("區", "丘")])], [], set())
    assert fold.get("区", "区") != fold.get("丘", "丘"), fold
    assert any("common kanji" in r for r in refused), refused
    fold, refused = V.build([("opencc", [("予", "豫")]), ("opencc", [("余", "豫")])], [], {"予", "余"})
    assert any("standard forms" in r for r in refused), refused
    # A pair marked keep joins even so.
    fold, refused = V.build([("hand", [("舟", "船")])], names, set(), {("舟", "船")})
    assert fold.get("舟") == "船" or fold.get("船") == "舟", (fold, refused)


def test_committed_table_agrees_with_hand_list():
    with open(os.path.join(DATA, "variant_table.rs"), encoding="utf-8") as f:
        source = f.read()
    table_part, loose_part = source.split("LOOSE", 1)
    fold = dict(re.findall(r"\('(.)', '(.)'\)", table_part))
    loose = set(re.findall(r"\('(.)', '(.)'\)", loose_part))
    assert fold and list(fold) == sorted(fold), "table sorted by source"
    assert not set(fold.values()) & set(fold), "idempotent"
    hand, _ = V.hand_pairs()
    for a, b in hand:
        folded = fold.get(a, a) == fold.get(b, b)
        assert folded or (a, b) in loose, f"hand pair {a}/{b} neither folds nor is loose"


def main():
    test_join_rules()
    test_committed_table_agrees_with_hand_list()
    print("variants: all checks passed")


if __name__ == "__main__":
    main()
