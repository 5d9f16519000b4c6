//! [`Parts`] + [`Style`] → [`Profile`]: the five fields of an English address
//! form, and the romaji of every part.
//!
//! Place names are read from the gazetteer's kana, never guessed: the suffix
//! of each municipality part (-shi, -ku, -cho/-machi, -mura/-son, -gun) comes
//! from its own reading, and long vowels are only merged inside one kanji's
//! reading (the gazetteer's vowel junctions). Free text (buildings, 字 names)
//! goes through [`romaji::romanize_mixed`], with the gazetteer reading the
//! kanji it knows as place names.

use serde::{Deserialize, Serialize};
use std::cell::RefCell;

use crate::error::Error;
use crate::gazetteer::{self, Place};
use crate::parse::{parse, Parts};
use crate::romaji::{self, Case, CityOrder, PrefectureSuffix, Style};
use crate::warning::Warning;

/// The five fields of an English address form (the AWS Certification
/// profile's labels in the doc of each field).
///
/// # Example
///
/// ```
/// let profile = jusho::romanize("〒104-0045 東京都中央区築地1丁目1番1号 サンプルマンション404号室")?;
/// assert_eq!(profile.country, "Japan");
/// assert_eq!(profile.address, "#404 Sample Mansion 1-1-1 Tsukiji");
/// assert_eq!(profile.city, "Chuo-ku");
/// assert_eq!(profile.state, "Tokyo");
/// assert_eq!(profile.zip, "104-0045");
/// # Ok::<(), jusho::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Profile {
    /// `Country`: always `Japan` (`JAPAN` in upper case).
    pub country: String,
    /// `Address`: `#room Building block Town`, e.g. `#404 Sample Mansion 1-1-1 Tsukiji`.
    pub address: String,
    /// `City`: municipality parts, e.g. `Chuo-ku, Sapporo-shi`.
    pub city: String,
    /// `State/Province`: the prefecture, e.g. `Tokyo`.
    pub state: String,
    /// `Zip/Postal Code`: `NNN-NNNN`, or empty when unknown.
    pub zip: String,
}

/// A named place in three scripts: as written (canonical kanji), its kana,
/// and its romaji in the chosen style.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamedPart {
    /// Canonical kanji spelling: `東京都`.
    pub ja: String,
    /// Katakana reading: `トウキョウト`.
    pub kana: String,
    /// Romaji in the chosen style: `Tokyo`.
    pub romaji: String,
}

/// Free text (building, sub-area) as written and in romaji.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextPart {
    /// As written (cleaned): `サンプルマンション`.
    pub ja: String,
    /// Romaji in the chosen style: `Sample Mansion`.
    pub romaji: String,
}

/// Every part of an address with its romaji: the `parts` object of the
/// example binary's `--json` output.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RomanizedParts {
    /// `NNN-NNNN`, given or inferred.
    pub postal_code: Option<String>,
    /// The prefecture.
    pub prefecture: Option<NamedPart>,
    /// The county (郡).
    pub county: Option<NamedPart>,
    /// The city, town or village (or Tokyo ward).
    pub city: Option<NamedPart>,
    /// The ward of a designated city.
    pub ward: Option<NamedPart>,
    /// The town (町域).
    pub town: Option<NamedPart>,
    /// 字 names or Kyoto street directions.
    pub sub_area: Option<TextPart>,
    /// Block numbers, `1-1-1`.
    pub block: Option<String>,
    /// The building.
    pub building: Option<TextPart>,
    /// The floor.
    pub floor: Option<u16>,
    /// The room number.
    pub room: Option<String>,
}

/// Everything [`Romanizer::romanize_full`] knows about an address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Romanized {
    /// The five form fields.
    pub profile: Profile,
    /// Each part with its romaji.
    pub parts: RomanizedParts,
    /// Non-fatal findings (inferred postal code, unread kanji, …).
    pub warnings: Vec<Warning>,
}

/// Turns addresses into [`Profile`]s in a chosen [`Style`].
///
/// [`crate::romanize`] is `Romanizer::new(Style::DEFAULT).romanize`.
/// A `Romanizer` is `Copy` and can sit in a `static`.
///
/// # Example: the Japan Post style
///
/// ```
/// use jusho::{romaji::Style, Romanizer};
///
/// static JAPAN_POST: Romanizer = Romanizer::new(Style::JAPAN_POST);
/// let profile = JAPAN_POST.romanize("北海道札幌市中央区大通西25丁目")?;
/// assert_eq!(profile.city, "SAPPORO-SHI CHUO-KU");
/// assert_eq!(profile.address, "25-CHOME ODORINISHI");
/// assert_eq!(profile.zip, "064-0820");
/// # Ok::<(), jusho::Error>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Romanizer {
    style: Style,
}

