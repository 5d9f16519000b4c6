//! The [`Romanizer`]: parse, then read every part and assemble the five
//! fields (in `assemble`).

use super::assemble::assemble;
use super::buf::{Pool, RomanizedBuf};
use super::output::{Profile, Romanized};
use crate::error::Error;
use crate::parse::{parse, Parts};
use crate::Style;

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

    /// Parses and romanizes an address into `buf`, reusing the strings
    /// of the answer `buf` held before: for batches, where allocating every
    /// answer anew costs more than the answer. Returns the answer, the same
    /// as [`Romanizer::romanize_full`]'s; it stays in `buf` (see
    /// [`RomanizedBuf::get`]) until the next call.
    ///
    /// # Errors
    ///
    /// Every error of [`crate::parse`]; `buf` then holds no answer.
    ///
    /// # Example: a batch
    ///
    /// ```
    /// use jusho::{RomanizedBuf, Romanizer};
    ///
    /// let romanizer = Romanizer::default();
    /// let mut buf = RomanizedBuf::new();
    /// let mut zips = String::new();
    /// for line in "中央区築地1-1-1\n大阪府大阪市北区梅田1-3-1".lines() {
    ///     let romanized = romanizer.romanize_into(line, &mut buf)?;
    ///     zips.push_str(&romanized.profile.zip);
    ///     zips.push(' ');
    /// }
    /// assert_eq!(zips, "104-0045 530-0001 ");
    /// assert_eq!(buf.get().unwrap().profile.city, "Kita-ku, Osaka-shi");
    /// # Ok::<(), jusho::Error>(())
    /// ```
    pub fn romanize_into<'b>(
        &self,
        text: &str,
        buf: &'b mut RomanizedBuf,
    ) -> Result<&'b Romanized, Error> {
        buf.recycle();
        let parts = parse(text)?;
        let romanized = assemble(&self.style, parts, &mut buf.pool);
        Ok(buf.romanized.insert(romanized))
    }

    /// Romanizes already parsed parts.
    pub fn romanize_parts(&self, parts: Parts) -> Romanized {
        assemble(&self.style, parts, &mut Pool::default())
    }
}
