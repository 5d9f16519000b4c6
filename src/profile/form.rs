//! [`Form`]: the field layouts real forms ask for, filled from a
//! [`Romanized`] result ([`Form::fill`] → [`FilledForm`]).
//!
//! Every value is ASCII (macrons are folded to their plain vowel), and a
//! value is never cut: where a form's line limit cannot be kept without
//! breaking inside a word, the line stays long and a
//! [`Warning::FieldTooLong`] says so.

use std::fmt;
use std::str::FromStr;

use unicode_normalization::UnicodeNormalization;

use super::output::Romanized;
use crate::warning::Warning;

/// The default line limit of [`Form::Lines`]: 35 characters, the common
/// carrier limit for an address line (UPS, FedEx, DHL).
pub const DEFAULT_LINE_LIMIT: usize = 35;

/// A layout of address fields, as one kind of form asks for them.
///
/// Parses from and displays as its name (`aws`, `lines`, `single`,
/// `japan-post`); serializes as that name too.
///
/// ```
/// use jusho::Form;
///
/// let form: Form = "lines".parse()?;
/// assert_eq!(form, Form::Lines);
/// assert_eq!(form.to_string(), "lines");
/// assert_eq!(Form::default(), Form::Aws);
/// # Ok::<(), jusho::ParseFormError>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Form {
    /// The AWS Certification profile's five fields: `Country`, `Address`,
    /// `City`, `State/Province`, `Zip/Postal Code` (the [`super::Profile`]).
    #[default]
    Aws,
    /// A shipping or payment form (the layout of Stripe's, Shopify's and the
    /// carriers' checkout forms): `Address line 1` (block and town),
    /// `Address line 2` (room, floor, building), `City`, `State/Province`,
    /// `Postal code`, `Country`, each line within a limit (default
    /// [`DEFAULT_LINE_LIMIT`]), broken between words, never inside one.
    Lines,
    /// One line, comma-separated, smallest to largest, as on a letter or a
    /// visa form's free-text box: `#404 Sample Mansion 1-1-1 Tsukiji,
    /// Chuo-ku, Tokyo 104-0045, Japan`.
    Single,
    /// The order Japan Post asks for on international mail from Japan
    /// (its "How to write an address" guide for EMS and letters, after the
    /// UPU addressing standard S42): room, building, block and town; the
    /// municipality; the prefecture and postal code; the country, with the
    /// last two lines in capitals.
    JapanPost,
}

impl Form {
    /// Every form, in the order a selector lists them.
    pub const ALL: [Form; 4] = [Form::Aws, Form::Lines, Form::Single, Form::JapanPost];

    /// The name it parses from: `aws`, `lines`, `single`, `japan-post`.
    pub const fn name(self) -> &'static str {
        match self {
            Form::Aws => "aws",
            Form::Lines => "lines",
            Form::Single => "single",
            Form::JapanPost => "japan-post",
        }
    }

    /// A few words on what the form is for (the page's selector shows them).
    pub const fn description(self) -> &'static str {
        match self {
            Form::Aws => "AWS profile (five fields)",
            Form::Lines => "Shipping / payment form (address lines)",
            Form::Single => "One line (letter, visa free text)",
            Form::JapanPost => "Japan Post international mail",
        }
    }

    /// The form's fields, in order, filled from `romanized`. `line_limit`
    /// is the longest line [`Form::Lines`] allows (the other forms ignore
    /// it); a value that cannot be kept within it gets a warning in
    /// [`FilledForm::warnings`], never a cut.
    ///
    /// ```
    /// use jusho::{Form, Romanizer};
    ///
    /// let r = Romanizer::default()
    ///     .romanize_full("〒104-0045 東京都中央区築地1-1-1 サンプルマンション404")?;
    /// let filled = Form::Lines.fill(&r, jusho::DEFAULT_LINE_LIMIT);
    /// assert_eq!(filled.fields[0].label, "Address line 1");
    /// assert_eq!(filled.fields[0].value, "1-1-1 Tsukiji");
    /// assert_eq!(filled.fields[1].value, "#404 Sample Mansion");
    ///
    /// let single = Form::Single.fill(&r, 35);
    /// assert_eq!(
    ///     single.fields[0].value,
    ///     "#404 Sample Mansion 1-1-1 Tsukiji, Chuo-ku, Tokyo 104-0045, Japan"
    /// );
    /// # Ok::<(), jusho::Error>(())
    /// ```
    pub fn fill(self, romanized: &Romanized, line_limit: usize) -> FilledForm {
        let p = &romanized.profile;
        let (premises, street) = romanized.address_halves();
        let mut warnings = Vec::new();
        let fields = match self {
            Form::Aws => vec![
                field("Country", &p.country),
                field("Address", &p.address),
                field("City", &p.city),
                field("State/Province", &p.state),
                field("Zip/Postal Code", &p.zip),
            ],
            Form::Lines => {
                let (line1, line2) = two_lines(street, premises, line_limit.max(1));
                let mut fields = vec![
                    field("Address line 1", &line1),
                    field("Address line 2", &line2),
                    field("City", &p.city),
                    field("State/Province", &p.state),
                    field("Postal code", &p.zip),
                    field("Country", &p.country),
                ];
                for f in &mut fields {
                    let length = f.value.chars().count();
                    if length > line_limit && f.label != "Postal code" {
                        warnings.push(Warning::FieldTooLong {
                            field: f.label.clone(),
                            length,
                            limit: line_limit,
                        });
                    }
                }
                fields
            }
            Form::Single => {
                let state_zip = join_nonempty(&[&p.state, &p.zip], " ");
                vec![field(
                    "Address",
                    &join_nonempty(&[&p.address, &p.city, &state_zip, &p.country], ", "),
                )]
            }
            Form::JapanPost => vec![
                field("Address", &p.address),
                field("City", &p.city),
                field(
                    "Prefecture and postal code",
                    &join_nonempty(&[&p.state, &p.zip], " ").to_uppercase(),
                ),
                field("Country", &p.country.to_uppercase()),
            ],
        };
        FilledForm {
            form: self,
            fields,
            warnings,
        }
    }
}

