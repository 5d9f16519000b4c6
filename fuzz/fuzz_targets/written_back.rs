//! A real address chosen by the fuzzer's bytes (a gazetteer town, one of its
//! postal codes or none, with or without the prefecture, a block, sometimes
//! a building, floor and room), parsed and romanized; its parts written back
//! as Japanese, with the prefecture and municipality and, when a postal code
//! is given, without them, must romanize to the same State, City, Zip and
//! Address (issue 16: a code, then the town without its municipality,
//! printed the town twice).
//!
//! The address and the check are `tests/support/written_back.rs`, which the
//! property test `parts_written_back_romanize_alike` in
//! `tests/properties.rs` shares.
#![no_main]

#[path = "../../tests/support/written_back.rs"]
mod written_back;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let gz = jusho::gazetteer::get();
    if let Some(input) = written_back::real_address(gz, data) {
        if let Some(differ) = written_back::disagreement(gz, &input) {
            panic!("{differ}");
        }
    }
});
