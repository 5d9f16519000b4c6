//! The per-thread cache of place romaji: place names repeat from address to
//! address, and reading one costs more than looking it up.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::gazetteer::Place;
use crate::word_hash::WordHasher;
use crate::Style;

/// Which kind of place a cached romaji is for (the same kana can be a
/// town and a municipality part, romanized differently).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum PlaceKind {
    Prefecture,
    MunicipalityPart,
    Town,
}

/// At most this many place romaji are cached per thread (with
/// [`PLACE_TEXT_CAPACITY`], at most 0.5 MB: 2^14 map slots of 17 bytes and
/// the text); the cache starts over when full.
const PLACE_ROMAJI_CAPACITY: usize = 14_336;

/// A cached romaji's key in one integer: the kind of place and every
/// option of the style (4 bits each), the place's kana's length (16 bits)
/// and where it is in the gazetteer's string pool (24 bits).
type PlaceKey = u64;

/// The key of a place's romaji; `None` (not cached) for a kana that is
/// not in the gazetteer's pool or does not fit the key.
fn place_key(style: Style, kind: PlaceKind, place: &Place) -> Option<PlaceKey> {
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
        .fold(0u64, |key, &option| (key << 4) | u64::from(option & 0xF));
    let offset = crate::gazetteer::pool_offset(place.kana).filter(|&o| o < 1 << 24)?;
    let len = u16::try_from(place.kana.len()).ok()?;
    // The offset in the low bits: the map's hash multiplies the key, and
    // the low bits of a product (its bucket) depend on the key's low bits.
    Some((options << 40) | (u64::from(len) << 24) | u64::from(offset))
}

/// Where a cached romaji is in [`PlaceCache::text`]: start and length.
type Span = (u32, u32);

/// The romaji of the places seen on this thread: one map of fixed-size
/// entries into one string (no allocation per entry).
#[derive(Default)]
struct PlaceCache {
    spans: HashMap<PlaceKey, Span, BuildHasherDefault<WordHasher>>,
    text: String,
}

/// At most this many bytes of romaji are kept per thread.
const PLACE_TEXT_CAPACITY: usize = 256 * 1024;

thread_local! {
    static PLACE_ROMAJI: RefCell<PlaceCache> = RefCell::new(PlaceCache::default());
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
    // The gazetteer's text is one pool, so where it is identifies it.
    let Some(key) = place_key(style, kind, place) else {
        write(out);
        return;
    };
    PLACE_ROMAJI.with(|cache| {
        {
            let cache = cache.borrow();
            if let Some(&(start, len)) = cache.spans.get(&key) {
                let (start, len) = (start as usize, len as usize);
                out.push_str(cache.text.get(start..start + len).unwrap_or_default());
                return;
            }
        }
        let from = out.len();
        write(out);
        let romaji = out.get(from..).unwrap_or_default();
        let mut cache = cache.borrow_mut();
        if cache.spans.len() >= PLACE_ROMAJI_CAPACITY
            || cache.text.len() + romaji.len() > PLACE_TEXT_CAPACITY
        {
            cache.spans.clear();
            cache.text.clear();
        }
        let (Ok(start), Ok(len)) = (u32::try_from(cache.text.len()), u32::try_from(romaji.len()))
        else {
            return;
        };
        cache.text.push_str(romaji);
        cache.spans.insert(key, (start, len));
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
        ]
        .map(|key| key.expect("a gazetteer place has a key"));
        for (i, a) in keys.iter().enumerate() {
            for b in &keys[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }
}
