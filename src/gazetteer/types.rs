//! The records of the gazetteer. All text borrows from the embedded data.

use crate::postal::PostalCode;

/// Index of a prefecture in [`super::Gazetteer::prefectures`] (JIS code − 1).
///
/// Ids are valid by construction: the gazetteer hands them out, and
/// [`PrefectureId::new`] checks an index against the embedded data. So a
/// lookup by id ([`super::Gazetteer::prefecture`]) always finds its record.
/// Serialized as the index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(transparent))]
pub struct PrefectureId(pub(crate) u8);

/// Index of a municipality in [`super::Gazetteer::municipalities`]. Valid by
/// construction, as [`PrefectureId`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(transparent))]
pub struct MunicipalityId(pub(crate) u32);

/// Index of a town in [`super::Gazetteer::towns`]. Valid by construction, as
/// [`PrefectureId`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(transparent))]
pub struct TownId(pub(crate) u32);

impl PrefectureId {
    /// The id of the prefecture at `index` in
    /// [`super::Gazetteer::prefectures`], or `None` when there is none.
    ///
    /// ```
    /// use jusho::gazetteer::{self, PrefectureId};
    ///
    /// let tokyo = PrefectureId::new(12).unwrap();
    /// assert_eq!(gazetteer::get().prefecture(tokyo).name.kanji, "東京都");
    /// assert_eq!(PrefectureId::new(47), None);
    /// ```
    pub fn new(index: u8) -> Option<PrefectureId> {
        (usize::from(index) < super::get().prefectures().len()).then_some(PrefectureId(index))
    }

    /// Its index in [`super::Gazetteer::prefectures`].
    pub const fn index(self) -> usize {
        self.0 as usize
    }
}

impl MunicipalityId {
    /// The id of the municipality at `index` in
    /// [`super::Gazetteer::municipalities`], or `None` when there is none.
    ///
    /// ```
    /// use jusho::gazetteer::MunicipalityId;
    ///
    /// assert!(MunicipalityId::new(0).is_some());
    /// assert_eq!(MunicipalityId::new(u32::MAX), None);
    /// ```
    pub fn new(index: u32) -> Option<MunicipalityId> {
        let len = super::get().municipalities().len();
        usize::try_from(index)
            .is_ok_and(|i| i < len)
            .then_some(MunicipalityId(index))
    }

    /// Its index in [`super::Gazetteer::municipalities`].
    pub const fn index(self) -> usize {
        self.0 as usize
    }
}

impl TownId {
    /// The id of the town at `index` in [`super::Gazetteer::towns`], or
    /// `None` when there is none.
    ///
    /// ```
    /// use jusho::gazetteer::{self, TownId};
    ///
    /// let gz = gazetteer::get();
    /// let tsukiji = gz.find_towns("築地")[0];
    /// assert_eq!(TownId::new(tsukiji.index() as u32), Some(tsukiji));
    /// assert_eq!(TownId::new(u32::MAX), None);
    /// ```
    pub fn new(index: u32) -> Option<TownId> {
        super::get().town_id(index)
    }

    /// Its index in [`super::Gazetteer::towns`].
    pub const fn index(self) -> usize {
        self.0 as usize
    }
}

/// A name as the data writes it: kanji (canonical spelling), katakana
/// reading, and where, inside the reading, one kanji's reading ends and the
/// next one's begins with a vowel (so that 小浦 コウラ is read Ko-ura, not
/// Kōra).
///
/// Serialized as `{"kanji": ..., "kana": ...}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Place {
    /// Canonical spelling, e.g. `丸の内`.
    pub kanji: &'static str,
    /// Katakana reading, e.g. `マルノウチ`.
    pub kana: &'static str,
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) junctions: &'static str,
}

