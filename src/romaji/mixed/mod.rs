//! Free text in mixed scripts (building names, sub-area text):
//! `JAビル` → `JA Bldg.`, `サンプルマンション` → `Sample Mansion`.

use super::building::{self, Join, Piece, Segment};
use super::case::push_cased;
use super::hepburn::kana_to_romaji;
use super::kanji::with_hiragana;
use super::loanwords::{katakana_to_english, particle};
use super::spelling::{Case, Spelling};
use crate::text::{is_hiragana, is_kanji, is_katakana};

/// The result of [`romanize_mixed`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Mixed {
    /// The romanized text, words separated by single spaces, in the spelling's
    /// case.
    pub text: String,
    /// Some kanji could not be read (no gazetteer reading and no kakasi
    /// reading) and were left out of `text`. Callers should warn.
    pub unread_kanji: bool,
    /// Some other non-ASCII characters (symbols, other scripts) were left
    /// out of `text`. Input is expected to be NFKC-normalized already, so
    /// full-width letters and digits never land here.
    pub dropped_other: bool,
    /// The characters behind [`Mixed::dropped_other`], in order (`★`).
    pub dropped: String,
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '・'
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    Space,
    /// Kanji and hiragana (a Japanese word, maybe with okurigana or の).
    Japanese,
    Katakana,
    /// ASCII letters, digits and punctuation, kept as typed.
    Typed,
    /// Anything else: left out.
    Other,
}

fn classify(c: char, prev: Class) -> Class {
    if is_space(c) {
        Class::Space
    } else if is_kanji(c) || is_hiragana(c) {
        Class::Japanese
    } else if matches!(c, 'ヵ' | 'ケ') && prev == Class::Japanese {
        // 霞ヶ関, 八ヵ所: the small ke belongs to the kanji word.
        Class::Japanese
    } else if c == 'ー' && prev == Class::Japanese {
        Class::Japanese
    } else if is_katakana(c) {
        Class::Katakana
    } else if c.is_ascii() && !c.is_ascii_control() {
        Class::Typed
    } else {
        Class::Other
    }
}

/// Romanizes free text in mixed scripts: building names and the sub-area
/// text after a town name.
///
/// The text is cut into runs:
///
/// * ASCII letters, digits and punctuation are kept as typed (`JA` stays
///   `JA`; in [`Case::Upper`] they are upper cased);
/// * katakana runs go through [`katakana_to_english`] (`ビル` → `Bldg.`);
/// * runs of kanji and hiragana are read, in this order, by `read_kanji`
///   (the caller's gazetteer lookup, returning katakana or hiragana in which
///   `|` may mark where a new kanji's reading begins, so that long vowels
///   are not merged across it), by [`with_hiragana`](super::kanji::with_hiragana) (the `kakasi`
///   feature), and finally kanji by kanji sub-run through `read_kanji`;
///   hiragana without kanji is plain Hepburn. Kanji nothing can read are left
///   out and [`Mixed::unread_kanji`] is set;
/// * whitespace and `・` separate words.
///
/// Words are joined by single spaces (no space is added next to ASCII
/// brackets, hyphens, slashes or `#`), then the spelling's case is applied to
/// the romanized words. With [`Spelling::DEFAULT`] the output is ASCII only.
pub(crate) fn romanize_mixed(
    text: &str,
    spelling: &Spelling,
    read_kanji: &dyn Fn(&str) -> Option<String>,
) -> Mixed {
    let mut out = Writer {
        mixed: Mixed {
            // Romaji takes up to about twice the bytes of the kana and
            // kanji (three a char) it is read from: one allocation, seldom
            // grown.
            text: String::with_capacity(2 * text.len()),
            ..Mixed::default()
        },
        case: spelling.get_case(),
        space_pending: false,
        hyphen_open: false,
        // One word is at most the whole text's romaji.
        word: String::with_capacity(2 * text.len()),
    };
    for segment in building::segments(text) {
        match segment {
            Segment::Part(part) => {
                // ビル1号館: `Bldg. 1`, not `Bldg. Bldg. 1`.
                // (The last five bytes only: the text grows with every part.)
                let text = &out.mixed.text;
                let after_bldg = text
                    .get(text.len().saturating_sub(5)..)
                    .is_some_and(|end| end.eq_ignore_ascii_case("bldg."));
                match part.strip_prefix("Bldg. ").filter(|_| after_bldg) {
                    Some(label) => out.word(label, Join::Word),
                    None => out.word(&part, Join::Word),
                }
            }
            Segment::Text(text) => {
                for (class, run) in runs(text) {
                    out.run(class, run, run.len() == text.len(), spelling, read_kanji);
                }
            }
        }
    }
    out.finish()
}

