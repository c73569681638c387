//! The command line: options, exit statuses and messages, `--dis` and `--trace-frames`.

use std::process::{Command, Stdio};

fn pyrite() -> Command {
    Command::new(env!("CARGO_BIN_EXE_pyrite"))
}

fn run(cmd: &mut Command) -> (String, String, i32) {
    let out = cmd.stdin(Stdio::null()).output().expect("run pyrite");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn command_string_gets_its_arguments() {
    let (out, _, code) = run(pyrite().args(["-c", "import sys; print(sys.argv)", "a", "b"]));
    assert_eq!(out, "['-c', 'a', 'b']\n");
    assert_eq!(code, 0);
}

#[test]
fn missing_file_is_status_2() {
    let (_, err, code) = run(pyrite().arg("/nonexistent/prog.py"));
    assert_eq!(code, 2);
    assert!(err.contains("can't open file '/nonexistent/prog.py': [Errno 2] No such file or directory"), "{err}");
}

#[test]
fn unknown_option_is_a_usage_error() {
    let (_, err, code) = run(pyrite().arg("-Z"));
    assert_eq!(code, 2);
    assert!(err.contains("unknown option -Z") && err.contains("usage:"), "{err}");
}

#[test]
fn version_names_python_and_pyrite() {
    let (out, _, code) = run(pyrite().arg("--version"));
    assert_eq!(code, 0);
    assert!(out.starts_with("Python 3.12") && out.contains("pyrite"), "{out}");
}

#[test]
fn uncaught_exception_is_status_1_with_traceback() {
    let (_, err, code) = run(pyrite().args(["-c", "def f():\n    return 1 / 0\nf()"]));
    assert_eq!(code, 1);
    assert!(err.starts_with("Traceback (most recent call last):\n"), "{err}");
    assert!(err.ends_with("ZeroDivisionError: division by zero\n"), "{err}");
}

#[test]
fn dis_shows_every_code_object() {
    let dir = std::env::temp_dir().join(format!("pyrite-cli-dis-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("d.py");
    std::fs::write(&file, "def f(x):\n    return x + 1\n").expect("write");
    let (out, _, code) = run(pyrite().arg("--dis").arg(&file));
    assert_eq!(code, 0);
    assert!(out.contains("MAKE_FUNCTION"), "{out}");
    assert!(out.contains("Disassembly of <code object f at 0x0000"), "{out}");
    assert!(out.contains("BINARY_OP                0 (+)"), "{out}");
}

#[test]
fn dis_reports_compile_warnings_on_stderr() {
    let dir = std::env::temp_dir().join(format!("pyrite-cli-disw-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("w.py");
    std::fs::write(&file, "x = \"\\d\"\n").expect("write");
    let (out, err, code) = run(pyrite().arg("--dis").arg(&file));
    assert_eq!(code, 0);
    assert!(out.contains("STORE_NAME"), "{out}");
    assert!(err.ends_with(":1: SyntaxWarning: invalid escape sequence '\\d'\n  x = \"\\d\"\n"), "{err}");
}

#[test]
fn trace_frames_shows_pushes_pops_and_slots() {
    let (out, err, code) = run(pyrite().args([
        "--trace-frames",
        "-c",
        "def f(a):\n    b = a * 2\n    return b\nprint(f(21))",
    ]));
    assert_eq!(code, 0);
    assert_eq!(out, "42\n");
    let lines: Vec<&str> = err.lines().collect();
    assert!(lines.contains(&"[frame push  ] #2 f (<string>:1)"), "{err}");
    assert!(lines.contains(&"    [ 0] local a = 21"), "{err}");
    assert!(lines.contains(&"    [ 1] local b = <unbound>"), "{err}");
    assert!(lines.contains(&"[frame pop   ] #2 f (<string>:3) 42"), "{err}");
}

#[test]
fn trace_only_filters_by_function_name() {
    let (_, err, code) = run(pyrite().args([
        "--trace-frames",
        "--trace-only",
        "g",
        "-c",
        "def g():\n    return 1\ndef h():\n    return g()\nh()",
    ]));
    assert_eq!(code, 0);
    assert!(err.contains("[frame push  ] #3 g"), "{err}");
    assert!(!err.contains(" h ("), "{err}");
}
