//! Katakana loanwords in building names: サンプルマンション → `Sample Mansion`.
//!
//! The dictionary is `data/loanwords.tsv` (hand-written, sorted by katakana,
//! `KATAKANA<TAB>English`), embedded in the binary and parsed once on first
//! use into a sorted slice that is searched with `binary_search_by_key`.

use std::borrow::Cow;
use std::sync::OnceLock;

use super::hepburn::kana_to_romaji;
use super::spelling::Spelling;

static TSV: &str = include_str!("../../../data/loanwords.tsv");

mod unidic;
mod unidic_format;

/// Words of at most this many chars must not be directly followed by kana
/// that no dictionary word covers (so ビル may end ナカムラビル, but イン is
/// not found inside マインツ).
const SHORT_WORD_CHARS: usize = 2;

struct Dictionary {
    /// (katakana, English), sorted by katakana.
    entries: Vec<(&'static str, &'static str)>,
    /// The longest katakana key, in chars.
    max_chars: usize,
    /// Each first char of a key, sorted, with the range of `entries` whose
    /// keys start with it (a split's first step is one search here).
    first_chars: Vec<(char, std::ops::Range<usize>)>,
}

impl Dictionary {
    /// The range of `entries` whose keys start with `c` (empty when none
    /// does).
    fn starting_with(&self, c: char) -> std::ops::Range<usize> {
        match self.first_chars.binary_search_by_key(&c, |f| f.0) {
            Ok(at) => self.first_chars.get(at).map_or(0..0, |f| f.1.clone()),
            Err(_) => 0..0,
        }
    }
}

fn dictionary() -> &'static Dictionary {
    static DICT: OnceLock<Dictionary> = OnceLock::new();
    DICT.get_or_init(|| {
        let mut entries: Vec<(&'static str, &'static str)> = super::tsv::lines(TSV)
            .map(|line| line.strip_suffix('\r').unwrap_or(line))
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| {
                let tab = line.bytes().position(|b| b == b'\t')?;
                Some((line.get(..tab)?, line.get(tab + 1..)?))
            })
            .map(|(k, v)| (trimmed(k), trimmed(v)))
            .filter(|(k, v)| !k.is_empty() && !v.is_empty())
            .collect();
        // The file is sorted (a test checks), but sorting here keeps lookups
        // right even if an edit breaks that.
        if !entries.is_sorted() {
            entries.sort_unstable();
        }
        entries.dedup_by_key(|e| e.0);
        // Chars counted as the bytes that start one.
        let max_chars = entries
            .iter()
            .map(|e| e.0.bytes().filter(|&b| b & 0xC0 != 0x80).count())
            .max()
            .unwrap_or(0);
        let mut first_chars: Vec<(char, std::ops::Range<usize>)> = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            let Some(c) = e.0.chars().next() else {
                continue;
            };
            match first_chars.last_mut() {
                Some((last, range)) if *last == c => range.end = i + 1,
                _ => first_chars.push((c, i..i + 1)),
            }
        }
        Dictionary {
            entries,
            max_chars,
            first_chars,
        }
    })
}

/// `s` without white space at either end. Most words have none, and are
/// seen to have none by their bytes: an ASCII char that is not a space, or
/// a char of U+3040–U+30FF (kana; `E3 81..=83 xx`).
fn trimmed(s: &str) -> &str {
    let bytes = s.as_bytes();
    let plain_ascii = |b: &u8| b.is_ascii() && !b.is_ascii_whitespace();
    let kana = |lead: Option<&[u8]>| matches!(lead, Some([0xE3, 0x81..=0x83, ..]));
    let starts_plain = bytes.first().is_some_and(plain_ascii) || kana(bytes.get(..3));
    let ends_plain = bytes.last().is_some_and(plain_ascii)
        || kana(bytes.len().checked_sub(3).and_then(|at| bytes.get(at..)));
    match starts_plain && ends_plain {
        true => s,
        false => s.trim(),
    }
}

/// Looks up one whole katakana word in the loanword dictionary: the hand
/// list (`data/loanwords.tsv`), then a plural of a hand-list word
/// (ライオンズ → `Lions`, ガーデンズ → `Gardens`).
///
/// UniDic's table is not searched here: it is only for whole stretches the
/// hand list leaves over (see [`katakana_to_english`]).
pub(crate) fn loanword(katakana: &str) -> Option<Cow<'static, str>> {
    if let Some(english) = hand_word(katakana) {
        return Some(Cow::Borrowed(english));
    }
    let stem = katakana
        .strip_suffix('ズ')
        .or_else(|| katakana.strip_suffix('ス'))?;
    if stem.chars().count() < 2 {
        return None;
    }
    let english = hand_word(stem).filter(|e| e.ends_with(|c: char| c.is_ascii_lowercase()))?;
    let plural = if english.ends_with(['s', 'x', 'h']) {
        "es"
    } else {
        "s"
    };
    Some(Cow::Owned(format!("{english}{plural}")))
}

