//! Checks the shape of the differential corpus itself (no interpreter needed): every test
//! `tests/py/<area>/<name>.py` and `tests/trace/<area>/<name>.py` has its `<name>.out`, every `.out` has its program, and line-1
//! `# xfail` markers are well formed.

use std::path::{Path, PathBuf};

fn corpus_root(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests").join(name)
}

#[test]
fn every_test_has_expected_output_and_vice_versa() {
    check_root("py");
}

#[test]
fn every_trace_test_has_expected_output_and_vice_versa() {
    check_root("trace");
}

fn check_root(name: &str) {
    let root = corpus_root(name);
    let mut problems = Vec::new();
    let mut tests = 0;
    let mut areas: Vec<_> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{} exists: {e}", root.display()))
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .collect();
    areas.sort_by_key(|e| e.file_name());
    for area in areas {
        let mut entries: Vec<_> = std::fs::read_dir(area.path())
            .expect("read area")
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.is_file())
            .collect();
        entries.sort();
        for path in entries {
            let shown = path
                .strip_prefix(&root)
                .unwrap_or(&path)
                .display()
                .to_string();
            match path.extension().and_then(|e| e.to_str()) {
                Some("py") => {
                    tests += 1;
                    if !path.with_extension("out").is_file() {
                        problems.push(format!("{shown}: no .out (run tests/regen.py {shown})"));
                    }
                    let source = std::fs::read_to_string(&path).unwrap_or_default();
                    let first = source.lines().next().unwrap_or("");
                    if first.starts_with("# xfail") {
                        let ok = first
                            .strip_prefix("# xfail: ")
                            .and_then(|r| r.rsplit_once(" #"))
                            .is_some_and(|(reason, issue)| {
                                !reason.trim().is_empty()
                                    && !issue.is_empty()
                                    && issue.bytes().all(|b| b.is_ascii_digit())
                            });
                        if !ok {
                            problems.push(format!(
                                "{shown}: malformed marker {first:?}, expected `# xfail: <reason> #<issue>`"
                            ));
                        }
                    }
                }
                Some("out") if !path.with_extension("py").is_file() => {
                    problems.push(format!("{shown}: .out without a .py"));
                }
                _ => {}
            }
        }
    }
    assert!(tests > 0, "no tests found under {}", root.display());
    assert!(
        problems.is_empty(),
        "corpus problems:\n{}",
        problems.join("\n")
    );
}
