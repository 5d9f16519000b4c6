//! Finding the place names at the start of the address: every prefecture,
//! municipality and town reading the gazetteer allows, scored, best kept.

use std::borrow::Cow;
use std::cell::Cell;

use super::compact::Compact;
use super::found::FoundPlace;
use super::kyoto::directions_len;
use super::postal_code::CodePlaces;
use crate::error::{quote, Error, ErrorKind};
use crate::gazetteer::{self, Gazetteer, MunicipalityMatchKind, TownId};
use crate::text::fold_key;
use crate::warning::Warning;

/// The place names found, and the compact offset where the town's name
/// starts (after the municipality and any Kyoto directions), or would: where
/// the second pass looks for a misspelled town.
pub(super) struct Reading {
    pub(super) place: FoundPlace,
    pub(super) town_start: usize,
}

/// The first of a reading's scores when its town is one the postal code
/// covers: the best agreement with the code.
const CODE_TOWN: u8 = 3;

/// One way to read the start of the address.
#[derive(Clone, Debug)]
struct Candidate {
    municipality: gazetteer::MunicipalityId,
    kind: MunicipalityMatchKind,
    town: Option<TownId>,
    consumed: usize,
    town_start: usize,
    directions: Option<(usize, usize)>,
    score: (u8, usize, u8, u8),
}

/// The ways the text can start: with each prefecture name it starts with
/// (compact length, prefecture), longest first, then with none.
pub(super) fn prefecture_options<'a>(
    gz: &'a Gazetteer,
    compact: &'a Compact,
) -> impl Iterator<Item = (usize, Option<gazetteer::PrefectureId>)> + 'a {
    gz.prefecture_prefixes(compact.from(0))
        .map(|(len, id)| (len, Some(id)))
        .chain(std::iter::once((0, None)))
}

thread_local! {
    /// The candidate list of the last [`find_place`] on this thread, kept
    /// for its capacity.
    static SPARE_CANDIDATES: Cell<Vec<Candidate>> = const { Cell::new(Vec::new()) };
}

pub(super) fn find_place(
    gz: &'static Gazetteer,
    written: &str,
    compact: &Compact,
    code: Option<&CodePlaces>,
) -> Result<Option<Reading>, Error> {
    let mut candidates = SPARE_CANDIDATES.try_with(Cell::take).unwrap_or_default();
    candidates.clear();
    let found = find_place_with(gz, written, compact, code, &mut candidates);
    let _ = SPARE_CANDIDATES.try_with(|spare| spare.set(candidates));
    found
}

/// [`find_place`] with an empty `candidates` list to fill.
fn find_place_with(
    gz: &'static Gazetteer,
    written: &str,
    compact: &Compact,
    code: Option<&CodePlaces>,
    candidates: &mut Vec<Candidate>,
) -> Result<Option<Reading>, Error> {
    let text = compact.from(0);
    let mut from_code: Vec<Candidate> = Vec::new();
    for (pref_len, pref) in prefecture_options(gz, compact) {
        let after_pref = compact.from(pref_len);
        // Prefixes come longest first. A designated city without its ward
        // (札幌市, every ward a candidate) is only worth trying when no
        // longer name matched: 札幌市中央区 already says which ward.
        let mut longer_matched = false;
        for (muni_len, matches) in gz.municipality_prefixes(after_pref) {
            let at = pref_len + muni_len;
            let mut matched_here = false;
            for m in matches {
                let muni = gz.municipality(m.municipality);
                if pref.is_some_and(|p| p != muni.prefecture)
                    || (longer_matched && m.kind == MunicipalityMatchKind::CityOnly)
                {
                    continue;
                }
                candidates_for(
                    gz,
                    compact,
                    code,
                    pref.is_some(),
                    m.municipality,
                    m.kind,
                    at,
                    candidates,
                );
                matched_here = true;
            }
            longer_matched |= matched_here;
        }
        // The code's readings after every prefecture option (a
        // prefecture's name can start a town's: 滋賀 in 滋賀里), unless
        // the text names one of the code's towns after a municipality
        // there. (蘭越町 is a municipality, and its town 蘭越町.)
        if let Some(code) = code.filter(|c| c.known) {
            let named = candidates.iter().any(|c| c.score.0 == CODE_TOWN);
            if !named {
                municipality_from_code(gz, compact, code, pref_len, pref, &mut from_code);
            }
        }
        // The longest prefecture name that leads to a municipality wins
        // (東京都 before 東京); without a prefecture is the last resort,
        // for text where a prefecture's name starts a city's (京都市).
        if !candidates.is_empty() {
            break;
        }
    }
    candidates.append(&mut from_code);
    if candidates.is_empty() {
        return Ok(None);
    }
    let Some(best) = candidates.iter().map(|c| c.score).max() else {
        return Ok(None);
    };
    let mut best_ones = candidates.iter().filter(|c| c.score == best);
    let winner = match (best_ones.next(), best_ones.next()) {
        // One best reading (the common case): nothing to sort.
        (Some(only), None) => only.clone(),
        _ => several_best(gz, written, text, candidates, best)?,
    };

    // A bare ward name read as the city of that name: say where else the
    // same town is.
    let mut warnings = Vec::new();
    if let Some(town) = winner.town {
        let town_name = gz.town_kanji(town);
        let others: Vec<String> = candidates
            .iter()
            .filter(|c| {
                c.kind == MunicipalityMatchKind::WardOnly
                    && c.municipality != winner.municipality
                    && c.town.is_some_and(|t| gz.town_kanji(t) == town_name)
            })
            .map(|c| gz.municipality(c.municipality).full_name())
            .collect();
        if !others.is_empty() {
            warnings.push(Warning::AlsoIn { others });
        }
    }
    Ok(Some(Reading {
        place: FoundPlace {
            municipality: winner.municipality,
            town: winner.town,
            consumed: winner.consumed,
            directions: winner.directions,
            warnings,
        },
        town_start: winner.town_start,
    }))
}

