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
    town: Option<gazetteer::Town>,
    sub_area: Option<String>,
) -> (Option<gazetteer::Town>, Option<String>) {
    match (town, sub_area) {
        (Some(t), Some(sub)) if sub.starts_with('通') && directions_len(&sub).is_some() => {
            (None, Some(format!("{}{sub}", t.name.kanji)))
        }
        (town, sub_area) => (town, sub_area),
    }
}

/// If `text` starts with Kyoto street directions (河原町通三条上る), their
/// length in bytes.
///
/// One pass over the text, up to the first block number: the parser asks
/// once per candidate municipality, so the work must not depend on how many
/// markers or digit runs the text holds.
pub(super) fn directions_len(text: &str) -> Option<usize> {
    if !crate::text::contains_char(text, '通') {
        return None;
    }
    // Directions come before any block number: look no further than the
    // first digit that starts one (三条 folds to 3条, so digits followed by
    // 条 are part of the directions).
    // (上る4丁目 and 2筋目 count blocks along the street and belong to the
    // directions too.)
    let mut limit = text.len();
    let (mut street, mut ward) = (false, false);
    // Where the last direction word ends.
    let mut end: Option<usize> = None;
    let mut after_digit = false;
    for (i, c) in text.char_indices() {
        if c.is_ascii_digit() {
            if !after_digit && starts_block(&text[..i], &text[i..]) {
                limit = i;
                break;
            }
            after_digit = true;
            continue;
        }
        after_digit = false;
        street |= c == '通';
        ward |= c == '区';
        let rest = &text[i..];
        if let Some(marker) = DIRECTIONS
            .iter()
            .filter(|m| rest.starts_with(**m))
            .max_by_key(|m| m.len())
        {
            end = end.max(Some(i + marker.len()));
        }
    }
    let head = &text[..limit];
    // A ward name means this is not a direction but a misread municipality.
    if !street || ward {
        return None;
    }
    end.map(|e| with_block_count(head, e))
}

/// Where directions whose last word ends at `end` of `head` end, with the
/// count of blocks along the street that may follow it (上る4丁目, 2筋目).
fn with_block_count(head: &str, end: usize) -> usize {
    let after = &head[end..];
    let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    match ["丁目", "筋目"]
        .iter()
        .find(|s| after[digits..].starts_with(**s))
    {
        Some(s) if digits > 0 => end + digits + s.len(),
        _ => end,
    }
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

/// The words that cut folded directions into street names.
const STREET_MARKERS: [&str; 8] = [
    "通",
    "上る",
    "下る",
    "西入る",
    "東入る",
    "西入",
    "東入",
    "入る",
];

/// The street names in folded directions: 千本通中立売上る → [千本, 中立売].
///
/// One pass: at each char, the shortest marker that starts there cuts the
/// text (西入る cuts at 西入).
fn street_words(key: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut word_start = 0;
    let mut at = 0;
    while let Some(rest) = key.get(at..).filter(|r| !r.is_empty()) {
        let marker = STREET_MARKERS
            .iter()
            .filter(|m| rest.starts_with(**m))
            .min_by_key(|m| m.len());
        match marker {
            Some(marker) => {
                if at > word_start {
                    words.push(&key[word_start..at]);
                }
                at += marker.len();
                word_start = at;
            }
            None => at += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    if word_start < key.len() {
        words.push(&key[word_start..]);
    }
    words.retain(|w| {
        !w.chars()
            .all(|c| c.is_ascii_digit() || "丁目筋".contains(c))
    });
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The versions that searched the text once per marker and word (and
    /// so took quadratic time on long chains), kept as oracles.
    fn directions_len_by_search(text: &str) -> Option<usize> {
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
        end.map(|e| with_block_count(head, e))
    }

    fn street_words_by_search(key: &str) -> Vec<&str> {
        let mut words = Vec::new();
        let mut rest = key;
        while !rest.is_empty() {
            let cut = STREET_MARKERS
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

    /// Every note of the gazetteer, item by item, folded as the parser reads
    /// text; each also followed by block numbers, and chained; and shapes
    /// made to trip the scan (digit runs, markers back to back, wards).
    fn samples() -> Vec<String> {
        let gz = gazetteer::get();
        let mut items: Vec<String> = gz
            .districts()
            .iter()
            .filter_map(|d| match d.qualifier {
                Qualifier::Note(note) => Some(note),
                _ => None,
            })
            .flat_map(|note| note.split('、'))
            .map(|item| text::fold_key(item).into_owned())
            .collect();
        items.sort_unstable();
        items.dedup();
        let mut out = Vec::new();
        for item in &items {
            out.push(item.clone());
            out.push(format!("{item}1丁目2-3"));
            out.push(format!("{item}4筋目5"));
            out.push(format!("{item}{item}恵比須町"));
        }
        for s in [
            "河原町通三条上る",
            "通3条上る4丁目",
            "千本通中立売西入る",
            "千本通中立売西入ル東入",
            "南区通111条",
            "通上る2筋目",
            "通1-2",
            "通三条上ル1番地",
            "通上る上る下る西入入る",
            "通6角下る1000本",
            "通3ノ宮上る1ノ2",
            "通上る12丁目3",
            "上る通",
            "区通上る",
            "",
        ] {
            out.push(text::fold_key(s).into_owned());
        }
        out.push(format!("通{}条", "1".repeat(1000)));
        out.push("河原町通三条上る".repeat(40));
        out
    }

    #[test]
    fn directions_len_agrees_with_searching() {
        for s in samples() {
            assert_eq!(directions_len(&s), directions_len_by_search(&s), "{s}");
        }
    }

    #[test]
    fn street_words_agree_with_searching() {
        for s in samples() {
            let key = direction_key(&s);
            assert_eq!(street_words(&key), street_words_by_search(&key), "{key}");
        }
    }

    #[test]
    fn long_chains() {
        let chain = "河原町通三条上る".repeat(40);
        assert_eq!(directions_len(&chain), Some(chain.len()));
        let words = street_words(&chain);
        assert_eq!(words.len(), 80);
        assert!(words.chunks(2).all(|w| w == ["河原町", "三条"]));
        let digits = format!("通{}条", "1".repeat(1000));
        assert_eq!(directions_len(&digits), None);
    }
}
