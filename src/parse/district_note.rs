//! Whether an address falls inside the part of a town that a Japan Post
//! note describes: lists of block numbers (1-1-8、1-1-12), chome and ban
//! ranges (4丁目1〜2番・10〜27番), 地割 ranges (第9地割〜第11地割), Hokkaido
//! lines (西5〜8線79〜110番地), 大字 / 丁目 / 番地 rows, and names of the
//! town's sub-areas (峠下, 国見23〜298番地).

use std::cmp::Ordering;

/// What the address says about where in its town it is.
#[derive(Debug, Default)]
pub(super) struct Facts<'a> {
    /// 大字 was written before the town.
    pub(super) aza_written: bool,
    /// The sub-area text after the town, 字 left out, folded.
    pub(super) sub_area: Option<&'a str>,
    /// The block numbers, in order.
    pub(super) numbers: &'a [u32],
    /// The first number is marked as a chome (丁目, 丁).
    pub(super) chome_written: bool,
    /// A lot number is marked (番地) and no chome.
    pub(super) banchi_written: bool,
    /// The building as written, folded.
    pub(super) building: Option<&'a str>,
}

/// Whether a note's part of the town holds the address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Verdict {
    Yes,
    No,
    /// The address does not say enough to tell.
    Unknown,
}

impl Verdict {
    /// Either of two: Yes if one is Yes, No if both are No.
    fn or(self, other: Verdict) -> Verdict {
        match (self, other) {
            (Verdict::Yes, _) | (_, Verdict::Yes) => Verdict::Yes,
            (Verdict::No, Verdict::No) => Verdict::No,
            _ => Verdict::Unknown,
        }
    }

    /// Yes for a range that holds the address's number, else No.
    pub(super) fn from_covers(covers: bool) -> Verdict {
        Verdict::from_bool(covers)
    }

    fn from_bool(b: bool) -> Verdict {
        if b {
            Verdict::Yes
        } else {
            Verdict::No
        }
    }
}

impl Facts<'_> {
    /// The address names more than the town: block numbers, a sub-area or
    /// a building.
    pub(super) fn says_more_than_town(&self) -> bool {
        !self.numbers.is_empty() || self.sub_area.is_some() || self.building.is_some()
    }

    /// The address marks its numbers as a lot, not a chome: 大字 written
    /// before the town, or 番地 and no 丁目.
    pub(super) fn lot_marked(&self) -> bool {
        !self.chome_written && (self.aza_written || self.banchi_written)
    }

    /// The first number is a chome (1丁目, or three numbers 3-1-1).
    fn chome_form(&self) -> bool {
        self.chome_written || (self.numbers.len() >= 3 && !self.banchi_written)
    }

    /// The numbers are a lot number (大字豊田1234, 12番地, a single number).
    fn banchi_form(&self) -> bool {
        !self.chome_written && (self.banchi_written || self.aza_written || self.numbers.len() == 1)
    }

    /// A numbered division in the sub-area: (direction, number, marker):
    /// 西6線 → (Some('西'), 6, "線"), 第36地割 → (None, 36, "地割").
    fn division(&self) -> Option<(Option<char>, u32, &'static str)> {
        let text = self.sub_area?.trim_start_matches('第');
        let mut chars = text.chars();
        let direction = chars.next().filter(|c| "東西南北".contains(*c));
        let text = &text[direction.map_or(0, char::len_utf8)..];
        let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let number = text[..digits].parse().ok()?;
        let marker = ["地割", "号線", "線", "区"]
            .into_iter()
            .find(|m| text[digits..].starts_with(m))?;
        Some((
            direction,
            number,
            if marker == "号線" { "線" } else { marker },
        ))
    }
}

/// The verdict of a whole note: its items are alternatives (、).
pub(super) fn note_verdict(note: &str, facts: &Facts) -> Verdict {
    split_items(note)
        .iter()
        .map(|item| item_verdict(item, facts))
        .fold(Verdict::No, Verdict::or)
}

