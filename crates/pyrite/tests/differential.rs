//! Differential tests: every `tests/py/<area>/<name>.py` and `tests/trace/<area>/<name>.py` is
//! run under Pyrite and its output is compared with CPython 3.12's, committed as `<name>.out`
//! (made by `tests/regen.py`). The two roots are two harness entries: `differential::<area>/...`
//! for tests/py and `trace::<area>/...` for tests/trace (settrace/setprofile event sequences).
//!
//! Format of `<name>.out`: the program's stdout verbatim; then, only if stderr is non-empty or
//! the exit status is not 0, the line `--- stderr ---`, stderr verbatim, and the line
//! `--- exit status N ---`. The program runs as `pyrite <name>.py` with cwd = its directory,
//! stdin empty, `PYTHONHASHSEED=0` and `PYTHONIOENCODING=utf-8`; the absolute path of the
//! test's directory followed by `/` is removed from stdout and stderr.
//!
//! Expected failures: line 1 of the program is `# xfail: <reason> #<issue>`. Such a test must
//! fail the comparison; one that passes is reported as a failure until the marker goes.

mod common;

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use common::{diff, run_with_timeout, status_code, strip_dir};

const TIMEOUT: Duration = Duration::from_secs(10);

/// A failure message. datatest-stable prints errors with `{:?}`, so `Debug` shows the text
/// as is (a `String` error would come out quoted, with its newlines escaped).
struct Failure(String);

impl std::fmt::Debug for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Failure {}

fn fail<T>(msg: String) -> datatest_stable::Result<T> {
    Err(Box::new(Failure(msg)))
}

/// Builds the text that `<name>.out` holds, from a run of the program.
fn actual_text(stdout: &str, stderr: &str, status: Result<i32, String>) -> String {
    let mut text = stdout.to_owned();
    if !stderr.is_empty() || status != Ok(0) {
        text.push_str("--- stderr ---\n");
        text.push_str(stderr);
        match status {
            Ok(code) => text.push_str(&format!("--- exit status {code} ---\n")),
            Err(how) => text.push_str(&format!("--- {how} ---\n")),
        }
    }
    text
}

/// Reads line 1's `# xfail: <reason> #<issue>` marker, if present.
fn xfail_marker(source: &str) -> datatest_stable::Result<Option<String>> {
    let first = source.lines().next().unwrap_or("");
    let Some(rest) = first.strip_prefix("# xfail") else {
        return Ok(None);
    };
    let well_formed = rest.strip_prefix(": ").and_then(|r| {
        let (reason, issue) = r.rsplit_once(" #")?;
        let ok = !reason.trim().is_empty()
            && !issue.is_empty()
            && issue.bytes().all(|b| b.is_ascii_digit());
        ok.then(|| r.to_owned())
    });
    match well_formed {
        Some(why) => Ok(Some(why)),
        None => fail(format!(
            "malformed xfail marker on line 1: {first:?} (expected `# xfail: <reason> #<issue number>`)"
        )),
    }
}

fn differential(path: &Path, source: String) -> datatest_stable::Result<()> {
    // Shown relative to the repository root: tests/py/<area>/<name>.py or tests/trace/...
    let shown = path.strip_prefix("../..").unwrap_or(path).display();
    let xfail = xfail_marker(&source)?;
    let out_path = path.with_extension("out");
    let expected = match std::fs::read_to_string(&out_path) {
        Ok(text) => text,
        Err(e) => {
            return fail(format!(
                "cannot read {}: {e} (generate it with tests/regen.py)",
                out_path.display()
            ));
        }
    };
    let dir = path.parent().expect("a test lives in an area directory");
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let file_name = path.file_name().expect("a test has a file name");

    let mut command = Command::new(env!("CARGO_BIN_EXE_pyrite"));
    command
        .arg(file_name)
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8");
    let outcome = match run_with_timeout(command, TIMEOUT) {
        Ok(outcome) => outcome,
        Err(e) => return fail(format!("cannot run {}: {e}", env!("CARGO_BIN_EXE_pyrite"))),
    };

    let stdout = strip_dir(&outcome.stdout, dir);
    let stderr = strip_dir(&outcome.stderr, dir);
    let (actual, timed_out) = match &outcome.status {
        Some(status) => (actual_text(&stdout, &stderr, status_code(status)), false),
        None => (
            actual_text(
                &stdout,
                &stderr,
                Err(format!("timed out after {}s", TIMEOUT.as_secs())),
            ),
            true,
        ),
    };
    let passed = actual == expected;

    match (passed, xfail) {
        (true, None) => Ok(()),
        (false, Some(_)) => Ok(()),
        (true, Some(why)) => fail(format!(
            "{} passes but is marked xfail ({why}): remove the marker",
            shown
        )),
        (false, None) => {
            let mut msg = format!("{shown}: output differs from CPython 3.12's");
            if timed_out {
                msg.push_str(&format!(" (killed after {}s)", TIMEOUT.as_secs()));
            }
            msg.push('\n');
            msg.push_str(&diff(&expected, &actual, 80));
            fail(msg)
        }
    }
}

/// The tests/trace root: same format and procedure, its own name prefix (`trace::`).
fn trace(path: &Path, source: String) -> datatest_stable::Result<()> {
    differential(path, source)
}

datatest_stable::harness! {
    { test = differential, root = "../../tests/py", pattern = r"^[^/]+/[^/]+\.py$" },
    { test = trace, root = "../../tests/trace", pattern = r"^[^/]+/[^/]+\.py$" },
}