impl Place {
    /// Character offsets into [`Place::kana`] where a new kanji's reading
    /// begins with a vowel kana. Long vowels must not be formed across them.
    ///
    /// ```
    /// let gz = jusho::gazetteer::get();
    /// let town = gz.town(gz.find_towns("丸の内")[0]);
    /// assert_eq!(town.name.kana, "マルノウチ");
    /// assert_eq!(town.name.vowel_junctions().collect::<Vec<_>>(), vec![3]);
    /// ```
    pub fn vowel_junctions(&self) -> impl Iterator<Item = u16> + '_ {
        self.junctions
            .split(',')
            .filter_map(|n| n.parse::<u16>().ok())
    }
}

/// One of the 47 prefectures.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Prefecture {
    /// Its id (JIS code − 1).
    pub id: PrefectureId,
    /// Two-digit JIS X 0401 code, `13` for Tokyo.
    pub jis: &'static str,
    /// 東京都 / トウキョウト.
    pub name: Place,
    /// The name used on English forms: `Tokyo`, `Hokkaido`, `Osaka`.
    pub english: &'static str,
}

/// A municipality: a city, town or village (市町村), a Tokyo special ward
/// (区), or a ward of a designated city, split into its parts.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Municipality {
    /// Its id.
    pub id: MunicipalityId,
    /// Five-digit JIS X 0402 code.
    pub jis: &'static str,
    /// The prefecture it belongs to.
    pub prefecture: PrefectureId,
    /// The county (郡), for towns and villages that have one: 虻田郡 アブタグン.
    pub county: Option<Place>,
    /// The city, town, village or Tokyo ward: 倶知安町 クッチャンチョウ,
    /// 札幌市 サッポロシ, 中央区 チュウオウク (Tokyo).
    pub city: Place,
    /// The ward of a designated city: 中央区 チュウオウク (of 札幌市).
    pub ward: Option<Place>,
}

impl Municipality {
    /// The full name as KEN_ALL writes it: 虻田郡倶知安町, 札幌市中央区.
    pub fn full_name(&self) -> String {
        let mut s = String::new();
        for part in [self.county.as_ref(), Some(&self.city), self.ward.as_ref()]
            .into_iter()
            .flatten()
        {
            s.push_str(part.kanji);
        }
        s
    }

    /// The full reading, parts joined: アブタグンクッチャンチョウ.
    pub fn full_kana(&self) -> String {
        let mut s = String::new();
        for part in [self.county.as_ref(), Some(&self.city), self.ward.as_ref()]
            .into_iter()
            .flatten()
        {
            s.push_str(part.kana);
        }
        s
    }
}

/// A town (町域): a named area of a municipality, with one or more districts.
/// Decoded from the compiled tables when asked for, so passed by value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Town {
    /// Its id.
    pub id: TownId,
    /// The municipality it is in.
    pub municipality: MunicipalityId,
    /// 築地 / ツキジ. Empty for the municipality's city-wide entry.
    pub name: Place,
    /// Its districts are `first_district..end_district` of the gazetteer's.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) first_district: u32,
    #[cfg_attr(feature = "serde", serde(skip))]
    pub(crate) end_district: u32,
}

impl Town {
    /// True for the empty-named entry that carries the municipality's
    /// city-wide postal code.
    pub fn is_city_wide(&self) -> bool {
        self.name.kanji.is_empty()
    }
}

