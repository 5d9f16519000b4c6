//! What follows the place names: sub-area text, block numbers, building,
//! floor and room.

use super::block::{parse_block, Block};

/// What follows the place names.
#[derive(Default)]
pub(super) struct Tail {
    pub(super) sub_area: Option<String>,
    pub(super) block: Option<Block>,
    pub(super) building: Option<String>,
    pub(super) floor: Option<u16>,
    /// The floor is below ground (B1F, 地下2階, 地階).
    pub(super) basement: bool,
    pub(super) room: Option<String>,
}

/// Parses what follows the town: sub-area text, block numbers, building,
/// floor, room. `folded` is the folded tail; `original` cuts the cleaned
/// text for a folded byte range.
pub(super) fn parse_tail(
    folded: &str,
    original: impl Fn(std::ops::Range<usize>) -> String,
) -> Tail {
    let mut tail = Tail::default();
    let bytes = folded.as_bytes();
    let mut i = 0;
    skip_spaces(bytes, &mut i);

    // Kyoto street directions the town finder did not take (no town
    // follows them): 柳馬場通六角下る, whose 六 is no block number.
    // (Text that starts with a block number is no street: most tails.)
    let starts_with_block = folded[i..].starts_with(|c: char| c.is_ascii_digit())
        && super::kyoto::starts_block("", &folded[i..]);
    let directions = match starts_with_block {
        true => None,
        false => super::kyoto::directions_len(&folded[i..]),
    };
    if let Some(len) = directions {
        tail.sub_area = Some(original(i..i + len));
        i += len;
        skip_spaces(bytes, &mut i);
    }
    // Sub-area: text before the first digit, unless it is a building.
    let first_digit = first_number(folded, i, &original);
    if let Some(d) = first_digit.filter(|_| tail.sub_area.is_none()) {
        let head = folded[i..d].trim_end();
        // 第36地割, 西6線: a numbered division of the town, read as part of
        // the sub-area (its numbers are no block and no room).
        if let Some(mut end) = division_end(folded, i, d) {
            // 南8線西10番地: the side of the line belongs to it too.
            let side = folded[end..].trim_start();
            if let Some(dir) = ["東", "西", "南", "北"]
                .iter()
                .find(|d| side.starts_with(**d))
            {
                if side[dir.len()..].starts_with(|c: char| c.is_ascii_digit()) {
                    end = folded.len() - side.len() + dir.len();
                }
            }
            tail.sub_area = Some(original(i..end));
            i = end;
            i += super::block::separator_gap(&folded[i..]);
        } else {
            let head = head.strip_prefix('第').unwrap_or(head);
            if !head.is_empty() && !head.ends_with('#') {
                tail.sub_area = Some(original(i..i + folded[i..d].trim_end().len()));
                i = d;
            }
        }
    }

    let (block, room, end) = parse_block(folded, i);
    tail.block = block;
    tail.room = room;
    i = end;

    let rest = original(i..folded.len());
    // Nothing after the block (the common case): no building to split.
    if rest.is_empty() {
        return tail;
    }
    let (building, floor, room) = split_building(&rest);
    tail.building = building;
    tail.floor = floor.map(|f| f.number).filter(|&n| n > 0);
    tail.basement = floor.is_some_and(|f| f.basement);
    if tail.room.is_none() {
        tail.room = room;
    }
    tail
}

/// Where the first number of `folded[from..]` starts: its first digit that
/// is not a kanji numeral beginning a name. In 七ツ森16-1 (a 字 after the
/// town), 三本松2 or 五反田1, the numeral is part of the name: it is
/// written in kanji and a name character (kana or kanji that marks no
/// number, unlike 丁目, 番, 号, 条 or 地割) follows it.
fn first_number(
    folded: &str,
    from: usize,
    original: &impl Fn(std::ops::Range<usize>) -> String,
) -> Option<usize> {
    let mut at = from;
    loop {
        let start = at + folded[at..].find(|c: char| c.is_ascii_digit())?;
        let end = start
            + folded[start..]
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(folded.len() - start);
        let after = &folded[end..];
        if !begins_name(after) || original(start..end).contains(|c: char| c.is_ascii_digit()) {
            return Some(start);
        }
        at = end;
    }
}

