//! Spaces that carry no meaning in cleaned text: a space typed between
//! every character (`東 京 都 中 央 区 築 地 1 - 1 - 1`), and spaces around a
//! dash between two numbers (`1 - 1`).

use std::borrow::Cow;

use super::{is_hiragana, is_kanji, is_katakana};

/// Fewest one-character words, and of them kanji or kana, that make text
/// spaced out: fewer is a word or two typed apart (`A 棟`, `5 3 2`), not a
/// habit.
const MIN_SPACED_CHARS: usize = 4;
const MIN_SPACED_NAME_CHARS: usize = 2;

/// Cleaned text (single ASCII spaces, see [`super::clean`]) without the
/// spaces that mean nothing:
///
/// * when the text is spaced out, at least three quarters of its
///   space-separated words one character long, at least
///   [`MIN_SPACED_CHARS`] of them and [`MIN_SPACED_NAME_CHARS`] of those
///   kanji or kana, the spaces between
///   two one-character words (`東 京 都 中 央 区 築 地 1 - 1 - 1` is
///   `東京都中央区築地1-1-1`; a longer word keeps its spaces, so
///   `... 1 - 1 - 1 Sample Tower 3 F` keeps `Sample Tower 3F` apart);
/// * a space on either side of a dash between two words of block numbers
///   (`築地 1 - 1 - 1` is `築地 1-1-1`; `築地1 - 1` is kept, as a name
///   glued to a number may be a building's).
///
/// Spaces between words (`築地1丁目 34-12`, `Sample Tower 3F`) are kept.
/// Text with nothing to drop is returned as it came.
pub(crate) fn without_letter_spacing(cleaned: Cow<'_, str>) -> Cow<'_, str> {
    if !cleaned.contains(' ') {
        return cleaned;
    }
    let single = |word: &str| word.chars().nth(1).is_none() && !word.is_empty();
    let (mut singles, mut name_singles, mut word_count, mut dash_word) = (0, 0, 0, false);
    for word in cleaned.split(' ') {
        word_count += 1;
        dash_word |= word == "-";
        if !single(word) {
            continue;
        }
        singles += 1;
        let first = word.chars().next();
        if first.is_some_and(|c| is_kanji(c) || is_katakana(c) || is_hiragana(c)) {
            name_singles += 1;
        }
    }
    let spaced_out = singles >= MIN_SPACED_CHARS
        && name_singles >= MIN_SPACED_NAME_CHARS
        && singles * 4 >= word_count * 3;
    // Without letter spacing, only a word `-` between numbers can go.
    if !spaced_out && !dash_word {
        return cleaned;
    }
    let words: Vec<&str> = cleaned.split(' ').collect();
    // Block numbers alone: `1`, `1-2` (not `築地1`, `0-`).
    let is_numbers = |word: &str| {
        word.bytes().all(|b| b.is_ascii_digit() || b == b'-')
            && word.starts_with(|c: char| c.is_ascii_digit())
            && word.ends_with(|c: char| c.is_ascii_digit())
    };
    // Whether the space between words `i` and `i + 1` goes.
    let drop = |i: usize| {
        let (a, b) = (words[i], words[i + 1]);
        let dash_between_numbers =
            (b == "-" && is_numbers(a) && words.get(i + 2).is_some_and(|w| is_numbers(w)))
                || (a == "-" && is_numbers(b) && i > 0 && is_numbers(words[i - 1]));
        (spaced_out && single(a) && single(b)) || dash_between_numbers
    };
    if !(0..words.len() - 1).any(drop) {
        return cleaned;
    }
    let mut out = String::with_capacity(cleaned.len());
    for (i, word) in words.iter().enumerate() {
        if i > 0 && !drop(i - 1) {
            out.push(' ');
        }
        out.push_str(word);
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::without_letter_spacing;

    fn unspaced(text: &str) -> String {
        without_letter_spacing(text.into()).into_owned()
    }

    #[test]
    fn spaced_out_text_is_joined() {
        assert_eq!(
            unspaced("東 京 都 中 央 区 築 地 1 - 1 - 1"),
            "東京都中央区築地1-1-1"
        );
        assert_eq!(
            unspaced("〒 1 0 4 - 0 0 4 5 築 地 1 - 1 - 1"),
            "〒104-0045築地1-1-1"
        );
        // Longer words keep their spaces.
        assert_eq!(
            unspaced("東 京 都 中 央 区 築 地 1 - 1 - 1 Sample Tower 3 F"),
            "東京都中央区築地1-1-1 Sample Tower 3F"
        );
        assert_eq!(
            unspaced("〒104-0045 東 京 都 中 央 区 築 地 1-1-1"),
            "〒104-0045 東京都中央区築地 1-1-1"
        );
    }

    #[test]
    fn dashes_between_numbers_lose_their_spaces() {
        assert_eq!(
            unspaced("東京都 中央区 築地 1 - 1 - 1"),
            "東京都 中央区 築地 1-1-1"
        );
        assert_eq!(unspaced("築地 12 - 3 サンプル"), "築地 12-3 サンプル");
        // Not between numbers alone: kept.
        assert_eq!(unspaced("サンプル - タワー 3"), "サンプル - タワー 3");
        assert_eq!(unspaced("築地0 - 0- 北海道"), "築地0 - 0- 北海道");
    }

    #[test]
    fn meaningful_spaces_are_kept() {
        for text in [
            "東京都中央区築地1丁目 34-12",
            "東京都中央区築地1-1-1 Sample Tower 3F",
            "東京都 中央区 築地 1-1-1 サンプル マンション 404",
            "築地1-1-1 A 棟",
            "東京都中央区築地 5 3 2",
            "築地",
            "",
        ] {
            assert_eq!(unspaced(text), text);
        }
    }
}
