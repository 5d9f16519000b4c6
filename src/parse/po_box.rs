//! Post-office boxes (私書箱): `新宿郵便局私書箱第12号` at the end of an
//! address, the post office's name, and what Japan Post's office list
//! (JIGYOSYO) says about the box: its own postal code and municipality.

use std::sync::OnceLock;

use crate::gazetteer::{self, FastMap, Gazetteer, MunicipalityId, Office, OfficeKind};
use crate::postal::PostalCode;

/// A post-office box: the post office, and the box's number.
///
/// ```
/// let parts = jusho::parse("東京都千代田区丸の内2-7-2 東京中央郵便局私書箱第5号")?;
/// let po_box = parts.po_box.unwrap();
/// assert_eq!(po_box.office, "東京中央");
/// assert_eq!(po_box.number, 5);
/// # Ok::<(), jusho::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct PoBox {
    /// The post office's name without 郵便局: `新宿`, `東京中央`.
    pub office: String,
    /// The box number.
    pub number: u32,
}

const OFFICE: &str = "郵便局";
const BOX: &str = "私書箱";

/// A PO box found at the end of `text`: the box, and the byte offset where
/// its phrase (the post office's name) starts. `text` is cleaned (ASCII
/// digits, no full-width forms).
pub(super) fn split_po_box(text: &str) -> Option<(PoBox, usize)> {
    // The phrase ends the text with the number or 号: most text can be
    // ruled out without a search.
    if !text
        .trim_end()
        .ends_with(|c: char| c == '号' || c.is_ascii_digit())
    {
        return None;
    }
    // 私書箱第12345号 is near the end: look no further back than that.
    let mut from = text.len().saturating_sub(48);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    // (A char search: a string search costs hundreds of instructions to set up.)
    let box_at = from + text[from..].rfind('箱')?;
    let at = box_at.checked_sub(BOX.len() - '箱'.len_utf8())?;
    if !text.get(at..)?.starts_with(BOX) {
        return None;
    }
    let after = text[at + BOX.len()..].trim_start();
    let after = after.strip_prefix('第').unwrap_or(after).trim_start();
    let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let number = after[..digits].parse().ok()?;
    let rest = after[digits..].trim_start();
    let rest = rest.strip_prefix("号").unwrap_or(rest);
    if !rest.trim().is_empty() {
        return None;
    }
    let before = text[..at].trim_end();
    let before = before.strip_suffix(OFFICE)?;
    let start = office_start(before);
    let office = before[start..].trim().to_owned();
    if office.is_empty() {
        return None;
    }
    Some((PoBox { office, number }, start))
}

/// Where the post office's name starts in `before` (the text before 郵便局):
/// the longest ending that is a post office Japan Post lists boxes at, else
/// the text after the last space.
fn office_start(before: &str) -> usize {
    let known = known_offices();
    let by_name = before
        .char_indices()
        .map(|(i, _)| i)
        .find(|&i| known.binary_search(&&before[i..]).is_ok());
    by_name.unwrap_or_else(|| before.rfind(' ').map_or(0, |i| i + 1))
}

/// The post offices with boxes in JIGYOSYO (札幌白石 from
/// `…(札幌白石郵便局私書箱第20号)`), sorted.
fn known_offices() -> &'static [&'static str] {
    static OFFICES: OnceLock<Vec<&'static str>> = OnceLock::new();
    OFFICES.get_or_init(|| {
        let gz = gazetteer::get();
        let mut names: Vec<&'static str> = boxes_by_office(gz).keys().copied().collect();
        names.sort_unstable();
        names
    })
}

/// JIGYOSYO's PO box entries by post office, in the list's order: a box is
/// looked up among its office's entries, not the whole list.
fn boxes_by_office(gz: &'static Gazetteer) -> &'static FastMap<&'static str, Vec<Office>> {
    static BOXES: OnceLock<FastMap<&'static str, Vec<Office>>> = OnceLock::new();
    BOXES.get_or_init(|| {
        let mut boxes: FastMap<&'static str, Vec<Office>> = FastMap::default();
        for o in gz.offices() {
            // The kind first: an office's street is then never read.
            if o.kind != OfficeKind::PoBox {
                continue;
            }
            if let Some(office) = office_of_street(o.street()) {
                boxes.entry(office).or_default().push(o);
            }
        }
        boxes
    })
}

