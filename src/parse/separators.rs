//! Words and marks people put before and between the place names, which
//! the gazetteer's names never contain: a leading 日本 / 日本国 / Japan;
//! 、 or , or a lone dash between prefecture, city and town
//! (大阪府、大阪市北区、梅田3-1-3; 岐阜市 - 緑ケ丘); and the place names
//! pasted twice (秋田県由利本荘市 秋田県由利本荘市三条).

use crate::gazetteer::Gazetteer;
use crate::text;

/// Leading words naming the country, as cleaned text writes them.
const COUNTRY: &[&str] = &["日本国", "日本", "japan"];

/// Separators between place names (cleaned: full-width commas are `,`).
const SEPARATORS: &[char] = &['、', ','];

/// A word of dashes alone between place names (`岐阜市 - 緑ケ丘`; cleaning
/// turns every dash-like character into `-`).
fn is_dash_word(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b == b'-')
}

/// `cleaned` without a leading country name (when a prefecture follows, so
/// 日本橋 stays), and with the separators before the first digit (the place
/// names) turned into spaces, which the place matcher skips. `None` when
/// nothing changes; cleaned text stays cleaned (one space, trimmed).
///
/// For example `日本、大阪府、大阪市北区、梅田3-1-3` becomes
/// `大阪府 大阪市北区 梅田3-1-3` (tests below).
pub(super) fn between_places(gz: &Gazetteer, cleaned: &str) -> Option<String> {
    let fixed = separators_between_places(gz, cleaned);
    let text = fixed.as_deref().unwrap_or(cleaned);
    match without_repeated_head(gz, text) {
        Some(rest) => Some(rest.to_owned()),
        None => fixed,
    }
}

/// `text` without its first words when they are repeated right after
/// (`秋田県由利本荘市 秋田県由利本荘市三条` → `秋田県由利本荘市三条`): an
/// address pasted after its own prefecture and city. The repeated words
/// must start with a prefecture or municipality name, and come before the
/// first digit. `None` when nothing repeats.
fn without_repeated_head<'a>(gz: &Gazetteer, text: &'a str) -> Option<&'a str> {
    // The longest repeated head first: `A B A B...` drops `A B`. A head
    // `text[..space]` repeats when the text after the space starts with it:
    // when the text from there shares `space` bytes with its start, which
    // one pass (`common_prefixes`) tells for every space at once. That pass
    // is made only when some space is followed by the text's first byte.
    let bytes = text.as_bytes();
    // The head holds the whole first char (the text is trimmed): a space
    // is worth the pass only when that char follows it.
    let first = text.chars().next()?;
    let first = bytes.get(..first.len_utf8())?;
    let followed_by_first = |space: usize| {
        space > 0
            && bytes
                .get(space + 1..)
                .is_some_and(|after| after.starts_with(first))
    };
    // Most texts have no such space anywhere: then the place names' end
    // (the first digit) is not looked for.
    if !text
        .match_indices(' ')
        .any(|(space, _)| followed_by_first(space))
    {
        return None;
    }
    let names_end = text
        .bytes()
        .position(|b| b.is_ascii_digit())
        .unwrap_or(text.len());
    let names = &text[..names_end];
    let mut shared: Option<Vec<usize>> = None;
    let space = names
        .match_indices(' ')
        .map(|(space, _)| space)
        .filter(|&space| followed_by_first(space))
        .rfind(|&space| {
            shared
                .get_or_insert_with(|| common_prefixes(bytes))
                .get(space + 1)
                .is_some_and(|&n| n >= space)
        })?;
    // Every head starts with the first word, and no place name holds a
    // space: whether the head starts with a place is whether the first word
    // does.
    let first_word = names.split(' ').next().unwrap_or("");
    let folded = text::fold(first_word);
    let place_first = gz.prefecture_prefixes(folded.as_str()).next().is_some()
        || gz.municipality_prefixes(folded.as_str()).next().is_some();
    place_first.then(|| text.get(space + 1..)).flatten()
}

/// For each byte offset `i` of `bytes`, how many bytes `bytes[i..]` shares
/// with the start of `bytes` (the Z-function; `bytes.len()` at 0), in linear
/// time.
fn common_prefixes(bytes: &[u8]) -> Vec<usize> {
    let n = bytes.len();
    let mut z = vec![0; n];
    if let Some(first) = z.first_mut() {
        *first = n;
    }
    // [left, right): the rightmost stretch known to repeat the start.
    let (mut left, mut right) = (0, 0);
    for i in 1..n {
        let mut len = if i < right {
            z[i - left].min(right - i)
        } else {
            0
        };
        while i + len < n && bytes[len] == bytes[i + len] {
            len += 1;
        }
        z[i] = len;
        if i + len > right {
            (left, right) = (i, i + len);
        }
    }
    z
}

/// Whether `text` has a `,`, a `、` (E3 80 81) or a ` -` anywhere. First
/// eight bytes at a time for a `,`, a ` -` or the pair 80 81 (`、`'s last
/// two bytes, rare otherwise: a space or a lone 80 is common in addresses),
/// then exactly, byte by byte, only where one may be.
fn has_separator_mark(text: &str) -> bool {
    let bytes = text.as_bytes();
    let maybe = text::any_pair_word(bytes, |x| {
        let at = |b| text::any_byte_equal(x, b);
        at(b',') | ((at(b' ') << 8) & at(b'-')) | ((at(0x80) << 8) & at(0x81)) != 0
    });
    if !maybe {
        return false;
    }
    bytes.iter().enumerate().any(|(at, &b)| match b {
        b',' => true,
        b' ' => bytes.get(at + 1) == Some(&b'-'),
        0xE3 => bytes.get(at + 1..at + 3) == Some(&[0x80, 0x81]),
        _ => false,
    })
}

