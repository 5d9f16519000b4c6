//! Building names as a bilingual person writes them.
//!
//! * [`fold_variants`]: variant kanji (髙 﨑 𠮷 德) become their common forms
//!   before anything is read by kakasi or the vocabulary; place names are
//!   looked up as written first (檜原村, 四條畷市 are the data's spellings),
//!   then folded.
//! * [`segments`]: numbered building parts become English before the text
//!   is cut into scripts (第1 → `Dai-1`, 12号棟 → `Bldg. 12`, A棟 →
//!   `Bldg. A`).
//! * [`split_run_texts`]: a run of kanji and hiragana is split into words: the
//!   building vocabulary ([`vocab`]: 駅前, 不動産, 団地, 東館 → `East
//!   Bldg.`), then place names with the gazetteer's kana ([`places`]: 中之島,
//!   桐ケ丘), and only what is left goes to the caller's readers (kakasi).
//!
//! The choices (East Bldg., not East Wing; Dai-1) are in DESIGN.md.

mod places;
mod vocab;

use std::borrow::Cow;

use crate::text::{fold_key, is_kanji};
pub(crate) use vocab::Join;

/// A run longer than this (in chars) is not split: it is read whole by the
/// caller's readers. Keeps the quadratic split bounded.
const MAX_RUN_CHARS: usize = 48;

/// Variant and old kanji forms folded onto the common ones (髙 → 高,
/// 﨑 → 崎, 𠮷 → 吉, 德 → 徳), with [`crate::text`]'s table. Kana and
/// kanji numerals are left as they are.
pub(crate) fn fold_variants(text: &str) -> Cow<'_, str> {
    // Nothing to fold (most text): one pass over it, no char by char key.
    if matches!(fold_key(text), Cow::Borrowed(_)) {
        return Cow::Borrowed(text);
    }
    // Something folds, often only numerals (which stay): char by char.
    let Some((at, _)) = text.char_indices().find(|&(_, c)| variant_of(c).is_some()) else {
        return Cow::Borrowed(text);
    };
    let (head, tail) = text.split_at(at);
    let mut out = String::with_capacity(text.len());
    out.push_str(head);
    out.extend(tail.chars().map(|c| variant_of(c).unwrap_or(c)));
    Cow::Owned(out)
}

/// The kanji numerals [`crate::text`]'s fold writes as digits: never a
/// variant of another kanji (a test checks), so not looked up.
const FOLDED_NUMERALS: [char; 16] = [
    '〇', '一', '壱', '二', '弐', '三', '参', '四', '五', '六', '七', '八', '九', '十', '百', '千',
];

/// The common form of a variant kanji (髙 → 高), if `c` is one.
fn variant_of(c: char) -> Option<char> {
    if !is_kanji(c) || c == 'ヶ' || FOLDED_NUMERALS.contains(&c) {
        return None;
    }
    let mut buf = [0u8; 4];
    match fold_key(c.encode_utf8(&mut buf)) {
        Cow::Owned(s) => {
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (Some(d), None) if is_kanji(d) && d != c => Some(d),
                _ => None,
            }
        }
        Cow::Borrowed(_) => None,
    }
}

/// A piece of building text: text to read, or a numbered building part
/// already in English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Segment<'a> {
    Text(&'a str),
    Part(String),
}

