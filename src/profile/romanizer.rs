//! The [`Romanizer`]: parse, read every part, and assemble the five fields.

use super::building::{gazetteer_reading, skyscraper_reading, sub_area, without_aza_prefix};
use super::cache::{cached, PlaceKind};
use super::names::{self, named};
use super::output::{Profile, Romanized, RomanizedParts, TextPart};
use crate::error::Error;
use crate::gazetteer::Place;
use crate::parse::{parse, Parts};
use crate::romaji::{self, Case};
use crate::warning::Warning;
use crate::{CityOrder, Style};

/// Turns addresses into [`Profile`]s in a chosen [`Style`].
///
/// [`crate::romanize`] is `Romanizer::new(Style::DEFAULT).romanize`.
/// A `Romanizer` is `Copy` and can sit in a `static`.
///
/// # Example: the Japan Post style
///
/// ```
/// use jusho::{Romanizer, Style};
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
            cached(self.style, PlaceKind::Prefecture, &prefecture.name, || {
                names::prefecture(style, prefecture)
            }),
        );
        let part = |p: &Place| {
            named(
                *p,
                cached(self.style, PlaceKind::MunicipalityPart, p, || {
                    names::municipality_part(style, p)
                }),
            )
        };
        let county = parts.county().map(part);
        let city = part(parts.city());
        let ward = parts.ward().map(part);
        let town = parts.town.filter(|t| !t.is_city_wide()).map(|t| {
            named(
                t.name,
                cached(self.style, PlaceKind::Town, &t.name, || {
                    names::town(style, &t.name)
                }),
            )
        });

        let near = parts.municipality;
        let building_text = parts.building.as_deref().unwrap_or("");
        let read = |kanji: &str| {
            crate::parse::kyoto_street_reading(kanji, near)
                .map(str::to_owned)
                .or_else(|| {
                    parts
                        .skyscraper
                        .and_then(|sky| skyscraper_reading(kanji, building_text, &sky))
                })
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
                    sub_area(style, body, &read)
                } else {
                    romaji::romanize_mixed(body, &style.get_spelling(), &read)
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
            let below = if parts.basement { "b" } else { "" };
            address.push(romaji::apply_case(&format!("{below}{floor}f"), Case::Upper));
        }
        if let Some(name) = building.as_ref().filter(|b| !b.romaji.is_empty()) {
            address.push(name.romaji.clone());
        }
        let premises = address.len();
        for piece in [
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

        // Length in bytes of "#room floor Building " before the street.
        let mut street_start = address[..premises].iter().map(|p| p.len() + 1).sum();
        if premises == address.len() {
            street_start = 0;
        }
        if let Some(po_box) = &parts.po_box {
            address = vec![po_box.to_english(style, &read)];
            street_start = 0;
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

        let zip = parts.postal_code;
        let profile = Profile {
            country: romaji::apply_case("Japan", case),
            address: address.join(" "),
            city: city_field,
            state: prefecture.romaji.clone(),
            zip: zip.map(|c| c.to_string()).unwrap_or_default(),
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
            street_start,
        }
    }
}
