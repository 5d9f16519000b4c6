//! Address text → [`Parts`]: postal code, prefecture, municipality, town,
//! then what follows (sub-area, block numbers, building, room).
//!
//! The parser works on the cleaned text ([`crate::text::clean`]) folded for
//! lookup ([`crate::text::fold`]), with spaces ignored while it matches place
//! names. It tries every reading the gazetteer allows (with and without a
//! prefecture, every municipality name that is a prefix of the text, every
//! town of those municipalities) and keeps the one that agrees with the
//! postal code and explains the most text. What follows the town is cut from
//! the cleaned (unfolded) text, so building names keep their spelling.

use std::borrow::Cow;

use crate::error::{quote, Error, ErrorKind, MAX_INPUT_BYTES};
use crate::gazetteer::{
    self, Gazetteer, Municipality, MunicipalityMatchKind, Place, Prefecture, Qualifier, Town,
    TownId,
};
use crate::postal::{self, PostalCode};
use crate::text;
use crate::warning::Warning;

/// An address split into its parts. Places borrow the gazetteer's records,
/// so each carries its canonical kanji and its kana.
///
/// # Example
///
/// ```
/// let parts = jusho::parse("〒104-0045 東京都中央区築地1丁目1番1号 サンプルマンション404号室")?;
/// assert_eq!(parts.postal_code.unwrap().to_string(), "104-0045");
/// assert_eq!(parts.prefecture.name.kanji, "東京都");
/// assert_eq!(parts.city().kana, "チュウオウク");
/// assert_eq!(parts.town.unwrap().name.kanji, "築地");
/// assert_eq!(parts.block.as_ref().unwrap().to_string(), "1-1-1");
/// assert_eq!(parts.building.as_deref(), Some("サンプルマンション"));
/// assert_eq!(parts.room.as_deref(), Some("404"));
/// # Ok::<(), jusho::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parts {
    /// The postal code, as given or as inferred (see [`Parts::postal_code_inferred`]).
    pub postal_code: Option<PostalCode>,
    /// True when the postal code was not given but inferred from the address.
    pub postal_code_inferred: bool,
    /// The prefecture (filled in when the address omits it).
    pub prefecture: &'static Prefecture,
    /// The municipality: county, city and ward (filled in when omitted).
    pub municipality: &'static Municipality,
    /// The town (町域), when the address names one the gazetteer knows.
    pub town: Option<&'static Town>,
    /// Text between the municipality or town and the block numbers that is
    /// not a known town: 字 names, Kyoto street directions (河原町通三条上る).
    pub sub_area: Option<String>,
    /// Block numbers: chome, banchi, go.
    pub block: Option<Block>,
    /// The building name, as written (cleaned).
    pub building: Option<String>,
    /// The floor (階, F), when given.
    pub floor: Option<u16>,
    /// The room number (号室, #, or a trailing number), when given.
    pub room: Option<String>,
    /// The skyscraper the postal code data names for this building, when the
    /// building is one with a code per floor.
    pub skyscraper: Option<Place>,
    /// Non-fatal findings: inferred or doubtful postal code, ambiguity.
    pub warnings: Vec<Warning>,
}

impl Parts {
    /// The county (郡), if the municipality has one.
    pub fn county(&self) -> Option<&'static Place> {
        self.municipality.county.as_ref()
    }

    /// The city, town or village (or Tokyo ward).
    pub fn city(&self) -> &'static Place {
        &self.municipality.city
    }

    /// The ward of a designated city, if any.
    pub fn ward(&self) -> Option<&'static Place> {
        self.municipality.ward.as_ref()
    }
}

/// Block numbers (丁目-番-号) as digits.
///
/// ```
/// let parts = jusho::parse("東京都中央区築地二丁目").unwrap();
/// let block = parts.block.unwrap();
/// assert!(block.is_chome_only());
/// assert_eq!(block.to_string(), "2");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    numbers: Vec<u32>,
    chome_only: bool,
}

impl Block {
    /// The numbers, in order: `[1, 1, 1]` for 1丁目1番1号.
    pub fn numbers(&self) -> &[u32] {
        &self.numbers
    }

    /// True when the address gives only a chome (築地2丁目).
    pub fn is_chome_only(&self) -> bool {
        self.chome_only
    }
}

impl std::fmt::Display for Block {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, n) in self.numbers.iter().enumerate() {
            if i > 0 {
                f.write_str("-")?;
            }
            write!(f, "{n}")?;
        }
        Ok(())
    }
}