/// The output of [`romanize_mixed`] as it is written.
struct Writer {
    mixed: Mixed,
    case: Case,
    /// Whether the last thing written was followed by whitespace in the input.
    space_pending: bool,
    /// The text ends with the hyphen of a [`Join::HyphenNext`] word.
    hyphen_open: bool,
    /// A word being read, kept between runs for its capacity.
    word: String,
}

impl Writer {
    /// Writes one run; `alone` if it is all the text there is.
    fn run(
        &mut self,
        class: Class,
        run: &str,
        alone: bool,
        spelling: &Spelling,
        read_kanji: &dyn Fn(&str) -> Option<String>,
    ) {
        let mut word = std::mem::take(&mut self.word);
        word.clear();
        self.read_run(class, run, alone, spelling, read_kanji, &mut word);
        self.word = word;
    }

    /// [`Writer::run`], reading words into `word`.
    fn read_run(
        &mut self,
        class: Class,
        run: &str,
        alone: bool,
        spelling: &Spelling,
        read_kanji: &dyn Fn(&str) -> Option<String>,
        word: &mut String,
    ) {
        match class {
            Class::Space => self.space_pending = true,
            Class::Other => {
                self.mixed.dropped_other = true;
                self.mixed.dropped.push_str(run);
            }
            Class::Typed => {
                self.close_hyphen();
                join(&mut self.mixed.text, run, self.space_pending);
                match self.case {
                    Case::Title => self.mixed.text.push_str(run),
                    Case::Upper => self.mixed.text.push_str(&run.to_ascii_uppercase()),
                }
                self.space_pending = false;
            }
            Class::Katakana => {
                // メゾン・ド・ソレイユ, ラ・トゥール: a particle on its own,
                // after a separator or first (not 上ル, okurigana of 上る).
                let mut chars = run.chars();
                let separated = self.space_pending || self.mixed.text.is_empty();
                if let (Some(de), None, false, true) = (
                    chars.next().and_then(particle),
                    chars.next(),
                    alone,
                    separated,
                ) {
                    self.word(de, Join::Word);
                    return;
                }
                katakana_to_english(run, spelling, word);
                self.word(word, Join::Word);
            }
            Class::Japanese if !run.chars().any(is_kanji) => {
                kana_to_romaji(run, &[], spelling, word);
                self.word(word, Join::Word);
            }
            Class::Japanese => {
                let pieces = building::split_run_texts(run, read_kanji);
                let last = pieces.len().saturating_sub(1);
                for (i, (piece, _)) in pieces.into_iter().enumerate() {
                    word.clear();
                    // 新 joins the next word of its own run only.
                    let open = |join| match join {
                        Join::HyphenNext if i == last => Join::Word,
                        join => join,
                    };
                    match piece {
                        Piece::Kana(kana, join) => {
                            if push_reading(&kana, spelling, word) {
                                self.word(word, open(join));
                            } else {
                                self.mixed.unread_kanji = true;
                            }
                        }
                        Piece::English { text, join, .. } => self.word(text, open(join)),
                        Piece::Unknown(text) => {
                            // split_run_texts has asked the caller about the whole run.
                            let asked = text.len() == run.len();
                            if !read_japanese(text, asked, spelling, read_kanji, word) {
                                self.mixed.unread_kanji = true;
                            }
                            self.word(word, Join::Word);
                        }
                    }
                }
            }
        }
    }