impl Romanizer {
    /// A romanizer for `style`.
    pub const fn new(style: Style) -> Romanizer {
        Romanizer { style }
    }

    /// Its style.
    pub const fn style(&self) -> &Style {
        &self.style
    }

    /// Parses and romanizes an address into the five form fields.
    ///
    /// # Errors
    ///
    /// Every error of [`crate::parse`].
    pub fn romanize(&self, text: &str) -> Result<Profile, Error> {
        self.romanize_full(text).map(|r| r.profile)
    }

    /// Parses and romanizes an address: the five fields, every part's
    /// romaji, and the warnings.
    ///
    /// # Errors
    ///
    /// Every error of [`crate::parse`].
    ///
    /// # Example
    ///
    /// ```
    /// let r = jusho::Romanizer::default().romanize_full("中央区築地1-1-1")?;
    /// assert_eq!(r.profile.zip, "104-0045");
    /// assert_eq!(r.parts.town.unwrap().kana, "ツキジ");
    /// assert!(r.warnings.iter().any(|w| w.to_string().contains("inferred")));
    /// # Ok::<(), jusho::Error>(())
    /// ```
    pub fn romanize_full(&self, text: &str) -> Result<Romanized, Error> {
        let parts = parse(text)?;
        Ok(self.romanize_parts(parts))
    }

    /// Romanizes already parsed parts.
    pub fn romanize_parts(&self, parts: Parts) -> Romanized {
        let style = &self.style;
        let case = style.get_case();
        let mut warnings = parts.warnings.clone();

        let prefecture = parts.prefecture;
        let prefecture = named(
            prefecture.name,
            self.cached(PlaceKind::Prefecture, &prefecture.name, || {
                self.prefecture(prefecture)
            }),
        );
        let part = |p: &Place| {
            named(
                *p,
                self.cached(PlaceKind::MunicipalityPart, p, || self.municipality_part(p)),
            )
        };
        let county = parts.county().map(part);
        let city = part(parts.city());
        let ward = parts.ward().map(part);
        let town = parts.town.filter(|t| !t.is_city_wide()).map(|t| {
            named(
                t.name,
                self.cached(PlaceKind::Town, &t.name, || self.town(&t.name)),
            )
        });

        let near = parts.municipality;
        let building_text = parts.building.as_deref().unwrap_or("");
        let read = |kanji: &str| {
            parts
                .skyscraper
                .and_then(|sky| skyscraper_reading(kanji, building_text, &sky))
                .or_else(|| gazetteer_reading(kanji, near))
        };
        let mut mixed = |text: &Option<String>, strip_aza: bool| {
            text.as_ref().map(|ja| {
                let body = if strip_aza {
                    without_aza_prefix(ja)
                } else {
                    ja
                };
                let romaji = if strip_aza {
                    self.sub_area(body, &read)
                } else {
                    romaji::romanize_mixed(body, style, &read)
                };
                if romaji.unread_kanji {
                    warnings.push(Warning::UnreadKanji(ja.clone()));
                }
                if romaji.dropped_other {
                    warnings.push(Warning::DroppedText {
                        text: ja.clone(),
                        dropped: romaji.dropped.clone(),
                    });
                }
                TextPart {
                    ja: ja.clone(),
                    romaji: romaji.text,
                }
            })
        };
        let sub_area = mixed(&parts.sub_area, true);
        let building = mixed(&parts.building, false);

        let block = parts.block.as_ref().map(|b| {
            if b.is_chome_only() {
                romaji::apply_case(&format!("{b}-chome"), case)
            } else {
                b.to_string()
            }
        });

        // Address: #room floor Building block sub-area Town.
        let mut address: Vec<String> = Vec::new();
        if let Some(room) = &parts.room {
            address.push(format!("#{room}"));
        }
        if let Some(floor) = parts.floor {
            address.push(romaji::apply_case(&format!("{floor}f"), Case::Upper));
        }
        for piece in [
            building.as_ref().map(|b| b.romaji.clone()),
            block.clone(),
            sub_area.as_ref().map(|s| s.romaji.clone()),
            town.as_ref().map(|t| t.romaji.clone()),
        ]
        .into_iter()
        .flatten()
        {
            if !piece.is_empty() {
                address.push(piece);
            }
        }

        let mut city_parts: Vec<&str> = [ward.as_ref(), Some(&city), county.as_ref()]
            .into_iter()
            .flatten()
            .map(|p| p.romaji.as_str())
            .collect();
        let city_field = match style.get_city_order() {
            CityOrder::SmallestFirst => city_parts.join(", "),
            CityOrder::LargestFirst => {
                city_parts.reverse();
                city_parts.join(" ")
            }
        };

        let zip = parts.postal_code.map(|c| c.to_string());
        let profile = Profile {
            country: romaji::apply_case("Japan", case),
            address: address.join(" "),
            city: city_field,
            state: prefecture.romaji.clone(),
            zip: zip.clone().unwrap_or_default(),
        };
        Romanized {
            profile,
            parts: RomanizedParts {
                postal_code: zip,
                prefecture: Some(prefecture),
                county,
                city: Some(city),
                ward,
                town,
                sub_area,
                block: parts.block.as_ref().map(ToString::to_string),
                building,
                floor: parts.floor,
                room: parts.room.clone(),
            },
            warnings,
        }
    }

