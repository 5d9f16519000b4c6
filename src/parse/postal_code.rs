//! The postal code against the address: what a given code says about where
//! it is, whether it agrees, and inferring one when none is given.

use super::district_note::{note_verdict, Facts, Verdict};
use super::found::FoundPlace;
use super::Parts;
use crate::gazetteer::{self, District, FastMap, Gazetteer, Place, Qualifier, Records, TownId};
use crate::postal::PostalCode;
use crate::text;
use crate::warning::Warning;
use std::cell::RefCell;
use std::rc::Rc;

/// What a postal code says about where it is.
pub(super) struct CodePlaces {
    pub(super) known: bool,
    pub(super) municipalities: Vec<gazetteer::MunicipalityId>,
    pub(super) towns: Vec<TownId>,
    /// True when no district with the code names a town: a city-wide code,
    /// or an office code.
    pub(super) only_city_wide: bool,
}

impl CodePlaces {
    pub(super) fn of(gz: &Gazetteer, code: PostalCode) -> CodePlaces {
        // One pass over the districts (each decoded once, its town once),
        // then the offices.
        let (mut municipalities, mut towns) = (Vec::new(), Vec::new());
        let mut only_city_wide = true;
        for district in gz.districts_with_code(code) {
            let town = gz.town(district.town);
            municipalities.push(town.municipality);
            towns.push(district.town);
            only_city_wide &= town.is_city_wide();
        }
        for office in gz.offices_with_code(code) {
            municipalities.push(office.municipality);
            towns.extend(gz.find_town_in(office.municipality, office.town));
        }
        municipalities.sort_unstable();
        municipalities.dedup();
        towns.sort_unstable();
        towns.dedup();
        CodePlaces {
            known: !municipalities.is_empty(),
            municipalities,
            towns,
            only_city_wide,
        }
    }

    /// A code given alone: the place it names, when that is one
    /// municipality. `text` is the compact text after the code: its
    /// prefecture, written in full before names the data does not know
    /// (〒018-4693 秋田県阿仁高津森), is read past.
    pub(super) fn only_place(&self, gz: &Gazetteer, text: &str) -> Option<FoundPlace> {
        let [municipality] = self.municipalities[..] else {
            return None;
        };
        let town = match self.towns[..] {
            [town] if !gz.town(town).is_city_wide() => Some(town),
            _ => None,
        };
        let prefecture = text::fold_key(
            gz.prefecture(gz.municipality(municipality).prefecture)
                .name
                .kanji,
        );
        let consumed = if text.starts_with(prefecture.as_ref()) {
            prefecture.len()
        } else {
            0
        };
        Some(FoundPlace {
            municipality,
            town,
            consumed,
            directions: None,
            warnings: Vec::new(),
        })
    }
}

/// Checks a given postal code against the address, or infers one.
///
/// `written` is the address as written after the postal code (cleaned):
/// whether 大字 stands before the town decides some codes.
pub(super) fn settle_postal_code(
    gz: &Gazetteer,
    parts: &mut Parts,
    code: Option<&CodePlaces>,
    written: &str,
) {
    match (parts.postal_code, code) {
        (Some(given), Some(places)) => {
            if !places.known {
                parts.warnings.push(Warning::PostalCodeUnknown(given));
                return;
            }
            let municipality_ok = places.municipalities.contains(&parts.municipality.id);
            let town_ok = match parts.town {
                Some(t) => {
                    places.towns.contains(&t.id) || places.towns.is_empty() || places.only_city_wide
                }
                None => true,
            };
            if !municipality_ok || !town_ok {
                let belongs_to = describe_code(gz, given);
                parts
                    .warnings
                    .push(Warning::PostalCodeMismatch { given, belongs_to });
                return;
            }
            // The right town, but the address decides another of its codes
            // (a skyscraper's floor, a chome range).
            let inferred = infer_postal_code(gz, parts, written);
            parts.skyscraper = inferred.skyscraper;
            if let Some(expected) = inferred.code {
                if expected != given && !places.only_city_wide {
                    parts
                        .warnings
                        .push(Warning::PostalCodeDiffers { given, expected });
                }
            }
        }
        _ => {
            let inferred = infer_postal_code(gz, parts, written);
            parts.skyscraper = inferred.skyscraper;
            match inferred.code {
                Some(code) => {
                    parts.postal_code = Some(code);
                    parts.postal_code_inferred = true;
                    parts.warnings.push(Warning::PostalCodeInferred(code));
                }
                None => parts.warnings.push(Warning::PostalCodeNotInferred),
            }
        }
    }
}

