//! UniDic's loanwords (`data/loanwords_unidic.tsv`, written by
//! `data/gen_loanwords.py`), recoded by `build.rs` into the compact layout
//! of [`super::unidic_format`] and read in place: a lookup binary-searches
//! the blocks' first keys and offsets (14 KB together), then decodes one block of 32
//! keys, and reads a value only when the word is there. Nothing is built
//! at run time.

use super::unidic_format::{kana_code, BLOCK_RECORD, MAX_KEY};

static KEYS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/loanwords_unidic.keys"));
static VALUES: &str = include_str!(concat!(env!("OUT_DIR"), "/loanwords_unidic.values"));
static BLOCKS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/loanwords_unidic.blocks"));
static FIRSTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/loanwords_unidic.firsts"));

/// Where block `b` starts in the keys, in the values and in the firsts
/// (past the last block: the ends of the three).
fn block(b: usize) -> (usize, usize, usize) {
    let field = |i: usize| {
        let at = b * BLOCK_RECORD + 4 * i;
        match BLOCKS.get(at..at + 4) {
            Some(&[a, b, c, d]) => u32::from_le_bytes([a, b, c, d]) as usize,
            _ => usize::MAX,
        }
    };
    match b < BLOCKS.len() / BLOCK_RECORD {
        true => (field(0), field(1), field(2)),
        false => (KEYS.len(), VALUES.len(), FIRSTS.len()),
    }
}

/// The source spelling UniDic gives the katakana word `katakana`, if it
/// has it: `None` for anything else (text with other chars included).
/// Never panics, whatever the text.
///
/// ```ignore
/// assert_eq!(find("アイアムパス"), Some("Iambus"));
/// assert_eq!(find("アイアムパ"), None);
/// ```
pub(super) fn find(katakana: &str) -> Option<&'static str> {
    let mut coded = [0u8; MAX_KEY];
    let mut len = 0;
    for c in katakana.chars() {
        *coded.get_mut(len)? = kana_code(c)?;
        len += 1;
    }
    let key = coded.get(..len)?;
    // The last block whose first key is `key` or sorts before it.
    let blocks = BLOCKS.len() / BLOCK_RECORD;
    let (mut lo, mut hi) = (0, blocks);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let first = FIRSTS.get(block(mid).2..block(mid + 1).2)?;
        match first <= key {
            true => lo = mid + 1,
            false => hi = mid,
        }
    }
    let b = lo.checked_sub(1)?;
    let ((mut at, value_start, _), (end, _, _)) = (block(b), block(b + 1));
    // The block's keys in turn, each compared with `key` only past what it
    // shares with the key before it: `matched` is how many bytes the key
    // before (which sorts before `key`) has in common with `key`.
    let mut matched = 0;
    let mut position = 0;
    while at < end {
        let (shared, suffix_len) = match KEYS.get(at..at + 2) {
            Some(&[s, l]) => (usize::from(s), usize::from(l)),
            _ => return None,
        };
        let suffix = KEYS.get(at + 2..at + 2 + suffix_len)?;
        match shared.cmp(&matched) {
            // Differs from the key before where that one agreed with
            // `key`, and sorts after it: after `key` too.
            std::cmp::Ordering::Less => return None,
            // Agrees with the key before past `matched`: before `key` too.
            std::cmp::Ordering::Greater => {}
            _ => {
                let rest = key.get(shared..).unwrap_or_default();
                let common = suffix.iter().zip(rest).take_while(|(a, b)| a == b).count();
                matched = shared + common;
                match (suffix.get(common), rest.get(common)) {
                    (None, None) => return value(value_start, position),
                    // A proper prefix of `key`, or smaller where they differ.
                    (None, Some(_)) => {}
                    (Some(a), Some(b)) if a < b => {}
                    _ => return None,
                }
            }
        }
        at += 2 + suffix_len;
        position += 1;
    }
    None
}

/// The `position`th value from byte `start` of the values.
fn value(start: usize, position: usize) -> Option<&'static str> {
    let mut at = start;
    for _ in 0..position {
        at = crate::romaji::tsv::find_newline(VALUES.as_bytes(), at)? + 1;
    }
    let end = crate::romaji::tsv::find_newline(VALUES.as_bytes(), at)?;
    VALUES.get(at..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word of the TSV is found with its value; its prefixes that
    /// are not words, and words with a kana more, are not.
    #[test]
    fn agrees_with_the_tsv() {
        static TSV: &str = include_str!("../../../data/loanwords_unidic.tsv");
        let words: std::collections::HashMap<&str, &str> = TSV
            .lines()
            .skip(1)
            .map(|line| line.split_once('\t').unwrap())
            .collect();
        assert!(words.len() > 20_000);
        for (&word, &english) in &words {
            assert_eq!(find(word), Some(english), "{word}");
            for (end, _) in word.char_indices().skip(1) {
                let prefix = &word[..end];
                assert_eq!(find(prefix), words.get(prefix).copied(), "{prefix}");
            }
            for more in ["ア", "ン", "ー", "ヿ"] {
                let longer = format!("{word}{more}");
                assert_eq!(find(&longer), words.get(longer.as_str()).copied());
            }
        }
        for text in [
            "",
            "ア",
            "ァァァ",
            "ヿヿヿ",
            "マンションa",
            "漢字",
            "ｱｲｱﾑ",
            &"ア".repeat(40),
        ] {
            assert_eq!(find(text), words.get(text).copied(), "{text}");
        }
    }

    #[test]
    fn examples() {
        assert_eq!(find("アイアムパス"), Some("Iambus"));
        assert_eq!(find("アイアムパ"), None);
        assert_eq!(kana_code('ア'), Some(0x02));
        assert_eq!(kana_code('ー'), Some(0x5C));
        assert_eq!(kana_code('a'), None);
    }
}