    /// The romaji of a gazetteer place in this style, computed once per
    /// thread: place names repeat from address to address.
    fn cached(&self, kind: PlaceKind, place: &Place, compute: impl FnOnce() -> String) -> String {
        // The gazetteer's text is 'static, so its address identifies it.
        let key = (
            self.style,
            kind,
            place.kana.as_ptr() as usize,
            place.kana.len(),
        );
        PLACE_ROMAJI.with(|cache| {
            if let Some(found) = cache.borrow().get(&key) {
                return found.clone();
            }
            let romaji = compute();
            let mut cache = cache.borrow_mut();
            if cache.len() >= PLACE_ROMAJI_CAPACITY {
                cache.clear();
            }
            cache.insert(key, romaji.clone());
            romaji
        })
    }

    /// Hepburn for a kana reading, long vowels merged only inside the
    /// segments that `place`'s junctions (offset by `from`) delimit.
    fn kana(&self, kana: &str, starts: &[u16]) -> String {
        let mut out = String::with_capacity(kana.len());
        romaji::kana_to_romaji(kana, starts, &self.style, &mut out);
        out
    }

    /// 東京都 → Tokyo (or Tokyo-to): the stem read from the kana, the suffix
    /// added only when the style asks for it.
    fn prefecture(&self, prefecture: &gazetteer::Prefecture) -> String {
        let place = &prefecture.name;
        let starts: Vec<u16> = place.vowel_junctions().collect();
        let (stem, suffix) = match place.kanji.chars().last() {
            Some('都') => (place.kana.strip_suffix('ト'), "to"),
            Some('府') => (place.kana.strip_suffix('フ'), "fu"),
            Some('県') => (place.kana.strip_suffix("ケン"), "ken"),
            _ => (None, ""),
        };
        let mut out = self.kana(stem.unwrap_or(place.kana), &starts);
        if stem.is_some() && self.style.get_prefecture_suffix() == PrefectureSuffix::Hyphenated {
            out.push('-');
            out.push_str(suffix);
        }
        romaji::apply_case(&out, self.style.get_case())
    }

    /// A county, city or ward: the stem, a hyphen, and the suffix as its
    /// reading says (倶知安町 クッチャンチョウ → Kutchan-cho; 小国町 オグニマチ
    /// → Oguni-machi; 新庄村 シンジョウソン → Shinjo-son).
    fn municipality_part(&self, place: &Place) -> String {
        const SUFFIXES: [&str; 7] = ["グン", "チョウ", "マチ", "ムラ", "ソン", "シ", "ク"];
        let starts: Vec<u16> = place.vowel_junctions().collect();
        let split = SUFFIXES
            .iter()
            .find_map(|s| place.kana.strip_suffix(s).map(|stem| (stem, *s)))
            .filter(|(stem, _)| !stem.is_empty());
        let out = match split {
            Some((stem, suffix)) => {
                let stem_len = stem.chars().count() as u16;
                let stem_starts: Vec<u16> =
                    starts.iter().copied().filter(|&s| s < stem_len).collect();
                format!(
                    "{}-{}",
                    self.kana(stem, &stem_starts),
                    self.kana(suffix, &[])
                )
            }
            None => self.kana(place.kana, &starts),
        };
        romaji::apply_case(&out, self.style.get_case())
    }

