//! Letter case for finished romaji.

use super::spelling::Case;

/// Returns `s` in the given [`Case`].
///
/// * [`Case::Title`]: the first letter of each space-separated word is upper
///   cased, when the word starts with a letter (after any opening
///   punctuation such as `(` or `"`). Nothing is lower cased, so `JA` stays
///   `JA`; letters after a hyphen or a digit stay as they are: `chuo-ku` →
///   `Chuo-ku`, `kita 1-jo higashi` → `Kita 1-jo Higashi`.
/// * [`Case::Upper`]: every letter upper cased, macron letters included
///   (`ō` → `Ō`).
///
/// # Example
///
/// ```
/// use jusho::romaji::{apply_case, Case};
///
/// assert_eq!(apply_case("kita 1-jo higashi", Case::Title), "Kita 1-jo Higashi");
/// assert_eq!(apply_case("chūō-ku", Case::Title), "Chūō-ku");
/// assert_eq!(apply_case("chūō-ku", Case::Upper), "CHŪŌ-KU");
/// ```
pub fn apply_case(s: &str, case: Case) -> String {
    let mut out = String::with_capacity(s.len());
    push_cased(s, case, &mut out);
    out
}

/// Like [`apply_case`], but changes `s` in place (no allocation when `s` is
/// ASCII).
pub(crate) fn apply_case_in_place(s: &mut String, case: Case) {
    if !s.is_ascii() {
        *s = apply_case(s, case);
        return;
    }
    match case {
        Case::Upper => s.make_ascii_uppercase(),
        Case::Title => {
            // ASCII only: byte-wise changes keep the string valid UTF-8.
            let mut bytes = std::mem::take(s).into_bytes();
            let mut word_start = true;
            for b in bytes.iter_mut() {
                if *b == b' ' {
                    word_start = true;
                } else if word_start && b.is_ascii_alphanumeric() {
                    b.make_ascii_uppercase();
                    word_start = false;
                }
            }
            *s = String::from_utf8(bytes).unwrap_or_default();
        }
    }
}

/// Applies `case` to `out[from..]` in place, as [`apply_case`] would to
/// that text alone (`from` starts a word). ASCII is changed byte by byte;
/// other text is cased again char by char. A `from` that is not a char
/// boundary of `out` changes nothing.
pub(crate) fn apply_case_from(out: &mut String, from: usize, case: Case) {
    let Some(tail) = out.get(from..) else {
        return;
    };
    if !tail.is_ascii() {
        let tail = out.split_off(from);
        push_cased_chars(&tail, case, out);
        return;
    }
    match case {
        Case::Upper => {
            if let Some(tail) = out.get_mut(from..) {
                tail.make_ascii_uppercase();
            }
        }
        Case::Title => {
            // Find each lowercase letter that starts a word, then change it.
            let mut at = from;
            let mut word_start = true;
            loop {
                let mut found = None;
                for (i, &b) in out.as_bytes().iter().enumerate().skip(at) {
                    if b == b' ' {
                        word_start = true;
                    } else if word_start && b.is_ascii_alphanumeric() {
                        word_start = false;
                        if b.is_ascii_lowercase() {
                            found = Some(i);
                            break;
                        }
                    }
                }
                let Some(i) = found else {
                    break;
                };
                if let Some(letter) = out.get_mut(i..=i) {
                    letter.make_ascii_uppercase();
                }
                at = i + 1;
            }
        }
    }
}

/// Appends `s` to `out` in the given case.
pub(crate) fn push_cased(s: &str, case: Case, out: &mut String) {
    if s.is_ascii() {
        let from = out.len();
        out.push_str(s);
        apply_case_from(out, from, case);
    } else {
        push_cased_chars(s, case, out);
    }
}

/// [`push_cased`], char by char (any text).
fn push_cased_chars(s: &str, case: Case, out: &mut String) {
    match case {
        Case::Upper => out.extend(s.chars().flat_map(char::to_uppercase)),
        Case::Title => {
            let mut word_start = true;
            for c in s.chars() {
                if c == ' ' {
                    word_start = true;
                    out.push(c);
                } else if word_start && c.is_alphanumeric() {
                    word_start = false;
                    out.extend(c.to_uppercase());
                } else {
                    out.push(c);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title() {
        for (s, want) in [
            ("chuo-ku", "Chuo-ku"),
            ("kita 1-jo higashi", "Kita 1-jo Higashi"),
            ("JA Bldg.", "JA Bldg."),
            ("(kita) #404", "(Kita) #404"),
            ("ōsaka-fu", "Ōsaka-fu"),
            ("  two  spaces ", "  Two  Spaces "),
            ("", ""),
        ] {
            assert_eq!(apply_case(s, Case::Title), want, "{s}");
            let mut owned = s.to_string();
            apply_case_in_place(&mut owned, Case::Title);
            assert_eq!(owned, want, "{s}");
            let mut after = format!("x {s}");
            apply_case_from(&mut after, 2, Case::Title);
            assert_eq!(after, format!("x {want}"), "{s}");
            let mut pushed = String::from("x ");
            push_cased(s, Case::Title, &mut pushed);
            assert_eq!(pushed, format!("x {want}"), "{s}");
        }
    }

    #[test]
    fn upper() {
        for (s, want) in [
            ("chuo-ku", "CHUO-KU"),
            ("chūō-ku", "CHŪŌ-KU"),
            ("tōkyō ēīā", "TŌKYŌ ĒĪĀ"),
            ("JA Bldg.", "JA BLDG."),
        ] {
            assert_eq!(apply_case(s, Case::Upper), want, "{s}");
            let mut owned = s.to_string();
            apply_case_in_place(&mut owned, Case::Upper);
            assert_eq!(owned, want, "{s}");
            let mut after = format!("x {s}");
            apply_case_from(&mut after, 2, Case::Upper);
            assert_eq!(after, format!("x {want}"), "{s}");
            let mut pushed = String::from("x ");
            push_cased(s, Case::Upper, &mut pushed);
            assert_eq!(pushed, format!("x {want}"), "{s}");
        }
    }
}

#[cfg(test)]
mod doc_examples {
    //! The examples of the crate-internal items above.
    #[allow(unused_imports)]
    use super::*;
    #[allow(unused_imports)]
    use crate::romaji::{Case, Spelling};

    #[test]
    fn example_1() {
        let mut s = String::from("sapporo-shi chuo-ku");
        apply_case_in_place(&mut s, Case::Upper);
        assert_eq!(s, "SAPPORO-SHI CHUO-KU");
    }
}