/// Parses an address. See [`Parts`] for what comes out.
///
/// # Errors
///
/// - [`ErrorKind::Empty`]: nothing but whitespace.
/// - [`ErrorKind::TooLong`]: more than [`MAX_INPUT_BYTES`] bytes.
/// - [`ErrorKind::ControlCharacter`]: a control character other than tab.
/// - [`ErrorKind::InvalidPostalCode`]: a malformed postal code.
/// - [`ErrorKind::NoLocality`]: no prefecture, municipality or known postal code.
/// - [`ErrorKind::AmbiguousLocality`]: a municipality name several places
///   share, and nothing in the address decides (府中市 alone).
///
/// # Example: omissions are filled in
///
/// ```
/// let parts = jusho::parse("横浜市山下町1")?;
/// assert_eq!(parts.prefecture.name.kanji, "神奈川県");
/// assert_eq!(parts.ward().unwrap().kanji, "中区");
///
/// let parts = jusho::parse("北海道倶知安町北1条東")?;
/// assert_eq!(parts.county().unwrap().kanji, "虻田郡");
/// # Ok::<(), jusho::Error>(())
/// ```
///
/// # Example: a city that needs its prefecture
///
/// ```
/// let err = jusho::parse("府中市").unwrap_err();
/// assert_eq!(err.kind(), jusho::ErrorKind::AmbiguousLocality);
/// assert!(err.to_string().contains("東京都"));
/// assert!(err.to_string().contains("広島県"));
/// ```
pub fn parse(input: &str) -> Result<Parts, Error> {
    check_input(input)?;
    let cleaned = text::clean(input);
    let (postal_code, rest) = postal::split_postal_code(&cleaned)?;
    let rest_text = cleaned.get(rest.clone()).unwrap_or("");
    let folded = text::fold(rest_text);
    let compact = Compact::new(&folded, rest_text);
    let gz = gazetteer::get();

    let code_places = postal_code.map(|code| CodePlaces::of(gz, code));
    let place = match find_place(gz, rest_text, &compact, code_places.as_ref())? {
        Some(place) => place,
        None => match code_places.as_ref().and_then(|c| c.only_place(gz)) {
            Some(place) => place,
            None => {
                let message = match gz.prefecture_prefixes(&compact.text).next() {
                    Some((_, p)) => format!(
                        "no municipality found after the prefecture {} in {}",
                        gz.prefecture(p).name.kanji,
                        quote(input.trim())
                    ),
                    None => format!(
                        "no Japanese prefecture, municipality or town found in {}",
                        quote(input.trim())
                    ),
                };
                return Err(Error::new(ErrorKind::NoLocality, message));
            }
        },
    };

    // Cuts the cleaned text for a range of folded offsets.
    let original = |range: std::ops::Range<usize>| {
        let start = rest.start + folded.original_offset(range.start);
        let end = rest.start + folded.original_offset(range.end);
        cleaned.get(start..end).unwrap_or("").trim().to_owned()
    };
    let directions = place
        .directions
        .map(|(start, end)| original(compact.folded_offset(start)..compact.folded_offset(end)));
    // Everything after the place names.
    let tail_start = compact.folded_offset(place.consumed);
    let tail_folded = folded.as_str().get(tail_start..).unwrap_or("");
    let tail = parse_tail(tail_folded, |range: std::ops::Range<usize>| {
        original(tail_start + range.start..tail_start + range.end)
    });

    let municipality = gz.municipality(place.municipality);
    let mut parts = Parts {
        postal_code,
        postal_code_inferred: false,
        prefecture: gz.prefecture(municipality.prefecture),
        municipality,
        town: place.town.map(|t| gz.town(t)),
        sub_area: directions.or(tail.sub_area),
        block: tail.block,
        building: tail.building,
        floor: tail.floor,
        room: tail.room,
        skyscraper: None,
        warnings: place.warnings,
    };
    if parts.town.is_none() && parts.sub_area.is_some() {
        parts.warnings.push(Warning::TownNotFound);
    }
    settle_postal_code(gz, &mut parts, code_places.as_ref());
    Ok(parts)
}

