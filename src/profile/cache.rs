//! The per-thread cache of place romaji: place names repeat from address to
//! address, and reading one costs more than looking it up.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::gazetteer::Place;
use crate::Style;

/// Which kind of place a cached romaji is for (the same kana can be a
/// town and a municipality part, romanized differently).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum PlaceKind {
    Prefecture,
    MunicipalityPart,
    Town,
}

/// At most this many place romaji are cached per thread (a few MB); the
/// cache starts over when full.
const PLACE_ROMAJI_CAPACITY: usize = 16_384;

/// A cached romaji's key in one integer: the place's kana (its address in
/// the gazetteer's `'static` text, and its length), the kind of place and
/// every option of the style.
type PlaceKey = u128;

fn place_key(style: Style, kind: PlaceKind, place: &Place) -> PlaceKey {
    let options = [
        style.get_long_vowel() as u8,
        style.get_syllabic_n() as u8,
        style.get_case() as u8,
        style.get_city_order() as u8,
        style.get_prefecture_suffix() as u8,
        kind as u8,
    ];
    let options = options
        .iter()
        .fold(0u128, |key, &option| (key << 4) | u128::from(option & 0xF));
    let address = place.kana.as_ptr() as usize as u128;
    let len = place.kana.len() as u128 & 0xFFFF_FFFF;
    (address << 64) | (len << 32) | options
}

/// A hasher for [`PlaceKey`]s: one multiply per half (hashbrown reads the
/// top bits, which the multiply fills).
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(29) ^ n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }

    fn write_u128(&mut self, n: u128) {
        self.write_u64(n as u64);
        self.write_u64((n >> 64) as u64);
    }
}

type PlaceMap = HashMap<PlaceKey, String, BuildHasherDefault<KeyHasher>>;

thread_local! {
    static PLACE_ROMAJI: RefCell<PlaceMap> = RefCell::new(PlaceMap::default());
}

/// Appends the romaji of a gazetteer place in this style to `out`,
/// computed (appended by `write`) once per thread: place names repeat from
/// address to address.
pub(super) fn push_cached(
    style: Style,
    kind: PlaceKind,
    place: &Place,
    write: impl FnOnce(&mut String),
    out: &mut String,
) {
    // The gazetteer's text is 'static, so its address identifies it.
    let key = place_key(style, kind, place);
    PLACE_ROMAJI.with(|cache| {
        if let Some(found) = cache.borrow().get(&key) {
            out.push_str(found);
            return;
        }
        let from = out.len();
        write(out);
        let romaji = out.get(from..).unwrap_or("").to_owned();
        let mut cache = cache.borrow_mut();
        if cache.len() >= PLACE_ROMAJI_CAPACITY {
            cache.clear();
        }
        cache.insert(key, romaji);
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::romaji::Case;

    #[test]
    fn keys_tell_places_kinds_and_styles_apart() {
        let gz = crate::gazetteer::get();
        let tokyo = gz.prefectures()[12].name;
        let osaka = gz.prefectures()[26].name;
        let upper = Style::new().case(Case::Upper);
        let keys = [
            place_key(Style::DEFAULT, PlaceKind::Prefecture, &tokyo),
            place_key(Style::DEFAULT, PlaceKind::Prefecture, &osaka),
            place_key(Style::DEFAULT, PlaceKind::Town, &tokyo),
            place_key(upper, PlaceKind::Prefecture, &tokyo),
            place_key(Style::JAPAN_POST, PlaceKind::Prefecture, &tokyo),
        ];
        for (i, a) in keys.iter().enumerate() {
            for b in &keys[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }
}
