//! Kyoto street directions (河原町通三条上る): the words, where they end,
//! and which of a town's districts they pick.

use crate::gazetteer::{self, Qualifier};
use crate::postal::PostalCode;
use crate::text;

/// The words that end a Kyoto street direction (上る north, 下る south,
/// 西入 west, 東入 east, 入る), with either okurigana. The romanizer reads
/// the same list.
pub(crate) const DIRECTIONS: [&str; 12] = [
    "上る",
    "上ル",
    "下る",
    "下ル",
    "西入る",
    "西入ル",
    "西入",
    "東入る",
    "東入ル",
    "東入",
    "入る",
    "入ル",
];

/// Whether the digits starting `after` (with `before` before them) begin the
/// block numbers rather than a street name folded to digits (三条 3条,
/// 六角 6角, 千本 1000本, 二条 2条): a block number ends the text or is
/// followed by a dash, 番, 号, 丁目 or の. (上る4丁目 and 2筋目 count
/// blocks along the street and belong to the directions.)
pub(super) fn starts_block(before: &str, after: &str) -> bool {
    let rest = after.trim_start_matches(|c: char| c.is_ascii_digit());
    let counts_blocks = ["丁目", "筋目"].iter().any(|s| rest.starts_with(s))
        && DIRECTIONS.iter().any(|m| before.ends_with(m));
    if counts_blocks {
        return false;
    }
    // 1ノ2 is a block, 三ノ宮 (3ノ宮) a street.
    let joined = ['ノ', 'の']
        .iter()
        .find_map(|j| rest.strip_prefix(*j))
        .is_some_and(|after| after.starts_with(|c: char| c.is_ascii_digit()));
    joined
        || rest.is_empty()
        || rest.starts_with([' ', '-', '番', '号', '丁', ','])
        || rest.starts_with(|c: char| c.is_ascii_alphanumeric())
}

/// Kyoto: a town named like a street and followed by 通 is the street
/// (木屋町通蛸薬師下る: the street 木屋町, not the town 木屋町). Returns the
/// town and sub-area to keep.
pub(super) fn street_named_like_town(
    town: Option<&'static gazetteer::Town>,
    sub_area: Option<String>,
) -> (Option<&'static gazetteer::Town>, Option<String>) {
    match (town, sub_area) {
        (Some(t), Some(sub)) if sub.starts_with('通') && directions_len(&sub).is_some() => {
            (None, Some(format!("{}{sub}", t.name.kanji)))
        }
        (town, sub_area) => (town, sub_area),
    }
}

/// If `text` starts with Kyoto street directions (河原町通三条上る), their
/// length in bytes.
pub(super) fn directions_len(text: &str) -> Option<usize> {
    if !text.contains('通') {
        return None;
    }
    // Directions come before any block number: look no further than the
    // first digit that starts one (三条 folds to 3条, so digits followed by
    // 条 are part of the directions).
    // (上る4丁目 and 2筋目 count blocks along the street and belong to the
    // directions too.)
    let limit = text
        .char_indices()
        .find(|&(i, c)| {
            c.is_ascii_digit()
                && !text[..i].ends_with(|c: char| c.is_ascii_digit())
                && starts_block(&text[..i], &text[i..])
        })
        .map_or(text.len(), |(i, _)| i);
    let head = &text[..limit];
    // A ward name means this is not a direction but a misread municipality.
    if !head.contains('通') || head.contains('区') {
        return None;
    }
    let mut end = None;
    for marker in DIRECTIONS {
        if let Some(i) = head.rfind(marker) {
            let e = i + marker.len();
            if end.is_none_or(|best| e > best) {
                end = Some(e);
            }
        }
    }
    // 上る4丁目: the block count after the last marker.
    end.map(|e| {
        let after = &head[e..];
        let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        match ["丁目", "筋目"]
            .iter()
            .find(|s| after[digits..].starts_with(**s))
        {
            Some(s) if digits > 0 => e + digits + s.len(),
            _ => e,
        }
    })
}

/// Kyoto: the code of the district whose note lists the address's street
/// directions. A town that exists several times in one ward (上京区 has four
/// 亀屋町) lists its directions per district (千本通中立売上る、…): the
/// directions as written pick one; failing that, the district whose every
/// matching item names both streets of the address (千本 and 中立売), if
/// only one code does.
pub(super) fn code_by_directions<'a>(
    directions: &str,
    districts: impl Iterator<Item = &'a gazetteer::District> + Clone,
) -> Option<PostalCode> {
    let key = direction_key(directions);
    let notes = districts.filter_map(|d| match d.qualifier {
        Qualifier::Note(note) => Some((d.code, note)),
        _ => None,
    });
    let exact = notes
        .clone()
        .find(|(_, note)| note.split('、').any(|item| direction_key(item) == key));
    if let Some((code, _)) = exact {
        return Some(code);
    }
    if !key.contains('通') {
        return None;
    }
    let streets = street_words(&key);
    if streets.len() < 2 {
        return None;
    }
    let mut codes: Vec<PostalCode> = notes
        .filter(|(_, note)| {
            note.split('、').any(|item| {
                let item = direction_key(item);
                let theirs = street_words(&item);
                streets.iter().all(|s| theirs.contains(s))
            })
        })
        .map(|(code, _)| code)
        .collect();
    codes.sort_unstable();
    codes.dedup();
    match codes[..] {
        [code] => Some(code),
        _ => None,
    }
}

/// Directions folded for comparison: 下る and 下ル, 入る and 入ル alike.
fn direction_key(s: &str) -> String {
    text::fold_key(s).replace('ル', "る")
}

/// The street names in folded directions: 千本通中立売上る → [千本, 中立売].
fn street_words(key: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut rest = key;
    while !rest.is_empty() {
        let cut = [
            "通",
            "上る",
            "下る",
            "西入る",
            "東入る",
            "西入",
            "東入",
            "入る",
        ]
        .iter()
        .filter_map(|m| rest.find(m).map(|i| (i, m.len())))
        .min();
        let Some((at, len)) = cut else {
            words.push(rest);
            break;
        };
        if at > 0 {
            words.push(&rest[..at]);
        }
        rest = &rest[at + len..];
    }
    words.retain(|w| {
        !w.chars()
            .all(|c| c.is_ascii_digit() || "丁目筋".contains(c))
    });
    words
}
