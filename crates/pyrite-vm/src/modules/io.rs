//! The standard streams: `sys.stdout`, `sys.stderr` and `sys.stdin` as native text streams.
//! stdout is buffered and flushed at exit (also after an uncaught exception), when the buffer
//! fills, before stdin is read, and on `flush()`; stderr is written through.

use std::cell::RefCell;
use std::io::{BufRead, Read, Write};

use crate::object::Value;
use crate::types::descr::{add_getset, add_method, MethodKind};
use crate::types::str::new_str;
use crate::vm::{PyResult, Vm};

pub struct TextIOData {
    /// 0 stdin, 1 stdout, 2 stderr.
    pub fd: u8,
    pub buf: RefCell<Vec<u8>>,
}

const FLUSH_AT: usize = 1 << 16;

impl TextIOData {
    pub fn write(&self, s: &str) {
        match self.fd {
            2 => {
                let mut e = std::io::stderr().lock();
                let _ = e.write_all(s.as_bytes());
                let _ = e.flush();
            }
            _ => {
                let mut b = self.buf.borrow_mut();
                b.extend_from_slice(s.as_bytes());
                if b.len() >= FLUSH_AT {
                    let _ = std::io::stdout().lock().write_all(&b);
                    b.clear();
                }
            }
        }
    }

    pub fn flush(&self) {
        if self.fd == 1 {
            let mut b = self.buf.borrow_mut();
            let mut o = std::io::stdout().lock();
            let _ = o.write_all(&b);
            let _ = o.flush();
            b.clear();
        }
    }
}

pub fn new_stream(vm: &Vm, fd: u8) -> Value {
    crate::object::alloc(&vm.types.text_io, TextIOData { fd, buf: RefCell::new(Vec::new()) })
}

fn this<'a>(vm: &Vm, args: &'a [Value]) -> PyResult<&'a TextIOData> {
    args.first().and_then(|a| a.downcast::<TextIOData>()).ok_or_else(|| vm.type_error("expected a stream"))
}

fn io_write(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let t = this(vm, args)?;
    let s = args.get(1).ok_or_else(|| vm.type_error("write() takes exactly one argument (0 given)"))?;
    let text = s.as_str_data().ok_or_else(|| vm.type_error(&format!("write() argument must be str, not {}", s.ty().name())))?;
    if t.fd == 0 {
        return Err(vm.new_error(&vm.types.exc.os_error, "not writable"));
    }
    if t.fd == 2 {
        vm.flush_stdout();
    }
    t.write(text.as_str());
    Ok(crate::types::int::new_int(text.len() as i64))
}

fn io_flush(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    this(vm, args)?.flush();
    Ok(vm.none())
}

fn io_readline(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    this(vm, args)?;
    vm.flush_stdout();
    let mut line = String::new();
    let _ = std::io::stdin().lock().read_line(&mut line);
    Ok(new_str(&line))
}

fn io_read(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    this(vm, args)?;
    vm.flush_stdout();
    let mut s = String::new();
    let _ = std::io::stdin().lock().read_to_string(&mut s);
    Ok(new_str(&s))
}

fn io_fileno(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(crate::types::int::new_int(this(vm, args)?.fd as i64))
}

fn io_isatty(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    this(vm, args)?;
    Ok(vm.bool_value(false))
}

pub fn init(vm: &Vm) {
    let t = &vm.types.text_io;
    add_method(vm, t, "write", io_write, MethodKind::Instance);
    add_method(vm, t, "flush", io_flush, MethodKind::Instance);
    add_method(vm, t, "readline", io_readline, MethodKind::Instance);
    add_method(vm, t, "read", io_read, MethodKind::Instance);
    add_method(vm, t, "fileno", io_fileno, MethodKind::Instance);
    add_method(vm, t, "isatty", io_isatty, MethodKind::Instance);
    add_getset(vm, t, "encoding", |_, _| Ok(new_str("utf-8")), None);
    add_getset(vm, t, "name", |_, v| Ok(new_str(match v.downcast::<TextIOData>().map(|d| d.fd) {
        Some(0) => "<stdin>",
        Some(1) => "<stdout>",
        _ => "<stderr>",
    })), None);
}

impl Vm {
    /// Writes to `sys.stderr` (the native stream, whatever `sys.stderr` is now).
    pub fn write_stderr(&self, s: &str) {
        self.flush_stdout();
        let mut e = std::io::stderr().lock();
        let _ = e.write_all(s.as_bytes());
        let _ = e.flush();
    }

    /// Flushes the native stdout buffer.
    pub fn flush_stdout(&self) {
        if let Some(so) = self.native_stdout() {
            if let Some(d) = so.downcast::<TextIOData>() {
                d.flush();
            }
        }
    }

    /// The interpreter's own stdout stream object.
    pub fn native_stdout(&self) -> Option<Value> {
        // SAFETY: set once during init, read afterwards.
        unsafe { (*self.stdout_obj.get()).clone() }
    }
}