/// Refuses input that cannot be an address before any work is done.
fn check_input(input: &str) -> Result<(), Error> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(Error::new(
            ErrorKind::TooLong,
            format!(
                "address too long: expected at most {MAX_INPUT_BYTES} bytes, but found {}",
                input.len()
            ),
        ));
    }
    if let Some(c) = input.chars().find(|&c| c.is_control() && c != '\t') {
        return Err(Error::new(
            ErrorKind::ControlCharacter,
            format!(
                "control character U+{:04X} in address {}",
                u32::from(c),
                quote(input)
            ),
        ));
    }
    if input.trim().is_empty() {
        return Err(Error::new(ErrorKind::Empty, "empty address"));
    }
    Ok(())
}

/// The folded text with spaces removed, so that place names match however
/// they are spaced (東京都 中央区 築地), and where the spaces were, to map
/// offsets back to the folded text.
struct Compact<'a> {
    text: Cow<'a, str>,
    /// For each removed space, the compact offset of the char after it.
    spaces: Vec<usize>,
    /// The folded text, and the cleaned text it was folded from.
    folded: &'a text::Folded,
    cleaned: &'a str,
}

impl<'a> Compact<'a> {
    fn new(folded: &'a text::Folded, cleaned: &'a str) -> Compact<'a> {
        let (text, spaces) = Self::without_spaces(folded.as_str());
        Compact {
            text,
            spaces,
            folded,
            cleaned,
        }
    }

    fn without_spaces(folded: &str) -> (Cow<'_, str>, Vec<usize>) {
        if !folded.contains(' ') {
            return (Cow::Borrowed(folded), Vec::new());
        }
        let mut text = String::with_capacity(folded.len());
        let mut spaces = Vec::new();
        for c in folded.chars() {
            if c == ' ' {
                spaces.push(text.len());
            } else {
                text.push(c);
            }
        }
        (Cow::Owned(text), spaces)
    }

    /// Whether compact offset `at` falls inside a number written in ASCII
    /// digits in the cleaned text (`1200`): a place name must not end
    /// there. (`十余二11` folds to `10余211`, but 二 and 11 are two numbers.)
    fn splits_a_number(&self, at: usize) -> bool {
        let original = self.folded.original_offset(self.folded_offset(at));
        let (before, after) = self.cleaned.split_at(original.min(self.cleaned.len()));
        before.ends_with(|c: char| c.is_ascii_digit())
            && after.starts_with(|c: char| c.is_ascii_digit())
    }

    /// The folded offset of compact offset `at`: spaces just before `at`
    /// count as before it, so the folded text resumes at the char itself.
    fn folded_offset(&self, at: usize) -> usize {
        at + self.spaces.iter().take_while(|&&s| s <= at).count()
    }

    fn from(&self, at: usize) -> &str {
        self.text.get(at..).unwrap_or("")
    }
}

/// What a postal code says about where it is.
struct CodePlaces {
    known: bool,
    municipalities: Vec<gazetteer::MunicipalityId>,
    towns: Vec<TownId>,
    /// True when no district with the code names a town: a city-wide code,
    /// or an office code.
    only_city_wide: bool,
}

impl CodePlaces {
    fn of(gz: &Gazetteer, code: PostalCode) -> CodePlaces {
        let districts = gz.districts_with_code(code);
        let offices = gz.offices_with_code(code);
        let mut municipalities: Vec<_> = districts
            .iter()
            .map(|d| gz.town(d.town).municipality)
            .chain(offices.iter().map(|o| o.municipality))
            .collect();
        municipalities.sort_unstable();
        municipalities.dedup();
        let mut towns: Vec<TownId> = districts.iter().map(|d| d.town).collect();
        towns.extend(
            offices
                .iter()
                .filter_map(|o| gz.find_town_in(o.municipality, o.town)),
        );
        towns.sort_unstable();
        towns.dedup();
        CodePlaces {
            known: !municipalities.is_empty(),
            municipalities,
            towns,
            only_city_wide: districts.iter().all(|d| gz.town(d.town).is_city_wide()),
        }
    }

    /// A code given alone: the place it names, when that is one municipality.
    fn only_place(&self, gz: &Gazetteer) -> Option<FoundPlace> {
        let [municipality] = self.municipalities[..] else {
            return None;
        };
        let town = match self.towns[..] {
            [town] if !gz.town(town).is_city_wide() => Some(town),
            _ => None,
        };
        Some(FoundPlace {
            municipality,
            town,
            consumed: 0,
            directions: None,
            warnings: Vec::new(),
        })
    }
}

/// The place names found at the start of the address.
struct FoundPlace {
    municipality: gazetteer::MunicipalityId,
    town: Option<TownId>,
    /// Compact bytes consumed by the place names.
    consumed: usize,
    /// Compact byte range of Kyoto street directions found before the town.
    directions: Option<(usize, usize)>,
    warnings: Vec<Warning>,
}