/// Cuts `text` at numbered building parts: `第1` → `Dai-1`, `12号棟` /
/// `3号館` / `12棟` / `一号館` / `第5号館` → `Bldg. 12`, `A棟` → `Bldg. A`.
/// The pieces come one by one (nothing is collected).
pub(crate) fn segments(text: &str) -> impl Iterator<Item = Segment<'_>> {
    let mut from = 0;
    let mut prev: Option<char> = None;
    let mut skip_to = 0;
    let mut chars = text.char_indices();
    // A part found right after some text: it comes after that text.
    let mut part_next: Option<String> = None;
    std::iter::from_fn(move || {
        if let Some(part) = part_next.take() {
            return Some(Segment::Part(part));
        }
        for (at, c) in chars.by_ref() {
            if at < skip_to {
                prev = Some(c);
                continue;
            }
            let starts_word = !prev.is_some_and(|p| p.is_ascii_alphanumeric());
            prev = Some(c);
            if !starts_word {
                continue;
            }
            if let Some((part, len)) = text.get(at..).and_then(numbered_part) {
                let before = text.get(from..at).filter(|s| !s.is_empty());
                from = at + len;
                skip_to = from;
                return Some(match before {
                    Some(before) => {
                        part_next = Some(part);
                        Segment::Text(before)
                    }
                    None => Segment::Part(part),
                });
            }
        }
        let rest = text.get(from..).filter(|s| !s.is_empty());
        from = text.len();
        rest.map(Segment::Text)
    })
}

/// The most kanji numerals a building number is written with (`一〇〇一`,
/// `九十九`): its label has at most 4 digits.
const MAX_NUMERALS: usize = 4;

/// Whether `c` is a kanji numeral a building number is written with.
fn is_numeral(c: char) -> bool {
    matches!(
        c,
        '〇' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
    )
}

/// A numbered building part at the start of `s`, and its length in bytes.
fn numbered_part(s: &str) -> Option<(String, usize)> {
    // Most chars start no part: neither 第, nor a letter or digit, nor a
    // numeral.
    let first = s.chars().next()?;
    if first != '第' && !first.is_ascii_alphanumeric() && !is_numeral(first) {
        return None;
    }
    if let Some(rest) = s.strip_prefix('第') {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let number = rest.get(..digits).filter(|d| !d.is_empty())?;
        // 第5号館 is building 5.
        if let Some((part, len)) = numbered_part(rest) {
            return Some((part, '第'.len_utf8() + len));
        }
        return Some((format!("Dai-{number}"), '第'.len_utf8() + digits));
    }
    // ASCII letters and digits (A, 12, B2), or kanji numerals (一, 十二).
    // The suffix is looked at before a label is made: most never get one.
    let ascii = s.bytes().take_while(u8::is_ascii_alphanumeric).count();
    let suffix_after = |len: usize| {
        let rest = s.get(len..)?;
        ["号館", "号棟", "棟"]
            .into_iter()
            .find(|suffix| rest.starts_with(suffix))
    };
    let (label, len) = if ascii > 0 {
        suffix_after(ascii)?;
        (s.get(..ascii)?.to_owned(), ascii)
    } else {
        // At most MAX_NUMERALS chars (九十九, 一〇一): `segments` asks at
        // every char, so a long numeral run must not be read whole each time.
        let mut numerals = s
            .chars()
            .take_while(|&c| is_numeral(c))
            .take(MAX_NUMERALS + 1);
        let len: usize = numerals
            .by_ref()
            .take(MAX_NUMERALS)
            .map(char::len_utf8)
            .sum();
        if numerals.next().is_some() {
            return None;
        }
        let numerals = s.get(..len).filter(|n| !n.is_empty())?;
        suffix_after(len)?;
        let digits = fold_key(numerals);
        if !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        (digits.into_owned(), len)
    };
    if label.len() > 4 {
        return None;
    }
    let suffix = suffix_after(len)?;
    Some((format!("Bldg. {label}"), len + suffix.len()))
}

/// One word of a kanji run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Piece<'a> {
    /// A reading in kana, `|` marking where a vowel-initial kanji reading
    /// starts; romanized in the caller's spelling.
    Kana(Cow<'static, str>, Join),
    /// English to write as it is (building parts), and the word's kana.
    English {
        text: &'static str,
        kana: &'static str,
        join: Join,
    },
    /// Text no word here covers, for the caller's readers.
    Unknown(&'a str),
}

/// [`split_run_texts`] without the texts.
#[cfg(test)]
pub(crate) fn split_run<'a>(run: &'a str, read: &dyn Fn(&str) -> Option<String>) -> Vec<Piece<'a>> {
    split_run_texts(run, read)
        .into_iter()
        .map(|(piece, _)| piece)
        .collect()
}

