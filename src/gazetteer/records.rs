//! [`Records`]: a run of gazetteer records decoded from the compiled tables
//! as they are visited, in place of a slice.

use std::fmt;
use std::iter::FusedIterator;

/// A run of gazetteer records (towns, districts, offices), decoded from the
/// compiled tables one at a time: an iterator that also knows its length and
/// can be indexed. Cheap to copy; nothing is allocated.
///
/// ```
/// let gz = jusho::gazetteer::get();
/// let towns = gz.towns();
/// assert!(towns.len() > 100_000);
/// let first = towns.get(0).unwrap();
/// assert!(first.is_city_wide());
/// assert_eq!(towns.iter().next(), Some(first));
/// ```
pub struct Records<T> {
    start: u32,
    end: u32,
    /// What every record of the run shares (its town, its municipality),
    /// passed to `read` so that it need not be looked up per record.
    context: u32,
    read: fn(u32, u32) -> T,
}

impl<T> Clone for Records<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Records<T> {}

impl<T> Records<T> {
    /// The records `range`, each read as `read(index, context)`.
    pub(super) fn new(
        range: std::ops::Range<u32>,
        context: u32,
        read: fn(u32, u32) -> T,
    ) -> Records<T> {
        Records {
            start: range.start,
            end: range.end.max(range.start),
            context,
            read,
        }
    }

    /// How many records are left.
    pub fn len(&self) -> usize {
        (self.end - self.start) as usize
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The record at `index` (counted from the first one left), if any.
    pub fn get(&self, index: usize) -> Option<T> {
        let index = u32::try_from(index).ok()?;
        let at = self.start.checked_add(index)?;
        (at < self.end).then(|| (self.read)(at, self.context))
    }

    /// The first record, if any.
    pub fn first(&self) -> Option<T> {
        self.get(0)
    }

    /// The records, from the first one left (a copy of this iterator).
    pub fn iter(&self) -> Records<T> {
        Records { ..*self }
    }
}

impl<T> Iterator for Records<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        (self.start < self.end).then(|| {
            self.start += 1;
            (self.read)(self.start - 1, self.context)
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.len(), Some(self.len()))
    }

    fn nth(&mut self, n: usize) -> Option<T> {
        let skip = u32::try_from(n).unwrap_or(u32::MAX);
        self.start = self.start.saturating_add(skip).min(self.end);
        self.next()
    }
}

impl<T> DoubleEndedIterator for Records<T> {
    fn next_back(&mut self) -> Option<T> {
        (self.start < self.end).then(|| {
            self.end -= 1;
            (self.read)(self.end, self.context)
        })
    }
}

impl<T> ExactSizeIterator for Records<T> {}
impl<T> FusedIterator for Records<T> {}

impl<T> fmt::Debug for Records<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Records({}..{})", self.start, self.end)
    }
}
