//! Katakana loanwords in building names: サンプルマンション → `Sample Mansion`.
//!
//! The dictionary is `data/loanwords.tsv` (hand-written, sorted by katakana,
//! `KATAKANA<TAB>English`), embedded in the binary and parsed once on first
//! use into a sorted slice that is searched with `binary_search_by_key`.

use std::sync::OnceLock;

use super::hepburn::kana_to_romaji;
use super::style::Style;

static TSV: &str = include_str!("../../data/loanwords.tsv");

/// Words of at most this many chars must not be directly followed by kana
/// that no dictionary word covers (so ビル may end ナカムラビル, but イン is
/// not found inside マインツ).
const SHORT_WORD_CHARS: usize = 2;

struct Dictionary {
    /// (katakana, English), sorted by katakana.
    entries: Vec<(&'static str, &'static str)>,
    /// The longest katakana key, in chars.
    max_chars: usize,
}

fn dictionary() -> &'static Dictionary {
    static DICT: OnceLock<Dictionary> = OnceLock::new();
    DICT.get_or_init(|| {
        let mut entries: Vec<(&'static str, &'static str)> = TSV
            .lines()
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
            .filter_map(|line| line.split_once('\t'))
            .map(|(k, v)| (k.trim(), v.trim()))
            .filter(|(k, v)| !k.is_empty() && !v.is_empty())
            .collect();
        // The file is sorted (a test checks), but sorting here keeps lookups
        // right even if an edit breaks that.
        entries.sort_unstable();
        entries.dedup_by_key(|e| e.0);
        let max_chars = entries
            .iter()
            .map(|e| e.0.chars().count())
            .max()
            .unwrap_or(0);
        Dictionary { entries, max_chars }
    })
}

/// Looks up one whole katakana word in the loanword dictionary.
///
/// # Example
///
/// ```
/// use jusho::romaji::loanword;
///
/// assert_eq!(loanword("マンション"), Some("Mansion"));
/// assert_eq!(loanword("ビル"), Some("Bldg."));
/// assert_eq!(loanword("トウキョウ"), None);
/// ```
pub fn loanword(katakana: &str) -> Option<&'static str> {
    let entries = &dictionary().entries;
    entries
        .binary_search_by_key(&katakana, |e| e.0)
        .ok()
        .and_then(|i| entries.get(i))
        .map(|e| e.1)
}

/// Chars that continue the previous kana (small kana, ー): a word may not
/// start on one, nor end just before one.
fn continues(c: char) -> bool {
    matches!(
        c,
        'ァ' | 'ィ' | 'ゥ' | 'ェ' | 'ォ' | 'ャ' | 'ュ' | 'ョ' | 'ヮ' | 'ー' | 'ヽ' | 'ヾ'
    )
}

/// Splits a katakana run into dictionary words and writes them, separated by
/// single spaces, to `out`; stretches no word covers are written in lowercase
/// Hepburn (as one word each), to be title-cased by the caller.
///
/// The split covers as many chars with dictionary words as possible (dynamic
/// programming over the run; ties go to the longer first word). A word of one
/// char (ザ, The) only counts when it is the whole run, and a word of two
/// chars may not be directly followed by uncovered kana, so short words are
/// not found inside unknown names. `・` and spaces separate runs. Anything
/// that is not katakana is passed to [`kana_to_romaji`] unchanged.
///
/// # Example
///
/// ```
/// use jusho::romaji::{katakana_to_english, Style};
///
/// let mut out = String::new();
/// katakana_to_english("サンプルマンション", &Style::default(), &mut out);
/// assert_eq!(out, "Sample Mansion");
///
/// out.clear();
/// katakana_to_english("グラントウキョウサウスタワー", &Style::default(), &mut out);
/// assert_eq!(out, "Gran tokyo South Tower");
/// ```
pub fn katakana_to_english(kana: &str, style: &Style, out: &mut String) {
    let mut first = true;
    for run in kana.split(['・', ' ', '\u{3000}']) {
        if run.is_empty() {
            continue;
        }
        if !first {
            out.push(' ');
        }
        first = false;
        split_run(run, style, out);
    }
}

