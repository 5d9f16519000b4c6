//! Free text in mixed scripts (building names, sub-area text):
//! `JAビル` → `JA Bldg.`, `サンプルマンション` → `Sample Mansion`.

use super::case::push_cased;
use super::hepburn::kana_to_romaji;
use super::kanji::kanji_to_hiragana;
use super::loanwords::katakana_to_english;
use super::style::{Case, Style};

/// The result of [`romanize_mixed`].
///
/// # Example
///
/// ```
/// use jusho::romaji::{romanize_mixed, Style};
///
/// let mixed = romanize_mixed("JAビル", &Style::default(), &|_| None);
/// assert_eq!(mixed.text, "JA Bldg.");
/// assert!(!mixed.unread_kanji);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mixed {
    /// The romanized text, words separated by single spaces, in the style's
    /// case.
    pub text: String,
    /// Some kanji could not be read (no gazetteer reading and no kakasi
    /// reading) and were left out of `text`. Callers should warn.
    pub unread_kanji: bool,
    /// Some other non-ASCII characters (symbols, other scripts) were left
    /// out of `text`. Input is expected to be NFKC-normalized already, so
    /// full-width letters and digits never land here.
    pub dropped_other: bool,
}

/// Is `c` a kanji (CJK ideograph, or the marks 々 〆 〇)?
pub(crate) fn is_kanji(c: char) -> bool {
    matches!(c,
        '\u{3005}'..='\u{3007}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{3134F}')
}

fn is_hiragana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{3096}' | 'ゝ' | 'ゞ')
}

fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30A1}'..='\u{30FA}' | 'ヽ' | 'ヾ' | 'ー')
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '・'
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    Space,
    /// Kanji and hiragana (a Japanese word, maybe with okurigana or の).
    Japanese,
    Katakana,
    /// ASCII letters, digits and punctuation, kept as typed.
    Typed,
    /// Anything else: left out.
    Other,
}

fn classify(c: char, prev: Class) -> Class {
    if is_space(c) {
        Class::Space
    } else if is_kanji(c) || is_hiragana(c) {
        Class::Japanese
    } else if matches!(c, 'ヶ' | 'ヵ' | 'ケ') && prev == Class::Japanese {
        // 霞ヶ関, 八ヵ所: the small ke belongs to the kanji word.
        Class::Japanese
    } else if c == 'ー' && prev == Class::Japanese {
        Class::Japanese
    } else if is_katakana(c) {
        Class::Katakana
    } else if c.is_ascii() && !c.is_ascii_control() {
        Class::Typed
    } else {
        Class::Other
    }
}

/// Romanizes free text in mixed scripts: building names and the sub-area
/// text after a town name.
///
/// The text is cut into runs:
///
/// * ASCII letters, digits and punctuation are kept as typed (`JA` stays
///   `JA`; in [`Case::Upper`] they are upper cased);
/// * katakana runs go through [`katakana_to_english`] (`ビル` → `Bldg.`);
/// * runs of kanji and hiragana are read, in this order, by `read_kanji`
///   (the caller's gazetteer lookup, returning katakana or hiragana in which
///   `|` may mark where a new kanji's reading begins, so that long vowels
///   are not merged across it), by [`kanji_to_hiragana`] (the `kakasi`
///   feature), and finally kanji by kanji sub-run through `read_kanji`;
///   hiragana without kanji is plain Hepburn. Kanji nothing can read are left
///   out and [`Mixed::unread_kanji`] is set;
/// * whitespace and `・` separate words.
///
/// Words are joined by single spaces (no space is added next to ASCII
/// brackets, hyphens, slashes or `#`), then the style's case is applied to
/// the romanized words. With [`Style::DEFAULT`] the output is ASCII only.
///
/// # Example: a building name
///
/// ```
/// use jusho::romaji::{romanize_mixed, Case, Style};
///
/// let none = |_: &str| None;
/// assert_eq!(romanize_mixed("サンプルマンション", &Style::default(), &none).text, "Sample Mansion");
/// let upper = Style::new().case(Case::Upper);
/// assert_eq!(romanize_mixed("サンプルマンション", &upper, &none).text, "SAMPLE MANSION");
/// ```
///
/// # Example: kanji read by the gazetteer
///
/// ```
/// use jusho::romaji::{romanize_mixed, Style};
///
/// let gazetteer = |kanji: &str| match kanji {
///     "丸の内" => Some("マル|ノ|ウチ".to_string()),
///     _ => None,
/// };
/// let mixed = romanize_mixed("丸の内センタービル", &Style::default(), &gazetteer);
/// assert_eq!(mixed.text, "Marunouchi Center Bldg.");
/// ```
pub fn romanize_mixed(
    text: &str,
    style: &Style,
    read_kanji: &dyn Fn(&str) -> Option<String>,
) -> Mixed {
    let mut mixed = Mixed::default();
    let case = style.get_case();
    let mut word = String::new();
    // Whether the last thing written was followed by whitespace in the input.
    let mut space_pending = false;

    for (class, run) in runs(text) {
        word.clear();
        match class {
            Class::Space => {
                space_pending = true;
                continue;
            }
            Class::Other => {
                mixed.dropped_other = true;
                continue;
            }
            Class::Typed => {
                join(&mut mixed.text, run, space_pending);
                match case {
                    Case::Title => mixed.text.push_str(run),
                    Case::Upper => mixed.text.push_str(&run.to_ascii_uppercase()),
                }
                space_pending = false;
                continue;
            }
            Class::Katakana => katakana_to_english(run, style, &mut word),
            Class::Japanese => {
                if !read_japanese(run, style, read_kanji, &mut word) {
                    mixed.unread_kanji = true;
                }
            }
        }
        let word = word.trim();
        if word.is_empty() {
            continue;
        }
        join(&mut mixed.text, word, space_pending);
        push_cased(word, case, &mut mixed.text);
        space_pending = false;
    }
    mixed
}

