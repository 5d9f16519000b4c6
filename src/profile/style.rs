//! [`Style`]: how an address is written in Latin letters — its
//! [`Spelling`] (long vowels, ん, case: the romaji stage's options) and
//! how the fields are put together (city order, prefecture suffix: this
//! stage's own).
//!
//! A `Style` is a small `Copy` value with private fields and `const fn`
//! setters, so a configured style can live in a `static`:
//!
//! ```
//! use jusho::romaji::{Case, LongVowel};
//! use jusho::Style;
//!
//! static SHOUTY_MACRONS: Style = Style::new().case(Case::Upper).long_vowel(LongVowel::Macron);
//! assert_eq!(SHOUTY_MACRONS.get_case(), Case::Upper);
//! ```

use std::str::FromStr;

use crate::romaji::{option_names, Case, LongVowel, ParseOptionError, Spelling, SyllabicN};

/// Order of the municipality parts in the City field.
///
/// # Example
///
/// ```
/// use jusho::{CityOrder, Style};
///
/// assert_eq!(Style::DEFAULT.get_city_order(), CityOrder::SmallestFirst);
/// assert_eq!(Style::JAPAN_POST.get_city_order(), CityOrder::LargestFirst);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum CityOrder {
    /// `Chuo-ku, Sapporo-shi`.
    #[default]
    SmallestFirst,
    /// `Sapporo-shi Chuo-ku`.
    LargestFirst,
}

/// Whether the prefecture keeps its suffix.
///
/// # Example
///
/// ```
/// use jusho::{PrefectureSuffix, Style};
///
/// let style = Style::new().prefecture_suffix(PrefectureSuffix::Hyphenated);
/// assert_eq!(style.get_prefecture_suffix(), PrefectureSuffix::Hyphenated);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum PrefectureSuffix {
    /// `Tokyo`, `Osaka`, `Hokkaido`.
    #[default]
    Omit,
    /// `Tokyo-to`, `Osaka-fu`, `Kanagawa-ken`.
    Hyphenated,
}

/// How addresses are romanized: long vowels, ん, case, city order and
/// prefecture suffix.
///
/// `Style::new()`, `Style::default()` and [`Style::DEFAULT`] are the same
/// (modified Hepburn in ASCII: plain long vowels, `n`, Title case, smallest first,
/// no prefecture suffix). [`Style::JAPAN_POST`] mimics Japan Post's romaji.
///
/// # Example: a custom style
///
/// ```
/// use jusho::romaji::{LongVowel, SyllabicN};
/// use jusho::Style;
///
/// let style = Style::new().long_vowel(LongVowel::Macron).syllabic_n(SyllabicN::MBeforeLabial);
/// assert_eq!(style.get_long_vowel(), LongVowel::Macron);
/// assert_eq!(style.get_syllabic_n(), SyllabicN::MBeforeLabial);
/// assert_ne!(style, Style::default());
/// ```
///
/// With the `serde` feature a style is an object of its five options,
/// e.g. `{"long_vowel": "macron", "case": "upper"}`; options left out keep
/// their default.
///
/// ```
/// use jusho::romaji::{Case, LongVowel};
/// use jusho::Style;
///
/// let style: Style = "japan-post".parse()?;
/// assert_eq!(style, Style::JAPAN_POST);
/// # Ok::<(), jusho::ParseOptionError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(from = "StyleFields", into = "StyleFields"))]
pub struct Style {
    spelling: Spelling,
    city_order: CityOrder,
    prefecture_suffix: PrefectureSuffix,
}

impl Style {
    /// The default style: `Tokyo`, `Chuo-ku, Sapporo-shi`, `Shinbashi`.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::Style;
    ///
    /// assert_eq!(Style::DEFAULT, Style::default());
    /// ```
    pub const DEFAULT: Style = Style {
        spelling: Spelling::DEFAULT,
        city_order: CityOrder::SmallestFirst,
        prefecture_suffix: PrefectureSuffix::Omit,
    };

    /// Japan Post's own romaji conventions: `SAPPORO-SHI CHUO-KU`,
    /// `SHIMBASHI` (upper case, `m` before b/m/p, largest first, plain long
    /// vowels, no prefecture suffix).
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::romaji::{Case, SyllabicN};
    /// use jusho::Style;
    ///
    /// assert_eq!(Style::JAPAN_POST.get_case(), Case::Upper);
    /// assert_eq!(Style::JAPAN_POST.get_syllabic_n(), SyllabicN::MBeforeLabial);
    /// ```
    pub const JAPAN_POST: Style = Style {
        spelling: Spelling::JAPAN_POST,
        city_order: CityOrder::LargestFirst,
        prefecture_suffix: PrefectureSuffix::Omit,
    };

    /// The default style, as a `const fn` so builders can start from it in
    /// a `static`.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::Style;
    ///
    /// static STYLE: Style = Style::new();
    /// assert_eq!(STYLE, Style::DEFAULT);
    /// ```
    pub const fn new() -> Style {
        Style::DEFAULT
    }

