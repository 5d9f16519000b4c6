//! [`Style`]: how kana are spelled in Latin letters.
//!
//! A `Style` is a small `Copy` value with private fields and `const fn`
//! setters, so a configured style can live in a `static`:
//!
//! ```
//! use jusho::romaji::{Case, LongVowel, Style};
//!
//! static SHOUTY_MACRONS: Style = Style::new().case(Case::Upper).long_vowel(LongVowel::Macron);
//! assert_eq!(SHOUTY_MACRONS.get_case(), Case::Upper);
//! assert_eq!(SHOUTY_MACRONS.get_long_vowel(), LongVowel::Macron);
//! ```
//!
//! Every option is an enum whose lowercase name parses with [`FromStr`], so a
//! command line can accept `--long-vowel macron` or `--case upper`.

use std::fmt;
use std::str::FromStr;

/// How long vowels (おう, うう, ー, ...) are written.
///
/// # Example
///
/// ```
/// use jusho::romaji::{kana_to_romaji, LongVowel, Style};
///
/// let mut out = String::new();
/// for (lv, want) in [(LongVowel::Plain, "chuo"), (LongVowel::Macron, "chūō"), (LongVowel::Kana, "chuuou")] {
///     out.clear();
///     kana_to_romaji("チュウオウ", &[0, 3], &Style::new().long_vowel(lv), &mut out);
///     assert_eq!(out, want);
/// }
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum LongVowel {
    /// Drop the lengthening: `Tokyo`, `Chuo`, `Osaka` (`ii` and `ei` stay).
    #[default]
    Plain,
    /// Mark it with a macron: `Tōkyō`, `Chūō`, `Ōsaka`.
    Macron,
    /// Spell every kana: `Toukyou`, `Chuuou`, `Oosaka`.
    Kana,
}

/// How syllabic ん is written before `b`, `m` and `p`.
///
/// # Example
///
/// ```
/// use jusho::romaji::{kana_to_romaji, Style, SyllabicN};
///
/// let mut out = String::new();
/// kana_to_romaji("シンバシ", &[], &Style::new(), &mut out);
/// assert_eq!(out, "shinbashi");
/// out.clear();
/// kana_to_romaji("シンバシ", &[], &Style::new().syllabic_n(SyllabicN::MBeforeLabial), &mut out);
/// assert_eq!(out, "shimbashi");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum SyllabicN {
    /// Always `n` (Shinbashi, Gunma, Nanba), as in the 2025 national rules.
    #[default]
    N,
    /// `m` before `b`, `m`, `p` (Shimbashi, Gumma, Namba), as in traditional
    /// Hepburn and Japan Post's romaji.
    #[cfg_attr(feature = "serde", serde(rename = "m"))]
    MBeforeLabial,
}

/// Letter case of the finished romaji.
///
/// # Example
///
/// ```
/// use jusho::romaji::{apply_case, Case};
///
/// assert_eq!(apply_case("chuo-ku", Case::Title), "Chuo-ku");
/// assert_eq!(apply_case("chuo-ku", Case::Upper), "CHUO-KU");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum Case {
    /// First letter of each word upper case: `Chuo-ku`, `Kita 1-jo Higashi`.
    #[default]
    Title,
    /// Everything upper case: `CHUO-KU`.
    Upper,
}

/// Order of the municipality parts in the City field (used by the profile
/// stage, only stored here).
///
/// # Example
///
/// ```
/// use jusho::romaji::{CityOrder, Style};
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

/// Whether the prefecture keeps its suffix (used by the profile stage, only
/// stored here).
///
/// # Example
///
/// ```
/// use jusho::romaji::{PrefectureSuffix, Style};
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
/// use jusho::romaji::{LongVowel, Style, SyllabicN};
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
/// use jusho::romaji::{Case, LongVowel, Style};
///
/// let style: Style = "japan-post".parse()?;
/// assert_eq!(style, Style::JAPAN_POST);
/// # Ok::<(), jusho::romaji::ParseOptionError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
pub struct Style {
    long_vowel: LongVowel,
    syllabic_n: SyllabicN,
    case: Case,
    city_order: CityOrder,
    prefecture_suffix: PrefectureSuffix,
}

