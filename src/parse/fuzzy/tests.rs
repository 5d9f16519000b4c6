use super::{folded_municipality_names, near_match, one_substituted, Edit};
use crate::gazetteer;

/// The forgiving municipality pass asks `one_substituted` alone: a
/// substitution explains the whole name, more than any other edit, so
/// it is what `near_match` says. Checked on every municipality name,
/// spelled right, with each char substituted, and with a char left out.
#[test]
fn municipalities_substituted_as_near_match_says() {
    let mut substituted = 0;
    for (_, _, names) in folded_municipality_names(gazetteer::get()) {
        for name in names.iter() {
            let mut texts = vec![name.to_vec()];
            for at in 0..name.len() {
                let mut text = name.to_vec();
                text[at] = '山';
                texts.push(text);
                let mut text = name.to_vec();
                text.remove(at);
                texts.push(text);
            }
            for mut text in texts {
                text.push('1');
                let near = near_match(name, &text, false).map(|(_, edit)| edit);
                let one = one_substituted(name, &text, false);
                assert_eq!(one, near == Some(Edit::Substituted), "{name:?} {text:?}");
                substituted += usize::from(one);
            }
        }
    }
    assert!(substituted > 10_000, "{substituted}");
}

fn m(name: &str, text: &str) -> Option<usize> {
    let name: Vec<char> = name.chars().collect();
    let text: Vec<char> = text.chars().collect();
    near_match(&name, &text, true).map(|(len, _)| len)
}

#[test]
fn one_substituted_character() {
    // Towns: only look-alikes the fold keeps apart.
    assert_eq!(m("船屋町", "舟屋町1"), Some(3));
    assert_eq!(m("上屋敷町", "下屋敷町1"), None);
    // Municipalities: any one character, but never the kind.
    let muni = |name: &str, text: &str| {
        let name: Vec<char> = name.chars().collect();
        let text: Vec<char> = text.chars().collect();
        near_match(&name, &text, false)
            .filter(|&(_, edit)| edit == super::Edit::Substituted)
            .map(|(len, _)| len)
    };
    assert_eq!(muni("塩竈市", "塩釜市本町"), Some(3));
    assert_eq!(muni("西小松川町", "西小松川村1"), None);
    // Short names are too easily one another.
    assert_eq!(muni("本町", "元町1"), None);
    // A town's name must end where a name can end.
    assert_eq!(m("船屋町", "舟屋町北1"), None);
}

#[test]
fn dropped_segments_and_leading_parts() {
    assert_eq!(m("木ノ本町西山", "木ノ本西山1"), Some(5));
    assert_eq!(m("町野町桶戸", "町野桶戸1"), Some(4));
    assert_eq!(m("西小松川町", "西小松川1-2"), Some(4));
    assert_eq!(m("四谷三栄町", "三栄町1"), Some(3));
    assert_eq!(m("浜小清水", "小清水1"), None);
    // Spelled exactly: the exact pass's, not this one's.
    assert_eq!(m("四谷三栄町", "四谷三栄町1"), None);
}