    /// A town: one word as the registries write it (Ebisucho, Otemachi),
    /// numbered parts apart (キタ1ジョウヒガシ → Kita 1-jo Higashi).
    fn town(&self, place: &Place) -> String {
        let starts: Vec<u16> = place.vowel_junctions().collect();
        let mut out = String::new();
        let mut word = String::new();
        let mut word_start = 0u16;
        let mut word_starts: Vec<u16> = Vec::new();
        let chars: Vec<char> = place.kana.chars().collect();
        let mut i = 0;
        let flush = |word: &mut String, word_starts: &mut Vec<u16>, out: &mut String| {
            if !word.is_empty() {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(&self.kana(word, word_starts));
                word.clear();
            }
            word_starts.clear();
        };
        while i < chars.len() {
            if chars[i].is_ascii_digit() {
                flush(&mut word, &mut word_starts, &mut out);
                let digits: String = chars[i..]
                    .iter()
                    .take_while(|c| c.is_ascii_digit())
                    .collect();
                i += digits.len();
                let rest: String = chars[i..].iter().collect();
                let counter = COUNTERS.iter().find(|(kana, _)| rest.starts_with(kana));
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(&digits);
                if let Some((kana, romaji)) = counter {
                    out.push('-');
                    out.push_str(romaji);
                    i += kana.chars().count();
                }
                word_start = i as u16;
                continue;
            }
            if starts.contains(&(i as u16)) && !word.is_empty() {
                word_starts.push(i as u16 - word_start);
            }
            word.push(chars[i]);
            i += 1;
        }
        flush(&mut word, &mut word_starts, &mut out);
        romaji::apply_case(&out, self.style.get_case())
    }

    /// 字 names and Kyoto street directions: 河原町通三条上る →
    /// Kawaramachi-dori Sanjo-agaru.
    fn sub_area(&self, text: &str, read: &dyn Fn(&str) -> Option<String>) -> romaji::Mixed {
        let mut out = romaji::Mixed::default();
        let mut rest = text;
        let mut words: Vec<String> = Vec::new();
        while !rest.is_empty() {
            let marker = std::iter::once("通")
                .chain(crate::parse::DIRECTIONS)
                .filter_map(|word| rest.find(word).map(|i| (i, word, direction_suffix(word))))
                .min_by_key(|(i, word, _)| (*i, std::cmp::Reverse(word.len())));
            let Some((at, kanji, suffix)) = marker else {
                let m = romaji::romanize_mixed(rest, &self.style, read);
                out.unread_kanji |= m.unread_kanji;
                out.dropped_other |= m.dropped_other;
                out.dropped.push_str(&m.dropped);
                words.push(m.text);
                break;
            };
            let head = &rest[..at];
            let m = romaji::romanize_mixed(head, &self.style, read);
            out.unread_kanji |= m.unread_kanji;
            out.dropped_other |= m.dropped_other;
            out.dropped.push_str(&m.dropped);
            let word = if m.text.is_empty() {
                suffix.trim_start_matches('-').to_owned()
            } else {
                format!("{}{}", m.text, suffix)
            };
            words.push(romaji::apply_case(&word, self.style.get_case()));
            rest = &rest[at + kanji.len()..];
        }
        out.text = words
            .into_iter()
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        out
    }
}

/// Which kind of place a cached romaji is for (the same kana can be a
/// town and a municipality part, romanized differently).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum PlaceKind {
    Prefecture,
    MunicipalityPart,
    Town,
}

/// At most this many place romaji are cached per thread (a few MB); the
/// cache starts over when full.
const PLACE_ROMAJI_CAPACITY: usize = 16_384;

type PlaceKey = (Style, PlaceKind, usize, usize);

thread_local! {
    static PLACE_ROMAJI: RefCell<gazetteer::FnvMap<PlaceKey, String>> =
        RefCell::new(gazetteer::FnvMap::default());
}

