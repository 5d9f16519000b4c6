//! Inflates the gazetteer tables, committed compressed as
//! `data/tables.bin.zlib` and `data/strings.txt.zlib` (zlib streams written
//! by `python3 data/generate.py` through `data/tables.py`), into `OUT_DIR`,
//! where `src/gazetteer/tables.rs` embeds them with `include_bytes!` /
//! `include_str!`. The compiled-in tables are the inflated bytes: the
//! compression saves only repository and package size, not memory.
//!
//! Nothing here needs the network or Python. A damaged file fails the build
//! with its name.

use std::path::Path;

/// The committed compressed tables, and the name each inflates to.
const TABLES: [(&str, &str); 2] = [
    ("data/tables.bin.zlib", "tables.bin"),
    ("data/strings.txt.zlib", "strings.txt"),
];

fn main() {
    let out_dir = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    for (committed, inflated) in TABLES {
        println!("cargo::rerun-if-changed={committed}");
        let compressed =
            std::fs::read(committed).unwrap_or_else(|e| panic!("cannot read {committed}: {e}"));
        let bytes = miniz_oxide::inflate::decompress_to_vec_zlib(&compressed)
            .unwrap_or_else(|e| panic!("{committed} is not a zlib stream: {e:?}"));
        let target = Path::new(&out_dir).join(inflated);
        // Written only when it changes, so that the crate is not rebuilt
        // for nothing.
        if std::fs::read(&target).ok().as_deref() != Some(&bytes[..]) {
            std::fs::write(&target, &bytes)
                .unwrap_or_else(|e| panic!("cannot write {}: {e}", target.display()));
        }
    }
    println!("cargo::rerun-if-changed=build.rs");
}