/// One way to read the start of the address.
#[derive(Clone, Debug)]
struct Candidate {
    municipality: gazetteer::MunicipalityId,
    kind: MunicipalityMatchKind,
    town: Option<TownId>,
    consumed: usize,
    directions: Option<(usize, usize)>,
    score: (u8, usize, u8, u8),
}

/// The words that end a Kyoto street direction (上る north, 下る south,
/// 西入 west, 東入 east, 入る), with either okurigana. The romanizer reads
/// the same list.
pub(crate) const DIRECTIONS: [&str; 11] = [
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
];

/// If `text` starts with Kyoto street directions (河原町通三条上る), their
/// length in bytes.
fn directions_len(text: &str) -> Option<usize> {
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
            c.is_ascii_digit() && {
                let after = text[i..].trim_start_matches(|c: char| c.is_ascii_digit());
                let counts_blocks = ["丁目", "筋目"].iter().any(|s| after.starts_with(s))
                    && DIRECTIONS.iter().any(|m| text[..i].ends_with(m));
                !(after.starts_with(['条', '筋']) || counts_blocks)
            }
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

fn find_place(
    gz: &'static Gazetteer,
    written: &str,
    compact: &Compact,
    code: Option<&CodePlaces>,
) -> Result<Option<FoundPlace>, Error> {
    let text = compact.from(0);
    let mut prefecture_options: Vec<(usize, Option<gazetteer::PrefectureId>)> = gz
        .prefecture_prefixes(text)
        .map(|(len, id)| (len, Some(id)))
        .collect();
    prefecture_options.push((0, None));

    let mut candidates: Vec<Candidate> = Vec::new();
    for &(pref_len, pref) in &prefecture_options {
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
                    &mut candidates,
                );
                matched_here = true;
            }
            longer_matched |= matched_here;
        }
        // The longest prefecture name that leads to a municipality wins
        // (東京都 before 東京); without a prefecture is the last resort,
        // for text where a prefecture's name starts a city's (京都市).
        if !candidates.is_empty() {
            break;
        }
    }
    if candidates.is_empty() {
        return Ok(None);
    }
    let best = candidates.iter().map(|c| c.score).max().expect("not empty");
    let mut winners: Vec<&Candidate> = candidates.iter().filter(|c| c.score == best).collect();
    // Towns whose names fold alike (日之出, 日の出): the one spelled as written.
    let spelled_as_written = |c: &Candidate| {
        c.town
            .is_some_and(|t| written.contains(gz.town(t).name.kanji))
    };
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
        return Err(Error::new(
            ErrorKind::AmbiguousLocality,
            format!(
                "ambiguous place in {}: could be {}; add the prefecture or the postal code",
                quote(text),
                names.join(", ")
            ),
        ));
    }
    let winner = winners[0].clone();

    // A bare ward name read as the city of that name: say where else the
    // same town is.
    let mut warnings = Vec::new();
    if let Some(town) = winner.town {
        let town_name = gz.town(town).name.kanji;
        let others: Vec<String> = candidates
            .iter()
            .filter(|c| {
                c.kind == MunicipalityMatchKind::WardOnly
                    && c.municipality != winner.municipality
                    && c.town.is_some_and(|t| gz.town(t).name.kanji == town_name)
            })
            .map(|c| gz.municipality(c.municipality).full_name())
            .collect();
        if !others.is_empty() {
            warnings.push(Warning::AlsoIn { others });
        }
    }
    Ok(Some(FoundPlace {
        municipality: winner.municipality,
        town: winner.town,
        consumed: winner.consumed,
        directions: winner.directions,
        warnings,
    }))
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
                    3
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
        MunicipalityMatchKind::Full => 3,
        MunicipalityMatchKind::WithoutCounty => 2,
        MunicipalityMatchKind::CityOnly => 1,
        MunicipalityMatchKind::WardOnly => 0,
    };
    let mut push = |town: Option<TownId>, consumed: usize, directions| {
        out.push(Candidate {
            municipality,
            kind,
            town,
            consumed,
            directions,
            score: (
                code_rank(town),
                consumed,
                u8::from(has_prefecture),
                kind_rank,
            ),
        });
    };
    push(None, at, None);

    let rest = compact.from(at);
    // Kyoto: 河原町通三条上る恵比須町 — directions, then the town.
    let mut starts = vec![(0usize, None)];
    if let Some(len) = directions_len(rest) {
        starts.push((len, Some((at, at + len))));
    }
    for (skip, directions) in starts {
        let after = rest.get(skip..).unwrap_or("");
        let name_at = at + skip;
        // As written, and with 大字/字 left out (大字高松, 大雄字高津野 are
        // the towns 高松 and 大雄高津野).
        for (text, map) in [(Cow::Borrowed(after), None), without_aza(after)] {
            for (len, town) in gz.town_prefixes_in(municipality, &text) {
                let consumed = map.as_ref().map_or(len, |m: &Vec<usize>| m[len]);
                // A town named with a number (十二, folded 12) must not take
                // the first digits of a longer number (1200番地).
                if compact.splits_a_number(name_at + consumed) {
                    continue;
                }
                push(Some(town), name_at + consumed, directions);
            }
        }
    }
}

