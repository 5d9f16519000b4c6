//! [`clean`]: typed text made canonical without changing its meaning.

use std::borrow::Cow;

use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// Dashes that [`clean`] turns into ASCII `-` wherever they are (after NFKC,
/// which has already mapped `－` U+FF0D, `﹣` U+FE63, `‑` U+2011 and `﹘`).
/// The wave dashes `〜` and `~` are not dashes here.
const fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'
            ..='\u{2015}' // ‐ ‑ ‒ – — ―
            | '\u{2043}' // ⁃
            | '\u{2212}' // −
            | '\u{2500}' | '\u{2501}' // ─ ━
            | '\u{2E3A}' | '\u{2E3B}' // ⸺ ⸻
            | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}'
    )
}

/// The long-vowel mark, which people type for a dash after a digit
/// (`1ー1`). Half-width `ｰ` is this after NFKC.
const LONG_VOWEL: char = '\u{30FC}';

/// Invisible characters that [`clean`] drops: zero-width space and the
/// byte-order mark (which a text file's first line often starts with).
const fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{FEFF}')
}

/// `の`/`ノ`, which mean "-" between two numbers (`1の2`).
const fn is_no(c: char) -> bool {
    matches!(c, 'の' | 'ノ')
}

/// Cleans typed text into the canonical form the parser works on.
///
/// In order:
///
/// * zero-width spaces and byte-order marks are dropped;
/// * NFKC normalization: full-width digits, letters and spaces become ASCII,
///   half-width katakana become full-width, `〶` becomes `〒`;
/// * every dash (`‐ ‑ ‒ – — ― − ─ ━ － ﹣`) becomes ASCII `-`, and so does a
///   long-vowel mark `ー`/`ｰ` right after an ASCII digit (`1ー1`); `ー` after
///   anything else stays (`サンプルマンション`), and the wave dashes `〜 ～ ~`
///   are left alone;
/// * `の`/`ノ` between two ASCII digits becomes `-` (`1の2` is `1-2`);
/// * each run of whitespace (ideographic space, tabs, newlines) becomes one
///   ASCII space, and the ends are trimmed.
///
/// Text that is already clean is returned borrowed, without allocating.
/// Cleaning is idempotent: `clean(&clean(x)) == clean(x)`.
///
/// Control characters other than whitespace are kept: refuse them before
/// cleaning (see [`is_control`]).
pub fn clean(input: &str) -> Cow<'_, str> {
    if is_clean(input) {
        return Cow::Borrowed(input);
    }
    let mut out = String::with_capacity(input.len());
    // When NFKC maps each char on its own, no tables are needed, and kanji
    // and ASCII are copied as bytes; at the first char that is not so, the
    // text is cleaned again from the start through NFKC.
    if !clean_simple(input, &mut out) {
        out.clear();
        let chars = input.chars().filter(|&c| !is_invisible(c)).nfkc();
        clean_normalized(chars, &mut out);
    }
    Cow::Owned(out)
}

/// NFKC of `c` when it is a char whose normalization does not depend on its
/// neighbours and is one char: the [`is_nfkc_stable`] chars themselves,
/// full-width ASCII (`１` → `1`) and the ideographic space. `None` for any
/// other char, including the invisible ones [`clean`] drops.
const fn simple_nfkc(c: char) -> Option<char> {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0),
        '\u{3000}' => Some(' '),
        _ if is_nfkc_stable(c) => Some(c),
        _ => None,
    }
}

/// The output of [`clean`] as it is written: whitespace runs become one
/// space (none at either end), and the mapping of dashes, `1ー1` and `1の2`,
/// shared by both of its paths.
struct Cleaned<'a> {
    out: &'a mut String,
    /// The char before, as written (a space for whitespace).
    prev: Option<char>,
    pending_space: bool,
}