/// What part of a town a district's postal code covers, from Japan Post's
/// notes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "snake_case")
)]
#[non_exhaustive]
pub enum Qualifier {
    /// The whole town.
    Whole,
    /// The whole municipality where no town is listed (以下に掲載がない場合,
    /// or a village whose only code is written as a town of its own name).
    CityWide,
    /// The part of the town not covered by its other districts (その他,
    /// 次のビルを除く).
    Rest,
    /// Only these chome, as ranges: `1-19` or `1-1,3-5`.
    Chome(&'static str),
    /// Only these banchi (lot numbers), as ranges.
    Banchi(&'static str),
    /// One floor of a skyscraper ([`District::building`]); `None` for the
    /// basement and unknown floors (地階・階層不明).
    Floor(Option<u16>),
    /// Any other note, verbatim (lists of 字, Kyoto street directions, …).
    Note(&'static str),
}

impl Qualifier {
    /// For [`Qualifier::Chome`] and [`Qualifier::Banchi`]: whether `n` is in
    /// the ranges. Always false for the other kinds.
    ///
    /// ```
    /// use jusho::gazetteer::Qualifier;
    /// assert!(Qualifier::Chome("1-19").covers(19));
    /// assert!(!Qualifier::Chome("1-19").covers(20));
    /// assert!(Qualifier::Banchi("1-3,7-7").covers(7));
    /// ```
    pub fn covers(&self, n: u32) -> bool {
        let ranges = match self {
            Qualifier::Chome(r) | Qualifier::Banchi(r) => r,
            _ => return false,
        };
        ranges.split(',').any(|range| {
            let (lo, hi) = range.split_once('-').unwrap_or((range, range));
            match (lo.parse::<u32>(), hi.parse::<u32>()) {
                (Ok(lo), Ok(hi)) => (lo..=hi).contains(&n),
                _ => false,
            }
        })
    }
}

/// One district: a postal code for a town or part of it (one KEN_ALL row).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct District {
    /// The postal code.
    pub code: PostalCode,
    /// The town it belongs to.
    pub town: TownId,
    /// Which part of the town it covers.
    pub qualifier: Qualifier,
    /// For skyscrapers with a code per floor: the building
    /// (グラントウキョウサウスタワー in 丸の内).
    pub building: Option<Place>,
}

/// Whether a JIGYOSYO entry is an office with its own code or a PO box.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "snake_case")
)]
#[non_exhaustive]
pub enum OfficeKind {
    /// A large-volume office with its own postal code.
    Office,
    /// A post-office box (私書箱).
    PoBox,
}

/// A JIGYOSYO entry: an organisation with its own postal code.
///
/// Its street and name are read from the tables when asked for
/// ([`Office::street`], [`Office::name`]): looking offices up by postal
/// code, as the parser does, then leaves those 1 MB of the tables unread.
///
/// ```
/// let gz = jusho::gazetteer::get();
/// let office = gz.offices().iter().next().unwrap();
/// assert!(!office.name().is_empty());
/// ```
#[derive(Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Office {
    /// Its postal code.
    pub code: PostalCode,
    /// The municipality it is in.
    pub municipality: MunicipalityId,
    /// The town, as written in the source (may be empty).
    pub town: &'static str,
    /// Office or PO box.
    pub kind: OfficeKind,
    /// Where [`Office::street`] and [`Office::name`] are in the tables'
    /// string pool (each string is stored once, so equal offsets are equal
    /// strings).
    pub(super) street_at: u32,
    pub(super) name_at: u32,
}

impl Office {
    /// The rest of the street address (block numbers, building), as written.
    pub fn street(&self) -> &'static str {
        super::tables::string(self.street_at)
    }

    /// The organisation's name.
    pub fn name(&self) -> &'static str {
        super::tables::string(self.name_at)
    }
}

impl std::fmt::Debug for Office {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Office")
            .field("code", &self.code)
            .field("municipality", &self.municipality)
            .field("town", &self.town)
            .field("street", &self.street())
            .field("name", &self.name())
            .field("kind", &self.kind)
            .finish()
    }
}

/// Serialized as before the street and name became methods:
/// `{"code", "municipality", "town", "street", "name", "kind"}`.
#[cfg(feature = "serde")]
impl serde::Serialize for Office {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Office", 6)?;
        s.serialize_field("code", &self.code)?;
        s.serialize_field("municipality", &self.municipality)?;
        s.serialize_field("town", &self.town)?;
        s.serialize_field("street", &self.street())?;
        s.serialize_field("name", &self.name())?;
        s.serialize_field("kind", &self.kind)?;
        s.end()
    }
}
