//! The forgiving second pass: when the exact pass finds no municipality, no
//! town, or a town followed by more name-like text, read the names as people
//! misspell them, within what is already certain (the prefecture, the
//! municipality, the districts of a given postal code):
//!
//! * one character substituted: in a municipality's name any one (塩釜市
//!   for 塩竈市); in a town's name only a look-alike the fold keeps apart
//!   (舟/船), as towns of one municipality differ by one character all the
//!   time (上屋敷町, 下屋敷町) — the fold already reads variants (中氷飽 is
//!   中氷鉋);
//! * a 町, 村, 大字 or 字 inside the name left out (木之本西山 for 木之本町西山,
//!   町野桶戸 for 町野町桶戸, 西小松川 for 西小松川町);
//! * a leading part left out (三栄町 for 四谷三栄町).
//!
//! Only a unique reading is taken, reported with [`Warning::ReadAs`]; two
//! readings that explain the same text are an ambiguity error.

use std::sync::OnceLock;

use super::compact::Compact;
use super::found::FoundPlace;
use super::place::{self, Reading};
use super::postal_code::CodePlaces;
use crate::error::{quote, Error, ErrorKind};
use crate::gazetteer::{Gazetteer, MunicipalityId, PrefectureId, Qualifier, TownId};
use crate::text::{fold_key, is_hiragana, is_kanji, is_katakana, loose_partners, loosely_alike};
use crate::warning::Warning;

/// Characters that end a place name's kind (市, 町, ...): never the one
/// substituted, so 本町 is not read as 本村.
const KIND_CHARS: &[char] = &['都', '道', '府', '県', '郡', '市', '区', '町', '村', '丁'];

/// Segments people leave out of a name.
const DROPPABLE: &[&[char]] = &[&['大', '字'], &['字'], &['町'], &['村']];

/// Shortest municipality name (in chars) read with a substituted character, shortest
/// remainder read when a leading part is left out, and shortest part left
/// out: shorter names are too easily one another (浜小清水 is not 小清水).
const MIN_SUBSTITUTED: usize = 3;
const MIN_REMAINDER: usize = 3;
const MIN_LEADING_PART: usize = 2;

/// How far into the text names are compared, in chars.
const WINDOW: usize = 32;

/// Whether `c` can continue a place name (kanji or kana).
fn is_name_char(c: char) -> bool {
    is_kanji(c) || is_katakana(c) || is_hiragana(c) || c == '々' || c == 'ー'
}

/// Whether a name may end before `rest`: at the end, before a number or
/// anything else that is not part of a name, or before 字 / 大字.
fn ends_a_name(rest: &[char]) -> bool {
    match rest.first() {
        None => true,
        Some(&c) => !is_name_char(c) || c == '字' || rest.starts_with(&['大', '字']),
    }
}

/// How a name was misspelled, worst first: a wrong character is a bigger
/// guess than a part left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Edit {
    Substituted,
    LeadingPartDropped,
    SegmentDropped,
}

/// The most chars of `text` that `name` (folded) explains when misspelled
/// once (substituted, a segment dropped, or a leading part dropped), and
/// how. `None` when it does not, or when the text spells it exactly (the
/// exact pass's).
fn near_match(name: &[char], text: &[char], whole_name: bool) -> Option<(usize, Edit)> {
    if name.is_empty() || text.starts_with(name) {
        return None;
    }
    let mut best: Option<(usize, Edit)> = None;
    let mut take = |len: usize, edit: Edit| {
        if !whole_name || ends_a_name(&text[len..]) {
            best = best.max(Some((len, edit)));
        }
    };
    if one_substituted(name, text, whole_name) {
        take(name.len(), Edit::Substituted);
    }
    // A segment left out: 木之本(町)西山, 西小松川(町).
    for seg in DROPPABLE {
        for at in 1..name.len() {
            let (head, tail) = name.split_at(at);
            let Some(after) = tail.strip_prefix(*seg) else {
                continue;
            };
            let len = head.len() + after.len();
            if len >= 2
                && text.starts_with(head)
                && text.get(at..).is_some_and(|t| t.starts_with(after))
            {
                take(len, Edit::SegmentDropped);
            }
        }
    }
    // A leading part left out: (四谷)三栄町.
    if whole_name {
        for at in MIN_LEADING_PART..name.len() {
            let rest = &name[at..];
            if rest.len() >= MIN_REMAINDER && text.starts_with(rest) {
                take(rest.len(), Edit::LeadingPartDropped);
                break;
            }
        }
    }
    best
}