impl Cleaned<'_> {
    /// Whitespace: one space before the next char, if anything came before.
    fn space(&mut self) {
        self.pending_space = true;
        self.prev = Some(' ');
    }

    fn separate(&mut self) {
        if self.pending_space && !self.out.is_empty() {
            self.out.push(' ');
        }
        self.pending_space = false;
    }

    /// Text nothing maps (kanji, ASCII letters and digits), standing after
    /// it as `last` for the next char's mapping.
    fn push_kept(&mut self, text: &str, last: char) {
        self.separate();
        self.out.push_str(text);
        self.prev = Some(last);
    }

    /// One char, mapped: a dash, a long-vowel mark after a digit and a の
    /// between digits become `-` (`next_is_digit` is asked only then).
    fn push(&mut self, c: char, next_is_digit: impl FnOnce() -> bool) {
        let after_digit = self.prev.is_some_and(|p| p.is_ascii_digit());
        let mapped = if is_dash(c)
            || (c == LONG_VOWEL && after_digit)
            || (is_no(c) && after_digit && next_is_digit())
        {
            '-'
        } else {
            c
        };
        self.separate();
        self.out.push(mapped);
        self.prev = Some(c);
    }
}

/// Whether `input`'s byte at `at` starts a kanji (U+4E00..U+9FFF: lead
/// byte E4 B8.. to E9).
fn kanji_at(bytes: &[u8], at: usize) -> bool {
    match bytes.get(at) {
        Some(0xE5..=0xE9) => true,
        Some(0xE4) => bytes.get(at + 1).is_some_and(|&b| b >= 0xB8),
        _ => false,
    }
}

/// Writes [`clean_normalized`] of the NFKC of `input` into `out` when its
/// chars all map on their own ([`simple_nfkc`]), and returns true; returns
/// false at the first char that does not (leaving `out` partly written).
/// Runs of kanji (U+4E00..U+9FFF) and of printable ASCII other than the
/// space, which nothing changes, are copied without being decoded.
fn clean_simple(input: &str, out: &mut String) -> bool {
    let bytes = input.as_bytes();
    let mut at = 0;
    let mut cleaned = Cleaned {
        out,
        prev: None,
        pending_space: false,
    };
    while let Some(&lead) = bytes.get(at) {
        if kanji_at(bytes, at) {
            // Stood for by one kanji: only whether it is a digit matters.
            let start = at;
            while kanji_at(bytes, at) {
                at += 3;
            }
            cleaned.push_kept(input.get(start..at).unwrap_or(""), '\u{4E00}');
            continue;
        }
        if (b'!'..=b'~').contains(&lead) {
            // Kept as they are (`-` is already the dash everything maps to).
            let start = at;
            while bytes.get(at).is_some_and(|b| (b'!'..=b'~').contains(b)) {
                at += 1;
            }
            let last = bytes.get(at - 1).map_or(' ', |&b| char::from(b));
            cleaned.push_kept(input.get(start..at).unwrap_or(""), last);
            continue;
        }
        let Some(written) = input.get(at..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        at += written.len_utf8();
        let Some(c) = simple_nfkc(written) else {
            return false;
        };
        if c.is_whitespace() {
            cleaned.space();
            continue;
        }
        cleaned.push(c, || {
            input
                .get(at..)
                .and_then(|rest| rest.chars().next())
                .and_then(simple_nfkc)
                .is_some_and(|n| n.is_ascii_digit())
        });
    }
    true
}

/// The mapping of [`clean`] after normalization: dashes, `1ー1`, `1の2`,
/// whitespace runs, trimming.
fn clean_normalized(chars: impl Iterator<Item = char>, out: &mut String) {
    let mut cleaned = Cleaned {
        out,
        prev: None,
        pending_space: false,
    };
    let mut chars = chars.peekable();
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            cleaned.space();
        } else {
            cleaned.push(c, || chars.peek().is_some_and(char::is_ascii_digit));
        }
    }
}