/// Splits a run of kanji and hiragana into words: vocabulary words, place
/// names, and the stretches between them.
///
/// `read` is the caller's gazetteer reader; it is asked about the whole run
/// (a building the postal data knows, a place of the address's own
/// municipality) and about every span the nationwide place table knows, so
/// that a town of the address's own municipality is read its way.
///
/// A reading of several words (the postal data's 新宿住友 シンジュクスミトモ,
/// the town 博多駅前) is split where known words spell exactly that reading
/// (新宿 + 住友, 博多 + 駅前): the kana stay the data's, only the word breaks
/// are added.
///
/// Each piece comes with the text it was read from (the list the split
/// made is returned as it is when no piece is split further).
pub(crate) fn split_run_texts<'a>(
    run: &'a str,
    read: &dyn Fn(&str) -> Option<String>,
) -> Vec<(Piece<'a>, &'a str)> {
    let whole = read(run).filter(|r| is_reading(r));
    let pieces = best_split(run, read, whole.is_none());
    if let Some(whole) = whole {
        return match spelled_by(&pieces, &whole) {
            true => pieces,
            false => vec![(Piece::Kana(Cow::Owned(whole), Join::Word), run)],
        };
    }
    // A reading of several words is split further (below): only a word of
    // three chars or more can be.
    let may_split = |(piece, text): &(Piece<'_>, &str)| {
        matches!(piece, Piece::Kana(_, Join::Word)) && text.chars().nth(2).is_some()
    };
    if !pieces.iter().any(may_split) {
        return pieces;
    }
    let mut out = Vec::with_capacity(pieces.len());
    for (piece, text) in pieces {
        if let Piece::Kana(kana, Join::Word) = &piece {
            if text.chars().count() >= 3 {
                let parts = best_split(text, read, false);
                if parts.len() > 1 && spelled_by(&parts, kana) {
                    out.extend(parts);
                    continue;
                }
            }
        }
        out.push((piece, text));
    }
    out
}

