//! Reading buildings and sub-areas: kanji the gazetteer knows as place
//! names (a town of the address's municipality, a municipality, a
//! prefecture), the skyscrapers the postal code data names, and 字 names and
//! Kyoto street directions. The building reader hooks in here.

use std::borrow::Cow;

use crate::gazetteer::{self, Place};
use crate::romaji;
use crate::Style;

/// The romaji suffix of a Kyoto street word: 通 (the street itself) or one
/// of [`crate::parse::DIRECTIONS`].
fn direction_suffix(word: &str) -> &'static str {
    match word.chars().next() {
        Some('通') => "-dori",
        Some('上') => "-agaru",
        Some('下') => "-sagaru",
        Some('西') => "-nishiiru",
        Some('東') => "-higashiiru",
        _ => "-iru",
    }
}

pub(super) fn without_aza_prefix(text: &str) -> &str {
    text.strip_prefix("大字")
        .or_else(|| text.strip_prefix('字'))
        .unwrap_or(text)
}

/// Reads kanji from the gazetteer's place names: a town of the address's
/// own municipality (a building named after its street: 築地ビル), or a
/// municipality or prefecture anywhere, spelled exactly so; the one nearest
/// the address when several are (府中市: the address's prefecture first).
/// Other kanji are left to the kanji reader. The reading marks where a
/// kanji's reading starts with a vowel (`マル|ノ|ウチ`), so that long vowels
/// stay inside one kanji.
pub(super) fn gazetteer_reading(kanji: &str, near: &gazetteer::Municipality) -> Option<String> {
    let gz = gazetteer::get();
    // The address's own municipality only: a neighbouring ward's town of the
    // same name may be read differently from the street it is named after
    // (中京区's town 丸太町 is Marutacho, the street Marutamachi).
    if let Some(town) = gz.find_town_in(near.id, kanji) {
        let place = gz.town(town).name;
        if place.kanji == kanji {
            return Some(marked_reading(&place));
        }
    }
    // Only a name that ends as a municipality part or a prefecture does can
    // be spelled exactly as one (a test holds the gazetteer to it).
    let last = kanji.chars().next_back()?;
    let (municipal, prefectural) = (is_municipality_end(last), is_prefecture_end(last));
    if !municipal && !prefectural {
        return None;
    }
    let municipalities = municipal.then(|| gz.find_municipalities(kanji));
    let municipalities = municipalities.into_iter().flatten().flat_map(|m| {
        let muni = gz.municipality(m.municipality);
        [muni.county, Some(muni.city), muni.ward]
            .into_iter()
            .flatten()
            .map(move |p| (muni.prefecture, p))
    });
    let prefectures = prefectural
        .then(|| gz.find_prefecture(kanji))
        .flatten()
        .map(|p| (p.id, p.name));
    let (_, place) = municipalities
        .chain(prefectures)
        .filter(|(_, p)| p.kanji == kanji)
        .max_by_key(|(prefecture, _)| *prefecture == near.prefecture)?;
    Some(marked_reading(&place))
}

/// Whether a municipality part's name (郡, city, town, village, ward) can end
/// with `c`.
fn is_municipality_end(c: char) -> bool {
    matches!(c, '郡' | '市' | '町' | '村' | '区')
}

/// Whether a prefecture's name can end with `c`.
fn is_prefecture_end(c: char) -> bool {
    matches!(c, '都' | '道' | '府' | '県')
}

/// The reading of `kanji`, the start of a building the postal code data
/// knows (新丸の内ビルディング, シンマルノウチビルディング): when the rest
/// of the building's name is spelled in kana, the data's kana for the
/// building ends with it, and what comes before is the kanji's reading.
pub(super) fn skyscraper_reading(kanji: &str, building: &str, sky: &Place) -> Option<String> {
    let rest = building.strip_prefix(kanji)?;
    let sky_rest = sky.kanji.strip_prefix(kanji)?;
    if rest != sky_rest || !rest.chars().all(crate::text::is_katakana) {
        return None;
    }
    let prefix = sky.kana.strip_suffix(rest)?;
    let marked = marked_reading(sky);
    // Cut the marked reading after as many kana as the prefix has.
    let kana_count = prefix.chars().count();
    let mut seen = 0;
    let cut = marked
        .char_indices()
        .find(|&(_, c)| {
            if c != '|' {
                seen += 1;
            }
            seen > kana_count
        })
        .map_or(marked.len(), |(i, _)| i);
    Some(marked[..cut].trim_end_matches('|').to_owned())
}

/// A place's kana with `|` before each kanji whose reading starts with a
/// vowel (丸の内 → `マル|ノ|ウチ`), the form [`romaji::romanize_mixed`] reads.
fn marked_reading(place: &Place) -> String {
    let junctions: Vec<u16> = place.vowel_junctions().collect();
    let mut out = String::with_capacity(place.kana.len() + junctions.len());
    for (i, c) in place.kana.chars().enumerate() {
        if junctions.contains(&(i as u16)) {
            out.push('|');
        }
        out.push(c);
    }
    out
}

