//! The hash of the place-name table (`place_names.rs`), shared with
//! `build.rs`, which lays the table out (`#[path]`-included there, beside
//! `src/word_hash.rs`, so it uses nothing else of the crate).

/// The hash of a place name ([`crate::word_hash::hash_bytes`]); the table
/// uses its top bits.
pub(crate) use crate::word_hash::hash_bytes as place_hash;

/// The first slot to probe for a hash, in a table of `1 << bits` slots.
pub(crate) fn first_slot(hash: u64, bits: u32) -> usize {
    hash.checked_shr(64u32.saturating_sub(bits)).unwrap_or(0) as usize
}

/// The 4 bits of a hash a slot keeps, so that a probe compares the name
/// only when they agree (15 times in 16 a different name is passed over
/// without reading it).
pub(crate) fn tag(hash: u64) -> u32 {
    (hash & 0xF) as u32
}