/// `text` with every 大字 and 字 removed, and a map from each byte offset of
/// the result (and its end) to the offset in `text`; `("", None)` when there
/// is nothing to remove. Only prefixes of the result are matched against
/// town names, so a 字 further on does no harm.
fn without_aza(text: &str) -> (Cow<'_, str>, Option<Vec<usize>>) {
    if !text.contains('字') {
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

/// What follows the place names.
#[derive(Default)]
struct Tail {
    sub_area: Option<String>,
    block: Option<Block>,
    building: Option<String>,
    floor: Option<u16>,
    room: Option<String>,
}

/// Parses what follows the town: sub-area text, block numbers, building,
/// floor, room. `folded` is the folded tail; `original` cuts the cleaned
/// text for a folded byte range.
fn parse_tail(folded: &str, original: impl Fn(std::ops::Range<usize>) -> String) -> Tail {
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

/// Reads leading ASCII digits at `i`: (value, end). None if none or too big.
fn number_at(text: &str, i: usize) -> Option<(u32, usize)> {
    // More than 9 digits is no block number (and might not fit a u32).
    let (value, len) = text::parse_number(text.get(i..)?)?;
    (len <= 9).then_some((value, i + len))
}

/// Block numbers starting at `start`: 1丁目1番1号, 1-1-1, 123番地の4,
/// 1-1-1-404 (the fourth number is the room). Returns the block, a room
/// found inside it, and where it ends.
fn parse_block(folded: &str, start: usize) -> (Option<Block>, Option<String>, usize) {
    let mut numbers = Vec::new();
    let mut room = None;
    let mut i = start;
    let mut end = start;
    let mut chome_only = false;
    let mut saw_suffix = false;
    while let Some((n, after)) = number_at(folded, i) {
        // 809号室 right after the block is the room, not a fourth number.
        if folded[after..].starts_with("号室") {
            room = Some(n.to_string());
            end = after + "号室".len();
            break;
        }
        numbers.push(n);
        i = after;
        end = after;
        let rest = &folded[i..];
        let separators: [(&str, bool); 8] = [
            ("丁目", false),
            ("番地ノ", false),
            ("番地", false),
            ("番ノ", false),
            ("番", false),
            ("号", false),
            ("-", true),
            ("ノ", true),
        ];
        let Some((sep, dash)) = separators.iter().find(|(s, _)| {
            rest.starts_with(s) && !rest.starts_with("号室") && !rest.starts_with("号棟")
        }) else {
            break;
        };
        chome_only = *sep == "丁目" && numbers.len() == 1;
        saw_suffix |= !dash;
        i += sep.len();
        end = i;
        // 1丁目2番3号 is complete: what follows is a room or a building.
        if *sep == "号" {
            break;
        }
        // A dash must be followed by a number to belong to the block.
        if *dash && number_at(folded, i).is_none() {
            end = i - sep.len();
            break;
        }
        if !*dash && number_at(folded, i).is_none() {
            break;
        }
    }
    if numbers.is_empty() {
        return (None, None, start);
    }
    if chome_only && numbers.len() > 1 {
        chome_only = false;
    }
    if numbers.len() >= 4 && !saw_suffix && room.is_none() {
        room = numbers.pop().map(|n| n.to_string());
    }
    (
        Some(Block {
            numbers,
            chome_only,
        }),
        room,
        end,
    )
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
        floor = number.parse().ok();
        rest = head.trim_end();
        break;
    }
    let building = (!rest.is_empty()).then(|| rest.to_owned());
    (building, floor, room)
}

/// Checks a given postal code against the address, or infers one.
fn settle_postal_code(gz: &Gazetteer, parts: &mut Parts, code: Option<&CodePlaces>) {
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
            if let Some(expected) = infer_postal_code(gz, parts) {
                if expected != given && !places.only_city_wide {
                    parts
                        .warnings
                        .push(Warning::PostalCodeDiffers { given, expected });
                }
            }
        }
        _ => match infer_postal_code(gz, parts) {
            Some(code) => {
                parts.postal_code = Some(code);
                parts.postal_code_inferred = true;
                parts.warnings.push(Warning::PostalCodeInferred(code));
            }
            None => parts.warnings.push(Warning::PostalCodeNotInferred),
        },
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
            o.name
        );
    }
    code.to_string()
}

