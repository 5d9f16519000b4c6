//! Place names from their kana: the prefecture's suffix, the municipality
//! parts' suffixes (-shi, -ku, -cho/-machi, -mura/-son, -gun) and the
//! numbered parts of towns (Kita 1-jo Higashi).

use crate::gazetteer::{self, Place};
use crate::romaji;
use crate::{PrefectureSuffix, Style};

/// Counters that follow a number inside a town's reading.
const COUNTERS: [(&str, &str); 7] = [
    ("ジョウ", "jo"),
    ("バンチョウ", "bancho"),
    ("チョウメ", "chome"),
    ("ゴウ", "go"),
    ("セン", "sen"),
    ("チワリ", "chiwari"),
    ("ク", "ku"),
];

/// Hepburn for a kana reading, long vowels merged only inside the
/// segments that `place`'s junctions (offset by `from`) delimit.
fn kana(style: &Style, kana: &str, starts: &[u16]) -> String {
    let mut out = String::with_capacity(kana.len());
    romaji::kana_to_romaji(kana, starts, &style.get_spelling(), &mut out);
    out
}

/// 東京都 → Tokyo (or Tokyo-to): the stem read from the kana, the suffix
/// added only when the style asks for it.
pub(super) fn prefecture(style: &Style, prefecture: &gazetteer::Prefecture) -> String {
    let place = &prefecture.name;
    let starts: Vec<u16> = place.vowel_junctions().collect();
    let (stem, suffix) = match place.kanji.chars().last() {
        Some('都') => (place.kana.strip_suffix('ト'), "to"),
        Some('府') => (place.kana.strip_suffix('フ'), "fu"),
        Some('県') => (place.kana.strip_suffix("ケン"), "ken"),
        _ => (None, ""),
    };
    let mut out = kana(style, stem.unwrap_or(place.kana), &starts);
    if stem.is_some() && style.get_prefecture_suffix() == PrefectureSuffix::Hyphenated {
        out.push('-');
        out.push_str(suffix);
    }
    romaji::apply_case(&out, style.get_case())
}

/// A county, city or ward: the stem, a hyphen, and the suffix as its
/// reading says (倶知安町 クッチャンチョウ → Kutchan-cho; 小国町 オグニマチ
/// → Oguni-machi; 新庄村 シンジョウソン → Shinjo-son).
pub(super) fn municipality_part(style: &Style, place: &Place) -> String {
    const SUFFIXES: [&str; 7] = ["グン", "チョウ", "マチ", "ムラ", "ソン", "シ", "ク"];
    let starts: Vec<u16> = place.vowel_junctions().collect();
    let split = SUFFIXES
        .iter()
        .find_map(|s| place.kana.strip_suffix(s).map(|stem| (stem, *s)))
        .filter(|(stem, _)| !stem.is_empty());
    let out = match split {
        Some((stem, suffix)) => {
            let stem_len = stem.chars().count() as u16;
            let stem_starts: Vec<u16> = starts.iter().copied().filter(|&s| s < stem_len).collect();
            format!(
                "{}-{}",
                kana(style, stem, &stem_starts),
                kana(style, suffix, &[])
            )
        }
        None => kana(style, place.kana, &starts),
    };
    romaji::apply_case(&out, style.get_case())
}

/// A town: one word as the registries write it (Ebisucho, Otemachi),
/// numbered parts apart (キタ1ジョウヒガシ → Kita 1-jo Higashi).
pub(super) fn town(style: &Style, place: &Place) -> String {
    let starts: Vec<u16> = place.vowel_junctions().collect();
    let mut out = String::new();
    let mut word = String::new();
    let mut word_start = 0u16;
    let mut word_starts: Vec<u16> = Vec::new();
    let chars: Vec<char> = place.kana.chars().collect();
    let mut i = 0;
    let flush = |word: &mut String, word_starts: &mut Vec<u16>, out: &mut String| {
        if !word.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&kana(style, word, word_starts));
            word.clear();
        }
        word_starts.clear();
    };
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            flush(&mut word, &mut word_starts, &mut out);
            let digits: String = chars[i..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .collect();
            i += digits.len();
            let rest: String = chars[i..].iter().collect();
            let counter = COUNTERS.iter().find(|(kana, _)| rest.starts_with(kana));
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&digits);
            if let Some((kana, romaji)) = counter {
                out.push('-');
                out.push_str(romaji);
                i += kana.chars().count();
            }
            word_start = i as u16;
            continue;
        }
        if starts.contains(&(i as u16)) && !word.is_empty() {
            word_starts.push(i as u16 - word_start);
        }
        word.push(chars[i]);
        i += 1;
    }
    flush(&mut word, &mut word_starts, &mut out);
    romaji::apply_case(&out, style.get_case())
}