    /// Looks up a preset by the name a command line would use: `default` or
    /// `japan-post`.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::Style;
    ///
    /// assert_eq!(Style::from_preset_name("japan-post"), Some(Style::JAPAN_POST));
    /// assert_eq!(Style::from_preset_name("default"), Some(Style::DEFAULT));
    /// assert_eq!(Style::from_preset_name("kunrei"), None);
    /// ```
    pub fn from_preset_name(name: &str) -> Option<Style> {
        match name {
            "default" => Some(Style::DEFAULT),
            "japan-post" => Some(Style::JAPAN_POST),
            _ => None,
        }
    }

    /// Sets how long vowels are written.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::romaji::LongVowel;
    /// use jusho::Style;
    ///
    /// assert_eq!(Style::new().long_vowel(LongVowel::Kana).get_long_vowel(), LongVowel::Kana);
    /// ```
    pub const fn long_vowel(mut self, long_vowel: LongVowel) -> Style {
        self.spelling = self.spelling.long_vowel(long_vowel);
        self
    }

    /// Sets how ん is written before b/m/p.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::romaji::SyllabicN;
    /// use jusho::Style;
    ///
    /// let style = Style::new().syllabic_n(SyllabicN::MBeforeLabial);
    /// assert_eq!(style.get_syllabic_n(), SyllabicN::MBeforeLabial);
    /// ```
    pub const fn syllabic_n(mut self, syllabic_n: SyllabicN) -> Style {
        self.spelling = self.spelling.syllabic_n(syllabic_n);
        self
    }

    /// Sets the letter case.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::romaji::Case;
    /// use jusho::Style;
    ///
    /// assert_eq!(Style::new().case(Case::Upper).get_case(), Case::Upper);
    /// ```
    pub const fn case(mut self, case: Case) -> Style {
        self.spelling = self.spelling.case(case);
        self
    }

    /// Sets the order of municipality parts in the City field.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::{CityOrder, Style};
    ///
    /// let style = Style::new().city_order(CityOrder::LargestFirst);
    /// assert_eq!(style.get_city_order(), CityOrder::LargestFirst);
    /// ```
    pub const fn city_order(mut self, city_order: CityOrder) -> Style {
        self.city_order = city_order;
        self
    }

    /// Sets whether the prefecture keeps its suffix (`Tokyo-to`).
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::{PrefectureSuffix, Style};
    ///
    /// let style = Style::new().prefecture_suffix(PrefectureSuffix::Hyphenated);
    /// assert_eq!(style.get_prefecture_suffix(), PrefectureSuffix::Hyphenated);
    /// ```
    pub const fn prefecture_suffix(mut self, prefecture_suffix: PrefectureSuffix) -> Style {
        self.prefecture_suffix = prefecture_suffix;
        self
    }

    /// Sets the whole spelling (long vowels, ん, case) at once.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::romaji::Spelling;
    /// use jusho::{CityOrder, Style};
    ///
    /// let style = Style::JAPAN_POST.spelling(Spelling::DEFAULT);
    /// assert_eq!(style.get_spelling(), Spelling::DEFAULT);
    /// assert_eq!(style.get_city_order(), CityOrder::LargestFirst);
    /// ```
    pub const fn spelling(mut self, spelling: Spelling) -> Style {
        self.spelling = spelling;
        self
    }

    /// How kana are spelled: what the romaji stage uses.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::romaji::Spelling;
    /// use jusho::Style;
    ///
    /// assert_eq!(Style::JAPAN_POST.get_spelling(), Spelling::JAPAN_POST);
    /// ```
    pub const fn get_spelling(&self) -> Spelling {
        self.spelling
    }

    /// How long vowels are written.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::romaji::LongVowel;
    /// use jusho::Style;
    ///
    /// assert_eq!(Style::DEFAULT.get_long_vowel(), LongVowel::Plain);
    /// ```
    pub const fn get_long_vowel(&self) -> LongVowel {
        self.spelling.get_long_vowel()
    }

    /// How ん is written before b/m/p.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::romaji::SyllabicN;
    /// use jusho::Style;
    ///
    /// assert_eq!(Style::DEFAULT.get_syllabic_n(), SyllabicN::N);
    /// ```
    pub const fn get_syllabic_n(&self) -> SyllabicN {
        self.spelling.get_syllabic_n()
    }

    /// The letter case.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::romaji::Case;
    /// use jusho::Style;
    ///
    /// assert_eq!(Style::DEFAULT.get_case(), Case::Title);
    /// ```
    pub const fn get_case(&self) -> Case {
        self.spelling.get_case()
    }

    /// The order of municipality parts in the City field.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::{CityOrder, Style};
    ///
    /// assert_eq!(Style::DEFAULT.get_city_order(), CityOrder::SmallestFirst);
    /// ```
    pub const fn get_city_order(&self) -> CityOrder {
        self.city_order
    }

    /// Whether the prefecture keeps its suffix.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::{PrefectureSuffix, Style};
    ///
    /// assert_eq!(Style::DEFAULT.get_prefecture_suffix(), PrefectureSuffix::Omit);
    /// ```
    pub const fn get_prefecture_suffix(&self) -> PrefectureSuffix {
        self.prefecture_suffix
    }
}