/// The postal code the address decides, if the data makes it unique:
/// by floor of a skyscraper, by chome or banchi range, else the town's only
/// code, else the municipality's city-wide code when no town is named.
fn infer_postal_code(gz: &Gazetteer, parts: &mut Parts) -> Option<PostalCode> {
    let town = match parts.town {
        Some(town) => town,
        None => {
            let city_wide = gz.towns_of(parts.municipality.id).first()?;
            return city_wide
                .is_city_wide()
                .then(|| gz.districts_of(city_wide.id).first().map(|d| d.code))
                .flatten();
        }
    };
    let districts = gz.districts_of(town.id);
    let first_number = parts
        .block
        .as_ref()
        .and_then(|b| b.numbers().first().copied());

    // Skyscrapers with a code per floor. The floors of one building are
    // consecutive districts sharing its name, so each name is folded once.
    if let Some(building) = &parts.building {
        let building_key = text::fold_key(building);
        let mut last: Option<(&str, bool)> = None;
        let mut tower = districts.iter().filter(|d| {
            let Some(b) = d.building else { return false };
            match last {
                Some((name, matched)) if name == b.kanji => matched,
                _ => {
                    let matched = building_key.starts_with(text::fold_key(b.kanji).as_ref());
                    last = Some((b.kanji, matched));
                    matched
                }
            }
        });
        let Some(first) = tower.next() else {
            // A building with a floor in a town whose skyscrapers have a
            // code per floor, but not one of them by name (丸ビル for
            // 丸の内ビルディング): the town's other code would be a guess.
            if parts.floor.is_some() && districts.iter().any(|d| d.building.is_some()) {
                return None;
            }
            return infer_plain(districts, parts, first_number);
        };
        parts.skyscraper = first.building;
        let (mut on_floor, mut unknown_floor) = (None, None);
        for d in std::iter::once(first).chain(tower) {
            if d.qualifier == Qualifier::Floor(parts.floor) {
                on_floor = Some(d.code);
            }
            if d.qualifier == Qualifier::Floor(None) {
                unknown_floor = Some(d.code);
            }
        }
        return on_floor.or(unknown_floor);
    }
    infer_plain(districts, parts, first_number)
}

/// The code of a town's districts that are not skyscraper floors, if the
/// address decides one: Kyoto directions, chome or banchi range, or the
/// town's only code.
fn infer_plain(
    districts: &[gazetteer::District],
    parts: &Parts,
    first_number: Option<u32>,
) -> Option<PostalCode> {
    let plain = || districts.iter().filter(|d| d.building.is_none());
    // Kyoto: a town split by street directions lists them in the note
    // (河原町通御池下る、…); the directions the address gives pick the code.
    if let Some(directions) = &parts.sub_area {
        // 下る and 下ル are the same direction.
        let direction_key = |s: &str| text::fold_key(s).replace('ル', "る");
        let key = direction_key(directions);
        let by_note = plain().find(|d| match d.qualifier {
            Qualifier::Note(note) => note.split('、').any(|item| direction_key(item) == key),
            _ => false,
        });
        if let Some(d) = by_note {
            return Some(d.code);
        }
    }
    if let Some(n) = first_number {
        if let Some(d) = plain().find(|d| d.qualifier.covers(n)) {
            return Some(d.code);
        }
    }
    let mut codes: Vec<PostalCode> = plain()
        .filter(|d| match d.qualifier {
            Qualifier::Chome(_) | Qualifier::Banchi(_) => false,
            Qualifier::Rest => first_number.is_some(),
            _ => true,
        })
        .map(|d| d.code)
        .collect();
    codes.sort_unstable();
    codes.dedup();
    match codes[..] {
        [code] => Some(code),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
