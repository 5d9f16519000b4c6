//! Every place name with kanji and its readings, for reading place names
//! inside building text: `data/place_names.tsv` (sorted `name<TAB>readings`
//! lines, written by `python3 data/gen_place_names.py` from the gazetteer)
//! and a hash table over it that `build.rs` lays out, both embedded and read
//! in place: no table is built at run time (the hash map this replaces was
//! 2.6 MB of heap), and a lookup hashes the name once and probes a few
//! slots.
//!
//! The table (`OUT_DIR/place_names.idx`) holds `2^k` little-endian u32
//! slots, at most 3/5 of them used; 0 is an empty slot. A used slot is a
//! key: every name, and every proper prefix of two characters or more of a
//! name. Bits 0–23: the byte offset of a line of the TSV that starts with
//! the key (a name's own line); bits 24–29: the key's length in bytes; bit
//! 30: the key is a name (its readings follow it on that line, after the
//! tab); bit 31: a longer name starts with it. A key's first slot is
//! [`first_slot`] of [`place_hash`]; a taken slot sends the search to the
//! next one (the last wraps to the first).

use super::place_hash::{first_slot, place_hash};

/// `name<TAB>readings` lines after a header line, sorted by name.
pub(crate) static TSV: &str = include_str!("../../data/place_names.tsv");

/// The slots, as the module documentation describes.
static SLOTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/place_names.idx"));

/// What the table says about `key`: the readings of the place so named
/// (`;`-separated, most common first, `|` before a kanji whose reading
/// starts with a vowel), if it is a name, and whether a longer name starts
/// with it (中之 → (None, true); 中之島 → (Some("ナカノシマ"), …)). Never
/// panics.
pub(crate) fn lookup(key: &str) -> (Option<&'static str>, bool) {
    let count = SLOTS.len() / 4;
    if !count.is_power_of_two() {
        return (None, false);
    }
    let mask = count - 1;
    let mut i = first_slot(place_hash(key.as_bytes()), count.trailing_zeros());
    // At most 3/5 of the slots are used, so an empty one ends every search;
    // `count` probes bound it whatever the table.
    for _ in 0..count {
        let slot = match SLOTS.get(4 * i..4 * i + 4) {
            Some(&[a, b, c, d]) => u32::from_le_bytes([a, b, c, d]),
            _ => 0,
        };
        if slot == 0 {
            break;
        }
        let line = (slot & 0xFF_FFFF) as usize;
        let len = (slot >> 24 & 0x3F) as usize;
        if TSV.as_bytes().get(line..line + len) == Some(key.as_bytes()) {
            let readings = (slot >> 30 & 1 == 1).then(|| {
                let rest = TSV.get(line + len + 1..).unwrap_or_default();
                let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
                rest.get(..end).unwrap_or_default()
            });
            return (readings, slot >> 31 == 1);
        }
        i = (i + 1) & mask;
    }
    (None, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table answers as a hash map built from the TSV would, for every
    /// name, every prefix and the names' other substrings.
    #[test]
    fn agrees_with_the_lines() {
        use std::collections::HashMap;
        let mut want: HashMap<&str, (Option<&str>, bool)> = HashMap::new();
        for line in TSV.lines().skip(1) {
            let Some((name, readings)) = line.split_once('\t') else {
                continue;
            };
            want.entry(name).or_default().0 = Some(readings);
            let ends = name.char_indices().map(|(i, _)| i).skip(2);
            for prefix in ends.filter_map(|end| name.get(..end)) {
                want.entry(prefix).or_default().1 = true;
            }
        }
        assert!(want.len() > 12_000);
        for (key, answer) in &want {
            assert_eq!(lookup(key), *answer, "{key}");
        }
        for line in TSV.lines().skip(1).take(3000) {
            let name = line.split('\t').next().unwrap_or_default();
            for (start, _) in name.char_indices().skip(1) {
                let tail = &name[start..];
                assert_eq!(lookup(tail), want.get(tail).copied().unwrap_or_default());
            }
        }
        assert_eq!(lookup(""), (None, false));
        assert_eq!(lookup("ビル"), (None, false));
        assert_eq!(lookup("中之島").0, Some("ナカノシマ"));
        assert_eq!(lookup("中之"), (None, true));
    }

    #[test]
    fn two_fifths_empty() {
        let count = SLOTS.len() / 4;
        assert!(count.is_power_of_two());
        let used = SLOTS.chunks(4).filter(|s| s != &[0, 0, 0, 0]).count();
        assert!(used * 5 <= count * 3 && used > 12_000, "{used} of {count}");
    }
}
