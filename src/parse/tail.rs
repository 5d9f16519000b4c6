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

    // Sub-area: text before the first digit, unless it is a building.
    let first_digit = folded[i..]
        .find(|c: char| c.is_ascii_digit())
        .map(|d| i + d);
    if let Some(d) = first_digit {
        let head = folded[i..d].trim_end();
        let head = head.strip_prefix('第').unwrap_or(head);
        if !head.is_empty() && !head.ends_with('#') {
            tail.sub_area = Some(original(i..i + folded[i..d].trim_end().len()));
            i = d;
        }
    }

    let (block, room, end) = parse_block(folded, i);
    tail.block = block;
    tail.room = room;
    i = end;

    let rest = original(i..folded.len());
    let (building, floor, room) = split_building(&rest);
    tail.building = building;
    tail.floor = floor;
    if tail.room.is_none() {
        tail.room = room;
    }
    tail
}

fn skip_spaces(bytes: &[u8], i: &mut usize) {
    while bytes.get(*i) == Some(&b' ') {
        *i += 1;
    }
}

/// Splits the text after the block into building, floor and room:
/// `サンプルマンション404号室`, `サンプルマンション #404`, `ABCビル 3F`,
/// `グラントウキョウサウスタワー1階`, `-404`, `404`.
fn split_building(text: &str) -> (Option<String>, Option<u16>, Option<String>) {
    let mut rest = text.trim().trim_start_matches('-').trim();
    let mut room = None;
    let mut floor = None;

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
        // building name (not inside a name such as 第2ビル, which ends in ビル).
        if suffix.is_empty() && !marked && head.ends_with(|c: char| c.is_ascii_alphabetic()) {
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
        floor = number.parse().ok();
        rest = head.trim_end();
        break;
    }
    let building = (!rest.is_empty()).then(|| rest.to_owned());
    (building, floor, room)
}
