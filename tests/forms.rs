//! Golden form layouts: `tests/data/forms.toml`, one `[[case]]` per
//! address and form. Every field is compared in order, every value must be
//! ASCII and within the line limit unless the form warned, and every filled
//! form must round-trip through its JSON serialization.

use jusho::romaji::LongVowel;

use jusho::Style;
use jusho::{Form, FormField, Romanizer};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Suite {
    case: Vec<Case>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    #[serde(default)]
    note: String,
    input: String,
    form: String,
    #[serde(default)]
    style: Option<String>,
    #[serde(default)]
    long_vowel: Option<String>,
    #[serde(default)]
    line_limit: Option<usize>,
    fields: Vec<(String, String)>,
    #[serde(default)]
    warnings: Vec<String>,
}

#[test]
fn golden_forms() {
    let suite: Suite = toml::from_str(include_str!("data/forms.toml")).expect("forms.toml");
    assert!(suite.case.len() >= 10);
    let mut failures = Vec::new();
    for case in &suite.case {
        let mut style: Style = case.style.as_deref().unwrap_or("default").parse().unwrap();
        if let Some(v) = &case.long_vowel {
            style = style.long_vowel(v.parse::<LongVowel>().unwrap());
        }
        let form: Form = case.form.parse().unwrap();
        let limit = case.line_limit.unwrap_or(jusho::DEFAULT_LINE_LIMIT);
        let romanized = Romanizer::new(style).romanize_full(&case.input).unwrap();
        let filled = form.fill(&romanized, limit);
        let got: Vec<(String, String)> = filled
            .fields
            .iter()
            .map(|f| (f.label.clone(), f.value.clone()))
            .collect();
        let kinds: Vec<&str> = filled.warnings.iter().map(|w| w.kind()).collect();
        if got != case.fields || kinds != case.warnings {
            failures.push(format!(
                "{} ({}): {}\n  want {:?} {:?}\n  got  {:?} {:?}",
                case.name, case.input, case.note, case.fields, case.warnings, got, kinds
            ));
        }
        for f in &filled.fields {
            assert!(f.value.is_ascii(), "{}: {f:?} is not ASCII", case.name);
            if form == Form::Lines && kinds.is_empty() {
                assert!(f.value.chars().count() <= limit, "{}: {f:?}", case.name);
            }
        }
        // Round trip through JSON: the fields and the form's name read back.
        let json = serde_json::to_value(&filled).unwrap();
        let fields: Vec<FormField> = serde_json::from_value(json["fields"].clone()).unwrap();
        assert_eq!(fields, filled.fields, "{}", case.name);
        let name: Form = serde_json::from_value(json["name"].clone()).unwrap();
        assert_eq!(name, form);
        assert_eq!(json["warnings"].as_array().unwrap().len(), kinds.len());
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn lines_never_break_inside_a_word() {
    // Every limit from tiny to roomy: the words of the two lines are the
    // words of the address, in order, none split.
    let r = Romanizer::default()
        .romanize_full("京都府京都市中京区寺町通御池上る上本能寺前町488番地 サンプルマンション404")
        .unwrap();
    let words: Vec<&str> = r.profile.address.split_whitespace().collect();
    for limit in 1..80 {
        let filled = Form::Lines.fill(&r, limit);
        let (one, two) = (&filled.fields[0].value, &filled.fields[1].value);
        let mut got: Vec<&str> = one.split_whitespace().collect();
        got.extend(two.split_whitespace());
        let mut want_sorted = words.clone();
        want_sorted.sort_unstable();
        let mut got_sorted = got.clone();
        got_sorted.sort_unstable();
        assert_eq!(got_sorted, want_sorted, "limit {limit}");
        let fits = one.len() <= limit && two.len() <= limit;
        let warned = filled.warnings.iter().any(|w| {
            matches!(w, jusho::Warning::FieldTooLong { field, .. } if field.starts_with("Address line"))
        });
        assert_eq!(!fits, warned, "limit {limit}: {one:?} / {two:?}");
    }
}