/// The hand list's English for exactly `katakana`: searched among the keys
/// with its first char only.
fn hand_word(katakana: &str) -> Option<&'static str> {
    let dict = dictionary();
    let first = katakana.chars().next()?;
    let entries = dict.entries.get(dict.starting_with(first))?;
    entries
        .binary_search_by_key(&katakana, |e| e.0)
        .ok()
        .and_then(|i| entries.get(i))
        .map(|e| e.1)
}

/// The fewest chars a word of UniDic's table has (`MIN_CHARS` of
/// `data/gen_loanwords.py`; a test checks).
const UNIDIC_MIN_CHARS: usize = 3;

/// UniDic's source spelling of a whole katakana word (`data/loanwords_unidic.tsv`,
/// read through [`unidic::find`]). Shorter text is not searched for (a lone
/// ツ between kanji, over and over, would be a search each).
fn unidic_word(katakana: &str) -> Option<&'static str> {
    katakana.chars().nth(UNIDIC_MIN_CHARS - 1)?;
    unidic::find(katakana)
}

/// Chars that continue the previous kana (small kana, ー): a word may not
/// start on one, nor end just before one.
fn continues(c: char) -> bool {
    matches!(
        c,
        'ァ' | 'ィ' | 'ゥ' | 'ェ' | 'ォ' | 'ャ' | 'ュ' | 'ョ' | 'ヮ' | 'ー' | 'ヽ' | 'ヾ'
    )
}

/// French and Italian particles inside names (メゾンドソレイユ → `Maison de
/// Soleil`): found only right before a dictionary word of 3 chars or more.
pub(crate) fn particle(c: char) -> Option<&'static str> {
    match c {
        'ド' | 'デ' => Some("de"),
        'ラ' => Some("la"),
        'ル' => Some("le"),
        _ => None,
    }
}

/// Splits a katakana run into dictionary words and writes them, separated by
/// single spaces, to `out`; stretches no word covers are looked up whole in
/// UniDic's loanwords and otherwise written in lowercase Hepburn (as one
/// word each), to be title-cased by the caller.
///
/// The split covers as many chars with hand-list words as possible (dynamic
/// programming over the run; ties go to the longer first word). A word of one
/// char (ザ, The) only counts when it is the whole run, or for a particle
/// (ド de, ラ la, ル le) right before a word of 3 chars or more; a word of two
/// chars may not be directly followed by uncovered kana, and a stretch of
/// fewer than 3 uncovered chars may not directly follow a word, so short
/// words are not found inside unknown names and a loanword is never cut
/// into words that leave kana over (オークラ is `Okura`, not `Oak Ra`).
/// `・` and spaces separate runs. Anything that is not katakana is passed to
/// [`kana_to_romaji`] unchanged.
pub(crate) fn katakana_to_english(kana: &str, spelling: &Spelling, out: &mut String) {
    let mut first = true;
    for run in kana.split(['・', ' ', '\u{3000}']) {
        if run.is_empty() {
            continue;
        }
        if !first {
            out.push(' ');
        }
        // メゾン・ド・ソレイユ: a particle on its own between dots.
        let mut chars = run.chars();
        match (chars.next().and_then(particle), chars.next()) {
            (Some(word), None) if !first => out.push_str(word),
            _ => split_run(run, spelling, out),
        }
        first = false;
    }
}

/// What may come next in a split.
#[derive(Clone, Copy)]
enum After {
    /// Anything.
    Free = 0,
    /// After a word of 3 chars or more: no stretch of fewer than 3
    /// uncovered chars.
    LongWord = 1,
    /// After a word of 1-2 chars: no uncovered kana.
    ShortWord = 2,
    /// After a particle: a word of 3 chars or more.
    Particle = 3,
}

/// One step of a split: a word of `len` chars, or `len` uncovered chars.
#[derive(Clone, Copy)]
struct Step {
    covered: usize,
    len: usize,
    word: bool,
    next: After,
}

/// The lists a split fills, kept per thread between runs so that a split
/// allocates nothing once they have grown (a building's katakana made ten
/// of them a run). Runs longer than [`Scratch::LONGEST`] chars get lists of
/// their own, so what is kept stays small.
#[derive(Default)]
struct Scratch {
    /// Byte offset of each char, plus the end.
    offsets: Vec<usize>,
    chars: Vec<char>,
    /// The hand-list words starting at each char (lengths).
    lens_at: Vec<Vec<usize>>,
    /// Whether a hand-list word ends at each char.
    word_ends: Vec<bool>,
    best: Vec<[Option<Step>; 4]>,
    free_from: Vec<Option<(usize, usize)>>,
    words: Vec<Step>,
    segments: Vec<(usize, usize, bool)>,
    merged: Vec<(usize, usize, bool)>,
}