/// The reading among several equally good ones: the one spelled as written
/// when their towns fold alike (日之出, 日の出), an error when they are in
/// different municipalities.
fn several_best(
    gz: &'static Gazetteer,
    written: &str,
    text: &str,
    candidates: &[Candidate],
    best: (u8, usize, u8, u8),
) -> Result<Candidate, Error> {
    let mut winners: Vec<&Candidate> = candidates.iter().filter(|c| c.score == best).collect();
    // Towns whose names fold alike (日之出, 日の出): the one spelled as written.
    let spelled_as_written =
        |c: &Candidate| c.town.is_some_and(|t| written.contains(gz.town_kanji(t)));
    winners.sort_by_key(|c| (c.municipality, !spelled_as_written(c), c.town));
    winners.dedup_by_key(|c| c.municipality);
    if winners.len() > 1 {
        let names: Vec<String> = winners
            .iter()
            .map(|c| {
                let m = gz.municipality(c.municipality);
                format!(
                    "{}{}",
                    gz.prefecture(m.prefecture).name.kanji,
                    m.full_name()
                )
            })
            .collect();
        // Several of the postal code's municipalities (a town across a
        // ward boundary, its code the same on both sides): only the
        // municipality can tell.
        let add = if best.0 >= 2 {
            "add the municipality"
        } else {
            "add the prefecture or the postal code"
        };
        return Err(Error::new(
            ErrorKind::AmbiguousLocality,
            format!(
                "ambiguous place in {}: could be {}; {add}",
                quote(text),
                names.join(", ")
            ),
        ));
    }
    Ok(winners[0].clone())
}

/// Where a town whose municipality is not written may be read from compact
/// offset `at`, after `prefecture` (or none): `None` when it may not, else
/// the offset its name must end after. A prefecture without its suffix
/// leads only to a written municipality (大分市大字駄原 is not 大分(県),
/// the town 市, 大字), and a town read from the start must not end inside
/// a prefecture's name written in full (京都府字天田 is not the town 京;
/// 山口県流通センター is a town of 山口市).
pub(super) fn unwritten_town_end(
    gz: &Gazetteer,
    compact: &Compact,
    at: usize,
    prefecture: Option<gazetteer::PrefectureId>,
) -> Option<usize> {
    let full_length = |p: gazetteer::PrefectureId| fold_key(gz.prefecture(p).name.kanji).len();
    match prefecture {
        Some(p) => (full_length(p) == at).then_some(at),
        None => Some(
            gz.prefecture_prefixes(compact.from(0))
                .filter(|&(len, p)| full_length(p) == len)
                .map(|(len, _)| len)
                .max()
                .unwrap_or(0),
        ),
    }
}

/// Adds the readings where the municipality is not written but the postal
/// code names it (`〒104-0045 築地1-1-1`): the towns of each of the code's
/// municipalities (in `prefecture` when one is written) that the text from
/// compact offset `at` starts with. The code's own towns rank first, as
/// they do after a written municipality; a written municipality wins a
/// tie. Without a town nothing is read here: the code alone decides
/// nothing more than it did.
fn municipality_from_code(
    gz: &'static Gazetteer,
    compact: &Compact,
    code: &CodePlaces,
    at: usize,
    prefecture: Option<gazetteer::PrefectureId>,
    candidates: &mut Vec<Candidate>,
) {
    let Some(must_end_after) = unwritten_town_end(gz, compact, at, prefecture) else {
        return;
    };
    for &municipality in &code.municipalities {
        if prefecture.is_some_and(|p| p != gz.municipality(municipality).prefecture) {
            continue;
        }
        let from = candidates.len();
        // Full: not a bare ward, so no "also in" warning for the other
        // municipalities the code shares.
        let kind = MunicipalityMatchKind::Full;
        let has_prefecture = prefecture.is_some();
        candidates_for(
            gz,
            compact,
            Some(code),
            has_prefecture,
            municipality,
            kind,
            at,
            candidates,
        );
        let mut added = candidates.split_off(from);
        added.retain(|c| c.town.is_some() && c.consumed > must_end_after);
        for candidate in &mut added {
            // Below a written municipality that explains as much, with or
            // without a prefecture: 大分市 is the city, not 大分(県) and
            // the town 市.
            candidate.score.2 = 0;
            candidate.score.3 = 0;
        }
        candidates.append(&mut added);
    }
}

