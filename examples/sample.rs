//! Writes the benchmark data: the large session, or a folder of ordinary sessions.
//!
//! ```text
//! cargo run --release --example sample -- large FILE        # the large session (about 2.95 MB)
//! cargo run --release --example sample -- library DIR [N]   # N sessions (default 1000) in DIR
//! ```
//!
//! The data is deterministic (see `pim_sample`): the same bytes on every run.

use std::path::PathBuf;
use std::process::ExitCode;

use pim_sample as sample;
use pim_workshop::{content, storage};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let pack = match content::load_embedded() {
        Ok(pack) => pack,
        Err(e) => {
            eprintln!("sample: the built-in content does not load: {e}");
            return ExitCode::FAILURE;
        }
    };
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["large", file] => {
            let session = sample::large_session(&pack);
            let path = PathBuf::from(file);
            if let Err(e) = storage::save_session_with(&path, &session, false) {
                eprintln!("sample: {e}");
                return ExitCode::FAILURE;
            }
            let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
            println!("{} ({size} bytes)", path.display());
            ExitCode::SUCCESS
        }
        ["library", dir] | ["library", dir, _] => {
            let n = match args.get(2).map(|n| n.parse::<usize>()) {
                None => 1000,
                Some(Ok(n)) => n,
                Some(Err(_)) => {
                    eprintln!("sample: N must be a number");
                    return ExitCode::FAILURE;
                }
            };
            match sample::write_library(&pack, &PathBuf::from(dir), n) {
                Ok(paths) => {
                    let bytes: u64 = paths
                        .iter()
                        .filter_map(|p| std::fs::metadata(p).ok())
                        .map(|m| m.len())
                        .sum();
                    println!("{} sessions in {dir} ({bytes} bytes)", paths.len());
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("sample: {dir}: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        _ => {
            eprintln!("usage: sample large FILE | sample library DIR [N]");
            ExitCode::from(2)
        }
    }
}