/// The first Kyoto street word in `text` (通 or one of
/// [`crate::parse::DIRECTIONS`], the longest where several start at the
/// same char): where it starts, the word, and its romaji suffix. Looks no
/// further than the match, so that reading a chain of directions word by
/// word stays linear.
fn first_marker(text: &str) -> Option<(usize, &'static str, &'static str)> {
    text.char_indices().find_map(|(at, _)| {
        let rest = text.get(at..)?;
        std::iter::once("通")
            .chain(crate::parse::DIRECTIONS)
            .filter(|word| rest.starts_with(word))
            .max_by_key(|word| word.len())
            .map(|word| (at, word, direction_suffix(word)))
    })
}

/// 字 names and Kyoto street directions: 河原町通三条上る →
/// Kawaramachi-dori Sanjo-agaru. The words are written one after the other
/// into one string, each cased as it is written.
pub(super) fn sub_area(
    style: &Style,
    text: &str,
    read: &dyn Fn(&str) -> Option<String>,
) -> romaji::Mixed {
    let mut out = romaji::Mixed::default();
    let spelling = style.get_spelling();
    let case = style.get_case();
    // A 字 that is itself a place the readers know (七ツ森, a town of the
    // same municipality), read as one name even across kana.
    let whole = read(text);
    if let Some(marked) = &whole {
        if romaji::push_reading(marked, &spelling, &mut out.text) {
            romaji::apply_case_from(&mut out.text, 0, case);
            return out;
        }
    }
    // The readers are not asked about the whole text again when they had
    // nothing for it (the building reader asks about each run, and the
    // text is often one run).
    let whole_unread = whole.is_none();
    let read = |kanji: &str| match whole_unread && kanji == text {
        true => None,
        false => read(kanji),
    };
    let read: &dyn Fn(&str) -> Option<String> = &read;
    let mut rest = text;
    while !rest.is_empty() {
        // Where this word starts in `out.text`, after a space if one is due.
        let separated = !out.text.is_empty();
        if separated {
            out.text.push(' ');
        }
        let start = out.text.len();
        let marker = first_marker(rest);
        let Some((at, kanji, suffix)) = marker else {
            let m = romaji::romanize_mixed(rest, &spelling, read);
            out.unread_kanji |= m.unread_kanji;
            out.dropped_other |= m.dropped_other;
            out.dropped.push_str(&m.dropped);
            out.text.push_str(&m.text);
            end_word(&mut out.text, start, separated);
            break;
        };
        // ノ as の, so that a street such as 三ノ宮 is read as one name.
        let head = rest.get(..at).unwrap_or("");
        let head: Cow<'_, str> = match head.contains('ノ') {
            true => Cow::Owned(head.replace('ノ', "の")),
            false => Cow::Borrowed(head),
        };
        // A street or place the readers know is one name (新京極
        // Shinkyogoku), never split into building words.
        let known = read(&head)
            .is_some_and(|marked| romaji::push_reading(&marked, &spelling, &mut out.text));
        if !known {
            let m = romaji::romanize_mixed(&head, &spelling, read);
            out.unread_kanji |= m.unread_kanji;
            out.dropped_other |= m.dropped_other;
            out.dropped.push_str(&m.dropped);
            out.text.push_str(&m.text);
        }
        if out.text.len() == start {
            out.text.push_str(suffix.trim_start_matches('-'));
        } else {
            out.text.push_str(suffix);
        }
        romaji::apply_case_from(&mut out.text, start, case);
        end_word(&mut out.text, start, separated);
        rest = rest.get(at + kanji.len()..).unwrap_or("");
    }
    out
}

/// Takes back the space before an empty word (words are joined by single
/// spaces, empty ones left out).
fn end_word(text: &mut String, start: usize, separated: bool) {
    if separated && text.len() == start {
        text.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `gazetteer_reading` looks up municipalities and prefectures only for
    /// names that end as theirs do.
    #[test]
    fn every_municipality_part_and_prefecture_ends_as_expected() {
        let gz = gazetteer::get();
        for m in gz.municipalities() {
            for part in [m.county.as_ref(), Some(&m.city), m.ward.as_ref()]
                .into_iter()
                .flatten()
            {
                let last = part.kanji.chars().next_back().unwrap_or(' ');
                assert!(is_municipality_end(last), "{}", part.kanji);
            }
        }
        for p in gz.prefectures() {
            let last = p.name.kanji.chars().next_back().unwrap_or(' ');
            assert!(is_prefecture_end(last), "{}", p.name.kanji);
        }
        let near = gz.municipality(gz.find_municipalities("中央区")[0].municipality);
        assert!(gazetteer_reading("札幌市", near).is_some());
        assert!(gazetteer_reading("北海道", near).is_some());
        assert!(gazetteer_reading("札幌", near).is_none());
    }
}