/// Counters that follow a number inside a town's reading.
const COUNTERS: [(&str, &str); 7] = [
    ("ジョウ", "jo"),
    ("バンチョウ", "bancho"),
    ("チョウメ", "chome"),
    ("ゴウ", "go"),
    ("セン", "sen"),
    ("チワリ", "chiwari"),
    ("ク", "ku"),
];

/// The romaji suffix of a Kyoto street word: 通 (the street itself) or one
/// of [`crate::parse::DIRECTIONS`].
fn direction_suffix(word: &str) -> &'static str {
    match word.chars().next() {
        Some('通') => "-dori",
        Some('上') => "-agaru",
        Some('下') => "-sagaru",
        Some('西') => "-nishiiru",
        Some('東') => "-higashiiru",
        _ => "-iru",
    }
}

fn named(place: Place, romaji: String) -> NamedPart {
    NamedPart {
        ja: place.kanji.to_owned(),
        kana: place.kana.to_owned(),
        romaji,
    }
}

fn without_aza_prefix(text: &str) -> &str {
    text.strip_prefix("大字")
        .or_else(|| text.strip_prefix('字'))
        .unwrap_or(text)
}

/// Reads kanji from the gazetteer's place names: a town of the address's
/// own municipality (a building named after its street: 築地ビル), or a
/// municipality or prefecture anywhere, spelled exactly so; the one nearest
/// the address when several are (府中市: the address's prefecture first).
/// Other kanji are left to the kanji reader. The reading marks where a
/// kanji's reading starts with a vowel (`マル|ノ|ウチ`), so that long vowels
/// stay inside one kanji.
fn gazetteer_reading(kanji: &str, near: &gazetteer::Municipality) -> Option<String> {
    let gz = gazetteer::get();
    // The address's own municipality only: a neighbouring ward's town of the
    // same name may be read differently from the street it is named after
    // (中京区's town 丸太町 is Marutacho, the street Marutamachi).
    if let Some(town) = gz.find_town_in(near.id, kanji) {
        let place = gz.town(town).name;
        if place.kanji == kanji {
            return Some(marked_reading(&place));
        }
    }
    let municipalities = gz.find_municipalities(kanji).iter().flat_map(|m| {
        let muni = gz.municipality(m.municipality);
        [muni.county, Some(muni.city), muni.ward]
            .into_iter()
            .flatten()
            .map(move |p| (muni.prefecture, p))
    });
    let prefectures = gz.find_prefecture(kanji).map(|p| (p.id, p.name));
    let (_, place) = municipalities
        .chain(prefectures)
        .filter(|(_, p)| p.kanji == kanji)
        .max_by_key(|(prefecture, _)| *prefecture == near.prefecture)?;
    Some(marked_reading(&place))
}

/// The reading of `kanji`, the start of a building the postal code data
/// knows (新丸の内ビルディング, シンマルノウチビルディング): when the rest
/// of the building's name is spelled in kana, the data's kana for the
/// building ends with it, and what comes before is the kanji's reading.
fn skyscraper_reading(kanji: &str, building: &str, sky: &Place) -> Option<String> {
    let rest = building.strip_prefix(kanji)?;
    let sky_rest = sky.kanji.strip_prefix(kanji)?;
    if rest != sky_rest || !rest.chars().all(crate::text::is_katakana) {
        return None;
    }
    let prefix = sky.kana.strip_suffix(rest)?;
    let marked = marked_reading(sky);
    // Cut the marked reading after as many kana as the prefix has.
    let kana_count = prefix.chars().count();
    let mut seen = 0;
    let cut = marked
        .char_indices()
        .find(|&(_, c)| {
            if c != '|' {
                seen += 1;
            }
            seen > kana_count
        })
        .map_or(marked.len(), |(i, _)| i);
    Some(marked[..cut].trim_end_matches('|').to_owned())
}

/// A place's kana with `|` before each kanji whose reading starts with a
/// vowel (丸の内 → `マル|ノ|ウチ`), the form [`romaji::romanize_mixed`] reads.
fn marked_reading(place: &Place) -> String {
    let junctions: Vec<u16> = place.vowel_junctions().collect();
    let mut out = String::with_capacity(place.kana.len() + junctions.len());
    for (i, c) in place.kana.chars().enumerate() {
        if junctions.contains(&(i as u16)) {
            out.push('|');
        }
        out.push(c);
    }
    out
}