/// Whether [`clean`] would return its input unchanged.
fn is_clean(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut prev: Option<char> = None;
    let mut all_stable = true;
    let mut at = 0;
    while let Some(&lead) = bytes.get(at) {
        // Most chars: printable ASCII other than the space, and kanji
        // (U+4E00..U+9FFF, three bytes from E4 B8), which nothing below
        // changes. Only whether `prev` is a digit or a space matters.
        if (b'!'..=b'~').contains(&lead) {
            prev = Some(char::from(lead));
            at += 1;
            continue;
        }
        if (0xE5..=0xE9).contains(&lead)
            || (lead == 0xE4 && bytes.get(at + 1).is_some_and(|&b| b >= 0xB8))
        {
            prev = Some('\u{4E00}');
            at += 3;
            continue;
        }
        let Some(c) = s.get(at..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        at += c.len_utf8();
        let next = s.get(at..).and_then(|rest| rest.chars().next());
        if c.is_whitespace() {
            if c != ' ' || matches!(prev, None | Some(' ')) || next.is_none() {
                return false;
            }
        } else if !c.is_ascii() {
            let after_digit = prev.is_some_and(|p| p.is_ascii_digit());
            if is_invisible(c)
                || is_dash(c)
                || (c == LONG_VOWEL && after_digit)
                || (is_no(c) && after_digit && next.is_some_and(|n| n.is_ascii_digit()))
            {
                return false;
            }
        }
        if !is_nfkc_stable(c) {
            // A char NFKC is known to change (`１`, the ideographic space).
            if simple_nfkc(c).is_some() {
                return false;
            }
            all_stable = false;
        }
        prev = Some(c);
    }
    all_stable
        || match is_nfkc_quick(s.chars()) {
            IsNormalized::Yes => true,
            IsNormalized::No => false,
            IsNormalized::Maybe => unicode_normalization::is_nfkc(s),
        }
}

/// A fast, conservative check that NFKC leaves `c` alone: printable ASCII,
/// the common hiragana and katakana, `・`, `、`, `。`, `「」`, 々, 〒 and the CJK unified ideographs
/// (which have no decompositions). Most addresses are made of these only,
/// which spares them the normalization tables.
const fn is_nfkc_stable(c: char) -> bool {
    matches!(
        c,
        ' '..='~'
            | 'ぁ'..='ゖ'
            | 'ァ'..='ヺ'
            | '・'
            | 'ー'
            | '々'
            | '〒'
            | '、'
            | '。'
            | '「'
            | '」'
            | '\u{4E00}'..='\u{9FFF}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table-free path agrees with NFKC char by char, and on text made
    /// of those chars (no pair of them composes).
    #[test]
    fn simple_nfkc_is_nfkc() {
        let mut mapped = 0;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if let Some(d) = simple_nfkc(c) {
                let nfkc: String = c.to_string().nfkc().collect();
                assert_eq!(nfkc, d.to_string(), "U+{:04X}", u32::from(c));
                assert_eq!(unicode_normalization::char::canonical_combining_class(c), 0);
                mapped += 1;
            }
        }
        assert!(mapped > 20_000);
        let sample = "〒１０４－００４５　東京都中央区築地５丁目３番２号　サンプル・ビル（Ａ棟）";
        let fast: String = sample.chars().filter_map(simple_nfkc).collect();
        let slow: String = sample.nfkc().collect();
        assert_eq!(fast, slow);
    }

    /// The byte path gives what the NFKC path gives, on every string of up
    /// to four chars from an alphabet of the cases that matter.
    #[test]
    fn simple_path_is_the_nfkc_path() {
        let alphabet = [
            '1', '２', 'ー', 'の', 'ノ', '\u{3000}', ' ', '－', '築', 'a', '-', '。', 'ｶ',
        ];
        let mut texts = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = texts
                .iter()
                .flat_map(|t| alphabet.iter().map(move |&c| format!("{t}{c}")))
                .collect();
            texts.extend(longer);
            texts.dedup();
        }
        let simple = |text: &&String| text.chars().all(|c| simple_nfkc(c).is_some());
        for text in &texts {
            // The simple path refuses exactly the texts it cannot clean.
            assert_eq!(
                clean_simple(text, &mut String::new()),
                simple(&text),
                "{text:?}"
            );
        }
        for text in texts.iter().filter(simple) {
            let mut fast = String::new();
            assert!(clean_simple(text, &mut fast), "{text:?}");
            let mut slow = String::new();
            clean_normalized(text.chars().nfkc(), &mut slow);
            assert_eq!(fast, slow, "{text:?}");
        }
    }
}
