//! Place names from their kana: the prefecture's suffix, the municipality
//! parts' suffixes (-shi, -ku, -cho/-machi, -mura/-son, -gun) and the
//! numbered parts of towns (Kita 1-jo Higashi).
//!
//! Each name is written straight into the caller's string (`push_*`): no
//! string or list is built along the way.

use crate::gazetteer::Place;
use crate::romaji::{apply_case_from, kana_to_romaji};
use crate::{PrefectureSuffix, Style};

/// Counters that follow a number inside a town's reading.
pub(super) const COUNTERS: [(&str, &str); 7] = [
    ("ジョウ", "jo"),
    ("バンチョウ", "bancho"),
    ("チョウメ", "chome"),
    ("ゴウ", "go"),
    ("セン", "sen"),
    ("チワリ", "chiwari"),
    ("ク", "ku"),
];

/// At most this many vowel junctions are read from a name (the data's
/// longest names have a handful); any further ones are ignored.
pub(super) const MAX_JUNCTIONS: usize = 32;

/// A place's vowel junctions, without allocating.
struct Junctions {
    starts: [u16; MAX_JUNCTIONS],
    len: usize,
}

impl Junctions {
    fn of(place: &Place) -> Junctions {
        let mut out = Junctions {
            starts: [0; MAX_JUNCTIONS],
            len: 0,
        };
        for start in place.vowel_junctions().take(MAX_JUNCTIONS) {
            out.starts[out.len] = start;
            out.len += 1;
        }
        out
    }

    fn as_slice(&self) -> &[u16] {
        self.starts.get(..self.len).unwrap_or(&[])
    }
}

/// 東京都 → Tokyo (or Tokyo-to): the stem read from the kana, the suffix
/// added only when the style asks for it.
#[cfg(test)]
pub(super) fn prefecture(style: &Style, prefecture: &crate::gazetteer::Prefecture) -> String {
    let mut out = String::new();
    push_prefecture(style, &prefecture.name, &mut out);
    out
}

/// Appends [`prefecture`]'s romaji of the prefecture named `place`.
pub(super) fn push_prefecture(style: &Style, place: &Place, out: &mut String) {
    let from = out.len();
    let junctions = Junctions::of(place);
    let (stem, suffix) = match place.kanji.chars().last() {
        Some('都') => (place.kana.strip_suffix('ト'), "to"),
        Some('府') => (place.kana.strip_suffix('フ'), "fu"),
        Some('県') => (place.kana.strip_suffix("ケン"), "ken"),
        _ => (None, ""),
    };
    let spelling = style.get_spelling();
    kana_to_romaji(
        stem.unwrap_or(place.kana),
        junctions.as_slice(),
        &spelling,
        out,
    );
    if stem.is_some() && style.get_prefecture_suffix() == PrefectureSuffix::Hyphenated {
        out.push('-');
        out.push_str(suffix);
    }
    apply_case_from(out, from, style.get_case());
}

/// A county, city or ward: the stem, a hyphen, and the suffix as its
/// reading says (倶知安町 クッチャンチョウ → Kutchan-cho; 小国町 オグニマチ
/// → Oguni-machi; 新庄村 シンジョウソン → Shinjo-son).
#[cfg(test)]
pub(super) fn municipality_part(style: &Style, place: &Place) -> String {
    let mut out = String::new();
    push_municipality_part(style, place, &mut out);
    out
}

/// Appends [`municipality_part`]'s romaji of `place`.
pub(super) fn push_municipality_part(style: &Style, place: &Place, out: &mut String) {
    const SUFFIXES: [&str; 7] = ["グン", "チョウ", "マチ", "ムラ", "ソン", "シ", "ク"];
    let from = out.len();
    let junctions = Junctions::of(place);
    let spelling = style.get_spelling();
    let split = SUFFIXES
        .iter()
        .find_map(|s| place.kana.strip_suffix(s).map(|stem| (stem, *s)))
        .filter(|(stem, _)| !stem.is_empty());
    match split {
        Some((stem, suffix)) => {
            // Junctions at or past the suffix belong to no part of the stem;
            // the reader ignores starts past the end of what it reads.
            kana_to_romaji(stem, junctions.as_slice(), &spelling, out);
            out.push('-');
            kana_to_romaji(suffix, &[], &spelling, out);
        }
        None => kana_to_romaji(place.kana, junctions.as_slice(), &spelling, out),
    }
    apply_case_from(out, from, style.get_case());
}

/// Appends a town's romaji: one word as the registries write it (Ebisucho,
/// Otemachi), numbered parts apart (キタ1ジョウヒガシ → Kita 1-jo Higashi);
/// the kana word by word (a word ends at a number), each word read with
/// the junctions inside it.
pub(super) fn push_town(style: &Style, place: &Place, out: &mut String) {
    let from = out.len();
    let junctions = Junctions::of(place);
    let spelling = style.get_spelling();
    let kana = place.kana;
    if !kana.bytes().any(|b| b.is_ascii_digit()) {
        // One word (most towns): read whole.
        kana_to_romaji(kana, junctions.as_slice(), &spelling, out);
        apply_case_from(out, from, style.get_case());
        return;
    }
    // Junctions inside the current word, counted from its first char.
    let mut word_starts = [0u16; MAX_JUNCTIONS];
    let mut word_start_count = 0;
    // The current word: its byte range in `kana` and its first char's index.
    let mut word_from = 0;
    let mut word_first_char = 0u16;
    let mut chars = kana.char_indices().enumerate().peekable();
    let flush = |out: &mut String, word: &str, starts: &[u16]| {
        if !word.is_empty() {
            if out.len() > from {
                out.push(' ');
            }
            kana_to_romaji(word, starts, &spelling, out);
        }
    };
    while let Some((i, (at, c))) = chars.next() {
        let i = u16::try_from(i).unwrap_or(u16::MAX);
        if c.is_ascii_digit() {
            let word = kana.get(word_from..at).unwrap_or("");
            flush(
                out,
                word,
                word_starts.get(..word_start_count).unwrap_or(&[]),
            );
            word_start_count = 0;
            // The digits (ASCII: one byte, one char each).
            let mut end = at + 1;
            let mut next_char = i + 1;
            while let Some(&(_, (_, d))) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                chars.next();
                end += 1;
                next_char += 1;
            }
            if out.len() > from {
                out.push(' ');
            }
            out.push_str(kana.get(at..end).unwrap_or(""));
            let rest = kana.get(end..).unwrap_or("");
            if let Some((counter, romaji)) = COUNTERS.iter().find(|(k, _)| rest.starts_with(k)) {
                out.push('-');
                out.push_str(romaji);
                for _ in 0..counter.chars().count() {
                    chars.next();
                }
                end += counter.len();
                next_char += counter.chars().count() as u16;
            }
            word_from = end;
            word_first_char = next_char;
            continue;
        }
        if at > word_from && junctions.as_slice().contains(&i) && word_start_count < MAX_JUNCTIONS {
            word_starts[word_start_count] = i - word_first_char;
            word_start_count += 1;
        }
    }
    let word = kana.get(word_from..).unwrap_or("");
    flush(
        out,
        word,
        word_starts.get(..word_start_count).unwrap_or(&[]),
    );
    apply_case_from(out, from, style.get_case());
}
