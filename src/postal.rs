//! TEMPORARY stub; replaced by the text-postal branch.
use std::fmt;
/// Stub.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PostalCode(u32);
impl PostalCode {
    /// Stub.
    pub fn new(v: u32) -> Option<PostalCode> {
        (v <= 9_999_999).then_some(PostalCode(v))
    }
    /// Stub.
    pub fn value(self) -> u32 {
        self.0
    }
}
impl fmt::Display for PostalCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:03}-{:04}", self.0 / 10000, self.0 % 10000)
    }
}
/// Stub.
pub fn split_postal_code(
    cleaned: &str,
) -> Result<(Option<PostalCode>, std::ops::Range<usize>), crate::Error> {
    Ok((None, 0..cleaned.len()))
}