/// Adds the space before `next`, if one belongs there.
fn join(out: &mut String, next: &str, space_pending: bool) {
    let Some(last) = out.chars().next_back() else {
        return;
    };
    let glued = !space_pending
        && (matches!(last, '(' | '[' | '{' | '#' | '-' | '/' | '\'' | '"' | '&')
            || next.starts_with([')', ']', '}', ',', '.', '-', '/', ':', ';', '!', '?']));
    if !glued {
        out.push(' ');
    }
}

/// Splits `text` into maximal runs of one class.
fn runs(text: &str) -> impl Iterator<Item = (Class, &str)> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let mut chars = rest.char_indices();
        let (_, first) = chars.next()?;
        let class = classify(first, Class::Space);
        let mut prev = class;
        let mut end = rest.len();
        for (i, c) in chars {
            let next = classify(c, prev);
            if next != class {
                end = i;
                break;
            }
            prev = next;
        }
        let (run, tail) = rest.split_at(end);
        rest = tail;
        Some((class, run))
    })
}

/// Reads a run of kanji and hiragana into `out` (lowercase Hepburn).
/// Returns false if some kanji stayed unread (and were left out).
fn read_japanese(
    run: &str,
    style: &Style,
    read_kanji: &dyn Fn(&str) -> Option<String>,
    out: &mut String,
) -> bool {
    if !run.chars().any(is_kanji) {
        kana_to_romaji(run, &[], style, out);
        return true;
    }
    if let Some(reading) = read_kanji(run) {
        if push_reading(&reading, style, out) {
            return true;
        }
    }
    if let Some(hiragana) = kanji_to_hiragana(run) {
        if push_reading(&hiragana, style, out) {
            return true;
        }
    }
    // Kanji by kanji sub-run, hiragana in between.
    let mut all_read = true;
    let mut rest = run;
    while let Some(first) = rest.chars().next() {
        let kanji = is_kanji(first);
        let end = rest
            .char_indices()
            .find(|&(_, c)| is_kanji(c) != kanji && !matches!(c, 'ヶ' | 'ヵ' | 'ケ' | 'ー'))
            .map_or(rest.len(), |(i, _)| i);
        let (part, tail) = rest.split_at(end);
        rest = tail;
        if !kanji {
            kana_to_romaji(part, &[], style, out);
            continue;
        }
        let read = read_kanji(part).is_some_and(|reading| push_reading(&reading, style, out));
        all_read &= read;
    }
    all_read
}

