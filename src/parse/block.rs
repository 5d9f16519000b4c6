//! Block numbers (丁目-番-号, 1-1-1, 123番地の4) as digits.

use crate::text;

/// What may follow a block number, and whether it is a bare dash-like
/// separator (not a written counter).
const SEPARATORS: [(&str, bool); 9] = [
    ("丁目", false),
    // 堺 writes its chome 丁 (住吉橋町一丁2-3).
    ("丁", false),
    ("番地ノ", false),
    ("番地", false),
    ("番ノ", false),
    ("番", false),
    ("号", false),
    ("-", true),
    ("ノ", true),
];

/// Block numbers (丁目-番-号) as digits.
///
/// ```
/// let parts = jusho::parse("東京都中央区築地二丁目").unwrap();
/// let block = parts.block.unwrap();
/// assert!(block.is_chome_only());
/// assert_eq!(block.to_string(), "2");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Block {
    numbers: Numbers,
    chome_only: bool,
    /// The first number was marked as a chome (丁目, or 丁 as 堺 writes it).
    chome_written: bool,
    /// A lot number was marked as such (番地) and no chome was.
    banchi_written: bool,
}

impl Block {
    /// The numbers, in order: `[1, 1, 1]` for 1丁目1番1号.
    pub fn numbers(&self) -> &[u32] {
        self.numbers.as_slice()
    }

    /// True when the address gives only a chome (築地2丁目).
    pub fn is_chome_only(&self) -> bool {
        self.chome_only
    }

    /// True when the address marks the first number as a chome (丁目, or
    /// 丁 as 堺 writes it: 住吉橋町一丁2-3).
    ///
    /// ```
    /// let parts = jusho::parse("大阪府堺市堺区住吉橋町一丁2-3").unwrap();
    /// let block = parts.block.unwrap();
    /// assert!(block.is_chome_written());
    /// assert_eq!(block.to_string(), "1-2-3");
    /// ```
    pub fn is_chome_written(&self) -> bool {
        self.chome_written
    }

    /// True when the address marks a lot number (番地) and no chome.
    pub(crate) fn is_banchi_written(&self) -> bool {
        self.banchi_written
    }
}

impl std::fmt::Display for Block {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, n) in self.numbers.as_slice().iter().enumerate() {
            if i > 0 {
                f.write_str("-")?;
            }
            write!(f, "{n}")?;
        }
        Ok(())
    }
}

/// How many block numbers [`Numbers`] holds without allocating: every
/// real address has at most four.
const INLINE_NUMBERS: usize = 4;

/// A block's numbers: inline up to [`INLINE_NUMBERS`], in a `Vec` beyond.
/// Compared, printed with `{:?}` and serialized as the list of numbers.
type Numbers = crate::text::InlineVec<u32, INLINE_NUMBERS>;

/// Whether the text after a number shows it is a block number: a dash and
/// another number (34-12), 番 (34番12号) or 号 (1番地 1号). A number alone after a space
/// may be a building's or a room's.
fn goes_on_as_block(after: &str) -> bool {
    after.starts_with('番')
        || (after.starts_with('号') && !after.starts_with("号室"))
        || after
            .strip_prefix(['-', 'ノ'])
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

/// The length of the spaces, commas and 、 at the start of `text`.
pub(super) fn separator_gap(text: &str) -> usize {
    text.len() - text.trim_start_matches([' ', ',', '、']).len()
}

/// Reads leading ASCII digits at `i`: (value, end). None if none or too big.
fn number_at(text: &str, i: usize) -> Option<(u32, usize)> {
    // More than 9 digits is no block number (and might not fit a u32).
    let (value, len) = text::parse_number(text.get(i..)?)?;
    (len <= 9).then_some((value, i + len))
}

/// Block numbers starting at `start`: 1丁目1番1号, 1-1-1, 123番地の4,
/// 1-1-1-404 (the fourth number is the room). Returns the block, a room
/// found inside it, and where it ends.
pub(super) fn parse_block(folded: &str, start: usize) -> (Option<Block>, Option<String>, usize) {
    let mut numbers = Numbers::default();
    let mut room = None;
    let mut i = start;
    let mut end = start;
    let mut chome_only = false;
    let mut chome_written = false;
    let mut banchi_written = false;
    let mut saw_suffix = false;
    while let Some((n, after)) = number_at(folded, i) {
        // 809号室 right after the block is the room, not a fourth number.
        if folded[after..].starts_with("号室") {
            room = Some(n.to_string());
            end = after + "号室".len();
            break;
        }
        numbers.push(n);
        i = after;
        end = after;
        let rest = &folded[i..];
        // The first byte rules out most separators without comparing them.
        let first = rest.as_bytes().first();
        let Some((sep, dash)) = SEPARATORS.iter().find(|(s, _)| {
            s.as_bytes().first() == first
                && rest.starts_with(s)
                && !rest.starts_with("号室")
                && !rest.starts_with("号棟")
        }) else {
            break;
        };
        let is_chome = (*sep == "丁目" || *sep == "丁") && numbers.len() == 1;
        chome_only = is_chome;
        chome_written |= is_chome;
        banchi_written |= sep.starts_with("番地");
        saw_suffix |= !dash;
        i += sep.len();
        end = i;
        // After a chome or a lot number people put a space, a comma or 、
        // before the next number (新町1丁目 34-12, 新町1丁目、34-12).
        if !*dash {
            let gap = separator_gap(&folded[i..]);
            // (Only a number that goes on as a block does: not 3丁目 4丁目,
            // not 1丁目 5階.)
            let next = number_at(folded, i + gap);
            if gap > 0 && next.is_some_and(|(_, end)| goes_on_as_block(&folded[end..])) {
                i += gap;
            }
            // A dash after the marker (1丁目-2-3, 12番地-3) only separates.
            if folded[i..].starts_with('-') && number_at(folded, i + 1).is_some() {
                i += 1;
            }
        }
        // 1丁目2番3号 is complete: what follows is a room or a building.
        if *sep == "号" {
            break;
        }
        // A dash must be followed by a number to belong to the block.
        if *dash && number_at(folded, i).is_none() {
            end = i - sep.len();
            break;
        }
        if !*dash && number_at(folded, i).is_none() {
            break;
        }
    }
    if numbers.is_empty() {
        return (None, None, start);
    }
    if chome_only && numbers.len() > 1 {
        chome_only = false;
    }
    if numbers.len() >= 4 && !saw_suffix && room.is_none() {
        room = numbers.pop().map(|n| n.to_string());
    }
    (
        Some(Block {
            numbers,
            chome_only,
            chome_written,
            banchi_written: banchi_written && !chome_written,
        }),
        room,
        end,
    )
}