impl Style {
    /// The default style: `Tokyo`, `Chuo-ku, Sapporo-shi`, `Shinbashi`.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::romaji::Style;
    ///
    /// assert_eq!(Style::DEFAULT, Style::default());
    /// ```
    pub const DEFAULT: Style = Style {
        long_vowel: LongVowel::Plain,
        syllabic_n: SyllabicN::N,
        case: Case::Title,
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
    /// use jusho::romaji::{Case, Style, SyllabicN};
    ///
    /// assert_eq!(Style::JAPAN_POST.get_case(), Case::Upper);
    /// assert_eq!(Style::JAPAN_POST.get_syllabic_n(), SyllabicN::MBeforeLabial);
    /// ```
    pub const JAPAN_POST: Style = Style {
        long_vowel: LongVowel::Plain,
        syllabic_n: SyllabicN::MBeforeLabial,
        case: Case::Upper,
        city_order: CityOrder::LargestFirst,
        prefecture_suffix: PrefectureSuffix::Omit,
    };

    /// The default style, as a `const fn` so builders can start from it in
    /// a `static`.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::romaji::Style;
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
    /// use jusho::romaji::Style;
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
    /// use jusho::romaji::{LongVowel, Style};
    ///
    /// assert_eq!(Style::new().long_vowel(LongVowel::Kana).get_long_vowel(), LongVowel::Kana);
    /// ```
    pub const fn long_vowel(mut self, long_vowel: LongVowel) -> Style {
        self.long_vowel = long_vowel;
        self
    }

    /// Sets how ん is written before b/m/p.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::romaji::{Style, SyllabicN};
    ///
    /// let style = Style::new().syllabic_n(SyllabicN::MBeforeLabial);
    /// assert_eq!(style.get_syllabic_n(), SyllabicN::MBeforeLabial);
    /// ```
    pub const fn syllabic_n(mut self, syllabic_n: SyllabicN) -> Style {
        self.syllabic_n = syllabic_n;
        self
    }

    /// Sets the letter case.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::romaji::{Case, Style};
    ///
    /// assert_eq!(Style::new().case(Case::Upper).get_case(), Case::Upper);
    /// ```
    pub const fn case(mut self, case: Case) -> Style {
        self.case = case;
        self
    }

    /// Sets the order of municipality parts in the City field.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::romaji::{CityOrder, Style};
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
    /// use jusho::romaji::{PrefectureSuffix, Style};
    ///
    /// let style = Style::new().prefecture_suffix(PrefectureSuffix::Hyphenated);
    /// assert_eq!(style.get_prefecture_suffix(), PrefectureSuffix::Hyphenated);
    /// ```
    pub const fn prefecture_suffix(mut self, prefecture_suffix: PrefectureSuffix) -> Style {
        self.prefecture_suffix = prefecture_suffix;
        self
    }

    /// How long vowels are written.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::romaji::{LongVowel, Style};
    ///
    /// assert_eq!(Style::DEFAULT.get_long_vowel(), LongVowel::Plain);
    /// ```
    pub const fn get_long_vowel(&self) -> LongVowel {
        self.long_vowel
    }

    /// How ん is written before b/m/p.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::romaji::{Style, SyllabicN};
    ///
    /// assert_eq!(Style::DEFAULT.get_syllabic_n(), SyllabicN::N);
    /// ```
    pub const fn get_syllabic_n(&self) -> SyllabicN {
        self.syllabic_n
    }

    /// The letter case.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::romaji::{Case, Style};
    ///
    /// assert_eq!(Style::DEFAULT.get_case(), Case::Title);
    /// ```
    pub const fn get_case(&self) -> Case {
        self.case
    }

    /// The order of municipality parts in the City field.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::romaji::{CityOrder, Style};
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
    /// use jusho::romaji::{PrefectureSuffix, Style};
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

/// The error returned when an option name does not parse (for example
/// `"macrons"` as a [`LongVowel`]).
///
/// # Example
///
/// ```
/// use jusho::romaji::LongVowel;
///
/// let err = "macrons".parse::<LongVowel>().unwrap_err();
/// assert_eq!(err.to_string(), "invalid long vowel style \"macrons\": expected one of plain, macron, kana");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseOptionError {
    option: &'static str,
    expected: &'static str,
    found: String,
}

impl fmt::Display for ParseOptionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid {} {}: expected one of {}",
            self.option,
            crate::error::quote(&self.found),
            self.expected
        )
    }
}