/// Writes a kana reading in which `|` marks word starts. Returns false (and
/// writes nothing) if the reading has anything but kana, ASCII and `|`.
fn push_reading(reading: &str, style: &Style, out: &mut String) -> bool {
    let ok = reading.chars().all(|c| {
        c.is_ascii() || is_hiragana(c) || is_katakana(c) || matches!(c, 'ヶ' | 'ヵ' | '・')
    });
    if !ok {
        return false;
    }
    if !reading.contains('|') {
        kana_to_romaji(reading, &[], style, out);
        return true;
    }
    let mut kana = String::with_capacity(reading.len());
    let mut starts: Vec<u16> = Vec::new();
    let mut count: usize = 0;
    for c in reading.chars() {
        if c == '|' {
            starts.push(u16::try_from(count).unwrap_or(u16::MAX));
        } else {
            kana.push(c);
            count += 1;
        }
    }
    kana_to_romaji(&kana, &starts, style, out);
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::romaji::style::{LongVowel, SyllabicN};

    fn none(_: &str) -> Option<String> {
        None
    }

    fn gazetteer(kanji: &str) -> Option<String> {
        Some(
            match kanji {
                "丸の内" => "マル|ノ|ウチ",
                "築地" => "ツキ|ジ",
                "中央" => "チュウ|オウ",
                "鳴子温泉" => "ナル|コ|オン|セン",
                "新橋" => "シン|バシ",
                "謎" => "ナゾ",
                "壊" => "壊れた",
                _ => return None,
            }
            .to_string(),
        )
    }

    fn m(text: &str) -> Mixed {
        romanize_mixed(text, &Style::default(), &gazetteer)
    }

    #[test]
    fn typed_latin_is_kept() {
        assert_eq!(m("JAビル").text, "JA Bldg.");
        assert_eq!(m("ビル3F").text, "Bldg. 3F");
        assert_eq!(m("サンプル-1").text, "Sample-1");
        assert_eq!(m("(サンプル)").text, "(Sample)");
        assert_eq!(m("#404 サンプルマンション").text, "#404 Sample Mansion");
        assert_eq!(m("iPhoneハウス").text, "iPhone House");
    }

    #[test]
    fn scripts() {
        assert_eq!(m("サンプルマンション").text, "Sample Mansion");
        assert_eq!(m("丸の内センタービル").text, "Marunouchi Center Bldg.");
        assert_eq!(m("築地　サンプル・ハイツ").text, "Tsukiji Sample Heights");
        assert_eq!(m("鳴子温泉ハウス").text, "Narukoonsen House");
        assert_eq!(m("さくら").text, "Sakura");
        assert_eq!(m("").text, "");
        assert_eq!(m("   ").text, "");
    }

    #[test]
    fn styles() {
        let jp = Style::JAPAN_POST;
        assert_eq!(
            romanize_mixed("新橋ビル", &jp, &gazetteer).text,
            "SHIMBASHI BLDG."
        );
        assert_eq!(
            romanize_mixed(
                "中央タワー",
                &Style::new().long_vowel(LongVowel::Macron),
                &gazetteer
            )
            .text,
            "Chūō Tower"
        );
        assert_eq!(
            romanize_mixed("新橋", &Style::new().syllabic_n(SyllabicN::N), &gazetteer).text,
            "Shinbashi"
        );
    }

    #[test]
    fn unread_kanji_are_dropped_and_reported() {
        // 𠮷 is not in kakasi's dictionary nor in the test gazetteer.
        let mixed = romanize_mixed("𠮷ビル", &Style::default(), &none);
        assert_eq!(mixed.text, "Bldg.");
        assert!(mixed.unread_kanji);
        // A reading with kanji in it is refused.
        let mixed = romanize_mixed("𠮷壊", &Style::default(), &gazetteer);
        assert!(mixed.text.is_ascii());
        assert!(mixed.unread_kanji);
        // Kanji by kanji: 謎 is known, 𠮷 is not.
        let mixed = romanize_mixed("𠮷の謎", &Style::default(), &gazetteer);
        assert!(mixed.unread_kanji);
        assert!(
            mixed.text.ends_with("nazo") || mixed.text.ends_with("Nonazo"),
            "{mixed:?}"
        );
    }

    #[test]
    fn other_chars_are_dropped_and_reported() {
        let mixed = m("ハイツ★");
        assert_eq!(mixed.text, "Heights");
        assert!(mixed.dropped_other);
        assert!(!mixed.unread_kanji);
    }

    #[test]
    #[cfg(feature = "kakasi")]
    fn kakasi_fallback() {
        let mixed = romanize_mixed("日本ビル", &Style::default(), &none);
        assert_eq!(mixed.text, "Nihon Bldg.");
        assert!(!mixed.unread_kanji);
    }

    #[test]
    #[cfg(not(feature = "kakasi"))]
    fn no_kakasi_fallback() {
        let mixed = romanize_mixed("日本ビル", &Style::default(), &none);
        assert_eq!(mixed.text, "Bldg.");
        assert!(mixed.unread_kanji);
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_default_is_ascii(s in "\\PC{0,40}") {
            let mixed = romanize_mixed(&s, &Style::default(), &none);
            proptest::prop_assert!(mixed.text.is_ascii(), "{s:?} -> {mixed:?}");
            proptest::prop_assert!(!mixed.text.contains("  "));
            let mixed = romanize_mixed(&s, &Style::default(), &|k: &str| Some(k.to_string()));
            proptest::prop_assert!(mixed.text.is_ascii(), "{s:?} -> {mixed:?}");
        }

        #[test]
        fn japanese_never_panics(s in "[\u{3041}-\u{3096}\u{30A1}-\u{30FE}\u{4E00}-\u{4E20}A-Z0-9 ・#()-]{0,40}") {
            let mixed = romanize_mixed(&s, &Style::JAPAN_POST, &gazetteer);
            proptest::prop_assert!(mixed.text.is_ascii(), "{s:?} -> {mixed:?}");
        }
    }
}
