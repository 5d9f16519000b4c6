//! The per-thread cache of place romaji: place names repeat from address to
//! address, and reading one costs more than looking it up.

use std::cell::RefCell;

use crate::gazetteer::{self, Place};
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

type PlaceKey = (Style, PlaceKind, usize, usize);

thread_local! {
    static PLACE_ROMAJI: RefCell<gazetteer::FnvMap<PlaceKey, String>> =
        RefCell::new(gazetteer::FnvMap::default());
}

/// Appends the romaji of a gazetteer place in this style to `out`,
/// computed once per thread: place names repeat from address to address.
pub(super) fn push_cached(
    style: Style,
    kind: PlaceKind,
    place: &Place,
    compute: impl FnOnce() -> String,
    out: &mut String,
) {
    // The gazetteer's text is 'static, so its address identifies it.
    let key = (style, kind, place.kana.as_ptr() as usize, place.kana.len());
    PLACE_ROMAJI.with(|cache| {
        if let Some(found) = cache.borrow().get(&key) {
            out.push_str(found);
            return;
        }
        let romaji = compute();
        out.push_str(&romaji);
        let mut cache = cache.borrow_mut();
        if cache.len() >= PLACE_ROMAJI_CAPACITY {
            cache.clear();
        }
        cache.insert(key, romaji);
    })
}