impl std::error::Error for ParseOptionError {}

/// Parses a preset name, as [`Style::from_preset_name`]: `default` or
/// `japan-post`.
///
/// ```
/// use jusho::romaji::Style;
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

macro_rules! option_names {
    ($ty:ident, $what:literal, $($name:literal => $variant:ident),+ $(,)?) => {
        impl $ty {
            /// The lowercase name that [`FromStr`] accepts for this value.
            ///
            /// # Example
            ///
            /// ```
            #[doc = concat!("use jusho::romaji::", stringify!($ty), ";")]
            ///
            #[doc = concat!("let v = ", stringify!($ty), "::default();")]
            #[doc = concat!("assert_eq!(v.name().parse::<", stringify!($ty), ">(), Ok(v));")]
            /// ```
            pub const fn name(self) -> &'static str {
                match self {
                    $($ty::$variant => $name,)+
                }
            }
        }

        impl FromStr for $ty {
            type Err = ParseOptionError;

            fn from_str(s: &str) -> Result<$ty, ParseOptionError> {
                match s {
                    $($name => Ok($ty::$variant),)+
                    _ => Err(ParseOptionError {
                        option: $what,
                        expected: concat!($($name, ", "),+).trim_end_matches(", "),
                        found: s.to_string(),
                    }),
                }
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.name())
            }
        }
    };
}

option_names!(LongVowel, "long vowel style", "plain" => Plain, "macron" => Macron, "kana" => Kana);
option_names!(SyllabicN, "syllabic n style", "n" => N, "m" => MBeforeLabial);
option_names!(Case, "case", "title" => Title, "upper" => Upper);
option_names!(CityOrder, "city order", "smallest-first" => SmallestFirst, "largest-first" => LargestFirst);
option_names!(PrefectureSuffix, "prefecture suffix style", "omit" => Omit, "hyphenated" => Hyphenated);

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
    }

    #[test]
    #[cfg(feature = "serde")]
    fn option_names_round_trip() {
        for v in [LongVowel::Plain, LongVowel::Macron, LongVowel::Kana] {
            assert_eq!(v.name().parse(), Ok(v));
            assert_eq!(
                serde_json::to_string(&v).unwrap(),
                format!("\"{}\"", v.name())
            );
        }
        for v in [SyllabicN::N, SyllabicN::MBeforeLabial] {
            assert_eq!(v.name().parse(), Ok(v));
            assert_eq!(
                serde_json::to_string(&v).unwrap(),
                format!("\"{}\"", v.name())
            );
        }
        for v in [Case::Title, Case::Upper] {
            assert_eq!(v.name().parse(), Ok(v));
            assert_eq!(
                serde_json::to_string(&v).unwrap(),
                format!("\"{}\"", v.name())
            );
        }
        for v in [CityOrder::SmallestFirst, CityOrder::LargestFirst] {
            assert_eq!(v.name().parse(), Ok(v));
            assert_eq!(
                serde_json::to_string(&v).unwrap(),
                format!("\"{}\"", v.name())
            );
        }
        for v in [PrefectureSuffix::Omit, PrefectureSuffix::Hyphenated] {
            assert_eq!(v.name().parse(), Ok(v));
            assert_eq!(
                serde_json::to_string(&v).unwrap(),
                format!("\"{}\"", v.name())
            );
        }
        let err = "M".parse::<SyllabicN>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid syllabic n style \"M\": expected one of n, m"
        );
    }
}