/// Whether `text` starts with `name` with one character substituted. Towns
/// (`whole_name`): a hand-listed look-alike, in any name of two chars or
/// more; municipalities: any name char but the kind, in names of
/// [`MIN_SUBSTITUTED`] chars or more.
fn one_substituted(name: &[char], text: &[char], whole_name: bool) -> bool {
    let min = if whole_name { 2 } else { MIN_SUBSTITUTED };
    if name.len() < min || text.len() < name.len() {
        return false;
    }
    let mut differ = name.iter().zip(text).filter(|(a, b)| a != b);
    let (Some((a, b)), None) = (differ.next(), differ.next()) else {
        return false;
    };
    let plain = |c: &char| !c.is_ascii() && !KIND_CHARS.contains(c) && is_name_char(*c);
    plain(a) && plain(b) && (!whole_name || loosely_alike(*a, *b))
}

/// The chars of the compact text from a compact offset, at most
/// [`WINDOW`] of them, with the compact byte offset where each ends: kept on
/// the stack (the forgiving pass reads one window per call).
struct Window {
    chars: [char; WINDOW],
    /// `ends[0]` is the window's start; `ends[i]` the end of `chars[i - 1]`.
    ends: [usize; WINDOW + 1],
    len: usize,
}

impl Window {
    /// The window of `compact` from compact byte offset `at`.
    fn of(compact: &Compact, at: usize) -> Window {
        let mut window = Window {
            chars: ['\0'; WINDOW],
            ends: [at; WINDOW + 1],
            len: 0,
        };
        for (i, c) in compact.from(at).char_indices().take(WINDOW) {
            window.chars[window.len] = c;
            window.len += 1;
            window.ends[window.len] = at + i + c.len_utf8();
        }
        window
    }

    /// The chars.
    fn text(&self) -> &[char] {
        &self.chars[..self.len]
    }

    /// The compact offset after the first `len` chars.
    fn end(&self, len: usize) -> usize {
        self.ends[len]
    }
}

/// The ambiguity error for several readings.
fn ambiguous(text: &str, names: Vec<String>) -> Error {
    Error::new(
        ErrorKind::AmbiguousLocality,
        format!(
            "ambiguous place in {}: could be {}; add the prefecture or the postal code",
            quote(text),
            names.join(", ")
        ),
    )
}

/// The one best reading, preferring those the postal code names: `Ok(None)`
/// when there is none, an error when the best ones tie.
fn unique<T: Copy + Ord>(
    mut found: Vec<((usize, Edit), T)>,
    in_code: impl Fn(T) -> bool,
    name: impl Fn(T) -> String,
    text: &str,
) -> Result<Option<(usize, T)>, Error> {
    if found.iter().any(|&(_, t)| in_code(t)) {
        found.retain(|&(_, t)| in_code(t));
    }
    let Some(best) = found.iter().map(|&(rank, _)| rank).max() else {
        return Ok(None);
    };
    found.retain(|&(rank, _)| rank == best);
    found.sort_by_key(|&(_, t)| t);
    found.dedup_by(|a, b| a.1 == b.1);
    match found.as_slice() {
        [((end, _), one)] => Ok(Some((*end, *one))),
        _ => Err(ambiguous(
            text,
            found.iter().map(|&(_, t)| name(t)).collect(),
        )),
    }
}

