//! The hash of the place-name table (`place_names.rs`), shared with
//! `build.rs`, which lays the table out (`#[path]`-included there, so it uses
//! nothing of the crate).

/// A hash of `bytes`, eight at a time (rotate, xor, multiply by the golden
/// ratio); the table uses its top bits.
pub(crate) fn place_hash(bytes: &[u8]) -> u64 {
    let mut hash = 0u64;
    let mut add = |word: u64| {
        hash = (hash.rotate_left(26) ^ word).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    };
    let mut chunks = bytes.chunks_exact(8);
    for chunk in chunks.by_ref() {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        add(u64::from_le_bytes(word));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut word = [0u8; 8];
        word[..rest.len()].copy_from_slice(rest);
        add(u64::from_le_bytes(word));
    }
    add(bytes.len() as u64);
    hash
}

/// The first slot to probe for a hash, in a table of `1 << bits` slots.
pub(crate) fn first_slot(hash: u64, bits: u32) -> usize {
    hash.checked_shr(64u32.saturating_sub(bits)).unwrap_or(0) as usize
}

/// The bits of a hash a slot keeps, so that a probe compares the name only
/// when they agree.
pub(crate) fn tag(hash: u64) -> u16 {
    hash as u16
}