/// Best split of one run (no separators inside).
fn split_run(run: &str, style: &Style, out: &mut String) {
    if let Some(english) = loanword(run) {
        out.push_str(english);
        return;
    }
    let dict = dictionary();
    // Byte offset of each char, plus the end.
    let offsets: Vec<usize> = run
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(run.len()))
        .collect();
    let chars: Vec<char> = run.chars().collect();
    let n = chars.len();

    // best[i][s]: (covered chars, first step) for the suffix from char i,
    // where s = 1 if the previous segment was a short word (so the suffix
    // may not start with uncovered kana). A step is a word length in chars,
    // or 0 for one uncovered char. `None` means impossible.
    let mut best: Vec<[Option<(usize, usize)>; 2]> = vec![[None, None]; n + 1];
    best[n] = [Some((0, 0)), Some((0, 0))];
    for i in (0..n).rev() {
        let mut word_best: Option<(usize, usize)> = None;
        let can_start = chars.get(i).is_some_and(|&c| !continues(c));
        if can_start {
            let longest = dict.max_chars.min(n - i);
            for len in (2..=longest).rev() {
                let end = i + len;
                if chars.get(end).is_some_and(|&c| continues(c)) {
                    continue;
                }
                let word = match (offsets.get(i), offsets.get(end)) {
                    (Some(&a), Some(&b)) => run.get(a..b),
                    _ => None,
                };
                if word.and_then(loanword).is_none() {
                    continue;
                }
                let after_short = usize::from(len <= SHORT_WORD_CHARS);
                if let Some((score, _)) = best[end][after_short] {
                    let score = score + len;
                    if word_best.is_none_or(|(s, _)| score > s) {
                        word_best = Some((score, len));
                    }
                }
            }
        }
        let unknown = best[i + 1][0].map(|(score, _)| (score, 0));
        let pick = |a: Option<(usize, usize)>, b: Option<(usize, usize)>| match (a, b) {
            (Some(w), Some(u)) => Some(if w.0 >= u.0 { w } else { u }),
            (w, u) => w.or(u),
        };
        best[i] = [pick(word_best, unknown), word_best];
    }

    // Walk the chosen steps; consecutive uncovered chars form one word.
    let mut i = 0;
    let mut state = 0;
    let mut unknown_from: Option<usize> = None;
    let mut first = true;
    let flush = |from: usize, to: usize, first: &mut bool, out: &mut String| {
        if let (Some(&a), Some(&b)) = (offsets.get(from), offsets.get(to)) {
            if !*first {
                out.push(' ');
            }
            *first = false;
            kana_to_romaji(run.get(a..b).unwrap_or(""), &[], style, out);
        }
    };
    while i < n {
        let step = match best[i][state] {
            Some((_, step)) => step,
            None => 0,
        };
        if step == 0 {
            unknown_from.get_or_insert(i);
            i += 1;
            state = 0;
            continue;
        }
        if let Some(from) = unknown_from.take() {
            flush(from, i, &mut first, out);
        }
        let word = match (offsets.get(i), offsets.get(i + step)) {
            (Some(&a), Some(&b)) => run.get(a..b).and_then(loanword),
            _ => None,
        };
        if !first {
            out.push(' ');
        }
        first = false;
        out.push_str(word.unwrap_or(""));
        state = usize::from(step <= SHORT_WORD_CHARS);
        i += step;
    }
    if let Some(from) = unknown_from {
        flush(from, n, &mut first, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::romaji::style::LongVowel;

    fn en(kana: &str) -> String {
        let mut out = String::new();
        katakana_to_english(kana, &Style::default(), &mut out);
        out
    }

    #[test]
    fn tsv_is_sorted_unique_and_well_formed() {
        let mut prev = "";
        let mut count = 0;
        for (n, line) in TSV.lines().enumerate() {
            if n == 0 {
                assert!(line.starts_with("# jusho loanwords"), "header: {line}");
                continue;
            }
            let (k, v) = line.split_once('\t').expect("KATAKANA<TAB>English");
            assert!(k > prev, "line {}: {k} after {prev}", n + 1);
            assert!(!v.is_empty() && v.is_ascii(), "line {}: {v}", n + 1);
            assert!(
                k.chars().all(|c| ('ァ'..='ヺ').contains(&c) || c == 'ー'),
                "line {}: {k}",
                n + 1
            );
            prev = k;
            count += 1;
        }
        assert!(count >= 300, "{count} entries");
        assert_eq!(dictionary().entries.len(), count);
    }

    #[test]
    fn building_words() {
        for (kana, want) in [
            ("マンション", "Mansion"),
            ("ハイツ", "Heights"),
            ("コーポ", "Corp."),
            ("レジデンス", "Residence"),
            ("タワー", "Tower"),
            ("ビル", "Bldg."),
            ("ウエスト", "West"),
            ("ウェスト", "West"),
        ] {
            assert_eq!(en(kana), want);
        }
    }

    #[test]
    fn splits() {
        assert_eq!(en("サンプルマンション"), "Sample Mansion");
        assert_eq!(en("グラントウキョウサウスタワー"), "Gran tokyo South Tower");
        assert_eq!(en("ロイヤルパークハウス"), "Royal Park House");
        assert_eq!(en("サンハイツ"), "Sun Heights");
        assert_eq!(en("ザ・パークハウス"), "The Park House");
        assert_eq!(en("メゾン・ド・サクラ"), "Maison do sakura");
        // Suffix after an unknown name.
        assert_eq!(en("ナカムラビル"), "nakamura Bldg.");
        assert_eq!(en("タナカハイツ"), "tanaka Heights");
        // Short words are not picked out of unknown names.
        assert_eq!(en("マインツ"), "maintsu");
        assert_eq!(en("ハイカラ"), "haikara");
        // A one-char word only as the whole run.
        assert_eq!(en("ザクロ"), "zakuro");
        // Words don't split a yoon or a long mark.
        assert_eq!(en("ハウスィ"), "hausi");
        // Unknown kana keep the style's long vowels.
        let mut out = String::new();
        katakana_to_english(
            "トーキョータワー",
            &Style::new().long_vowel(LongVowel::Macron),
            &mut out,
        );
        assert_eq!(out, "tōkyō Tower");
        assert_eq!(en(""), "");
        assert_eq!(en("・・"), "");
    }

    proptest::proptest! {
        #[test]
        fn never_panics(s in "[\u{30A1}-\u{30FE}・ a]{0,40}") {
            let mut out = String::new();
            katakana_to_english(&s, &Style::default(), &mut out);
            proptest::prop_assert!(out.is_ascii());
        }
    }
}
