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
    let names_end = text
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or(text.len());
    let names = &text[..names_end];
    // The longest repeated head first: `A B A B...` drops `A B`.
    for (space, _) in names
        .match_indices(' ')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
    {
        let (head, rest) = (&text[..space], &text[space + 1..]);
        if head.is_empty() || !rest.starts_with(head) {
            continue;
        }
        let folded = text::fold(head);
        let place_first = gz.prefecture_prefixes(folded.as_str()).next().is_some()
            || gz.municipality_prefixes(folded.as_str()).next().is_some();
        if place_first {
            return Some(rest);
        }
    }
    None
}

/// The country name and the separators (see [`between_places`]).
fn separators_between_places(gz: &Gazetteer, cleaned: &str) -> Option<String> {
    // The common case, checked with fast byte searches: no country name
    // first and no separator anywhere.
    let country_first = cleaned.starts_with('日') || cleaned.starts_with(['J', 'j']);
    if !country_first
        && !cleaned.contains('、')
        && !cleaned.contains(',')
        && !cleaned.contains(" -")
    {
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
    use super::between_places;
    use crate::gazetteer;

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
        ];
        for (input, want) in cases {
            let got = between_places(gz, input);
            assert_eq!(got.as_deref().unwrap_or(input), want, "{input}");
        }
    }
}
