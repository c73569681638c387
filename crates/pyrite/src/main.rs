//! The `pyrite` command: runs a Python program from a file, `-c`, or standard input, or shows a
//! file's disassembly (`--dis`).
//!
//! The interpreter runs on a thread with a large stack: Python-to-Python calls do not recurse in
//! Rust, but native callbacks, `repr` of nested containers and the compiler do, each bounded by
//! its own limit well inside this stack.

use std::io::Read;
use std::process::ExitCode;

mod alloc;

const STACK_SIZE: usize = 1 << 30;

const USAGE: &str = "usage: pyrite [option] ... [-c cmd | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-V     : print the Python version number and exit (also --version)
--dis  : print the disassembly of every code object in the file and exit
--trace-frames : print each frame push, resume, yield and pop to stderr, with its slots
--trace-depth N: with --trace-frames, only frames at most N deep
--trace-only NAME: with --trace-frames, only frames of functions named NAME
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

enum Program {
    File(String),
    Command(String),
    Stdin,
    Dis(String),
}

/// `--trace-frames` settings from the command line.
static WATCH: std::sync::Mutex<Option<(Option<usize>, Option<String>)>> = std::sync::Mutex::new(None);

fn parse_args() -> Result<(Program, Vec<String>), ExitCode> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    let mut watch: Option<(Option<usize>, Option<String>)> = None;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "--trace-frames" => {
                watch.get_or_insert((None, None));
                i += 1;
                continue;
            }
            "--trace-depth" | "--trace-only" => {
                let Some(v) = args.get(i + 1) else {
                    eprintln!("pyrite: {a} needs a value");
                    return Err(ExitCode::from(2));
                };
                let w = watch.get_or_insert((None, None));
                if a == "--trace-depth" {
                    match v.parse() {
                        Ok(n) => w.0 = Some(n),
                        Err(_) => {
                            eprintln!("pyrite: --trace-depth needs a number");
                            return Err(ExitCode::from(2));
                        }
                    }
                } else {
                    w.1 = Some(v.clone());
                }
                i += 2;
                continue;
            }
            _ => {}
        }
        if let Ok(mut g) = WATCH.lock() {
            *g = watch.clone();
        }
        match a.as_str() {
            "-c" => {
                let Some(code) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -c option");
                    eprint!("usage: pyrite [option] ... [-c cmd | file | -] [arg] ...\nTry `pyrite -h' for more information.\n");
                    return Err(ExitCode::from(2));
                };
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[i + 2..].iter().cloned());
                return Ok((Program::Command(code.clone()), argv));
            }
            "-h" | "--help" | "-?" => {
                print!("{USAGE}");
                return Err(ExitCode::SUCCESS);
            }
            "-V" | "--version" => {
                println!("Python 3.12.1 (pyrite {})", env!("CARGO_PKG_VERSION"));
                return Err(ExitCode::SUCCESS);
            }
            "--dis" => {
                let Some(f) = args.get(i + 1) else {
                    eprintln!("pyrite: --dis needs a file");
                    return Err(ExitCode::from(2));
                };
                return Ok((Program::Dis(f.clone()), vec![f.clone()]));
            }
            "-" => {
                let mut argv = vec!["-".to_string()];
                argv.extend(args[i + 1..].iter().cloned());
                return Ok((Program::Stdin, argv));
            }
            "-u" | "-B" | "-s" | "-S" | "-E" | "-I" => {
                i += 1;
                continue;
            }
            s if s.starts_with('-') && s.len() > 1 => {
                eprintln!("unknown option {s}");
                eprint!("usage: pyrite [option] ... [-c cmd | file | -] [arg] ...\nTry `pyrite -h' for more information.\n");
                return Err(ExitCode::from(2));
            }
            _ => {
                return Ok((Program::File(a.clone()), args[i..].to_vec()));
            }
        }
    }
    Ok((Program::Stdin, vec![String::new()]))
}

fn absolute(p: &str) -> String {
    let path = std::path::Path::new(p);
    if path.is_absolute() {
        return p.to_string();
    }
    match std::env::current_dir() {
        Ok(d) => {
            let mut out = std::path::PathBuf::new();
            for c in d.join(path).components() {
                match c {
                    std::path::Component::CurDir => {}
                    std::path::Component::ParentDir => {
                        out.pop();
                    }
                    other => out.push(other.as_os_str()),
                }
            }
            out.to_string_lossy().to_string()
        }
        Err(_) => p.to_string(),
    }
}