/// The post office named in a JIGYOSYO street field, and the box number:
/// `16丁目南1番1号(札幌白石郵便局私書箱第20号)` → 札幌白石.
fn office_of_street(street: &'static str) -> Option<&'static str> {
    let open = street.rfind('(')?;
    let inside = &street[open + 1..];
    let end = inside.find(OFFICE)?;
    inside[end..]
        .starts_with("郵便局私書箱")
        .then(|| &inside[..end])
}

/// What JIGYOSYO says about a box: its postal code, when one entry has
/// this office and number, and the municipality its boxes are in.
pub(super) fn look_up(
    gz: &'static Gazetteer,
    po_box: &PoBox,
) -> (Option<PostalCode>, Option<MunicipalityId>) {
    let wanted = format!("{}郵便局私書箱第{}号", po_box.office, po_box.number);
    let mut code = None;
    let mut municipalities: Vec<MunicipalityId> = Vec::new();
    let boxes = boxes_by_office(gz).get(po_box.office.as_str());
    for o in boxes.into_iter().flatten() {
        if o.street().contains(&wanted) {
            code = Some(o.code);
        }
        municipalities.push(o.municipality);
    }
    // The municipality most of the office's boxes are in.
    municipalities.sort_unstable();
    let municipality = municipalities
        .chunk_by(|a, b| a == b)
        .max_by_key(|run| run.len())
        .and_then(|run| run.first().copied());
    (code, municipality)
}

/// The longest post office name read word by word (JIGYOSYO's longest is
/// 10 chars, 奈良県中央卸売市場内; a test checks). Each word is the longest
/// start of the rest a reader knows, so the search costs the cube of the
/// name's length: a longer "office" (1 KiB of text before 郵便局) is no
/// post office's name and is read as text, as a building's name is.
const MAX_OFFICE_CHARS: usize = 16;

/// The reading of a municipality's or prefecture's name without its
/// suffix, as post offices are named (札幌 from 札幌市 サッポロシ, 白石 from
/// 白石区 シロイシク, 東京 from 東京都 トウキョウト).
fn municipality_reading(name: &str) -> Option<String> {
    let gz = gazetteer::get();
    let prefecture = [("都", "ト"), ("府", "フ"), ("県", "ケン")]
        .iter()
        .find_map(|(suffix, kana)| {
            let p = gz.find_prefecture(&format!("{name}{suffix}"))?;
            p.name.kana.strip_suffix(kana).map(str::to_owned)
        });
    if prefecture.is_some() {
        return prefecture;
    }
    [
        ("市", "シ"),
        ("区", "ク"),
        ("町", "マチ"),
        ("町", "チョウ"),
        ("村", "ムラ"),
        ("村", "ソン"),
    ]
    .iter()
    .find_map(|(suffix, kana)| {
        let full = format!("{name}{suffix}");
        gz.find_municipalities(&full).iter().find_map(|m| {
            let muni = gz.municipality(m.municipality);
            [muni.county, Some(muni.city), muni.ward]
                .into_iter()
                .flatten()
                .find(|p| p.kanji == full)
                .and_then(|p| p.kana.strip_suffix(kana).map(str::to_owned))
        })
    })
}

impl PoBox {
    /// `P.O. Box 12, Shinjuku Post Office`: the office's name read word by
    /// word with `read` (the longest known place name first, then the kanji
    /// reader), 中央 as Central.
    pub(crate) fn to_english(
        &self,
        style: &crate::Style,
        read: &dyn Fn(&str) -> Option<String>,
    ) -> String {
        let (name, central) = match self.office.strip_suffix("中央") {
            Some(head) if !head.is_empty() => (head, true),
            _ => (self.office.as_str(), false),
        };
        let mut words: Vec<String> = Vec::new();
        let mut rest = name;
        if name.chars().count() > MAX_OFFICE_CHARS {
            let text = crate::romaji::romanize_mixed(name, &style.get_spelling(), read).text;
            words.push(crate::romaji::apply_case(&text, style.get_case()));
            rest = "";
        }
        while !rest.is_empty() {
            // The longest start of the rest that the gazetteer reads.
            let ends: Vec<usize> = rest
                .char_indices()
                .map(|(i, c)| i + c.len_utf8())
                .skip(1)
                .collect();
            let reading = |piece: &str| read(piece).or_else(|| municipality_reading(piece));
            let known = ends
                .iter()
                .rev()
                .find(|&&end| reading(&rest[..end]).is_some());
            let end = known.copied().unwrap_or(rest.len());
            let piece = &rest[..end];
            let word = match municipality_reading(piece).filter(|_| read(piece).is_none()) {
                Some(kana) => crate::romaji::romanize_kana(&kana, &style.get_spelling()),
                None => crate::romaji::romanize_mixed(piece, &style.get_spelling(), read).text,
            };
            words.push(crate::romaji::apply_case(&word, style.get_case()));
            rest = &rest[end..];
        }
        if central {
            words.push("Central".to_owned());
        }
        words.retain(|w| !w.is_empty());
        let text = format!("P.O. Box {}, {} Post Office", self.number, words.join(" "));
        match style.get_case() {
            crate::romaji::Case::Upper => text.to_uppercase(),
            _ => text,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boxes_at_the_end() {
        let (b, start) = split_po_box("東京都新宿区西新宿1-8-8 新宿郵便局私書箱12号").unwrap();
        assert_eq!((b.office.as_str(), b.number), ("新宿", 12));
        assert_eq!(start, "東京都新宿区西新宿1-8-8 ".len());
        // Without a space, the office is the longest known name.
        let text = "北海道札幌市白石区札幌白石郵便局私書箱第20号";
        let (b, start) = split_po_box(text).unwrap();
        assert_eq!((b.office.as_str(), b.number), ("札幌白石", 20));
        assert_eq!(&text[start..], "札幌白石郵便局私書箱第20号");
        assert!(split_po_box("東京都新宿区西新宿1-8-8").is_none());
        assert!(split_po_box("私書箱12号").is_none());
        assert!(split_po_box("新宿郵便局私書箱12号 サンプルビル").is_none());
    }

    /// Every post office JIGYOSYO lists boxes at is read word by word.
    #[test]
    fn offices_fit_the_word_by_word_bound() {
        let longest = known_offices().iter().map(|o| o.chars().count()).max();
        assert!(
            longest.is_some_and(|n| n <= MAX_OFFICE_CHARS),
            "{longest:?}"
        );
    }

    /// An office named by 1 KiB of place names (found by the fuzzer: 375
    /// million instructions, the name read word by word with every start
    /// of the rest looked up) is read as text.
    #[test]
    fn long_office_names() {
        let office = "高梁市松原".repeat(60);
        let text = format!("東京都中央区 {office}頚郵便局私書箱1号");
        let (b, _) = split_po_box(&text).unwrap();
        assert_eq!(b.office, format!("{office}頚"));
        let english = b.to_english(&crate::Style::DEFAULT, &|_| None);
        assert!(english.starts_with("P.O. Box 1, "), "{english}");
        assert!(english.ends_with(" Post Office"), "{english}");
        // A name as long as a post office's is still read word by word.
        let b = PoBox {
            office: "札幌白石".into(),
            number: 20,
        };
        let read = |kanji: &str| (kanji == "白石").then(|| "シロイシ".to_owned());
        let english = b.to_english(&crate::Style::DEFAULT, &read);
        assert_eq!(english, "P.O. Box 20, Sapporo Shiroishi Post Office");
    }

    #[test]
    fn the_office_list_gives_code_and_place() {
        let gz = gazetteer::get();
        let b = PoBox {
            office: "札幌白石".into(),
            number: 20,
        };
        let (code, muni) = look_up(gz, &b);
        assert_eq!(code.unwrap().to_string(), "003-8701");
        assert_eq!(gz.municipality(muni.unwrap()).full_name(), "札幌市白石区");
        assert!(known_offices().len() > 100);
    }
}
