//! Every place name with kanji and its readings, for reading place names
//! inside building text: `data/place_names.tsv` (sorted `name<TAB>readings`
//! lines, written by `python3 data/gen_place_names.py` from the gazetteer)
//! and a hash table over it that `build.rs` lays out, both embedded and read
//! in place: no table is built at run time (the hash map this replaces was
//! 2.6 MB of heap; this table is 256 KB), and a lookup hashes the name once and probes a few
//! slots.
//!
//! The table (`OUT_DIR/place_names.idx`) holds `2^k` slots of 4 bytes, at
//! most 3/5 of them used; a slot of zeros is empty. A used slot is a key:
//! every name, and every proper prefix of two characters or more of a name.
//! It is a little-endian u32: bits 0–19, the byte offset of a line of the
//! TSV that starts with the key (a name's own line); bits 20–25, the key's
//! length in bytes; bit 26, the key is a name (its readings follow it on that
//! line, after the tab, up to the line's end); bit 27, a longer name starts
//! with it; bits 28–31, the [`tag`] of the key's hash, so that a probe
//! compares names only when the tags agree. A key's first slot is
//! [`first_slot`] of [`place_hash`]; a taken slot sends the search to the
//! next one (the last wraps to the first).

use super::place_hash::{first_slot, place_hash, tag};

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
    let hash = place_hash(key.as_bytes());
    let (mut i, key_tag) = (first_slot(hash, count.trailing_zeros()), tag(hash));
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
        let line = (slot & 0xF_FFFF) as usize;
        let len = (slot >> 20 & 0x3F) as usize;
        if slot >> 28 == key_tag && TSV.as_bytes().get(line..line + len) == Some(key.as_bytes()) {
            let readings = (slot >> 26 & 1 == 1).then(|| {
                let at = line + len + 1;
                let end = crate::romaji::tsv::find_newline(TSV.as_bytes(), at).unwrap_or(TSV.len());
                let readings = TSV.get(at..end).unwrap_or_default();
                readings.strip_suffix('\r').unwrap_or(readings)
            });
            return (readings, slot >> 27 & 1 == 1);
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
        let used = SLOTS.chunks(4).filter(|s| s != &[0; 4]).count();
        assert!(used * 5 <= count * 3 && used > 12_000, "{used} of {count}");
    }
}