/// A town of `municipality` that the text from compact offset `at` spells
/// once wrong, explaining more than `beyond` bytes: the town and the compact
/// offset where its name ends. With `extending`, only the towns whose
/// folded name extends that town's (found exactly, and followed by a kanji
/// numeral).
pub(super) fn near_town(
    gz: &'static Gazetteer,
    compact: &Compact,
    code: Option<&CodePlaces>,
    municipality: MunicipalityId,
    at: usize,
    beyond: usize,
    extending: Option<TownId>,
) -> Result<Option<(TownId, usize)>, Error> {
    let window = Window::of(compact, at);
    let text = window.text();
    let Some(&first) = text.first() else {
        return Ok(None);
    };
    let mut found = Vec::new();
    let mut name: Vec<char> = Vec::with_capacity(WINDOW);
    let mut consider = |key: &str, town: TownId| {
        // Every reading keeps the text's first char in the name (a
        // substituted first char is a look-alike of the name's).
        let mut chars = key.chars();
        let starts_alike = chars
            .next()
            .is_some_and(|c| c == first || loosely_alike(c, first));
        if !starts_alike && !chars.any(|c| c == first) {
            return;
        }
        // A reading explains at most as many chars as the name has (a
        // substitution all of them, the other edits fewer) and no more than
        // the window: a name too short to explain more than `beyond` is
        // not compared.
        if window.end(key.chars().count().min(text.len())) <= beyond {
            return;
        }
        name.clear();
        name.extend(key.chars());
        if let Some((len, edit)) = near_match(&name, text, true) {
            if window.end(len) > beyond {
                found.push(((window.end(len), edit), town));
            }
        }
    };
    // A substituted character or a dropped segment keeps the first char (or
    // a look-alike of it): the towns whose names start so; after a kanji
    // numeral, only those that extend the town found. Both are a range of
    // the sorted index.
    let heads: Vec<char> = std::iter::once(first)
        .chain(loose_partners(first))
        .collect();
    match extending {
        Some(shorter) => {
            let key = fold_key(gz.town_kanji(shorter));
            for (longer, town) in gz.towns_extending(municipality, &key) {
                consider(longer, town);
            }
        }
        None => {
            for &head in &heads {
                let mut buf = [0u8; 4];
                for (key, town) in gz.towns_extending(municipality, head.encode_utf8(&mut buf)) {
                    consider(key, town);
                }
            }
        }
    }
    if extending.is_none() {
        // A dropped leading part: the towns whose names end with the
        // text up to a place where a name can end.
        //
        // Only the tails that end past `beyond` are looked for: such a town
        // (its name does not start with `first` or a look-alike, which are
        // symmetric) can only be read with its leading part dropped — a
        // substitution or a dropped segment keeps the first char or a
        // look-alike of it — and that reading explains exactly the longest
        // of its name's tails that starts the text, which is one of these
        // tails when it ends a name; it must end past `beyond` to be taken.
        let written = compact.from(at);
        let tails: Vec<&str> = (MIN_REMAINDER..=text.len())
            .filter(|&len| window.end(len) > beyond && ends_a_name(&text[len..]))
            .map(|len| written.get(..window.end(len) - at).unwrap_or_default())
            .collect();
        // No tail, no scan over the municipality's towns.
        for (key, town) in gz.towns_ending_with(municipality, &tails) {
            if !key.starts_with(&heads[..]) {
                consider(key, town);
            }
        }
    }
    let in_code = |t: TownId| code.is_some_and(|c| c.known && c.towns.contains(&t));
    let name = |t: TownId| {
        let m = gz.municipality(municipality);
        format!(
            "{}{}{}",
            gz.prefecture(m.prefecture).name.kanji,
            m.full_name(),
            gz.town_kanji(t)
        )
    };
    Ok(unique(found, in_code, name, compact.from(0))?.map(|(end, t)| (t, end)))
}

/// Every municipality's folded names, as chars: in full (虻田郡倶知安町,
/// 札幌市中央区) and without the county. Built once: the second pass
/// compares every one with the text, and folding them each time costs more
/// than comparing.
type FoldedNames = (MunicipalityId, PrefectureId, [Box<[char]>; 2]);

fn folded_municipality_names(gz: &'static Gazetteer) -> &'static [FoldedNames] {
    static NAMES: OnceLock<Vec<FoldedNames>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let chars = |name: &str| -> Box<[char]> { fold_key(name).chars().collect() };
        gz.municipalities()
            .iter()
            .map(|m| {
                let short = format!(
                    "{}{}",
                    m.city.kanji,
                    m.ward.as_ref().map_or("", |w| w.kanji)
                );
                (m.id, m.prefecture, [chars(&m.full_name()), chars(&short)])
            })
            .collect()
    })
}

/// A municipality that the text spells with one character wrong (塩釜市 for
/// 塩竈市), after the prefecture when one is named: the whole reading of
/// the place names from there, with a warning saying what was read.
pub(super) fn near_municipality(
    gz: &'static Gazetteer,
    written: &str,
    compact: &Compact,
    code: Option<&CodePlaces>,
    typed: impl Fn(usize, usize) -> String,
) -> Result<Option<Reading>, Error> {
    for (pref_len, pref) in place::prefecture_options(gz, compact) {
        let window = Window::of(compact, pref_len);
        let text = window.text();
        let mut found = Vec::new();
        for (id, prefecture, names) in folded_municipality_names(gz) {
            if pref.is_some_and(|p| p != *prefecture) {
                continue;
            }
            // Substituted only: a municipality's kind (市, 町) is kept.
            // (What near_match would say: a substitution explains the whole
            // name, more than any other edit.)
            for name in names.iter() {
                if one_substituted(name, text, false) {
                    found.push(((window.end(name.len()), Edit::Substituted), *id));
                }
            }
        }
        let in_code =
            |id: MunicipalityId| code.is_some_and(|c| c.known && c.municipalities.contains(&id));
        let name = |id: MunicipalityId| {
            let m = gz.municipality(id);
            format!(
                "{}{}",
                gz.prefecture(m.prefecture).name.kanji,
                m.full_name()
            )
        };
        if let Some((end, id)) = unique(found, in_code, name, compact.from(0))? {
            let mut reading = place::best_in(gz, written, compact, code, id, end);
            reading.place.warnings.push(Warning::ReadAs {
                typed: typed(pref_len, end),
                read: gz.municipality(id).full_name(),
            });
            return Ok(Some(reading));
        }
    }
    Ok(None)
}