/// Where the data puts a postal code, for messages: 東京都中央区築地.
fn describe_code(gz: &Gazetteer, code: PostalCode) -> String {
    if let Some(d) = gz.districts_with_code(code).first() {
        let town = gz.town(d.town);
        let m = gz.municipality(town.municipality);
        return format!(
            "{}{}{}",
            gz.prefecture(m.prefecture).name.kanji,
            m.full_name(),
            town.name.kanji
        );
    }
    if let Some(o) = gz.offices_with_code(code).first() {
        let m = gz.municipality(o.municipality);
        return format!(
            "{}{}{} ({})",
            gz.prefecture(m.prefecture).name.kanji,
            m.full_name(),
            o.town,
            o.name()
        );
    }
    code.to_string()
}

/// The postal code the address decides, if the data makes it unique:
/// by floor of a skyscraper, by chome or banchi range, else the town's only
/// code, else the municipality's city-wide code when no town is named.
/// What the address decides about its postal code.
struct Inferred {
    /// The code, when the data makes it unique.
    code: Option<PostalCode>,
    /// The skyscraper with a code per floor that the building names.
    skyscraper: Option<Place>,
}

fn infer_postal_code(gz: &Gazetteer, parts: &Parts, written: &str) -> Inferred {
    let code = |code| Inferred {
        code,
        skyscraper: None,
    };
    let town = match parts.town {
        Some(town) => town,
        None => {
            let city_wide = gz.towns_of(parts.municipality.id).first();
            return code(
                city_wide
                    .filter(|t| t.is_city_wide())
                    .and_then(|t| gz.districts_of(t.id).first())
                    .map(|d| d.code),
            );
        }
    };
    let town_districts = gz.districts_of(town.id);
    // Most towns have one row for the whole town: nothing to weigh.
    if let (1, Some(only)) = (town_districts.len(), town_districts.first()) {
        if only.qualifier == Qualifier::Whole && only.building.is_none() {
            return code(Some(only.code));
        }
    }
    // 大字 written before the town.
    let aza_written =
        written.contains('字') && written.contains(&format!("大字{}", town.name.kanji));
    let sub_area = parts.sub_area.as_deref().map(|s| {
        let s = s
            .strip_prefix("大字")
            .or_else(|| s.strip_prefix('字'))
            .unwrap_or(s);
        text::fold_key(s).into_owned()
    });
    let building = parts
        .building
        .as_deref()
        .map(|b| without_spaces(text::fold_key(b)));
    let block = parts.block.as_ref();
    let facts = Facts {
        aza_written,
        sub_area: sub_area.as_deref(),
        numbers: block.map_or(&[][..], |b| b.numbers()),
        chome_written: block.is_some_and(|b| b.is_chome_written()),
        banchi_written: block.is_some_and(|b| b.is_banchi_written()),
        building: building.as_deref(),
    };

    let Some(building_key) = &building else {
        // No building: only the rows that are not floors count.
        return code(with_town_rows(town_districts, false, |rows| {
            infer_plain(rows.plain, parts, &facts)
        }));
    };
    with_town_rows(town_districts, true, |rows| {
        infer_with_building(rows, parts, &facts, building_key)
    })
}

/// [`infer_postal_code`] for an address with a building (`building_key`,
/// folded): a skyscraper's floor, or the town's own code.
fn infer_with_building(
    rows: TownRowsRef<'_>,
    parts: &Parts,
    facts: &Facts,
    building_key: &str,
) -> Inferred {
    let code = |code| Inferred {
        code,
        skyscraper: None,
    };

    // Skyscrapers with a code per floor: the rows of every tower whose
    // folded name starts the building's, in the order of the rows.
    let mut tower = rows
        .towers
        .iter()
        .filter(|t| building_key.starts_with(&*t.key))
        .flat_map(|t| rows.floors(t));
    let Some(first) = tower.next() else {
        // A building that is not one of the town's skyscrapers: the
        // town's own code, floor or not, unless its name could be a
        // short form of one (丸ビル for 丸の内ビルディング).
        if rows
            .towers
            .iter()
            .any(|t| is_short_form(building_key, &t.key))
        {
            return code(None);
        }
        return code(infer_plain(rows.plain, parts, facts));
    };
    let (mut on_floor, mut unknown_floor) = (None, None);
    // Below ground is the basement-or-unknown floor's code.
    let floor = if parts.basement { None } else { parts.floor };
    for d in std::iter::once(first).chain(tower) {
        if !parts.basement && floor.is_some() && d.qualifier == Qualifier::Floor(floor) {
            on_floor = Some(d.code);
        }
        if d.qualifier == Qualifier::Floor(None) {
            unknown_floor = Some(d.code);
        }
    }
    Inferred {
        code: on_floor.or(unknown_floor),
        skyscraper: first.building,
    }
}