impl fmt::Display for Form {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Form {
    type Err = ParseFormError;

    fn from_str(s: &str) -> Result<Form, ParseFormError> {
        Form::ALL
            .into_iter()
            .find(|f| f.name() == s)
            .ok_or_else(|| ParseFormError {
                found: s.to_string(),
            })
    }
}

/// A form name that is none of `aws`, `lines`, `single`, `japan-post`.
///
/// ```
/// let e = "letter".parse::<jusho::Form>().unwrap_err();
/// assert_eq!(e.to_string(), "invalid form \"letter\": expected one of aws, lines, single, japan-post");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseFormError {
    found: String,
}

impl fmt::Display for ParseFormError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid form {}: expected one of aws, lines, single, japan-post",
            crate::error::quote(&self.found)
        )
    }
}

impl std::error::Error for ParseFormError {}

/// One labelled field of a form: `Address line 1` = `1-1-1 Tsukiji`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct FormField {
    /// The label as the form prints it.
    pub label: String,
    /// The value, ASCII only.
    pub value: String,
}

/// A [`Form`] filled in: its fields in order and what did not fit.
///
/// Serializes as `{"name": "lines", "fields": [{"label", "value"}, ...],
/// "warnings": [...]}`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct FilledForm {
    /// Which form.
    #[cfg_attr(feature = "serde", serde(rename = "name"))]
    pub form: Form,
    /// The fields, in the form's order.
    pub fields: Vec<FormField>,
    /// Values over the form's line limit (kept whole).
    pub warnings: Vec<Warning>,
}

/// The labelled lines, `Label: value` each, as the example binary prints.
impl fmt::Display for FilledForm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for field in &self.fields {
            writeln!(f, "{}: {}", field.label, field.value)?;
        }
        Ok(())
    }
}

fn field(label: &str, value: &str) -> FormField {
    FormField {
        label: label.to_string(),
        value: ascii(value),
    }
}

/// Folds to ASCII: a letter with a diacritic (a macron, `ō`) keeps its base
/// letter; any other non-ASCII character (none is expected in romaji) is
/// left out.
fn ascii(text: &str) -> String {
    if text.is_ascii() {
        return text.to_string();
    }
    text.nfd().filter(char::is_ascii).collect()
}

fn join_nonempty(pieces: &[&str], separator: &str) -> String {
    pieces
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(separator)
}

/// Address lines 1 and 2: the street (block, town) and the premises (room,
/// floor, building) when each fits in `limit`; otherwise every word, street
/// first, flowed over the two lines, breaking only between words (a comma
/// stays with the word before it). What does not fit stays on line 2.
fn two_lines(street: &str, premises: &str, limit: usize) -> (String, String) {
    let width = |s: &str| s.chars().count();
    if width(street) <= limit && width(premises) <= limit {
        return if street.is_empty() {
            (premises.to_string(), String::new())
        } else {
            (street.to_string(), premises.to_string())
        };
    }
    let mut lines = [String::new(), String::new()];
    let mut current = 0;
    for word in street.split_whitespace().chain(premises.split_whitespace()) {
        let line = &lines[current];
        let needed = width(line) + usize::from(!line.is_empty()) + width(word);
        if needed > limit && !line.is_empty() && current == 0 {
            current = 1;
        }
        let line = &mut lines[current];
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    let [first, second] = lines;
    (first, second)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_lines_stay_as_they_are() {
        assert_eq!(
            two_lines("1-1-1 Tsukiji", "#404 Sample", 35),
            ("1-1-1 Tsukiji".to_string(), "#404 Sample".to_string())
        );
        assert_eq!(
            two_lines("", "P.O. Box 12", 35),
            ("P.O. Box 12".to_string(), String::new())
        );
    }

    #[test]
    fn long_lines_break_between_words_only() {
        let (one, two) = two_lines(
            "1-2-3 Nishishinjuku",
            "#4501 Very Long Tower Name Residence",
            20,
        );
        assert!(one.chars().count() <= 20, "{one}");
        assert_eq!(
            format!("{one} {two}"),
            "1-2-3 Nishishinjuku #4501 Very Long Tower Name Residence"
        );
        // A word longer than the limit is kept whole.
        let (one, two) = two_lines("Supercalifragilistic", "", 5);
        assert_eq!((one.as_str(), two.as_str()), ("Supercalifragilistic", ""));
    }

    #[test]
    fn ascii_folds_macrons() {
        assert_eq!(ascii("Tōkyō Chūō-ku"), "Tokyo Chuo-ku");
        assert_eq!(ascii("TŌKYŌ"), "TOKYO");
    }

    #[test]
    fn names_round_trip() {
        for form in Form::ALL {
            assert_eq!(form.name().parse::<Form>(), Ok(form));
        }
        assert!("AWS".parse::<Form>().is_err());
    }
}
