//! The layout of UniDic's loanword table as `build.rs` writes it
//! (`unidic_build.rs`) and [`super::unidic`] reads it: shared by both so
//! that they cannot disagree.
//!
//! The table is `data/loanwords_unidic.tsv` (25,842 sorted
//! `KATAKANA<TAB>English` lines, 673 KB) recoded so that a lookup reads a
//! few hundred bytes in two or three pages, not a binary search's ~15
//! scattered lines. Four files in `OUT_DIR`:
//!
//! - `loanwords_unidic.keys`: the keys, one byte per kana ([`kana_code`]),
//!   in blocks of [`BLOCK`] keys. Each key is `shared, suffix_len, suffix…`:
//!   it repeats the first `shared` bytes of the key before it in its block
//!   and adds `suffix` (the first key of a block has `shared = 0`).
//! - `loanwords_unidic.values`: the English words in key order, each ended
//!   by `\n`.
//! - `loanwords_unidic.blocks`: per block, [`BLOCK_RECORD`] bytes, three
//!   little-endian `u32`: where the block starts in the keys, where its first
//!   value starts in the values, where its first key starts in the firsts.
//! - `loanwords_unidic.firsts`: each block's first key (coded), one after
//!   the other: a lookup's binary search reads only these and the blocks.
//!
//! ```ignore
//! assert_eq!(kana_code('ア'), Some(0x02));
//! assert_eq!(kana_code('ー'), Some(0x5C));
//! assert_eq!(kana_code('a'), None);
//! ```

/// Keys per block: a lookup decodes at most this many.
#[allow(dead_code)] // written by `build.rs`; the reader follows the offsets
pub(crate) const BLOCK: usize = 32;

/// Bytes per block record in `loanwords_unidic.blocks`.
pub(crate) const BLOCK_RECORD: usize = 12;

/// The longest key, in kana (the table's longest has 25; `build.rs` fails
/// on a longer one).
pub(crate) const MAX_KEY: usize = 32;

/// The one-byte code of a char of the katakana block (U+30A1–U+30FF:
/// katakana, `・`, `ー`, `ヽ`, `ヾ`, `ヿ`): its offset from U+30A0, so that
/// codes sort as the chars (and their UTF-8) do. `None` for any other char
/// (no key has one).
pub(crate) fn kana_code(c: char) -> Option<u8> {
    match u32::from(c) {
        cp @ 0x30A1..=0x30FF => u8::try_from(cp - 0x30A0).ok(),
        _ => None,
    }
}