/// The country name and the separators (see [`between_places`]).
fn separators_between_places(gz: &Gazetteer, cleaned: &str) -> Option<String> {
    // The common case, checked with fast byte searches: no country name
    // first and no separator anywhere.
    let country_first = cleaned.starts_with('日') || cleaned.starts_with(['J', 'j']);
    if !country_first && !has_separator_mark(cleaned) {
        return None;
    }
    let mut text = cleaned;
    for word in COUNTRY {
        let Some(head) = text.get(..word.len()) else {
            continue;
        };
        if !head.eq_ignore_ascii_case(word) {
            continue;
        }
        let rest =
            text[word.len()..].trim_start_matches(|c: char| SEPARATORS.contains(&c) || c == ' ');
        let folded = text::fold(rest);
        if gz.prefecture_prefixes(folded.as_str()).next().is_some() {
            text = rest;
        }
        break;
    }
    // One pass over the bytes: where the first digit is, and whether a
    // separator (`,` or `、`, E3 80 81) comes before it.
    let bytes = text.as_bytes();
    let names_end = bytes
        .iter()
        .position(u8::is_ascii_digit)
        .unwrap_or(bytes.len());
    let names = &text[..names_end];
    let has_separator = names.bytes().enumerate().any(|(i, b)| {
        b == b',' || (b == 0xE3 && names.as_bytes().get(i + 1..i + 3) == Some(&[0x80, 0x81]))
    }) || names.split(' ').skip(1).any(is_dash_word);
    if !has_separator {
        return (text.len() != cleaned.len()).then(|| text.to_owned());
    }
    // A dash word is a separator only after the first name (a leading dash
    // is the postal code's, or text's own).
    let spaced: String = names
        .split(|c: char| SEPARATORS.contains(&c) || c == ' ')
        .enumerate()
        .filter(|(i, part)| !(part.is_empty() || (*i > 0 && is_dash_word(part))))
        .map(|(_, part)| part)
        .collect::<Vec<_>>()
        .join(" ");
    let rest = &text[names_end..];
    let spaced_before = !spaced.is_empty() && !rest.is_empty() && names.ends_with([' ', '、', ',']);
    let glue = if spaced_before { " " } else { "" };
    Some(format!("{spaced}{glue}{rest}"))
}

#[cfg(test)]
mod tests {
    use super::{between_places, common_prefixes};
    use crate::gazetteer;

    #[test]
    fn common_prefixes_is_the_z_function() {
        let naive = |b: &[u8]| -> Vec<usize> {
            (0..b.len())
                .map(|i| b[i..].iter().zip(b).take_while(|(x, y)| x == y).count())
                .collect()
        };
        for text in [
            "",
            "a",
            "aaaa",
            "abab ab",
            "中央区 中央区 中",
            "abacabadabacaba",
        ] {
            assert_eq!(
                common_prefixes(text.as_bytes()),
                naive(text.as_bytes()),
                "{text}"
            );
        }
    }

    #[test]
    fn separators_and_country() {
        let gz = gazetteer::get();
        let cases = [
            (
                "大阪府、大阪市北区、梅田3-1-3",
                "大阪府 大阪市北区 梅田3-1-3",
            ),
            ("大阪府,大阪市北区,梅田3-1-3", "大阪府 大阪市北区 梅田3-1-3"),
            ("日本 東京都千代田区", "東京都千代田区"),
            ("日本国東京都千代田区", "東京都千代田区"),
            ("Japan, 東京都千代田区", "東京都千代田区"),
            (
                "日本、大阪府、大阪市北区、梅田3-1-3",
                "大阪府 大阪市北区 梅田3-1-3",
            ),
            // 日本橋 is a town, not the country.
            ("日本橋1-1", "日本橋1-1"),
            // After the first number, separators belong to the tail.
            (
                "東京都新宿区新町1丁目、34-12",
                "東京都新宿区新町1丁目、34-12",
            ),
            (
                "東京都新宿区、新町1丁目、34-12",
                "東京都新宿区 新町1丁目、34-12",
            ),
            ("大阪市北区、 梅田 3", "大阪市北区 梅田 3"),
            // A lone dash between the names; a dash inside a name stays.
            ("岐阜県岐阜市 - 緑ケ丘", "岐阜県岐阜市 緑ケ丘"),
            ("岐阜県岐阜市 -- 緑ケ丘", "岐阜県岐阜市 緑ケ丘"),
            ("東京都中央区築地 ハイツ-A", "東京都中央区築地 ハイツ-A"),
            // The place names pasted twice.
            (
                "秋田県由利本荘市 秋田県由利本荘市三条",
                "秋田県由利本荘市三条",
            ),
            ("由利本荘市 由利本荘市 三条 5", "由利本荘市 三条 5"),
            (
                "大阪府、大阪市北区、大阪府、大阪市北区、梅田3-1-3",
                "大阪府 大阪市北区 梅田3-1-3",
            ),
            // Not place names: left alone.
            ("ハイツ ハイツ", "ハイツ ハイツ"),
            // The longest head that repeats, over and over.
            ("中央区 中央区 中央区 中央区", "中央区 中央区"),
            ("中央区 中央区 中央区", "中央区 中央区"),
            ("中央区 築地 中央区 築地 1", "中央区 築地 1"),
            ("中央区 築地 中央区 築 1", "中央区 築地 中央区 築 1"),
        ];
        for (input, want) in cases {
            let got = between_places(gz, input);
            assert_eq!(got.as_deref().unwrap_or(input), want, "{input}");
        }
    }
}