fn run(program: Program, argv: Vec<String>) -> i32 {
    let (source, filename, path0) = match &program {
        Program::Dis(f) => {
            return match std::fs::read(f) {
                Ok(b) => match pyrite_compiler::dis_source(&String::from_utf8_lossy(&b), f) {
                    Ok(text) => {
                        print!("{text}");
                        0
                    }
                    Err(e) => {
                        eprintln!("{e}");
                        1
                    }
                },
                Err(e) => {
                    eprintln!("pyrite: can't open file '{}': [Errno {}] {}", absolute(f), e.raw_os_error().unwrap_or(2), io_message(&e));
                    2
                }
            };
        }
        Program::Command(c) => (c.clone(), "<string>".to_string(), String::new()),
        Program::Stdin => {
            let mut s = String::new();
            let _ = std::io::stdin().read_to_string(&mut s);
            (s, "<stdin>".to_string(), String::new())
        }
        Program::File(f) => {
            let abs = absolute(f);
            let meta = std::fs::metadata(&abs);
            let (file, dir) = match meta {
                Ok(m) if m.is_dir() => {
                    let main = format!("{}/__main__.py", abs.trim_end_matches('/'));
                    if !std::path::Path::new(&main).is_file() {
                        eprintln!("{}: can't find '__main__' module in '{}'", exe_name(), f);
                        return 1;
                    }
                    (main, abs.clone())
                }
                _ => {
                    let dir = std::path::Path::new(&abs).parent().map(|p| p.to_string_lossy().to_string()).unwrap_or_default();
                    (abs.clone(), dir)
                }
            };
            match std::fs::read(&file) {
                Ok(b) => (String::from_utf8_lossy(&b).to_string(), file, dir),
                Err(e) => {
                    eprintln!("{}: can't open file '{}': [Errno {}] {}", exe_name(), abs, e.raw_os_error().unwrap_or(2), io_message(&e));
                    return 2;
                }
            }
        }
    };
    let vm = pyrite_vm::Vm::new(argv);
    if let Some((max_depth, only)) = WATCH.lock().ok().and_then(|g| g.clone()) {
        pyrite_vm::eval::trace::set_watch(&vm, Some(pyrite_vm::eval::watch::WatchConfig { max_depth, only }));
    }
    if let Some(p) = vm.sys_attr("path") {
        if let Some(l) = p.as_list() {
            l.push(pyrite_vm::types::str::new_str(&path0));
        }
    }
    let status = pyrite_vm::run_main(&vm, &source, &filename);
    // The interpreter is not torn down: the process exits right away, as CPython's does after
    // finalisation (objects alive at exit are not individually freed).
    std::mem::forget(vm);
    status
}

unsafe extern "C" {
    /// The C library's `_exit`: ends the process without running exit handlers.
    fn _exit(status: i32) -> !;
}

/// Ends the process from the interpreter's thread once the program and its finalisation are
/// done. Going back to `main` would unmap the thread's 1 GiB stack and run the allocator's
/// exit-time purge, which together cost more than the rest of a small program's start-up.
fn exit_now(status: i32) -> ! {
    use std::io::Write;
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    // SAFETY: output is flushed; the interpreter was finalised by `run_main` and nothing else
    // needs to run before the process ends.
    unsafe { _exit(status & 0xff) }
}

fn exe_name() -> String {
    std::env::args().next().and_then(|a| a.rsplit('/').next().map(String::from)).unwrap_or_else(|| "pyrite".into())
}

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}

fn main() -> ExitCode {
    // A bug in Pyrite must not lose the program's buffered output: flush it, then report.
    std::panic::set_hook(Box::new(|info| {
        if let Some(vm) = pyrite_vm::Vm::current() {
            vm.flush_stdout();
        }
        eprintln!("pyrite: internal error: {info}");
    }));
    let (program, argv) = match parse_args() {
        Ok(p) => p,
        Err(code) => return code,
    };
    let handle = std::thread::Builder::new()
        .name("pyrite".into())
        .stack_size(STACK_SIZE)
        .spawn(move || exit_now(run(program, argv)));
    match handle.map(|h| h.join()) {
        Ok(Ok(never)) => never,
        _ => ExitCode::from(70),
    }
}
