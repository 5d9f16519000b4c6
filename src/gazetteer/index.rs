//! Lookup indexes over the gazetteer's records, keyed by folded names
//! ([`name_key`](super::name_key)) so that the variants people type find the
//! canonical record.

use super::types::*;
use crate::text::PrefixTrie;
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

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

/// FNV-1a: the keys are short and trusted (our own data), so a simple fast
/// hash beats SipHash here.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A `HashMap` with the FNV hasher, for short trusted keys.
pub(crate) type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// A map from folded name to the records so named, kept as a trie of the
/// names (built by [`NameMap::finish`]): a whole name is one walk down it,
/// and so is every name a text starts with.
#[derive(Debug)]
pub(super) struct NameMap<V> {
    /// (key, value) as inserted, until [`NameMap::finish`].
    pending: Vec<(Cow<'static, str>, V)>,
    /// The values of every key, key after key in the order of the sorted
    /// keys (the trie's key positions), and where each key's end.
    sorted_values: Vec<V>,
    values_end: Vec<u32>,
    trie: PrefixTrie,
}

impl<V> Default for NameMap<V> {
    fn default() -> Self {
        NameMap {
            pending: Vec::new(),
            sorted_values: Vec::new(),
            values_end: Vec::new(),
            trie: PrefixTrie::default(),
        }
    }
}

impl<V> NameMap<V> {
    /// How many names the map holds.
    fn len(&self) -> usize {
        self.values_end.len()
    }
}

impl<V: PartialEq + Clone> NameMap<V> {
    /// Adds `value` under the folded form of `name`.
    fn insert(&mut self, name: &'static str, value: V) {
        self.insert_key(crate::text::fold_key(name), value);
    }

    /// Adds `value` under the folded form of a name built at load time.
    fn insert_owned(&mut self, name: &str, value: V) {
        self.insert_key(Cow::Owned(crate::text::fold_key(name).into_owned()), value);
    }

    fn insert_key(&mut self, key: Cow<'static, str>, value: V) {
        if !key.is_empty() {
            self.pending.push((key, value));
        }
    }

    /// The values of `key`, in the order they were inserted (each once).
    fn get(&self, key: &str) -> &[V] {
        self.trie
            .find(key)
            .and_then(|position| self.values_at(position))
            .unwrap_or(&[])
    }

    /// Sorts the names and builds the trie; call once, after the last
    /// insert.
    fn finish(mut self) -> Self {
        let mut pending = std::mem::take(&mut self.pending);
        // Stable: a key's values keep their insertion order.
        pending.sort_by(|a, b| a.0.cmp(&b.0));
        let mut keys: Vec<&str> = Vec::with_capacity(pending.len());
        let mut sorted_values: Vec<V> = Vec::with_capacity(pending.len());
        let mut values_end: Vec<u32> = Vec::with_capacity(pending.len());
        for (key, value) in &pending {
            if keys.last() != Some(&key.as_ref()) {
                keys.push(key);
                values_end.push(sorted_values.len() as u32);
            }
            let key_start = match values_end.len().checked_sub(2) {
                Some(before) => values_end.get(before).copied().unwrap_or(0) as usize,
                None => 0,
            };
            if !sorted_values
                .get(key_start..)
                .is_some_and(|vs| vs.contains(value))
            {
                sorted_values.push(value.clone());
            }
            if let Some(end) = values_end.last_mut() {
                *end = sorted_values.len() as u32;
            }
        }
        self.trie = PrefixTrie::build(&keys);
        self.sorted_values = sorted_values;
        self.values_end = values_end;
        self
    }

    /// The values of the key at `position` in sorted order.
    fn values_at(&self, position: usize) -> Option<&[V]> {
        let start = match position.checked_sub(1) {
            Some(before) => *self.values_end.get(before)? as usize,
            None => 0,
        };
        let end = *self.values_end.get(position)? as usize;
        self.sorted_values.get(start..end)
    }

    /// Every key that is a prefix of `text`, longest first, as (byte length,
    /// values).
    fn prefixes<'a>(&'a self, text: &str) -> impl Iterator<Item = (usize, &'a [V])> + 'a {
        self.trie
            .prefixes(text)
            .filter_map(|(len, key)| self.values_at(key).map(|values| (len, values)))
    }
}

impl<V> std::fmt::Debug for NameMapSummary<'_, V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} names", self.0.len())
    }
}
struct NameMapSummary<'a, V>(&'a NameMap<V>);

/// The name indexes built when the gazetteer loads: prefectures and
/// municipalities (a few thousand keys). Towns are indexed per
/// municipality ([`TownKeys`]), when its towns are first needed.
pub(super) struct Index {
    prefectures: NameMap<PrefectureId>,
    municipalities: NameMap<MunicipalityMatch>,
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Index")
            .field("prefectures", &NameMapSummary(&self.prefectures))
            .field("municipalities", &NameMapSummary(&self.municipalities))
            .finish()
    }
}

