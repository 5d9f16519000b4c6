//! A short list of `Copy` values kept inline up to `N`, in a `Vec` beyond:
//! the lists of one address (a block's numbers, a run of numerals) nearly
//! always fit, so building them allocates nothing.

/// A list of up to `N` values on the stack; past that, every value moves to
/// a `Vec`. Compared and printed with `{:?}` as the list it holds (and
/// serialized as that list).
#[derive(Clone)]
pub(crate) struct InlineVec<T: Copy, const N: usize> {
    inline: [T; N],
    inline_len: usize,
    /// All the values, once there are more than fit inline.
    spilled: Vec<T>,
}

impl<T: Copy, const N: usize> InlineVec<T, N> {
    /// An empty list; `fill` only stands in the unused inline slots.
    pub(crate) fn new(fill: T) -> Self {
        InlineVec {
            inline: [fill; N],
            inline_len: 0,
            spilled: Vec::new(),
        }
    }

    pub(crate) fn as_slice(&self) -> &[T] {
        if self.spilled.is_empty() {
            self.inline.get(..self.inline_len).unwrap_or(&[])
        } else {
            &self.spilled
        }
    }

    /// The values, to sort or change in place.
    pub(crate) fn as_mut_slice(&mut self) -> &mut [T] {
        if self.spilled.is_empty() {
            self.inline.get_mut(..self.inline_len).unwrap_or(&mut [])
        } else {
            &mut self.spilled
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.as_slice().len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub(crate) fn push(&mut self, value: T) {
        match self.inline.get_mut(self.inline_len) {
            Some(slot) if self.spilled.is_empty() => {
                *slot = value;
                self.inline_len += 1;
            }
            _ => {
                if self.spilled.is_empty() {
                    self.spilled.extend_from_slice(&self.inline);
                }
                self.spilled.push(value);
            }
        }
    }

    pub(crate) fn pop(&mut self) -> Option<T> {
        if self.spilled.is_empty() {
            self.inline_len = self.inline_len.checked_sub(1)?;
            self.inline.get(self.inline_len).copied()
        } else {
            let last = self.spilled.pop();
            if self.spilled.is_empty() {
                self.inline_len = 0;
            }
            last
        }
    }

    pub(crate) fn clear(&mut self) {
        self.inline_len = 0;
        self.spilled.clear();
    }
}

impl<T: Copy + Default, const N: usize> Default for InlineVec<T, N> {
    fn default() -> Self {
        InlineVec::new(T::default())
    }
}

impl<T: Copy + PartialEq, const N: usize> PartialEq for InlineVec<T, N> {
    fn eq(&self, other: &Self) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T: Copy + Eq, const N: usize> Eq for InlineVec<T, N> {}

impl<T: Copy + std::fmt::Debug, const N: usize> std::fmt::Debug for InlineVec<T, N> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.as_slice()).finish()
    }
}

/// The values by value, in order (what a lookup hands its caller).
pub(crate) struct IntoIter<T: Copy, const N: usize> {
    values: InlineVec<T, N>,
    next: usize,
}

impl<T: Copy, const N: usize> Iterator for IntoIter<T, N> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        let value = self.values.as_slice().get(self.next).copied()?;
        self.next += 1;
        Some(value)
    }
}

impl<T: Copy, const N: usize> IntoIterator for InlineVec<T, N> {
    type Item = T;
    type IntoIter = IntoIter<T, N>;

    fn into_iter(self) -> IntoIter<T, N> {
        IntoIter {
            values: self,
            next: 0,
        }
    }
}

#[cfg(feature = "serde")]
impl<T: Copy + serde::Serialize, const N: usize> serde::Serialize for InlineVec<T, N> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.as_slice())
    }
}

#[cfg(test)]
mod tests {
    use super::InlineVec;

    /// It behaves as a `Vec`, inline or spilled, across push, pop and clear.
    #[test]
    fn behaves_as_a_vec() {
        let mut small: InlineVec<u32, 4> = InlineVec::default();
        let mut list: Vec<u32> = Vec::new();
        for n in 1..=7 {
            small.push(n);
            list.push(n);
            assert_eq!(small.as_slice(), list.as_slice());
            assert_eq!(format!("{small:?}"), format!("{list:?}"));
        }
        while !list.is_empty() {
            assert_eq!(small.pop(), list.pop());
            assert_eq!(small.as_slice(), list.as_slice());
        }
        assert_eq!(small.pop(), None);
        assert!(small.is_empty());
        for n in 1..=6 {
            small.push(n);
        }
        small.clear();
        assert!(small.is_empty());
        small.push(9);
        assert_eq!(small.as_slice(), &[9]);
        for n in [3, 1, 8, 2, 7] {
            small.push(n);
        }
        small.as_mut_slice().sort_unstable();
        assert_eq!(small.into_iter().collect::<Vec<_>>(), [1, 2, 3, 7, 8, 9]);
    }
}
