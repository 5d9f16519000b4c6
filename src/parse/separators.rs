//! Words and marks people put before and between the place names, which
//! the gazetteer's names never contain: a leading 日本 / 日本国 / Japan, and
//! 、 or , between prefecture, city and town (大阪府、大阪市北区、梅田3-1-3).

use crate::gazetteer::Gazetteer;
use crate::text;

/// Leading words naming the country, as cleaned text writes them.
const COUNTRY: &[&str] = &["日本国", "日本", "japan"];

/// Separators between place names (cleaned: full-width commas are `,`).
const SEPARATORS: &[char] = &['、', ','];

/// `cleaned` without a leading country name (when a prefecture follows, so
/// 日本橋 stays), and with the separators before the first digit (the place
/// names) turned into spaces, which the place matcher skips. `None` when
/// nothing changes; cleaned text stays cleaned (one space, trimmed).
///
/// For example `日本、大阪府、大阪市北区、梅田3-1-3` becomes
/// `大阪府 大阪市北区 梅田3-1-3` (tests below).
pub(super) fn between_places(gz: &Gazetteer, cleaned: &str) -> Option<String> {
    // The common case, checked with two fast byte searches: no country
    // name first and no separator anywhere.
    let country_first = cleaned.starts_with('日') || cleaned.starts_with(['J', 'j']);
    if !country_first && !cleaned.contains('、') && !cleaned.contains(',') {
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
    });
    if !has_separator {
        return (text.len() != cleaned.len()).then(|| text.to_owned());
    }
    let spaced: String = names
        .split(|c: char| SEPARATORS.contains(&c) || c == ' ')
        .filter(|part| !part.is_empty())
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
        ];
        for (input, want) in cases {
            let got = between_places(gz, input);
            assert_eq!(got.as_deref().unwrap_or(input), want, "{input}");
        }
    }
}