/// The best reading of the place names once the municipality is known to
/// end at compact offset `at` (found by the second pass): the longest town
/// the text continues with, or none.
pub(super) fn best_in(
    gz: &'static Gazetteer,
    written: &str,
    compact: &Compact,
    code: Option<&CodePlaces>,
    municipality: gazetteer::MunicipalityId,
    at: usize,
) -> Reading {
    let mut candidates = Vec::new();
    let kind = MunicipalityMatchKind::Full;
    candidates_for(
        gz,
        compact,
        code,
        true,
        municipality,
        kind,
        at,
        &mut candidates,
    );
    let spelled_as_written =
        |c: &Candidate| c.town.is_some_and(|t| written.contains(gz.town_kanji(t)));
    let best = candidates
        .iter()
        .max_by_key(|c| (c.score, spelled_as_written(c), std::cmp::Reverse(c.town)))
        .cloned();
    let (town, consumed, town_start, directions) = best.map_or((None, at, at, None), |c| {
        (c.town, c.consumed, c.town_start, c.directions)
    });
    Reading {
        place: FoundPlace {
            municipality,
            town,
            consumed,
            directions,
            warnings: Vec::new(),
        },
        town_start,
    }
}

/// Adds the candidates for one municipality match ending at compact offset
/// `at`: each town of the municipality that the text continues with, and
/// the municipality alone.
#[allow(clippy::too_many_arguments)]
fn candidates_for(
    gz: &'static Gazetteer,
    compact: &Compact,
    code: Option<&CodePlaces>,
    has_prefecture: bool,
    municipality: gazetteer::MunicipalityId,
    kind: MunicipalityMatchKind,
    at: usize,
    out: &mut Vec<Candidate>,
) {
    let code_rank = |town: Option<TownId>| -> u8 {
        match code {
            Some(c) if c.known => {
                if town.is_some_and(|t| c.towns.contains(&t)) {
                    CODE_TOWN
                } else if c.municipalities.contains(&municipality) {
                    2
                } else {
                    0
                }
            }
            _ => 1,
        }
    };
    let kind_rank = match kind {
        MunicipalityMatchKind::Full => 4,
        MunicipalityMatchKind::WithoutCounty => 3,
        MunicipalityMatchKind::CityOnly => 2,
        MunicipalityMatchKind::WardOnly => 1,
    };
    let mut push = |town: Option<TownId>, consumed: usize, town_start: usize, directions| {
        out.push(Candidate {
            municipality,
            kind,
            town,
            consumed,
            town_start,
            directions,
            score: (
                code_rank(town),
                consumed,
                u8::from(has_prefecture),
                kind_rank,
            ),
        });
    };
    push(None, at, at, None);

    let rest = compact.from(at);
    // Kyoto: 河原町通三条上る恵比須町 — directions, then the town.
    let after_directions = directions_len(rest).map(|len| (len, Some((at, at + len))));
    for (skip, directions) in std::iter::once((0usize, None)).chain(after_directions) {
        let after = rest.get(skip..).unwrap_or("");
        let name_at = at + skip;
        // As written, and with 大字/字 left out (大字高松, 大雄字高津野 are
        // the towns 高松 and 大雄高津野).
        for (text, map) in [(Cow::Borrowed(after), None), without_aza(after)] {
            // No text, no town name (and nothing without 字 to look up).
            if text.is_empty() {
                continue;
            }
            for (len, town) in gz.town_prefixes_in(municipality, &text) {
                let consumed = map.as_ref().map_or(len, |m: &Vec<usize>| m[len]);
                // A town named with a number (十二, folded 12) must not take
                // the first digits of a longer number (1200番地).
                if compact.splits_a_number(name_at + consumed) {
                    continue;
                }
                push(Some(town), name_at + consumed, name_at, directions);
            }
        }
    }
}

/// `text` with every 大字 and 字 removed, and a map from each byte offset of
/// the result (and its end) to the offset in `text`; `("", None)` when there
/// is nothing to remove. Only prefixes of the result are matched against
/// town names, so a 字 further on does no harm.
fn without_aza(text: &str) -> (Cow<'_, str>, Option<Vec<usize>>) {
    if !crate::text::contains_char(text, '字') {
        return (Cow::Borrowed(""), None);
    }
    let mut out = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len() + 1);
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        if let Some(skip) = ["大字", "字"].iter().find(|p| rest.starts_with(**p)) {
            i += skip.len();
            continue;
        }
        let c = rest.chars().next().expect("i is inside text");
        for k in 0..c.len_utf8() {
            map.push(i + k);
        }
        out.push(c);
        i += c.len_utf8();
    }
    map.push(text.len());
    (Cow::Owned(out), Some(map))
}
