//! [`fold`]: text mapped onto one spelling per name, for lookups, with a
//! map back to the text it came from.

use std::borrow::Cow;

use super::numerals::{numeral, push_numeral_run, Numeral};
use super::variants::{fold_char, is_variation_selector};

/// Text folded for lookups by [`fold`], remembering where each part came from.
///
/// # Example: cut the original at a match in the folded text
///
/// ```
/// use jusho::text::fold;
///
/// let original = "札幌市中央区北一条西二丁目 髙橋ビル";
/// let folded = fold(original);
/// assert_eq!(folded.as_str(), "札幌市中央区北1条西2丁目 高橋ビル");
/// let at = folded.as_str().find(' ').unwrap();
/// assert_eq!(&original[..folded.original_offset(at)], "札幌市中央区北一条西二丁目");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Folded {
    text: String,
    /// For each byte offset of `text` (and its end), the offset in the
    /// input. Interior bytes of a char map like the char's start.
    offsets: Vec<usize>,
}

impl Folded {
    /// The folded text.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(jusho::text::fold("霞ヶ関").as_str(), "霞ケ関");
    /// ```
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Maps a byte offset in the folded text back to the byte offset in the
    /// text that was folded.
    ///
    /// The mapping is monotonic. The end of the folded text maps to the end
    /// of the input, and the start to the start (when anything is left after
    /// folding). An offset inside a kanji numeral run's digits maps to the
    /// start of the run; dropped variation selectors go with the char before
    /// them. Offsets past the end map to the end of the input; offsets that
    /// are not char boundaries map like the start of their char.
    ///
    /// # Example
    ///
    /// ```
    /// use jusho::text::fold;
    ///
    /// let original = "築地一丁目";
    /// let folded = fold(original);
    /// assert_eq!(folded.as_str(), "築地1丁目");
    /// assert_eq!(folded.original_offset(6), 6); // before 1 / 一
    /// assert_eq!(folded.original_offset(7), 9); // after 1 / 一
    /// assert_eq!(folded.original_offset(folded.as_str().len()), original.len());
    /// ```
    pub fn original_offset(&self, folded_byte: usize) -> usize {
        let last = self.offsets.last().copied().unwrap_or(0);
        self.offsets.get(folded_byte).copied().unwrap_or(last)
    }
}

impl AsRef<str> for Folded {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

/// Folds cleaned text (see [`clean`]) for matching against gazetteer keys
/// made by [`fold_key`].
///
/// * `ヶ ケ ガ が ゖ` become `ケ`, `ヵ ゕ` become `カ`, `の 之` become `ノ`, so
///   that 霞ヶ関, 霞ケ関 and 霞が関 all match, and so do 丸の内 and 丸ノ内;
/// * old and variant character forms become the common ones (`髙` → `高`,
///   `﨑` → `崎`, `澤` → `沢`, `邊` → `辺`, about 300 in all), and CJK
///   compatibility ideographs their unified twins;
/// * variation selectors are dropped;
/// * runs of kanji numerals (`〇 一 二 三 四 五 六 七 八 九 十 百 千`, and
///   `壱 弐 参`) become ASCII digits: `二十三` → `23`, `一〇一` → `101`. Names
///   are folded the same way, so `北1条西` finds `北一条西`; the result is a
///   key, never shown (`千代田` folds to `1000代田`). `万` is left alone.
///
/// Spaces and everything else are kept. Folding is idempotent, runs in
/// linear time and never panics; text that was not cleaned is folded all the
/// same.
///
/// # Example
///
/// ```
/// use jusho::text::fold;
///
/// assert_eq!(fold("霞が関").as_str(), "霞ケ関");
/// assert_eq!(fold("丸の内").as_str(), "丸ノ内");
/// assert_eq!(fold("千二百三十四番地").as_str(), "1234番地");
/// assert_eq!(fold("髙島屋").as_str(), "高島屋");
/// ```
pub fn fold(cleaned: &str) -> Folded {
    let mut text = String::with_capacity(cleaned.len());
    let mut offsets = Vec::with_capacity(cleaned.len() + 1);
    fold_into(cleaned, &mut text, Some(&mut offsets));
    offsets.push(cleaned.len());
    if let Some(first) = offsets.first_mut() {
        if !text.is_empty() {
            *first = 0;
        }
    }
    Folded { text, offsets }
}

/// Folds a gazetteer name into its index key, exactly as [`fold`] folds
/// input. Borrowed when nothing changes.
///
/// # Example
///
/// ```
/// use std::borrow::Cow;
/// use jusho::text::fold_key;
///
/// assert_eq!(fold_key("北一条西"), "北1条西");
/// assert_eq!(fold_key("龍ケ崎市"), "竜ケ崎市");
/// assert!(matches!(fold_key("中央区"), Cow::Borrowed(_)));
/// ```
pub fn fold_key(name: &str) -> Cow<'_, str> {
    let unchanged = name
        .chars()
        .all(|c| numeral(c).is_none() && !is_variation_selector(c) && fold_char(c).is_none());
    if unchanged {
        return Cow::Borrowed(name);
    }
    let mut text = String::with_capacity(name.len());
    fold_into(name, &mut text, None);
    Cow::Owned(text)
}

/// The one folding loop behind [`fold`] and [`fold_key`]. With `offsets`,
/// pushes one input offset per output byte.
fn fold_into(input: &str, out: &mut String, mut offsets: Option<&mut Vec<usize>>) {
    // A pending numeral run: where it started, and its numerals. Runs are
    // short in real text; the Vec is reused and only grows for long runs.
    let mut run: Vec<Numeral> = Vec::new();
    let mut run_start = 0;
    for (at, c) in input.char_indices() {
        if is_variation_selector(c) {
            continue;
        }
        let c = fold_char(c).unwrap_or(c);
        if let Some(n) = numeral(c) {
            if run.is_empty() {
                run_start = at;
            }
            run.push(n);
            continue;
        }
        if !run.is_empty() {
            flush_run(&mut run, run_start, out, offsets.as_deref_mut());
        }
        out.push(c);
        if let Some(offsets) = offsets.as_deref_mut() {
            offsets.extend(std::iter::repeat_n(at, c.len_utf8()));
        }
    }
    if !run.is_empty() {
        flush_run(&mut run, run_start, out, offsets);
    }
}

/// Writes a pending numeral run and empties it.
fn flush_run(
    run: &mut Vec<Numeral>,
    start: usize,
    out: &mut String,
    offsets: Option<&mut Vec<usize>>,
) {
    let before = out.len();
    push_numeral_run(run, out);
    run.clear();
    if let Some(offsets) = offsets {
        offsets.extend(std::iter::repeat_n(start, out.len() - before));
    }
}