/// Romanizes an address in the default style ([`Style::DEFAULT`]).
///
/// # Errors
///
/// Every error of [`crate::parse`]: empty, too long, control characters,
/// malformed postal code, no locality, ambiguous locality.
///
/// # Example
///
/// ```
/// let p = jusho::romanize("中央区築地一丁目1-1 サンプルマンション 404")?;
/// assert_eq!(p.address, "#404 Sample Mansion 1-1-1 Tsukiji");
/// assert_eq!((p.city.as_str(), p.state.as_str(), p.zip.as_str()), ("Chuo-ku", "Tokyo", "104-0045"));
///
/// let p = jusho::romanize("北海道虻田郡倶知安町北1条東")?;
/// assert_eq!(p.city, "Kutchan-cho, Abuta-gun");
/// assert_eq!(p.address, "Kita 1-jo Higashi");
/// # Ok::<(), jusho::Error>(())
/// ```
pub fn romanize(text: &str) -> Result<Profile, Error> {
    Romanizer::new(Style::DEFAULT).romanize(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::romaji::{LongVowel, SyllabicN};

    fn romanize_with(style: Style, input: &str) -> Profile {
        Romanizer::new(style)
            .romanize(input)
            .unwrap_or_else(|e| panic!("{input}: {e}"))
    }

    /// The prefecture read from its kana matches the English name the data
    /// carries (an independent list in the generator) for all 47.
    #[test]
    fn every_prefecture_reads_as_its_english_name() {
        let gz = gazetteer::get();
        let r = Romanizer::default();
        for p in gz.prefectures() {
            assert_eq!(r.prefecture(p), p.english, "{}", p.name.kanji);
        }
    }

    /// Every municipality part gets its suffix from its own reading.
    #[test]
    fn every_municipality_part_has_a_hyphenated_suffix() {
        let gz = gazetteer::get();
        let r = Romanizer::default();
        let suffixes = ["-shi", "-ku", "-cho", "-machi", "-mura", "-son", "-gun"];
        for m in gz.municipalities() {
            for part in [m.county.as_ref(), Some(&m.city), m.ward.as_ref()]
                .into_iter()
                .flatten()
            {
                let romaji = r.municipality_part(part);
                assert!(
                    suffixes.iter().any(|s| romaji.ends_with(s)) && romaji.is_ascii(),
                    "{} {} -> {romaji}",
                    part.kanji,
                    part.kana
                );
                let first = romaji.chars().next().unwrap();
                assert!(first.is_ascii_uppercase(), "{romaji}");
            }
        }
    }

    #[test]
    fn municipality_suffixes_follow_the_reading() {
        let p = romanize_with(Style::DEFAULT, "岡山県真庭郡新庄村");
        assert_eq!(p.city, "Shinjo-son, Maniwa-gun");
        let p = romanize_with(Style::DEFAULT, "山形県西置賜郡小国町");
        assert_eq!(p.city, "Oguni-machi, Nishiokitama-gun");
        let p = romanize_with(Style::DEFAULT, "長野県下伊那郡阿智村");
        assert_eq!(p.city, "Achi-mura, Shimoina-gun");
    }

    #[test]
    fn long_vowels_never_cross_a_kanji_boundary() {
        let p = romanize_with(Style::DEFAULT, "東京都千代田区丸の内1-1");
        assert_eq!(p.address, "1-1 Marunouchi");
        let p = romanize_with(Style::DEFAULT, "和歌山県東牟婁郡那智勝浦町");
        assert_eq!(p.city, "Nachikatsuura-cho, Higashimuro-gun");
        let p = romanize_with(Style::DEFAULT, "東京都千代田区大手町1-1");
        assert_eq!(p.address, "1-1 Otemachi");
    }

    #[test]
    fn styles_are_independent() {
        let input = "東京都中央区築地1-1-1";
        let macron = romanize_with(Style::new().long_vowel(LongVowel::Macron), input);
        assert_eq!(
            (macron.city.as_str(), macron.state.as_str()),
            ("Chūō-ku", "Tōkyō")
        );
        let kana = romanize_with(Style::new().long_vowel(LongVowel::Kana), input);
        assert_eq!(kana.city, "Chuuou-ku");
        let suffix = romanize_with(
            Style::new().prefecture_suffix(PrefectureSuffix::Hyphenated),
            input,
        );
        assert_eq!(suffix.state, "Tokyo-to");
        let upper = romanize_with(Style::new().case(Case::Upper), input);
        assert_eq!(upper.address, "1-1-1 TSUKIJI");
        let m = romanize_with(
            Style::new().syllabic_n(SyllabicN::MBeforeLabial),
            "東京都港区新橋1-1",
        );
        assert_eq!(m.address, "1-1 Shimbashi");
        let n = romanize_with(Style::DEFAULT, "東京都港区新橋1-1");
        assert_eq!(n.address, "1-1 Shinbashi");
        let largest = romanize_with(
            Style::new().city_order(CityOrder::LargestFirst),
            "北海道札幌市中央区大通西1丁目",
        );
        assert_eq!(largest.city, "Sapporo-shi Chuo-ku");
    }

    #[test]
    fn the_spec_examples() {
        for input in [
            "〒104-0045 東京都中央区築地1丁目1番1号 サンプルマンション404号室",
            "東京都中央区築地１－１－１ サンプルマンション４０４",
            "中央区築地一丁目1-1 サンプルマンション 404",
        ] {
            let p = romanize_with(Style::DEFAULT, input);
            assert_eq!(
                (
                    p.country.as_str(),
                    p.address.as_str(),
                    p.city.as_str(),
                    p.state.as_str(),
                    p.zip.as_str()
                ),
                (
                    "Japan",
                    "#404 Sample Mansion 1-1-1 Tsukiji",
                    "Chuo-ku",
                    "Tokyo",
                    "104-0045"
                ),
                "{input}"
            );
        }
        let p = romanize_with(Style::JAPAN_POST, "北海道札幌市中央区北1条西2丁目");
        assert_eq!(p.city, "SAPPORO-SHI CHUO-KU");
        assert_eq!(p.address, "2-CHOME KITA 1-JO NISHI");
    }

    /// Towers with a code per floor: the building is read from the postal
    /// data's kana (シンマルノウチビルディング, 丸の内 kept apart from its
    /// neighbours), a given code the floor contradicts is flagged, and a
    /// tower not known by the name written infers nothing.
    #[test]
    fn skyscrapers() {
        let r = Romanizer::default();
        let got = r
            .romanize_full("東京都千代田区丸の内2-4-1 新丸の内ビルディング 10階")
            .unwrap();
        assert_eq!(
            got.profile.address,
            "10F Shin-Marunouchi Bldg. 2-4-1 Marunouchi"
        );
        assert_eq!(got.profile.zip, "100-6510");
        let got = r
            .romanize_full("〒100-0005 東京都千代田区丸の内2-4-1 丸の内ビルディング 35階")
            .unwrap();
        assert_eq!(got.profile.zip, "100-0005");
        assert!(got.warnings.iter().any(|w| matches!(
            w,
            Warning::PostalCodeDiffers { expected, .. } if expected.to_string() == "100-6335"
        )));
        let got = r
            .romanize_full("東京都千代田区丸の内2-4-1 丸ビル35F")
            .unwrap();
        assert_eq!(got.profile.zip, "");
        assert!(got.warnings.contains(&Warning::PostalCodeNotInferred));
    }

    #[test]
    fn buildings_and_sub_areas() {
        let p = romanize_with(Style::DEFAULT, "東京都港区新橋1-1 ＪＡビル 3F");
        assert_eq!(p.address, "3F JA Bldg. 1-1 Shinbashi");
        // 河原町 and 三条 here are streets, not towns of this ward: the
        // nationwide place names read them (with or without kakasi).
        let r = Romanizer::default()
            .romanize_full("京都市中京区河原町通三条上る恵比須町123")
            .unwrap();
        assert_eq!(
            r.profile.address,
            "123 Kawaramachi-dori Sanjo-agaru Ebisucho"
        );
        // What nothing reads is left out, with a warning.
        let r = Romanizer::default()
            .romanize_full("京都市中京区河原町通三条上る恵比須町123 𪚲ビル")
            .unwrap();
        assert!(
            r.profile.address.starts_with("Bldg. 123"),
            "{}",
            r.profile.address
        );
        assert!(r
            .warnings
            .iter()
            .any(|w| matches!(w, Warning::UnreadKanji(_))));
        let p = romanize_with(Style::DEFAULT, "東京都千代田区丸の内1-1 丸の内ビル");
        assert_eq!(p.address, "Marunouchi Bldg. 1-1 Marunouchi");
    }
}