/// Whether `pieces` are all known words whose kana spell `reading` (`|`
/// marks aside).
fn spelled_by(pieces: &[(Piece<'_>, &str)], reading: &str) -> bool {
    let mut spelled = String::with_capacity(reading.len());
    for (piece, _) in pieces {
        match piece {
            Piece::Kana(kana, _) => spelled.push_str(kana),
            Piece::English { kana, .. } => spelled.push_str(kana),
            Piece::Unknown(_) => return false,
        }
    }
    let plain = |s: &str| {
        s.chars()
            .filter(|&c| c != '|')
            .map(crate::romaji::hepburn::to_katakana)
            .collect::<String>()
    };
    plain(&spelled) == plain(reading)
}

/// The cheapest split of `run` into pieces, each with its text.
///
/// The cost is 9 per vocabulary word, 10 per place name, and 10 + 12 per
/// char for a stretch nothing covers, 30 more for a lone kanji, so that
/// known words cover as much as they can, fewer and longer words win, and a
/// single kanji is never left to be read alone when it can be read with its
/// neighbours. With `whole_place` false, the whole run is not looked up as
/// one place.
fn best_split<'a>(
    run: &'a str,
    read: &dyn Fn(&str) -> Option<String>,
    whole_place: bool,
) -> Vec<(Piece<'a>, &'a str)> {
    // Char offsets, and the folded run's below, on the stack: a run is
    // split only up to MAX_RUN_CHARS chars. `kanji[k]`: whether char k is a
    // kanji (asked once per char, not once per span).
    let mut offsets = [0usize; MAX_RUN_CHARS + 1];
    let mut kanji = [false; MAX_RUN_CHARS];
    let mut n = 0;
    for (i, c) in run.char_indices() {
        if n == MAX_RUN_CHARS {
            return vec![(Piece::Unknown(run), run)];
        }
        offsets[n] = i;
        kanji[n] = is_kanji(c);
        n += 1;
    }
    if n == 0 {
        return Vec::new();
    }
    offsets[n] = run.len();
    let span = |i: usize, j: usize| match (offsets.get(i), offsets.get(j)) {
        (Some(&a), Some(&b)) => run.get(a..b),
        _ => None,
    };
    // The run with variants folded (髙島 → 高島), if that changes it: the
    // vocabulary is looked up folded, place names as written, then folded.
    // Folding maps char to char, so char i of the run is char i of the
    // folded run; a span is sliced, never collected (there are n² spans).
    let folded: Option<(String, [usize; MAX_RUN_CHARS + 1])> = match fold_variants(run) {
        Cow::Owned(f) => {
            let mut offsets = [f.len(); MAX_RUN_CHARS + 1];
            for (slot, (i, _)) in offsets.iter_mut().zip(f.char_indices()) {
                *slot = i;
            }
            Some((f, offsets))
        }
        Cow::Borrowed(_) => None,
    };
    let folded_span = |i: usize, j: usize| -> Option<&str> {
        let (f, offsets) = folded.as_ref()?;
        f.get(*offsets.get(i)?..*offsets.get(j)?)
    };
    // Whether a span may hold ヶ (looked up as ケ): asked once per run, not
    // per span.
    let run_has_ke = run.contains('ヶ') || folded.as_ref().is_some_and(|(f, _)| f.contains('ヶ'));
    // best[i]: the cheapest split of the suffix from char i: (cost, chars
    // in the first piece, the first piece). A place from the table holds its
    // `;`-separated readings until the walk below picks one (and asks the
    // caller), so that only the chosen places cost that.
    let mut best: [Option<(u32, usize, Piece<'a>)>; MAX_RUN_CHARS + 1] =
        std::array::from_fn(|_| None);
    let mut from_table = [false; MAX_RUN_CHARS + 1];
    best[n] = Some((0, 0, Piece::Unknown("")));
    // tail_min[j]: the smallest `cost + 12 * k` of best[k] over k >= j, and
    // the nearest k with it: where a stretch nothing covers, starting before
    // j and ending at or after it, ends cheapest. Once no word can start at
    // i and be as long as j - i, no longer one can either, so the rest of
    // the spans from i cost one look here, not one step each.
    let mut tail_min = [(u32::MAX, n); MAX_RUN_CHARS + 2];
    tail_min[n] = (12 * n as u32, n);
    for i in (0..n).rev() {
        let mut pick_from_table = false;
        let mut pick: Option<(u32, usize, Piece<'a>)> = None;
        // Whether a place name may still start at i and be `len` long.
        let (mut raw_alive, mut folded_alive) = (true, folded.is_some());
        // Whether a vocabulary word may still start at i and be `len` long.
        let mut vocab_alive = folded_span(i, i + 1)
            .or_else(|| span(i, i + 1))
            .and_then(|c| c.chars().next())
            .is_some_and(vocab::starts_word);
        // Whether the span from i to j has a kanji (grown with j).
        let mut span_has_kanji = false;
        for len in 1..=n - i {
            let j = i + len;
            span_has_kanji |= kanji[j - 1];
            let Some(rest) = best[j].as_ref().map(|b| b.0) else {
                continue;
            };
            let looked_up = (2..=places::MAX_CHARS).contains(&len) && (len < n || whole_place);
            let may_be_word = (vocab_alive && len <= vocab::MAX_CHARS)
                || (looked_up && (raw_alive || folded_alive));
            if !may_be_word && len > 1 {
                // No word can be this span nor any longer one: only a
                // stretch nothing covers (as below, without the lone-kanji
                // rule of one char), the cheapest of them, the shortest on
                // ties (as if each were tried in turn).
                let (tail, end) = tail_min[j];
                let cost = (tail + 10).saturating_sub(12 * i as u32);
                if tail != u32::MAX && pick.as_ref().is_none_or(|p| cost < p.0) {
                    if let Some(text) = span(i, end) {
                        pick = Some((cost, end - i, Piece::Unknown(text)));
                        pick_from_table = false;
                    }
                }
                break;
            }
            let Some(text) = span(i, j) else {
                continue;
            };
            let mut consider = |cost: u32, piece: Piece<'a>, table: bool| {
                let cost = rest + cost;
                if pick.as_ref().is_none_or(|p| cost < p.0) {
                    pick = Some((cost, len, piece));
                    pick_from_table = table;
                }
            };
            let folded_text = folded_span(i, j);
            if vocab_alive && len <= vocab::MAX_CHARS {
                let (found, longer) = vocab::lookup(folded_text.unwrap_or(text));
                vocab_alive = longer;
                if let Some(v) = found {
                    let piece = if v.english.is_empty() {
                        Piece::Kana(Cow::Borrowed(v.kana), v.join)
                    } else {
                        Piece::English {
                            text: v.english,
                            kana: v.kana,
                            join: v.join,
                        }
                    };
                    consider(9, piece, false);
                }
            }
            if looked_up && (raw_alive || folded_alive) && span_has_kanji {
                // As written (檜原村 is the data's spelling), then folded.
                let mut nationwide = None;
                if raw_alive {
                    (nationwide, raw_alive) = places::lookup(text, run_has_ke);
                }
                if let (None, true, Some(f)) = (nationwide, folded_alive, folded_text) {
                    (nationwide, folded_alive) = places::lookup(f, run_has_ke);
                }
                if let Some(readings) = nationwide {
                    consider(10, Piece::Kana(Cow::Borrowed(readings), Join::Word), true);
                }
            }
            // A lone kanji before 荘 or 屋 is a name of its own (緑荘).
            let before_suffix = matches!(
                best[j].as_ref().map(|b| &b.2),
                Some(Piece::Kana(_, Join::HyphenPrev | Join::GluePrev))
            );
            let lone_kanji = len == 1 && kanji[i] && !before_suffix;
            let cost = 10 + 12 * len as u32 + if lone_kanji { 30 } else { 0 };
            consider(cost, Piece::Unknown(text), false);
        }
        if let Some((cost, _, _)) = &pick {
            let here = cost + 12 * i as u32;
            if here <= tail_min[i + 1].0 {
                tail_min[i] = (here, i);
            } else {
                tail_min[i] = tail_min[i + 1];
            }
        } else {
            tail_min[i] = tail_min[i + 1];
        }
        best[i] = pick;
        from_table[i] = pick_from_table;
    }
    let mut pieces = Vec::with_capacity(n.min(8));
    let mut i = 0;
    while i < n {
        // Each i is visited once: its piece is taken, not cloned.
        let Some((_, len, piece)) = best[i].take() else {
            break;
        };
        let text = span(i, i + len).unwrap_or("");
        let piece = match piece {
            Piece::Kana(Cow::Borrowed(readings), join) if from_table[i] => {
                // The caller's reader knows the address's own municipality
                // (`split_run_texts` has asked it about the whole run already: it
                // had no reading, or the whole run is not looked up here).
                let whole_asked = whole_place && len == n;
                let reading = match (!whole_asked)
                    .then(|| read(text))
                    .flatten()
                    .filter(|r| is_reading(r))
                {
                    Some(reading) => Cow::Owned(reading),
                    None => Cow::Borrowed(places::choose(text, readings)),
                };
                Piece::Kana(reading, join)
            }
            piece => piece,
        };
        pieces.push((piece, text));
        i += len.max(1);
    }
    pieces
}

/// Whether `reading` is kana, `|` marks and ASCII digits (the data's
/// 花川南七条 is ハナカワミナミ7ジョウ) only.
fn is_reading(reading: &str) -> bool {
    use crate::text::{is_hiragana, is_katakana};
    reading.chars().any(|c| c != '|')
        && reading.chars().all(|c| {
            is_katakana(c) || is_hiragana(c) || c.is_ascii_digit() || matches!(c, '|' | 'ヶ')
        })
}

#[cfg(test)]
mod tests;