/// Towns with at least this many rows keep their plain rows and towers per
/// thread.
const MEMO_MIN_ROWS: usize = 32;

/// A skyscraper with a code per floor: its floors are consecutive rows of
/// its town sharing its name.
struct Tower {
    /// Its rows, counted from the town's first row.
    rows: std::ops::Range<u32>,
    /// Its name folded for lookup, without spaces: what an address's
    /// building (folded likewise) must start with.
    key: Box<str>,
}

/// What [`infer_plain`] and [`infer_with_building`] need of a town's rows,
/// in one pass over them: the rows that are neither floors of a skyscraper
/// nor its city-wide row ("plain"), and, when `with_towers`, its towers in
/// the order of the rows (each run of rows with one building name is one
/// tower; a name is folded once). The floors themselves are not kept: they
/// are read again from the tables when an address names their tower.
fn decode_rows(districts: Records<District>, with_towers: bool) -> (Vec<District>, Vec<Tower>) {
    let mut plain = Vec::new();
    let mut towers: Vec<Tower> = Vec::new();
    let mut last: Option<&str> = None;
    for (at, d) in (0u32..).zip(districts) {
        let Some(b) = d.building else {
            last = None;
            if d.qualifier != Qualifier::CityWide {
                plain.push(d);
            }
            continue;
        };
        if !with_towers {
            continue;
        }
        match towers.last_mut() {
            Some(tower) if last == Some(b.kanji) => tower.rows.end = at + 1,
            _ => towers.push(Tower {
                rows: at..at + 1,
                key: without_spaces(text::fold_key(b.kanji)).into(),
            }),
        }
        last = Some(b.kanji);
    }
    (plain, towers)
}

/// A town's plain rows and towers, decoded (see [`decode_rows`]).
#[derive(Clone)]
struct TownRows {
    plain: Rc<[District]>,
    towers: Rc<[Tower]>,
}

/// What [`with_town_rows`] hands over: a town's rows, read from the tables
/// as needed, and its plain rows and towers, decoded.
#[derive(Clone, Copy)]
struct TownRowsRef<'a> {
    all: Records<District>,
    plain: &'a [District],
    /// Empty unless asked for (and for a town without skyscrapers).
    towers: &'a [Tower],
}

impl TownRowsRef<'_> {
    /// The rows of one tower (its floors), read from the tables.
    fn floors(&self, tower: &Tower) -> impl Iterator<Item = District> {
        let (start, end) = (tower.rows.start as usize, tower.rows.end as usize);
        self.all.iter().skip(start).take(end - start)
    }
}

thread_local! {
    /// The plain rows and towers of the towns with [`MEMO_MIN_ROWS`] rows
    /// or more seen on this thread. Only the towns with skyscrapers have
    /// that many (hundreds of floors; 37 towns nationwide, 3,549 rows);
    /// their floors are not kept (they are read in place when an address
    /// names a tower), so this stays a few KB. Going through their floors
    /// on every address cost more than the rest of the inference.
    static TOWN_ROWS: RefCell<FastMap<u32, TownRows>> = RefCell::new(FastMap::default());
}