/// Whether `after` (what follows a number) starts a name rather than
/// saying what the number counts: ツ森, 本松, 反田 but not 丁目, 番地, 号,
/// 条, 線, 地割, 階, or ノ2 (1ノ2 is a block).
fn begins_name(after: &str) -> bool {
    const COUNTERS: [&str; 13] = [
        "丁", "番", "号", "条", "線", "地割", "区", "組", "班", "階", "棟", "館", "街区",
    ];
    let Some(c) = after.chars().next() else {
        return false;
    };
    if COUNTERS.iter().any(|m| after.starts_with(m)) {
        return false;
    }
    if c == 'ノ' {
        return !after['ノ'.len_utf8()..].starts_with(|c: char| c.is_ascii_digit());
    }
    crate::text::is_kanji(c) || crate::text::is_katakana(c) || crate::text::is_hiragana(c)
}

/// Where a numbered division of the town ends, if the text from `start`
/// (with its first digit at `digit`) is one: 第36地割 or 36地割 (Iwate),
/// 西6線 or 6線 or 6号線 or 1区 (Hokkaido), optionally followed by the lot's 番地
/// marker being left for the block.
fn division_end(folded: &str, start: usize, digit: usize) -> Option<usize> {
    let head = folded[start..digit].trim();
    let rest = &folded[digit..];
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let after = &rest[digits..];
    let marker = ["地割", "号線", "線", "区"]
        .into_iter()
        .find(|m| after.starts_with(m))?;
    let head_ok = match marker {
        "地割" => head.is_empty() || head == "第",
        _ => head.is_empty() || ["東", "西", "南", "北"].contains(&head),
    };
    head_ok.then_some(digit + digits + marker.len())
}

fn skip_spaces(bytes: &[u8], i: &mut usize) {
    while bytes.get(*i) == Some(&b' ') {
        *i += 1;
    }
}

/// Splits the text after the block into building, floor and room:
/// `サンプルマンション404号室`, `サンプルマンション #404`, `ABCビル 3F`,
/// `グラントウキョウサウスタワー1階`, `-404`, `404`.
fn split_building(text: &str) -> (Option<String>, Option<Floor>, Option<String>) {
    // A comma or 、 people put before the building (1-34-12, グランドメゾン),
    // and the country some write after the address.
    let rest = without_country(
        text.trim()
            .trim_start_matches(['-', ',', '、'])
            .trim()
            .trim_end_matches([',', '、'])
            .trim_end(),
    );
    let mut room = None;
    let mut floor = None;
    // 三〇五号室, 十二階: room and floor numbers in kanji, as people write
    // them in vertical text, read as the digits they are.
    let with_digits = kanji_room_and_floor_as_digits(rest);
    let mut rest = with_digits.as_str();

    // Room at the end.
    for suffix in ["号室", "号", ""] {
        let Some(body) = rest.strip_suffix(suffix) else {
            continue;
        };
        let digits = body.bytes().rev().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            continue;
        }
        let (head, number) = body.split_at(body.len() - digits);
        let head_trim = head.trim_end();
        let marked = head_trim.ends_with('#') || head_trim.ends_with('-');
        // A bare number only counts as a room after a space, a mark, or a
        // building name (not inside a name such as 第2ビル, which ends in ビル),
        // and glued to a name only with 3 digits or more (オアシス21 is a name,
        // コーポ田中101 has room 101). One letter before 3+ digits after a
        // space is a room too (B1203).
        let bare = suffix.is_empty() && !marked;
        if bare && head.ends_with(|c: char| c.is_ascii_alphabetic()) {
            let letter = &head[head.len() - 1..];
            let before = &head[..head.len() - 1];
            if digits >= 3 && (before.is_empty() || before.ends_with(char::is_whitespace)) {
                room = Some(format!("{letter}{number}"));
                rest = before.trim_end();
                break;
            }
            continue;
        }
        if bare && digits <= 2 && !head.is_empty() && head_trim.len() == head.len() {
            continue;
        }
        room = Some(number.trim_start_matches('0').to_owned())
            .filter(|r| !r.is_empty())
            .or(Some(number.to_owned()));
        rest = head_trim.trim_end_matches(['#', '-']).trim_end();
        break;
    }
    // Floor at the end (after the room was taken off).
    for suffix in ["階", "F", "f"] {
        let Some(body) = rest.strip_suffix(suffix) else {
            continue;
        };
        let digits = body.bytes().rev().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > 3 {
            continue;
        }
        let (head, number) = body.split_at(body.len() - digits);
        let Ok(number) = number.parse() else { break };
        // B1F, 地下2階: below ground.
        // (B only on its own: クイーンズタワーB3F is tower B's 3rd floor.)
        let below = head.strip_suffix("地下").or_else(|| {
            head.strip_suffix(['B', 'b'])
                .filter(|h| h.is_empty() || h.ends_with(' '))
        });
        floor = Some(Floor {
            number,
            basement: below.is_some(),
        });
        rest = below.unwrap_or(head).trim_end();
        break;
    }
    // 地階 alone: some floor below ground.
    if floor.is_none() {
        if let Some(head) = rest.strip_suffix("地階") {
            floor = Some(Floor {
                number: 0,
                basement: true,
            });
            rest = head.trim_end();
        }
    }
    let building = (!rest.is_empty()).then(|| rest.to_owned());
    (building, floor, room)
}