/// Whether the text after the place names continues like a name (kanji or
/// kana, not a 字 name): the exact pass may have stopped short. After a 字
/// the exact pass skipped (寺内字イサノ: the town 寺内, then the 字 name
/// イサノ) it does not.
pub(super) fn name_continues(compact: &Compact, consumed: usize) -> bool {
    let rest = compact.from(consumed);
    let continues = rest
        .chars()
        .next()
        .is_some_and(|c| is_name_char(c) && c != '字' && !rest.starts_with("大字"));
    continues && !compact.text.get(..consumed).unwrap_or("").ends_with('字')
}

/// When no town was found, or the town is followed by more name-like text
/// (kanji, kana, or kanji numerals as written: 楯岡五日 may be 楯岡五日町,
/// where 楯岡5日 may not), reads a town spelled once wrong that explains more
/// of the text. `typed` cuts the original text for a compact range, for the
/// warning; `written_at` is the original char at a compact offset.
pub(super) fn improve_town(
    gz: &'static Gazetteer,
    compact: &Compact,
    code: Option<&CodePlaces>,
    reading: &mut Reading,
    typed: impl Fn(usize, usize) -> String,
    written_at: impl Fn(usize) -> Option<char>,
) -> Result<(), Error> {
    let town_start = reading.town_start;
    let place = &mut reading.place;
    if let Some(town) = place.town {
        // The town's folded name is the text it matched, unless a 字 was
        // skipped on the way. (Only looked at when the text after the town
        // may continue a name: most addresses go on with a number.)
        let key = || {
            let matched = compact.text.get(town_start..place.consumed).unwrap_or("");
            if crate::text::contains_char(matched, '字') {
                fold_key(gz.town_kanji(town))
            } else {
                std::borrow::Cow::Borrowed(matched)
            }
        };
        let rest = compact.from(place.consumed);
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            // Only a number written in kanji (folded to digits) may continue
            // a name, and only a longer town's.
            if !written_at(place.consumed).is_some_and(is_kanji)
                || gz
                    .towns_extending(place.municipality, &key())
                    .next()
                    .is_none()
            {
                return Ok(());
            }
        } else if !name_continues(compact, place.consumed) || key().ends_with('字') {
            return Ok(());
        }
    }
    if place.town.is_none() && place.consumed == compact.text.len() {
        return Ok(());
    }
    let Some((town, end)) = near_town(
        gz,
        compact,
        code,
        place.municipality,
        town_start,
        place.consumed,
        // After a kanji numeral (楯岡五日), only a longer town can be meant,
        // and looking at those alone keeps 築地一丁目 fast.
        place
            .town
            .filter(|_| !name_continues(compact, place.consumed)),
    )?
    else {
        return Ok(());
    };
    place.warnings.push(Warning::ReadAs {
        typed: typed(town_start, end),
        read: gz.town_kanji(town).to_owned(),
    });
    place.town = Some(town);
    place.consumed = end;
    Ok(())
}

/// When the town found is followed by name-like text that a longer town of
/// the municipality could begin with (稲里町 then 中氷..., where 稲里町中氷鉋
/// is a town), the text left unread: the town may be the wrong one.
pub(super) fn unread_after_town(
    gz: &'static Gazetteer,
    compact: &Compact,
    place: &FoundPlace,
) -> Option<String> {
    if !name_continues(compact, place.consumed) {
        return None;
    }
    let town = gz.town(place.town?);
    // Only where a longer town continues with the same next char (稲里 then
    // 町中: 稲里町中氷鉋 is a town) could the text change the town; after
    // 玉山, 区渋民 continues no town's name.
    let next = compact.from(place.consumed).chars().next()?;
    let key = format!("{}{next}", fold_key(town.name.kanji));
    gz.towns_extending(town.municipality, &key)
        .next()
        .or_else(|| gz.find_town_in(town.municipality, &key).map(|t| ("", t)))?;
    let rest = compact.from(place.consumed);
    let end = rest
        .char_indices()
        .find(|&(_, c)| !is_name_char(c))
        .map_or(rest.len(), |(i, _)| i);
    let unread = &rest[..end];
    // A part of the town its own rows name (岩出山 then 上真山, a row's note
    // of the town 岩出山) is read: it decides the code, not another town.
    let named_by_a_row = gz.districts_of(town.id).iter().any(|d| match d.qualifier {
        Qualifier::Note(note) => note
            .split('、')
            .map(|item| fold_key(item.trim()))
            .any(|item| !item.is_empty() && unread.starts_with(item.as_ref())),
        _ => false,
    });
    (!named_by_a_row).then(|| unread.to_owned())
}

#[cfg(test)]
mod tests;