    /// Writes one romanized word (lowercase romaji or English).
    fn word(&mut self, word: &str, how: Join) {
        let word = word.trim();
        if word.is_empty() {
            return;
        }
        let text = &mut self.mixed.text;
        let glued = matches!(how, Join::HyphenPrev | Join::GluePrev);
        if glued && !self.space_pending && !text.is_empty() && !self.hyphen_open {
            if how == Join::HyphenPrev {
                text.push('-');
            }
            match self.case {
                Case::Title => text.push_str(word),
                Case::Upper => text.push_str(&word.to_uppercase()),
            }
            return;
        }
        self.close_hyphen();
        let text = &mut self.mixed.text;
        join(text, word, self.space_pending);
        // Title case leaves the particles of メゾン・ド・ソレイユ lowercase.
        for (i, w) in word.split(' ').enumerate() {
            if i > 0 {
                text.push(' ');
            }
            let inner = i > 0 || !text.is_empty();
            if self.case == Case::Title && inner && matches!(w, "de" | "la" | "le") {
                text.push_str(w);
            } else {
                push_cased(w, self.case, text);
            }
        }
        self.space_pending = false;
        self.hyphen_open = false;
        if how == Join::HyphenNext {
            text.push('-');
            self.hyphen_open = true;
        }
    }

    /// Takes back an open hyphen when no word follows it directly.
    fn close_hyphen(&mut self) {
        if self.hyphen_open && self.space_pending {
            self.mixed.text.pop();
            self.hyphen_open = false;
        }
    }

    fn finish(mut self) -> Mixed {
        if self.hyphen_open {
            self.mixed.text.pop();
        }
        self.mixed
    }
}

/// Adds the space before `next`, if one belongs there.
fn join(out: &mut String, next: &str, space_pending: bool) {
    let Some(last) = out.chars().next_back() else {
        return;
    };
    let glued = !space_pending
        && (matches!(last, '(' | '[' | '{' | '#' | '-' | '/' | '\'' | '"' | '&')
            || next.starts_with([')', ']', '}', ',', '.', '-', '/', ':', ';', '!', '?']));
    if !glued {
        out.push(' ');
    }
}

/// Splits `text` into maximal runs of one class.
fn runs(text: &str) -> impl Iterator<Item = (Class, &str)> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let mut chars = rest.char_indices().peekable();
        let (_, first) = chars.next()?;
        let class = classify(first, Class::Space);
        let mut prev = class;
        let mut end = rest.len();
        while let Some((i, c)) = chars.next() {
            // 虎ノ門: a katakana ノ between kanji belongs to the name.
            let between_kanji = c == 'ノ' && chars.peek().is_some_and(|&(_, n)| is_kanji(n));
            let next = if between_kanji && prev == Class::Japanese {
                Class::Japanese
            } else {
                classify(c, prev)
            };
            if next != class {
                end = i;
                break;
            }
            prev = next;
        }
        let (run, tail) = rest.split_at(end);
        rest = tail;
        Some((class, run))
    })
}

/// Reads a run of kanji and hiragana into `out` (lowercase Hepburn): the
/// caller's reader (unless it was `asked` already), kakasi, then kanji by
/// kanji. Returns false if some kanji stayed unread (and were left out).
fn read_japanese(
    run: &str,
    asked: bool,
    spelling: &Spelling,
    read_kanji: &dyn Fn(&str) -> Option<String>,
    out: &mut String,
) -> bool {
    if !run.chars().any(is_kanji) {
        kana_to_romaji(run, &[], spelling, out);
        return true;
    }
    if let Some(reading) = (!asked).then(|| read_kanji(run)).flatten() {
        if push_reading(&reading, spelling, out) {
            return true;
        }
    }
    let read = with_hiragana(&building::fold_variants(run), |hiragana| {
        hiragana.is_some_and(|hiragana| push_reading(hiragana, spelling, out))
    });
    if read {
        return true;
    }
    // Kanji by kanji sub-run, hiragana in between.
    let mut all_read = true;
    let mut rest = run;
    while let Some(first) = rest.chars().next() {
        let kanji = is_kanji(first);
        let end = rest
            .char_indices()
            .find(|&(_, c)| is_kanji(c) != kanji && !matches!(c, 'ヶ' | 'ヵ' | 'ケ' | 'ー'))
            .map_or(rest.len(), |(i, _)| i);
        let (part, tail) = rest.split_at(end);
        rest = tail;
        if !kanji {
            kana_to_romaji(part, &[], spelling, out);
            continue;
        }
        let read = read_kanji(part).is_some_and(|reading| push_reading(&reading, spelling, out));
        all_read &= read;
    }
    all_read
}

