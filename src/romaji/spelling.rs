//! [`Spelling`]: how kana are spelled in Latin letters (long vowels, ん
//! before b/m/p, letter case).
//!
//! A `Spelling` is a small `Copy` value with private fields and `const fn`
//! setters, so a configured spelling can live in a `static`:
//!
//! ```
//! use jusho::romaji::{Case, LongVowel, Spelling};
//!
//! static SHOUTY_MACRONS: Spelling = Spelling::new().case(Case::Upper).long_vowel(LongVowel::Macron);
//! assert_eq!(SHOUTY_MACRONS.get_case(), Case::Upper);
//! assert_eq!(SHOUTY_MACRONS.get_long_vowel(), LongVowel::Macron);
//! ```
//!
//! Every option is an enum whose lowercase name parses with
//! [`FromStr`](std::str::FromStr), so a
//! command line can accept `--long-vowel macron` or `--case upper`. How the
//! fields of an address are put together (city order, prefecture suffix)
//! is not spelling: see [`crate::Style`], which holds a `Spelling`.

use std::fmt;

/// How long vowels (おう, うう, ー, ...) are written.
///
/// # Example
///
/// ```
/// use jusho::romaji::{romanize_kana, LongVowel, Spelling};
///
/// for (lv, want) in [(LongVowel::Plain, "Chuo"), (LongVowel::Macron, "Chūō"), (LongVowel::Kana, "Chuuou")] {
///     assert_eq!(romanize_kana("チュウオウ", &Spelling::new().long_vowel(lv)), want);
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
/// use jusho::romaji::{romanize_kana, Spelling, SyllabicN};
///
/// assert_eq!(romanize_kana("シンバシ", &Spelling::new()), "Shinbashi");
/// let m = Spelling::new().syllabic_n(SyllabicN::MBeforeLabial);
/// assert_eq!(romanize_kana("シンバシ", &m), "Shimbashi");
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

/// How kana are spelled: long vowels, ん before b/m/p, and letter case.
///
/// `Spelling::new()`, `Spelling::default()` and [`Spelling::DEFAULT`] are
/// the same: modified Hepburn in ASCII (plain long vowels, `n`, Title
/// case). [`Spelling::JAPAN_POST`] is Japan Post's (upper case, `m` before
/// b/m/p).
///
/// # Example
///
/// ```
/// use jusho::romaji::{romanize_kana, LongVowel, Spelling, SyllabicN};
///
/// let spelling = Spelling::new().long_vowel(LongVowel::Macron).syllabic_n(SyllabicN::MBeforeLabial);
/// assert_eq!(romanize_kana("トウキョウシンバシ", &spelling), "Tōkyōshimbashi");
/// assert_ne!(spelling, Spelling::default());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Spelling {
    long_vowel: LongVowel,
    syllabic_n: SyllabicN,
    case: Case,
}

impl Spelling {
    /// Modified Hepburn in ASCII: `Tokyo`, `Shinbashi`, `Chuo-ku`.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::romaji::Spelling;
    ///
    /// assert_eq!(Spelling::DEFAULT, Spelling::default());
    /// ```
    pub const DEFAULT: Spelling = Spelling {
        long_vowel: LongVowel::Plain,
        syllabic_n: SyllabicN::N,
        case: Case::Title,
    };

    /// Japan Post's spelling: `SHIMBASHI` (upper case, `m` before b/m/p,
    /// plain long vowels).
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::romaji::{romanize_kana, Spelling};
    ///
    /// assert_eq!(romanize_kana("シンバシ", &Spelling::JAPAN_POST), "SHIMBASHI");
    /// ```
    pub const JAPAN_POST: Spelling = Spelling {
        long_vowel: LongVowel::Plain,
        syllabic_n: SyllabicN::MBeforeLabial,
        case: Case::Upper,
    };

    /// The default spelling, as a `const fn` so builders can start from it
    /// in a `static`.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::romaji::Spelling;
    ///
    /// static SPELLING: Spelling = Spelling::new();
    /// assert_eq!(SPELLING, Spelling::DEFAULT);
    /// ```
    pub const fn new() -> Spelling {
        Spelling::DEFAULT
    }

