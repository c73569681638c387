//! Runs the seed examples (`<repo>/../shared/seed-examples/NN_*.py`) under Pyrite, each with
//! cwd = that folder, and compares stdout with `NN_*.expected` (exit status must be 0), as that
//! folder's `run.py` does. Skipped with a message when the folder is absent.
//!
//! Expected failures are listed in `XFAIL`, strictly: an example that starts passing while
//! listed fails the test, so the entry must go.

mod common;

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use common::{diff, run_with_timeout};

const TIMEOUT: Duration = Duration::from_secs(10);

/// Examples expected to fail, with the reason and issue.
const XFAIL: &[(&str, &str)] = &[
];

#[test]
fn seed_examples() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seed-examples");
    if !dir.is_dir() {
        eprintln!("seed_examples: skipped, {} is absent", dir.display());
        return;
    }
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("read seed-examples")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".py") && n != "run.py")
        .map(|n| n.trim_end_matches(".py").to_owned())
        .filter(|n| dir.join(format!("{n}.expected")).is_file())
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no examples in {}", dir.display());
    for (name, _) in XFAIL {
        assert!(
            names.iter().any(|n| n == name),
            "XFAIL lists {name}, which does not exist"
        );
    }

    let mut problems = Vec::new();
    for name in &names {
        let expected =
            std::fs::read_to_string(dir.join(format!("{name}.expected"))).expect("read .expected");
        let mut command = Command::new(env!("CARGO_BIN_EXE_pyrite"));
        command.arg(format!("{name}.py")).current_dir(&dir);
        let why = match run_with_timeout(command, TIMEOUT) {
            Err(e) => Some(format!("could not run: {e}")),
            Ok(o) => match o.status {
                None => Some(format!("timed out after {}s", TIMEOUT.as_secs())),
                Some(_) if o.stdout != expected => Some(format!(
                    "stdout differs\n{}{}",
                    diff(&expected, &o.stdout, 30),
                    tail("stderr", &o.stderr)
                )),
                Some(s) if !s.success() => {
                    Some(format!("exit status {s}\n{}", tail("stderr", &o.stderr)))
                }
                Some(_) => None,
            },
        };
        let xfail = XFAIL.iter().find(|(n, _)| n == name).map(|(_, r)| *r);
        match (why, xfail) {
            (None, None) => eprintln!("PASS {name}"),
            (Some(_), Some(reason)) => eprintln!("XFAIL {name} ({reason})"),
            (None, Some(reason)) => problems.push(format!(
                "{name} passes but is listed in XFAIL ({reason}): remove the entry"
            )),
            (Some(why), None) => problems.push(format!("{name}: {why}")),
        }
    }
    assert!(
        problems.is_empty(),
        "seed examples failed:\n{}",
        problems.join("\n")
    );
}

fn tail(label: &str, text: &str) -> String {
    let lines: Vec<&str> = text.trim_end().lines().collect();
    let start = lines.len().saturating_sub(5);
    lines[start..]
        .iter()
        .map(|l| format!("    {label}: {l}\n"))
        .collect()
}