/// Writes a kana reading in which `|` marks word starts. Returns false (and
/// writes nothing) if the reading has anything but kana, ASCII and `|`.
pub(crate) fn push_reading(reading: &str, spelling: &Spelling, out: &mut String) -> bool {
    let ok = reading.chars().all(|c| {
        c.is_ascii() || is_hiragana(c) || is_katakana(c) || matches!(c, 'ヶ' | 'ヵ' | '・')
    });
    if !ok {
        return false;
    }
    if !reading.contains('|') {
        kana_to_romaji(reading, &[], spelling, out);
        return true;
    }
    // The kana without the marks, and the marks as char offsets: on the
    // stack when the reading is short (it nearly always is).
    const SHORT: usize = 192;
    if reading.len() > SHORT {
        let mut kana = String::with_capacity(reading.len());
        let mut starts: Vec<u16> = Vec::new();
        let mut count: usize = 0;
        for c in reading.chars() {
            if c == '|' {
                starts.push(u16::try_from(count).unwrap_or(u16::MAX));
            } else {
                kana.push(c);
                count += 1;
            }
        }
        kana_to_romaji(&kana, &starts, spelling, out);
        return true;
    }
    let mut kana = [0u8; SHORT];
    let mut kana_len = 0;
    let mut starts = [0u16; SHORT];
    let mut start_count = 0;
    let mut count: u16 = 0;
    for c in reading.chars() {
        if c == '|' {
            starts[start_count] = count;
            start_count += 1;
        } else {
            let len = c.len_utf8();
            c.encode_utf8(&mut kana[kana_len..kana_len + len]);
            kana_len += len;
            count += 1;
        }
    }
    // Whole chars were copied, so the bytes are UTF-8.
    let kana = std::str::from_utf8(&kana[..kana_len]).unwrap_or("");
    kana_to_romaji(kana, &starts[..start_count], spelling, out);
    true
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod doc_examples {
    //! The examples of the crate-internal items above.
    #[allow(unused_imports)]
    use super::*;
    #[allow(unused_imports)]
    use crate::romaji::{Case, Spelling};

    #[test]
    fn example_1() {
        let mixed = romanize_mixed("JAビル★", &Spelling::default(), &|_| None);
        assert_eq!(mixed.text, "JA Bldg.");
        assert!(!mixed.unread_kanji);
        assert_eq!(mixed.dropped, "★");
    }

    #[test]
    fn example_2() {
        let none = |_: &str| None;
        assert_eq!(
            romanize_mixed("サンプルマンション", &Spelling::default(), &none).text,
            "Sample Mansion"
        );
        let upper = Spelling::new().case(Case::Upper);
        assert_eq!(
            romanize_mixed("サンプルマンション", &upper, &none).text,
            "SAMPLE MANSION"
        );
    }

    #[test]
    fn example_3() {
        let gazetteer = |kanji: &str| match kanji {
            "丸の内" => Some("マル|ノ|ウチ".to_string()),
            _ => None,
        };
        let mixed = romanize_mixed("丸の内センタービル", &Spelling::default(), &gazetteer);
        assert_eq!(mixed.text, "Marunouchi Center Bldg.");
    }
}