/// `text` with the kanji numerals before a room's `号室` and a floor's `階`
/// at its end written as ASCII digits: `ビル 三階 三〇五号室` → `ビル 3階 305号室`,
/// `地下一階` → `地下1階`. Numerals anywhere else are left alone (第一ビル).
fn kanji_room_and_floor_as_digits(text: &str) -> String {
    let mut out = text.to_owned();
    // The room: 三〇五号室.
    if let Some(body) = out.strip_suffix("号室") {
        if let Some((start, digits)) = crate::text::trailing_kanji_number(body) {
            out.replace_range(start..body.len(), &digits);
        }
    }
    // The floor, at the end or before a room in digits (三階 305, 三階 #305).
    let before_room = {
        let t = out.trim_end();
        let t = t.strip_suffix("号室").or(t.strip_suffix('号')).unwrap_or(t);
        let digits = t.trim_end_matches(|c: char| c.is_ascii_digit());
        match digits.len() < t.len() {
            true => digits.trim_end_matches(['#', '-', ' ']),
            false => t,
        }
    };
    if let Some(body) = before_room.strip_suffix('階') {
        if let Some((start, digits)) = crate::text::trailing_kanji_number(body) {
            out.replace_range(start..body.len(), &digits);
        }
    }
    out
}

/// `text` without a country name at its end, written apart from what
/// precedes it: `サンプルビル 3F 日本`, `…1-1-1, Japan`.
fn without_country(text: &str) -> &str {
    for country in ["日本国", "日本", "Japan", "JAPAN", "japan"] {
        if let Some(head) = text.strip_suffix(country) {
            if head.is_empty() || head.ends_with([' ', ',', '、']) {
                return head.trim_end_matches([' ', ',', '、']);
            }
        }
    }
    text
}

/// A floor as written: its number (0 when only 地階 says it is below
/// ground), and whether it is below ground.
#[derive(Clone, Copy)]
struct Floor {
    number: u16,
    basement: bool,
}

#[cfg(test)]
mod tests {
    use super::split_building;

    /// `parse_tail` skips `split_building` when nothing follows the block:
    /// it would find nothing there either.
    #[test]
    fn nothing_to_split_is_no_building() {
        let (building, floor, room) = split_building("");
        assert!(building.is_none() && floor.is_none() && room.is_none());
        let (building, _, room) = split_building("ビル 305");
        assert_eq!(
            (building.as_deref(), room.as_deref()),
            (Some("ビル"), Some("305"))
        );
    }
}