/// The prefecture name without its suffix: 東京都 → 東京; 北海道 stays.
fn prefecture_stem(name: &str) -> Option<&str> {
    ["都", "府", "県"]
        .iter()
        .find_map(|suffix| name.strip_suffix(suffix))
}

impl Index {
    pub(super) fn build(prefectures: &[Prefecture], municipalities: &[Municipality]) -> Index {
        let mut prefecture_names = NameMap::default();
        for p in prefectures {
            prefecture_names.insert(p.name.kanji, p.id);
            if let Some(stem) = prefecture_stem(p.name.kanji) {
                prefecture_names.insert(stem, p.id);
            }
        }

        let mut municipality_names = NameMap::default();
        for m in municipalities {
            let id = m.id;
            let with = |kind| MunicipalityMatch {
                municipality: id,
                kind,
            };
            // Full names are built from the parts, so their keys are owned.
            municipality_names.insert_owned(&m.full_name(), with(MunicipalityMatchKind::Full));
            if m.county.is_some() {
                municipality_names.insert(m.city.kanji, with(MunicipalityMatchKind::WithoutCounty));
            }
            if let Some(ward) = &m.ward {
                municipality_names.insert(ward.kanji, with(MunicipalityMatchKind::WardOnly));
                municipality_names.insert(m.city.kanji, with(MunicipalityMatchKind::CityOnly));
            }
        }
        Index {
            prefectures: prefecture_names.finish(),
            municipalities: municipality_names.finish(),
        }
    }

    pub(super) fn prefecture(&self, key: &str) -> Option<PrefectureId> {
        self.prefectures.get(key).first().copied()
    }

    pub(super) fn municipalities(&self, key: &str) -> &[MunicipalityMatch] {
        self.municipalities.get(key)
    }

    pub(super) fn prefecture_prefixes<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (usize, PrefectureId)> + 'a {
        self.prefectures
            .prefixes(text)
            .map(|(len, ids)| (len, ids[0]))
    }

    pub(super) fn municipality_prefixes<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (usize, &'a [MunicipalityMatch])> + 'a {
        self.municipalities.prefixes(text)
    }
}

/// A global index of every town name, built only when asked for (it needs
/// every municipality's towns parsed).
pub(super) type TownNames = NameMap<TownId>;

pub(super) fn town_names<'a>(towns: impl Iterator<Item = &'a Town>) -> TownNames {
    let mut names = NameMap::default();
    for t in towns {
        names.insert(t.name.kanji, t.id);
    }
    names.finish()
}

impl NameMap<TownId> {
    pub(super) fn towns(&self, key: &str) -> &[TownId] {
        self.get(key)
    }
}

/// One municipality's town names, folded and sorted, for prefix matching.
#[derive(Debug)]
pub(super) struct TownKeys {
    keys: Vec<(Cow<'static, str>, u32)>,
}

impl TownKeys {
    /// Indexes `towns` (one municipality's); values are positions in `towns`.
    pub(super) fn build(towns: &[Town]) -> TownKeys {
        let mut keys: Vec<(Cow<'static, str>, u32)> = towns
            .iter()
            .enumerate()
            .filter(|(_, t)| !t.name.kanji.is_empty())
            .map(|(i, t)| (crate::text::fold_key(t.name.kanji), i as u32))
            .collect();
        keys.sort_unstable();
        TownKeys { keys }
    }

    /// The positions of the towns whose folded name is `key`.
    pub(super) fn get<'a>(&'a self, key: &'a str) -> impl Iterator<Item = u32> + 'a {
        let start = self.keys.partition_point(|(k, _)| k.as_ref() < key);
        self.keys[start..]
            .iter()
            .take_while(move |(k, _)| k.as_ref() == key)
            .map(|&(_, i)| i)
    }

    /// The towns whose folded name starts with `prefix` and is longer, as
    /// (folded name, position), from the sorted table.
    pub(super) fn extending<'a>(
        &'a self,
        prefix: &'a str,
    ) -> impl Iterator<Item = (&'a str, u32)> + 'a {
        let start = self.keys.partition_point(|(k, _)| k.as_ref() <= prefix);
        self.keys[start..]
            .iter()
            .take_while(move |(k, _)| k.starts_with(prefix))
            .map(|(k, i)| (k.as_ref(), *i))
    }

    /// Every town name that is a prefix of `text`, longest first, as (byte
    /// length, position). Only the keys that share `text`'s first character
    /// are compared, and they sit together in the sorted table.
    pub(super) fn prefixes(&self, text: &str) -> Vec<(usize, u32)> {
        let Some(first) = text.chars().next() else {
            return Vec::new();
        };
        let mut head = [0u8; 4];
        let head: &str = first.encode_utf8(&mut head);
        let start = self.keys.partition_point(|(k, _)| k.as_ref() < head);
        let mut found: Vec<(usize, u32)> = self.keys[start..]
            .iter()
            .take_while(|(k, _)| k.starts_with(head))
            .filter(|(k, _)| text.starts_with(k.as_ref()))
            .map(|(k, i)| (k.len(), *i))
            .collect();
        found.sort_unstable_by(|a, b| b.cmp(a));
        found
    }
}
