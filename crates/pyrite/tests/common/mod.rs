//! Helpers shared by the differential and seed-example runners: running a program with a
//! timeout, and a line diff for failure messages.

#![allow(dead_code)]

use std::io::Read;
use std::path::Path;
use std::process::{Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// What a finished (or killed) program produced.
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    /// `None` when the program was killed after the timeout.
    pub status: Option<ExitStatus>,
}

/// Runs `command` with stdin empty, capturing stdout and stderr; kills it after `timeout`.
pub fn run_with_timeout(mut command: Command, timeout: Duration) -> std::io::Result<Outcome> {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn()?;
    let mut out_pipe = child.stdout.take().expect("stdout is piped");
    let mut err_pipe = child.stderr.take().expect("stderr is piped");
    let out_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let deadline = Instant::now() + timeout;
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break Some(status);
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        thread::sleep(Duration::from_millis(5));
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Ok(Outcome {
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        status,
    })
}

/// Describes an exit status the way the `.out` format does (`--- exit status N ---`).
pub fn status_code(status: &ExitStatus) -> Result<i32, String> {
    if let Some(code) = status.code() {
        return Ok(code);
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return Err(format!("killed by signal {signal}"));
        }
    }
    Err(format!("{status}"))
}

/// Removes every occurrence of `<dir>/` (absolute, both as given and canonicalised) from `text`.
pub fn strip_dir(text: &str, dir: &Path) -> String {
    let mut prefixes: Vec<String> = Vec::new();
    if let Ok(abs) = std::path::absolute(dir) {
        prefixes.push(format!("{}/", abs.display()));
    }
    if let Ok(canon) = dir.canonicalize() {
        prefixes.push(format!("{}/", canon.display()));
    }
    prefixes.sort_by_key(|p| std::cmp::Reverse(p.len()));
    prefixes.dedup();
    let mut text = text.to_owned();
    for prefix in &prefixes {
        text = text.replace(prefix.as_str(), "");
    }
    text
}

/// A unified-style line diff of `expected` and `actual`, with three lines of context,
/// capped at `max_lines` output lines.
pub fn diff(expected: &str, actual: &str, max_lines: usize) -> String {
    let a: Vec<&str> = expected.split_inclusive('\n').collect();
    let b: Vec<&str> = actual.split_inclusive('\n').collect();
    // Trim the common prefix and suffix, then LCS on the middle (bounded).
    let mut pre = 0;
    while pre < a.len() && pre < b.len() && a[pre] == b[pre] {
        pre += 1;
    }
    let mut suf = 0;
    while suf < a.len() - pre && suf < b.len() - pre && a[a.len() - 1 - suf] == b[b.len() - 1 - suf]
    {
        suf += 1;
    }
    let am = &a[pre..a.len() - suf];
    let bm = &b[pre..b.len() - suf];
    // ops: (' ' | '-' | '+', line)
    let mut ops: Vec<(char, &str)> = a[..pre].iter().map(|l| (' ', *l)).collect();
    if am.len() * bm.len() <= 4_000_000 {
        let (n, m) = (am.len(), bm.len());
        let mut lcs = vec![0u32; (n + 1) * (m + 1)];
        for i in (0..n).rev() {
            for j in (0..m).rev() {
                lcs[i * (m + 1) + j] = if am[i] == bm[j] {
                    lcs[(i + 1) * (m + 1) + j + 1] + 1
                } else {
                    lcs[(i + 1) * (m + 1) + j].max(lcs[i * (m + 1) + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < n || j < m {
            if i < n && j < m && am[i] == bm[j] {
                ops.push((' ', am[i]));
                i += 1;
                j += 1;
            } else if i < n && (j == m || lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1]) {
                ops.push(('-', am[i]));
                i += 1;
            } else {
                ops.push(('+', bm[j]));
                j += 1;
            }
        }
    } else {
        ops.extend(am.iter().map(|l| ('-', *l)));
        ops.extend(bm.iter().map(|l| ('+', *l)));
    }
    ops.extend(a[a.len() - suf..].iter().map(|l| (' ', *l)));

    const CONTEXT: usize = 3;
    let changed: Vec<usize> = (0..ops.len()).filter(|&k| ops[k].0 != ' ').collect();
    let mut out = String::from("--- expected\n+++ actual\n");
    let mut lines = 0;
    let mut last_shown: Option<usize> = None;
    for (k, &(tag, line)) in ops.iter().enumerate() {
        let near = changed
            .iter()
            .any(|&c| k + CONTEXT >= c && k <= c + CONTEXT);
        if !near {
            continue;
        }
        if last_shown.is_some_and(|l| l + 1 != k) || (last_shown.is_none() && k > 0) {
            out.push_str("@@ ... @@\n");
        }
        last_shown = Some(k);
        out.push(tag);
        out.push_str(line.strip_suffix('\n').unwrap_or(line));
        if !line.ends_with('\n') {
            out.push_str("\n\\ No newline at end of text");
        }
        out.push('\n');
        lines += 1;
        if lines >= max_lines {
            out.push_str("... (diff truncated)\n");
            break;
        }
    }
    out
}