/// Calls `f` with a town's rows (`districts` being its districts): all of
/// them, the plain ones, and its towers when `with_towers` (else perhaps
/// none). Plain rows and towers are decoded once per thread for a town with
/// many rows, towers and all; for the others, on every call.
fn with_town_rows<T>(
    districts: Records<District>,
    with_towers: bool,
    f: impl FnOnce(TownRowsRef<'_>) -> T,
) -> T {
    let town = match districts.first() {
        Some(first) if districts.len() >= MEMO_MIN_ROWS => first.town.0,
        _ => return with_decoded(districts, decode_rows(districts, with_towers), f),
    };
    let memo = TOWN_ROWS.try_with(|memo| {
        memo.borrow_mut()
            .entry(town)
            .or_insert_with(|| {
                let (plain, towers) = decode_rows(districts, true);
                TownRows {
                    plain: plain.into(),
                    towers: towers.into(),
                }
            })
            .clone()
    });
    match memo {
        Ok(rows) => f(TownRowsRef {
            all: districts,
            plain: &rows.plain,
            towers: &rows.towers,
        }),
        Err(_) => with_decoded(districts, decode_rows(districts, with_towers), f),
    }
}

/// Calls `f` with rows just decoded (plain, towers).
fn with_decoded<T>(
    all: Records<District>,
    (plain, towers): (Vec<District>, Vec<Tower>),
    f: impl FnOnce(TownRowsRef<'_>) -> T,
) -> T {
    f(TownRowsRef {
        all,
        plain: &plain,
        towers: &towers,
    })
}

/// The code of a town's districts that are not skyscraper floors, if the
/// address decides one. Each district that covers part of the town (a
/// chome or banchi range, a note) says whether it holds the address: one
/// code among those that do wins; when none does, the town's other rows
/// (その他, the whole town) and those that cannot tell must agree on one.
fn infer_plain(rows: &[District], parts: &Parts, facts: &Facts) -> Option<PostalCode> {
    let plain = || rows.iter();
    // Kyoto: a town split by street directions lists them in the note
    // (河原町通御池下る、…); the directions the address gives pick the code.
    if let Some(directions) = &parts.sub_area {
        if let Some(code) = super::kyoto::code_by_directions(directions, plain()) {
            return Some(code);
        }
    }
    // A town whose rows all have one code: that code, whatever part of the
    // town a note names (八幡(加賀八幡) is all of 八幡 the data lists). A
    // chome or lot range must still hold the address.
    let ranged =
        |d: &gazetteer::District| matches!(d.qualifier, Qualifier::Chome(_) | Qualifier::Banchi(_));
    if !plain().any(ranged) {
        let mut counted =
            plain().filter(|d| d.qualifier != Qualifier::Rest || facts.says_more_than_town());
        if let Some(first) = counted.next() {
            if counted.all(|d| d.code == first.code) {
                return Some(first.code);
            }
        }
    }
    let first_number = facts.numbers.first().copied();
    let mut yes: Vec<PostalCode> = Vec::new();
    let mut maybe: Vec<PostalCode> = Vec::new();
    for d in plain() {
        let verdict = match d.qualifier {
            // A chome range does not hold a lot number written as one
            // (大字三ツ木1番地 against 三ツ木 1〜5丁目).
            Qualifier::Chome(_) if facts.lot_marked() => Verdict::No,
            // Without a number, the town's other rows (本町 alone is not
            // 本町1〜3丁目), as before.
            Qualifier::Chome(_) | Qualifier::Banchi(_) => {
                Verdict::from_covers(first_number.is_some_and(|n| d.qualifier.covers(n)))
            }
            Qualifier::Note(note) => note_verdict(note, facts),
            // その他: whatever the others leave, once the address says
            // more than the town (a bare 丸の内 may be one of its towers).
            Qualifier::Rest if !facts.says_more_than_town() => continue,
            // The whole town likewise.
            _ => {
                maybe.push(d.code);
                continue;
            }
        };
        match verdict {
            Verdict::Yes => yes.push(d.code),
            Verdict::Unknown => maybe.push(d.code),
            Verdict::No => {}
        }
    }
    let candidates = if yes.is_empty() { maybe } else { yes };
    match candidates[..] {
        [first, ..] if candidates.iter().all(|&c| c == first) => Some(first),
        _ => None,
    }
}

/// Whether `typed` could be a short form of the building `listed`: every
/// char of it, in order, is in the listed name (丸ビル, 新丸ビル for
/// 丸の内ビルディング, 新丸の内ビルディング).
fn is_short_form(typed: &str, listed: &str) -> bool {
    let mut listed = listed.chars();
    !typed.is_empty() && typed.chars().all(|c| listed.any(|l| l == c))
}

/// `text` without its spaces, borrowed when it has none.
fn without_spaces(text: std::borrow::Cow<'_, str>) -> std::borrow::Cow<'_, str> {
    if text.contains(' ') {
        std::borrow::Cow::Owned(text.replace(' ', ""))
    } else {
        text
    }
}