    /// Sets how long vowels are written.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::romaji::{LongVowel, Spelling};
    ///
    /// assert_eq!(Spelling::new().long_vowel(LongVowel::Kana).get_long_vowel(), LongVowel::Kana);
    /// ```
    pub const fn long_vowel(mut self, long_vowel: LongVowel) -> Spelling {
        self.long_vowel = long_vowel;
        self
    }

    /// Sets how ん is written before b/m/p.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::romaji::{Spelling, SyllabicN};
    ///
    /// let spelling = Spelling::new().syllabic_n(SyllabicN::MBeforeLabial);
    /// assert_eq!(spelling.get_syllabic_n(), SyllabicN::MBeforeLabial);
    /// ```
    pub const fn syllabic_n(mut self, syllabic_n: SyllabicN) -> Spelling {
        self.syllabic_n = syllabic_n;
        self
    }

    /// Sets the letter case.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::romaji::{Case, Spelling};
    ///
    /// assert_eq!(Spelling::new().case(Case::Upper).get_case(), Case::Upper);
    /// ```
    pub const fn case(mut self, case: Case) -> Spelling {
        self.case = case;
        self
    }

    /// How long vowels are written.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::romaji::{LongVowel, Spelling};
    ///
    /// assert_eq!(Spelling::DEFAULT.get_long_vowel(), LongVowel::Plain);
    /// ```
    pub const fn get_long_vowel(&self) -> LongVowel {
        self.long_vowel
    }

    /// How ん is written before b/m/p.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::romaji::{Spelling, SyllabicN};
    ///
    /// assert_eq!(Spelling::DEFAULT.get_syllabic_n(), SyllabicN::N);
    /// ```
    pub const fn get_syllabic_n(&self) -> SyllabicN {
        self.syllabic_n
    }

    /// The letter case.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::romaji::{Case, Spelling};
    ///
    /// assert_eq!(Spelling::DEFAULT.get_case(), Case::Title);
    /// ```
    pub const fn get_case(&self) -> Case {
        self.case
    }
}

impl Default for Spelling {
    fn default() -> Spelling {
        Spelling::DEFAULT
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
    pub(crate) option: &'static str,
    pub(crate) expected: &'static str,
    pub(crate) found: String,
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

/// `name()`, [`FromStr`] and [`Display`](fmt::Display) for an option enum,
/// from its list of names.
macro_rules! option_names {
    ($path:literal, $ty:ident, $what:literal, $($name:literal => $variant:ident),+ $(,)?) => {
        impl $ty {
            /// The lowercase name that [`FromStr`](std::str::FromStr) accepts for this value.
            ///
            /// # Example
            ///
            /// ```
            #[doc = concat!("use jusho::", $path, stringify!($ty), ";")]
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

        impl std::str::FromStr for $ty {
            type Err = $crate::romaji::ParseOptionError;

            fn from_str(s: &str) -> Result<$ty, $crate::romaji::ParseOptionError> {
                match s {
                    $($name => Ok($ty::$variant),)+
                    _ => Err($crate::romaji::ParseOptionError {
                        option: $what,
                        expected: concat!($($name, ", "),+).trim_end_matches(", "),
                        found: s.to_string(),
                    }),
                }
            }
        }

        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.name())
            }
        }
    };
}
pub(crate) use option_names;

option_names!("romaji::", LongVowel, "long vowel style", "plain" => Plain, "macron" => Macron, "kana" => Kana);
option_names!("romaji::", SyllabicN, "syllabic n style", "n" => N, "m" => MBeforeLabial);
option_names!("romaji::", Case, "case", "title" => Title, "upper" => Upper);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_and_setters() {
        assert_eq!(Spelling::default(), Spelling::DEFAULT);
        assert_eq!(Spelling::new(), Spelling::DEFAULT);
        let jp = Spelling::JAPAN_POST;
        assert_eq!(jp.get_case(), Case::Upper);
        assert_eq!(jp.get_syllabic_n(), SyllabicN::MBeforeLabial);
        assert_eq!(jp.get_long_vowel(), LongVowel::Plain);
        let s = Spelling::new().long_vowel(LongVowel::Kana);
        assert_eq!(s.get_long_vowel(), LongVowel::Kana);
        assert_eq!(s.get_case(), Case::Title);
        assert_eq!(s.get_syllabic_n(), SyllabicN::N);
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
        let err = "M".parse::<SyllabicN>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid syllabic n style \"M\": expected one of n, m"
        );
    }
}