impl Default for Style {
    fn default() -> Style {
        Style::DEFAULT
    }
}

/// Parses a preset name, as [`Style::from_preset_name`]: `default` or
/// `japan-post`.
///
/// ```
/// use jusho::Style;
///
/// assert_eq!("japan-post".parse::<Style>(), Ok(Style::JAPAN_POST));
/// let err = "kunrei".parse::<Style>().unwrap_err();
/// assert_eq!(err.to_string(), "invalid style \"kunrei\": expected one of default, japan-post");
/// ```
impl FromStr for Style {
    type Err = ParseOptionError;

    fn from_str(s: &str) -> Result<Style, ParseOptionError> {
        Style::from_preset_name(s).ok_or_else(|| ParseOptionError {
            option: "style",
            expected: "default, japan-post",
            found: s.to_string(),
        })
    }
}

/// The serde form of a [`Style`]: its five options side by side, each
/// optional (`{"long_vowel": "macron", "case": "upper"}`).
#[cfg(feature = "serde")]
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
struct StyleFields {
    long_vowel: LongVowel,
    syllabic_n: SyllabicN,
    case: Case,
    city_order: CityOrder,
    prefecture_suffix: PrefectureSuffix,
}

#[cfg(feature = "serde")]
impl Default for StyleFields {
    fn default() -> StyleFields {
        Style::DEFAULT.into()
    }
}

#[cfg(feature = "serde")]
impl From<StyleFields> for Style {
    fn from(f: StyleFields) -> Style {
        Style::new()
            .long_vowel(f.long_vowel)
            .syllabic_n(f.syllabic_n)
            .case(f.case)
            .city_order(f.city_order)
            .prefecture_suffix(f.prefecture_suffix)
    }
}

#[cfg(feature = "serde")]
impl From<Style> for StyleFields {
    fn from(s: Style) -> StyleFields {
        StyleFields {
            long_vowel: s.get_long_vowel(),
            syllabic_n: s.get_syllabic_n(),
            case: s.get_case(),
            city_order: s.city_order,
            prefecture_suffix: s.prefecture_suffix,
        }
    }
}

option_names!("", CityOrder, "city order", "smallest-first" => SmallestFirst, "largest-first" => LargestFirst);
option_names!("", PrefectureSuffix, "prefecture suffix style", "omit" => Omit, "hyphenated" => Hyphenated);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets() {
        assert_eq!(Style::default(), Style::DEFAULT);
        assert_eq!(Style::new(), Style::DEFAULT);
        let jp = Style::JAPAN_POST;
        assert_eq!(jp.get_case(), Case::Upper);
        assert_eq!(jp.get_syllabic_n(), SyllabicN::MBeforeLabial);
        assert_eq!(jp.get_city_order(), CityOrder::LargestFirst);
        assert_eq!(jp.get_long_vowel(), LongVowel::Plain);
        assert_eq!(jp.get_prefecture_suffix(), PrefectureSuffix::Omit);
        assert_eq!(Style::from_preset_name("japan-post"), Some(jp));
        assert_eq!(Style::from_preset_name("Japan-Post"), None);
    }

    #[test]
    fn setters_are_independent() {
        let s = Style::new()
            .long_vowel(LongVowel::Kana)
            .prefecture_suffix(PrefectureSuffix::Hyphenated);
        assert_eq!(s.get_long_vowel(), LongVowel::Kana);
        assert_eq!(s.get_prefecture_suffix(), PrefectureSuffix::Hyphenated);
        assert_eq!(s.get_case(), Case::Title);
        assert_eq!(s.get_syllabic_n(), SyllabicN::N);
        assert_eq!(s.get_city_order(), CityOrder::SmallestFirst);
        assert_eq!(
            s.get_spelling(),
            Spelling::new().long_vowel(LongVowel::Kana)
        );
    }

    #[test]
    #[cfg(feature = "serde")]
    fn serde_is_flat_and_partial() {
        let s = Style::JAPAN_POST.prefecture_suffix(PrefectureSuffix::Hyphenated);
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(
            json,
            r#"{"long_vowel":"plain","syllabic_n":"m","case":"upper","city_order":"largest-first","prefecture_suffix":"hyphenated"}"#
        );
        assert_eq!(serde_json::from_str::<Style>(&json).unwrap(), s);
        let partial: Style = serde_json::from_str(r#"{"case":"upper"}"#).unwrap();
        assert_eq!(partial, Style::new().case(Case::Upper));
        assert!(serde_json::from_str::<Style>(r#"{"colour":"red"}"#).is_err());
        for v in [CityOrder::SmallestFirst, CityOrder::LargestFirst] {
            assert_eq!(v.name().parse(), Ok(v));
        }
        for v in [PrefectureSuffix::Omit, PrefectureSuffix::Hyphenated] {
            assert_eq!(v.name().parse(), Ok(v));
        }
    }
}