/// The note's items, split at 、 outside brackets.
fn split_items(note: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (i, c) in note.char_indices() {
        match c {
            '「' | '(' | '〔' | '（' => depth += 1,
            '」' | ')' | '〕' | '）' => depth -= 1,
            '、' if depth == 0 => {
                items.push(&note[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    items.push(&note[start..]);
    items
}

fn item_verdict(item: &str, facts: &Facts) -> Verdict {
    // A bracketed remark (「…を除く」, (その他)) narrows the item in ways not
    // read here: it can rule the address out, never in.
    let (body, remark) = match item.find(['「', '(', '〔', '（']) {
        Some(i) => (&item[..i], true),
        None => (item, false),
    };
    let verdict = plain_item_verdict(body.trim(), facts);
    if remark && verdict == Verdict::Yes {
        Verdict::Unknown
    } else {
        verdict
    }
}

fn plain_item_verdict(item: &str, facts: &Facts) -> Verdict {
    match item {
        "大字" | "番地" => {
            return if facts.aza_written || facts.banchi_form() {
                Verdict::Yes
            } else if facts.chome_form() {
                Verdict::No
            } else {
                Verdict::Unknown
            }
        }
        "丁目" => {
            return if facts.chome_form() {
                Verdict::Yes
            } else if facts.aza_written || facts.banchi_form() {
                Verdict::No
            } else {
                Verdict::Unknown
            }
        }
        _ => {}
    }
    if item.contains("地割") || item.contains('線') || is_numbered_ku(item) {
        return division_verdict(item, facts);
    }
    if item.starts_with(|c: char| c.is_ascii_digit()) {
        return numbers_verdict(item, facts.numbers);
    }
    name_verdict(item, facts)
}

/// A Hokkaido numbered 区 of a town: 1区, 北2区 (not a name such as 中央区).
fn is_numbered_ku(item: &str) -> bool {
    item.strip_suffix('区').is_some_and(|head| {
        let head = head.trim_start_matches(['東', '西', '南', '北']);
        !head.is_empty() && head.chars().all(|c| c.is_ascii_digit() || c == '〜')
    })
}

/// 第9地割〜第11地割, 36地割, 西5〜8線79〜110番地, 1〜12線, 1区.
fn division_verdict(item: &str, facts: &Facts) -> Verdict {
    let marker = if item.contains("地割") {
        "地割"
    } else if item.contains('線') {
        "線"
    } else {
        "区"
    };
    let Some((at, lot)) = item.split_once(marker) else {
        return Verdict::Unknown;
    };
    let direction = item.chars().next().filter(|c| "東西南北".contains(*c));
    // The range of divisions: 第9地割〜第11地割 (the second may repeat the
    // town: 7地割〜下前14地割), 5〜8線.
    let lot = lot.trim_start_matches('〜');
    let (range_text, lot) = match lot.find(marker) {
        Some(i) => (format!("{at}〜{}", &lot[..i]), &lot[i + marker.len()..]),
        _ => (at.to_owned(), lot),
    };
    let numbers: Vec<u32> = range_text
        .split('〜')
        .filter_map(|p| {
            p.trim_start_matches(|c: char| !c.is_ascii_digit())
                .parse()
                .ok()
        })
        .collect();
    let (lo, hi) = match numbers[..] {
        [n] => (n, n),
        [lo, hi] => (lo, hi),
        _ => return Verdict::Unknown,
    };
    let Some((their_direction, number, their_marker)) = facts.division() else {
        return Verdict::Unknown;
    };
    if their_marker != marker
        || direction.is_some_and(|d| their_direction.is_some_and(|t| t != d))
        || !(lo..=hi).contains(&number)
    {
        return Verdict::No;
    }
    let lot = lot.trim();
    if lot.is_empty() {
        return Verdict::Yes;
    }
    numbers_verdict(lot, facts.numbers)
}

/// A list of block numbers: 1-1-8, 5363-7〜8, 1〜12, 3丁目, 4丁目1〜2番・10〜27番,
/// 400-2番地, 12番以上. True when the address's numbers fall in one.
fn numbers_verdict(item: &str, numbers: &[u32]) -> Verdict {
    let item = item.trim_end_matches("番地").trim_end_matches('番');
    // 12番以上 / 12番地以上: from 12 on.
    if let Some(from) = item
        .strip_suffix("以上")
        .map(|s| s.trim_end_matches("番地").trim_end_matches('番'))
    {
        let Some(lo) = dash_list(from) else {
            return Verdict::Unknown;
        };
        return in_range(numbers, &lo, None);
    }
    // 4丁目1〜2番・10〜27番: the chome, then alternatives within it.
    if let Some((chome, within)) = item.split_once("丁目") {
        let within = within.trim_end_matches("番地").trim_end_matches('番');
        if within.is_empty() {
            return range_verdict(chome, numbers);
        }
        let Ok(chome) = chome.parse::<u32>() else {
            return Verdict::Unknown;
        };
        let Some((&first, rest)) = numbers.split_first() else {
            return Verdict::Unknown;
        };
        if first != chome {
            return Verdict::No;
        }
        return within
            .split('・')
            .map(|alt| range_verdict(alt.trim_end_matches("番地").trim_end_matches('番'), rest))
            .fold(Verdict::No, Verdict::or);
    }
    item.split('・')
        .map(|alt| range_verdict(alt.trim_end_matches("番地").trim_end_matches('番'), numbers))
        .fold(Verdict::No, Verdict::or)
}

/// One range `lo〜hi` or one value, each a dash list (5363-7〜8: the short
/// end takes the long end's leading numbers).
fn range_verdict(text: &str, numbers: &[u32]) -> Verdict {
    let (lo, hi) = text.split_once('〜').unwrap_or((text, text));
    let (Some(lo), Some(hi)) = (dash_list(lo), dash_list(hi)) else {
        return Verdict::Unknown;
    };
    let hi = if hi.len() < lo.len() {
        let mut full = lo[..lo.len() - hi.len()].to_vec();
        full.extend(&hi);
        full
    } else {
        hi
    };
    in_range(numbers, &lo, Some(&hi))
}

/// 1-1-8 or 3の4 as numbers; None if anything else is in it.
fn dash_list(text: &str) -> Option<Vec<u32>> {
    if text.is_empty() {
        return None;
    }
    text.split(['-', 'の', 'ノ'])
        .map(|n| n.parse().ok())
        .collect()
}

/// Whether `numbers` lies in lo..=hi, read as block prefixes (1-1 is in
/// 1-1〜1-3; 1 alone is Unknown against 1-1-8, which might hold it).
fn in_range(numbers: &[u32], lo: &[u32], hi: Option<&[u32]>) -> Verdict {
    if numbers.is_empty() {
        return Verdict::Unknown;
    }
    let above = prefix_cmp(numbers, lo);
    let below = hi.map_or(Some(Ordering::Less), |hi| prefix_cmp(numbers, hi));
    match (above, below) {
        (Some(Ordering::Less), _) | (_, Some(Ordering::Greater)) => Verdict::No,
        (Some(_), Some(_)) => Verdict::Yes,
        _ => Verdict::Unknown,
    }
}

/// Compares an address's numbers with a bound, over the bound's length:
/// None when the address stops before the bound decides.
fn prefix_cmp(numbers: &[u32], bound: &[u32]) -> Option<Ordering> {
    for (i, b) in bound.iter().enumerate() {
        let n = numbers.get(i)?;
        match n.cmp(b) {
            Ordering::Equal => continue,
            other => return Some(other),
        }
    }
    Some(Ordering::Equal)
}

/// A sub-area name, maybe with lot numbers: 峠下, 国見23〜298番地, 下川原1-2.
fn name_verdict(item: &str, facts: &Facts) -> Verdict {
    let digit = item.find(|c: char| c.is_ascii_digit());
    let (name, lots) = item.split_at(digit.unwrap_or(item.len()));
    let name = name.trim_end_matches('第');
    if name.is_empty() || name.ends_with("その他") {
        return Verdict::Unknown;
    }
    let name = crate::text::fold_key(name);
    let name_verdict = match (facts.sub_area, facts.building) {
        (Some(sub), _) => Verdict::from_bool(sub.starts_with(name.as_ref())),
        (None, Some(building)) if building.starts_with(name.as_ref()) => Verdict::Yes,
        _ => Verdict::Unknown,
    };
    if lots.is_empty() || name_verdict != Verdict::Yes {
        return name_verdict;
    }
    numbers_verdict(lots, facts.numbers)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(numbers: &[u32]) -> Facts<'_> {
        Facts {
            numbers,
            ..Facts::default()
        }
    }

    #[test]
    fn block_lists() {
        let note = "1-1-8、1-1-12、1-1-13、1-1-14、1-3-4、1-3-7";
        assert_eq!(note_verdict(note, &facts(&[1, 1, 8])), Verdict::Yes);
        assert_eq!(note_verdict(note, &facts(&[1, 3, 7, 2])), Verdict::Yes);
        assert_eq!(note_verdict(note, &facts(&[1, 1, 4])), Verdict::No);
        assert_eq!(note_verdict(note, &facts(&[2, 1])), Verdict::No);
        // 1-1 might be 1-1-8.
        assert_eq!(note_verdict(note, &facts(&[1, 1])), Verdict::Unknown);
        assert_eq!(note_verdict(note, &facts(&[])), Verdict::Unknown);
    }

    #[test]
    fn chome_and_ban_ranges() {
        let a = "3丁目、4丁目3〜9番";
        let b = "4丁目1〜2番・10〜27番、5丁目";
        for (numbers, in_a, in_b) in [
            (&[3, 1, 1][..], Verdict::Yes, Verdict::No),
            (&[4, 5, 1], Verdict::Yes, Verdict::No),
            (&[4, 2, 1], Verdict::No, Verdict::Yes),
            (&[4, 12], Verdict::No, Verdict::Yes),
            (&[5, 5, 1], Verdict::No, Verdict::Yes),
            (&[4], Verdict::Unknown, Verdict::Unknown),
        ] {
            assert_eq!(note_verdict(a, &facts(numbers)), in_a, "{numbers:?}");
            assert_eq!(note_verdict(b, &facts(numbers)), in_b, "{numbers:?}");
        }
        let note = "1丁目1番、5丁目1番";
        assert_eq!(note_verdict(note, &facts(&[1, 1, 5])), Verdict::Yes);
        assert_eq!(note_verdict(note, &facts(&[1, 2, 5])), Verdict::No);
    }

    #[test]
    fn lot_lists_and_ranges() {
        let note = "782-13、5363-7〜8、5382-3番地";
        assert_eq!(note_verdict(note, &facts(&[5363, 8])), Verdict::Yes);
        assert_eq!(note_verdict(note, &facts(&[5363, 9])), Verdict::No);
        assert_eq!(note_verdict(note, &facts(&[5363])), Verdict::Unknown);
        assert_eq!(note_verdict("12番以上", &facts(&[40])), Verdict::Yes);
        assert_eq!(note_verdict("12番以上", &facts(&[3])), Verdict::No);
    }

    #[test]
    fn chiwari_and_lines() {
        let sub = |s| Facts {
            sub_area: Some(s),
            numbers: &[90],
            ..Facts::default()
        };
        assert_eq!(
            note_verdict("第9地割〜第11地割", &sub("第10地割")),
            Verdict::Yes
        );
        assert_eq!(
            note_verdict("第9地割〜第11地割", &sub("第2地割")),
            Verdict::No
        );
        assert_eq!(
            note_verdict("7地割〜下前14地割", &sub("12地割")),
            Verdict::Yes
        );
        assert_eq!(
            note_verdict("第9地割〜第11地割", &facts(&[10])),
            Verdict::Unknown
        );
        let line = "西5〜8線79〜110番地";
        assert_eq!(note_verdict(line, &sub("西6線")), Verdict::Yes);
        assert_eq!(note_verdict(line, &sub("東6線")), Verdict::No);
        assert_eq!(note_verdict(line, &sub("西9線")), Verdict::No);
        assert_eq!(note_verdict("10区", &sub("10区")), Verdict::Yes);
        assert_eq!(note_verdict("10区", &sub("1区")), Verdict::No);
        assert_eq!(note_verdict("中央区", &sub("1区")), Verdict::No);
        // A remark narrows the item: never a sure Yes.
        assert_eq!(
            note_verdict(
                "第40地割「57番地125、176を除く」〜第45地割",
                &sub("第40地割")
            ),
            Verdict::Unknown
        );
    }

    #[test]
    fn oaza_and_chome_rows() {
        let oaza = Facts {
            aza_written: true,
            numbers: &[1234],
            ..Facts::default()
        };
        assert_eq!(note_verdict("大字", &oaza), Verdict::Yes);
        assert_eq!(note_verdict("丁目", &oaza), Verdict::No);
        let chome = facts(&[3, 1, 1]);
        assert_eq!(note_verdict("大字", &chome), Verdict::No);
        assert_eq!(note_verdict("丁目", &chome), Verdict::Yes);
        assert_eq!(note_verdict("丁目", &facts(&[])), Verdict::Unknown);
    }

    #[test]
    fn sub_area_names() {
        let at = |s| Facts {
            sub_area: Some(s),
            numbers: &[30],
            ..Facts::default()
        };
        assert_eq!(note_verdict("峠下", &at("峠下")), Verdict::Yes);
        assert_eq!(note_verdict("峠下", &at("幌糠")), Verdict::No);
        assert_eq!(note_verdict("峠下", &facts(&[1])), Verdict::Unknown);
        assert_eq!(note_verdict("国見23〜298番地", &at("国見")), Verdict::Yes);
        assert_eq!(note_verdict("国見23〜298番地", &at("国見2")), Verdict::Yes);
        assert_eq!(
            note_verdict("上勇知、下勇知、夕来", &at("下勇知")),
            Verdict::Yes
        );
    }
}
