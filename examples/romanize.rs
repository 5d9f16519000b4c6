//! Minimal first version; the full CLI (batch, --json, styles) follows.
fn main() {
    let mut failed = false;
    for address in std::env::args().skip(1) {
        match jusho::Romanizer::default().romanize_full(&address) {
            Ok(r) => {
                println!("Country: {}", r.profile.country);
                println!("Address: {}", r.profile.address);
                println!("City: {}", r.profile.city);
                println!("State/Province: {}", r.profile.state);
                println!("Zip/Postal Code: {}", r.profile.zip);
                for w in &r.warnings {
                    println!("warning: {w}");
                }
            }
            Err(e) => {
                eprintln!("error: {e}");
                failed = true;
            }
        }
    }
    std::process::exit(i32::from(failed));
}
