//! Lookup indexes over the gazetteer's records, keyed by folded names
//! ([`name_key`](super::name_key)) so that the variants people type find the
//! canonical record.

use super::types::*;
use crate::word_hash::FastMap;
use std::borrow::Cow;

/// How a name matched a municipality.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize),
    serde(rename_all = "snake_case")
)]
#[non_exhaustive]
pub enum MunicipalityMatchKind {
    /// The full name: 虻田郡倶知安町, 札幌市中央区, 千代田区.
    Full,
    /// The town or village without its county: 倶知安町.
    WithoutCounty,
    /// A designated city's ward without the city: 中央区 (of 札幌市).
    WardOnly,
    /// A designated city without the ward: 札幌市 (matches every ward).
    CityOnly,
}

/// One municipality a name can mean, and how it matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct MunicipalityMatch {
    /// The municipality.
    pub municipality: MunicipalityId,
    /// How the name matched it.
    pub kind: MunicipalityMatchKind,
}

/// A map from folded name to the records so named.
#[derive(Debug)]
pub(super) struct NameMap<V> {
    map: FastMap<Cow<'static, str>, Vec<V>>,
}

impl<V> Default for NameMap<V> {
    fn default() -> Self {
        NameMap {
            map: FastMap::default(),
        }
    }
}

impl<V: PartialEq> NameMap<V> {
    /// Adds `value` under the folded form of `name`.
    fn insert(&mut self, name: &'static str, value: V) {
        let key = crate::text::fold_key(name);
        if key.is_empty() {
            return;
        }
        let values = self.map.entry(key).or_default();
        if !values.contains(&value) {
            values.push(value);
        }
    }

    fn get(&self, key: &str) -> &[V] {
        self.map.get(key).map_or(&[], Vec::as_slice)
    }
}

/// A global index of every town name, built only when asked for (it folds
/// every town's name).
pub(super) type TownNames = NameMap<TownId>;

pub(super) fn town_names(towns: impl Iterator<Item = Town>) -> TownNames {
    let mut names = NameMap::default();
    for t in towns {
        names.insert(t.name.kanji, t.id);
    }
    names
}

impl NameMap<TownId> {
    pub(super) fn towns(&self, key: &str) -> &[TownId] {
        self.get(key)
    }
}
