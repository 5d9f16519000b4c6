//! Byte scans eight bytes at a time (SWAR): quick "none of these bytes"
//! answers that let the exact byte-by-byte checks run only on the rare
//! text that has one.

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = ONES * 0x80;

/// Nonzero when some byte of `x` is below `n` (`n` at most 0x80).
pub(crate) const fn below(x: u64, n: u8) -> u64 {
    x.wrapping_sub(ONES * n as u64) & !x & HIGHS
}

/// Nonzero when some byte of `x` is `b`.
pub(crate) const fn equal(x: u64, b: u8) -> u64 {
    below(x ^ (ONES * b as u64), 1)
}

/// Whether `hit` is true of some eight bytes of `bytes`, read as
/// little-endian words; the last word is padded with `a`, so `hit` must be
/// false of eight `a`s.
///
/// With `hit = |x| equal(x, b',') != 0`, the answer is whether `bytes` has
/// a comma.
pub(crate) fn any_word(bytes: &[u8], hit: impl Fn(u64) -> bool) -> bool {
    let mut words = bytes.chunks_exact(8);
    for word in &mut words {
        let mut buf = [0u8; 8];
        buf.copy_from_slice(word);
        if hit(u64::from_le_bytes(buf)) {
            return true;
        }
    }
    let rest = words.remainder();
    !rest.is_empty() && hit(padded_word(rest))
}

/// The fewer than eight bytes `rest` as a little-endian word, the bytes
/// past them `a`s (shifted in one by one: a copy of a variable length would
/// be a call to memcpy).
#[inline]
fn padded_word(rest: &[u8]) -> u64 {
    rest.iter()
        .enumerate()
        .fold(ONES * u64::from(b'a'), |word, (at, &b)| {
            let shift = 8 * at;
            (word & !(0xFF << shift)) | (u64::from(b) << shift)
        })
}

/// Whether `hit` is true of some eight bytes of `bytes` read as a
/// little-endian word, the words starting every seven bytes so that each
/// two neighbouring bytes share one: for looking for a pair of bytes (with
/// [`equal`] of the first shifted up a byte, `& equal` of the second). The
/// last word is padded with `a`, so `hit` must be false of `a`s after any
/// byte.
///
/// ```ignore
/// // Whether `bytes` has " -":
/// any_pair_word(bytes, |x| (equal(x, b' ') << 8) & equal(x, b'-') != 0)
/// ```
#[inline]
pub(crate) fn any_pair_word(bytes: &[u8], hit: impl Fn(u64) -> bool) -> bool {
    let mut at = 0;
    while let Some(word) = bytes.get(at..at + 8) {
        let mut buf = [0u8; 8];
        buf.copy_from_slice(word);
        if hit(u64::from_le_bytes(buf)) {
            return true;
        }
        at += 7;
    }
    // The rest, from the last word's last byte so that a pair that starts
    // there is seen.
    let rest = bytes.get(at..).unwrap_or_default();
    !rest.is_empty() && hit(padded_word(rest))
}

/// Whether `text` contains `c`: the last byte of `c`'s UTF-8 form looked
/// for eight bytes at a time first, `str::contains` only when it occurs.
/// For a kanji the parser looks for (字, 通) in text that mostly lacks it,
/// this is several times cheaper than `str::contains` alone.
pub(crate) fn contains_char(text: &str, c: char) -> bool {
    let mut buf = [0u8; 4];
    let last = c.encode_utf8(&mut buf).bytes().last().unwrap_or(0);
    any_word(text.as_bytes(), |x| equal(x, last) != 0) && text.contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pair search finds every pair of neighbouring bytes, wherever it
    /// sits against the seven-byte steps, and nothing else.
    #[test]
    fn pair_words_find_what_byte_pairs_find() {
        let pair = |x: u64| (equal(x, b' ') << 8) & equal(x, b'-') != 0;
        for len in 0..40 {
            for at in 0..len.max(1) {
                let mut text = vec![b'x'; len];
                if let Some(b) = text.get_mut(at) {
                    *b = b' ';
                }
                let expected = text.windows(2).any(|w| w == b" -");
                assert_eq!(any_pair_word(&text, pair), expected, "{len} {at}");
                if at + 1 < len {
                    text[at + 1] = b'-';
                    assert!(any_pair_word(&text, pair), "{len} {at}");
                    text[at] = b'y';
                    assert!(!any_pair_word(&text, pair), "{len} {at}");
                }
            }
        }
    }

    #[test]
    fn words_find_what_bytes_find() {
        let texts: [&[u8]; 6] = [
            b"",
            b"abc",
            b"abcdefgh,",
            b"a,",
            b"\x7f",
            "東京都中央区築地1-1-1".as_bytes(),
        ];
        for text in texts {
            for b in [b',', 0x7F, 0x80, b' ', 0xE3] {
                let expected = text.contains(&b);
                assert_eq!(
                    any_word(text, |x| equal(x, b) != 0),
                    expected,
                    "{text:?} {b}"
                );
            }
            for n in [0x20, 0x30, 0x80] {
                let expected = text.iter().any(|&b| b < n);
                assert_eq!(
                    any_word(text, |x| below(x, n) != 0),
                    expected,
                    "{text:?} < {n}"
                );
            }
        }
        for text in [
            "",
            "築地",
            "大字築地",
            "築地字東",
            "a",
            "河原町通三条",
            "宇",
        ] {
            for c in ['字', '通', 'a', '築'] {
                assert_eq!(contains_char(text, c), text.contains(c), "{text} {c}");
            }
        }
        for b in 0..=255u8 {
            assert!(any_pair_word(&[b], |x| equal(x, b) != 0));
            assert!(any_word(&[b], |x| equal(x, b) != 0));
            assert_eq!(any_word(&[b], |x| below(x, 0x20) != 0), b < 0x20);
        }
    }
}