impl Scratch {
    /// The longest run (in chars) whose lists are kept.
    const LONGEST: usize = 64;
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// Best split of one run (no separators inside).
fn split_run(run: &str, spelling: &Spelling, out: &mut String) {
    if let Some(english) = loanword(run) {
        out.push_str(&english);
        return;
    }
    if run.len() > 3 * Scratch::LONGEST {
        return split_with(run, spelling, out, &mut Scratch::default());
    }
    SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
        Ok(mut scratch) => split_with(run, spelling, out, &mut scratch),
        Err(_) => split_with(run, spelling, out, &mut Scratch::default()),
    })
}

/// [`split_run`] after the whole run was looked up, with `scratch`'s lists.
fn split_with(run: &str, spelling: &Spelling, out: &mut String, scratch: &mut Scratch) {
    let dict = dictionary();
    let Scratch {
        offsets,
        chars,
        lens_at,
        word_ends,
        best,
        free_from,
        words,
        segments,
        merged,
    } = scratch;
    offsets.clear();
    offsets.extend(run.char_indices().map(|(i, _)| i));
    offsets.push(run.len());
    chars.clear();
    chars.extend(run.chars());
    let n = chars.len();
    let span = |i: usize, j: usize| match (offsets.get(i), offsets.get(j)) {
        (Some(&a), Some(&b)) => run.get(a..b),
        _ => None,
    };
    let boundary = |i: usize| chars.get(i).is_none_or(|&c| !continues(c));
    // The hand-list words starting at each char (lengths), and whether one
    // ends at each char.
    if lens_at.len() < n + 1 {
        lens_at.resize_with(n + 1, Vec::new);
    }
    for lens in lens_at.iter_mut().take(n + 1) {
        lens.clear();
    }
    word_ends.clear();
    word_ends.resize(n + 1, false);
    let entries = &dict.entries;
    for i in (0..n).filter(|&i| boundary(i)) {
        let longest = (dict.max_chars + 1).min(n - i);
        let lens = &mut lens_at[i];
        // The hand-list words that start with the first `len` chars (a
        // range of the sorted list, narrowed char by char), and whether one
        // is exactly those chars. A word of `len` chars is one of them, a
        // plural one whose stem was (`len - 1`).
        let (mut lo, mut hi) = (0, entries.len());
        let mut stem_is_word = false;
        // Every word of lo..hi starts with the first `matched` bytes of the
        // prefix: only the char after them is compared (a char compare, not a
        // string compare; UTF-8 sorts as code points do).
        let mut matched = 0;
        for len in 1..=longest {
            let (Some(prefix), Some(&c)) = (span(i, i + len), chars.get(i + len - 1)) else {
                break;
            };
            let (start, end) = if len == 1 {
                // The first char: the keys that start with it, at once.
                let range = dict.starting_with(c);
                (range.start, range.end)
            } else {
                // The char after the matched bytes, compared as its UTF-8
                // bytes (which order as the chars do): a key that ends there
                // sorts first.
                let mut buf = [0u8; 4];
                let c_bytes = c.encode_utf8(&mut buf).as_bytes();
                let next_bytes = |e: &(&'static str, &'static str)| -> &'static [u8] {
                    let rest = e.0.as_bytes().get(matched..).unwrap_or_default();
                    rest.get(..c_bytes.len()).unwrap_or(rest)
                };
                let range = entries.get(lo..hi).unwrap_or_default();
                let start = lo + range.partition_point(|e| next_bytes(e) < c_bytes);
                let after = entries.get(start..hi).unwrap_or_default();
                let end = start + after.partition_point(|e| next_bytes(e) == c_bytes);
                (start, end)
            };
            let is_word = start < end
                && entries
                    .get(start)
                    .is_some_and(|e| e.0.len() == prefix.len());
            matched = prefix.len();
            // A hand-list word is a loanword as it is (no second search);
            // a plural only by `loanword`'s rule.
            if len >= 2
                && (is_word || stem_is_word)
                && boundary(i + len)
                && (is_word || loanword(prefix).is_some())
            {
                lens.push(len);
                word_ends[i + len] = true;
            }
            // No word goes on from here: none longer can be found.
            if start == end {
                break;
            }
            (lo, hi, stem_is_word) = (start, end, is_word);
        }
        // Longest first.
        lens.reverse();
    }

    // best[i][state]: the best split of the suffix from char i when the
    // previous step left `state` (an `After`); `None` if impossible.
    best.clear();
    best.resize(n + 1, [None; 4]);
    best[n] = [Some(Step {
        covered: 0,
        len: 0,
        word: false,
        next: After::Free,
    }); 4];
    best[n][After::Particle as usize] = None;
    // free_from[j]: among the boundaries from char j on where a split may
    // go on in any way (`best[_][Free]`), the one with the most chars covered
    // after it, the nearest on ties: (covered, where). Computed as `best`
    // is, so that choosing an uncovered stretch costs O(1), not O(n).
    free_from.clear();
    free_from.resize(n + 2, None);
    free_from[n] = Some((0, n));
    // The word steps from char i, reused from char to char.
    words.clear();
    for i in (0..n).rev() {
        words.clear();
        for &len in lens_at.get(i).map_or(&[][..], Vec::as_slice) {
            let next = if len <= SHORT_WORD_CHARS {
                After::ShortWord
            } else {
                After::LongWord
            };
            if let Some(rest) = best[i + len][next as usize] {
                words.push(Step {
                    covered: rest.covered + len,
                    len,
                    word: true,
                    next,
                });
            }
        }
        // A particle right after a word and before a long one.
        if let (Some(_), true, Some(rest)) = (
            chars.get(i).copied().and_then(particle),
            word_ends[i],
            best[i + 1][After::Particle as usize],
        ) {
            words.push(Step {
                covered: rest.covered + 1,
                len: 1,
                word: true,
                next: After::Particle,
            });
        }
        // An uncovered stretch from i to a boundary j (at least 1, or 3,
        // chars on), then anything: the j with the most covered after it,
        // the nearest on ties.
        let uncovered = [i + 1, i + 3].map(|from| {
            free_from
                .get(from)
                .copied()
                .flatten()
                .map(|(covered, j)| Step {
                    covered,
                    len: j - i,
                    word: false,
                    next: After::Free,
                })
        });
        let pick = |steps: &mut dyn Iterator<Item = Step>| {
            steps.fold(None, |acc: Option<Step>, s| match acc {
                Some(a) if a.covered >= s.covered => Some(a),
                _ => Some(s),
            })
        };
        let long_words = || words.iter().copied().filter(|w| w.len >= 3);
        best[i] = [
            pick(&mut words.iter().copied().chain(uncovered[0])),
            pick(&mut words.iter().copied().chain(uncovered[1])),
            pick(&mut words.iter().copied()),
            pick(&mut long_words()),
        ];
        let here = best[i][After::Free as usize]
            .filter(|_| boundary(i))
            .map(|s| (s.covered, i));
        free_from[i] = match (here, free_from[i + 1]) {
            (Some(h), Some(later)) if later.0 > h.0 => Some(later),
            (None, later) => later,
            (here, _) => here,
        };
    }

    // Walk the chosen steps into (from, to, word?) segments; consecutive
    // uncovered stretches form one segment.
    segments.clear();
    let mut i = 0;
    let mut state = After::Free;
    while i < n {
        let step = best[i][state as usize].unwrap_or(Step {
            // Unreachable for a run the split covers: the rest uncovered.
            covered: 0,
            len: n - i,
            word: false,
            next: After::Free,
        });
        let len = step.len.max(1);
        match segments.last_mut() {
            Some(last) if !step.word && !last.2 => last.1 = i + len,
            _ => segments.push((i, i + len, step.word)),
        }
        state = step.next;
        i += len;
    }
    // UniDic only where the hand list leaves kana over: the whole run
    // (ソニック), or an uncovered stretch with a neighbour (メトロ + ポリタン
    // → Metropolitan).
    let covered = segments.iter().all(|s| s.2);
    if let Some(english) = span(0, n).filter(|_| !covered).and_then(unidic_word) {
        out.push_str(english);
        return;
    }
    merged.clear();
    for &seg in segments.iter() {
        if let Some(last) = merged.last_mut() {
            let joined = span(last.0, seg.1).filter(|w| w.chars().count() >= 4);
            if (!last.2 || !seg.2) && joined.and_then(unidic_word).is_some() {
                *last = (last.0, seg.1, false);
                continue;
            }
        }
        merged.push(seg);
    }
    let mut first = true;
    for &(from, to, word) in merged.iter() {
        let Some(text) = span(from, to) else {
            continue;
        };
        if !first {
            out.push(' ');
        }
        first = false;
        if word {
            let english = match text.chars().count() {
                1 => text.chars().next().and_then(particle).map(Cow::Borrowed),
                _ => loanword(text),
            };
            out.push_str(&english.unwrap_or_default());
        } else if let Some(english) = unidic_word(text) {
            out.push_str(english);
        } else {
            kana_to_romaji(text, &[], spelling, out);
        }
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod doc_examples;
