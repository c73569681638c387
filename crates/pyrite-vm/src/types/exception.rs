//! Exception instances (`BaseException` and every built-in subclass share one layout) and
//! traceback objects.

use std::cell::{Cell, UnsafeCell};

use crate::object::{alloc, Value};
use crate::types::builtin_types;

pub struct ExceptionData {
    pub args: UnsafeCell<Value>,
    pub traceback: UnsafeCell<Option<Value>>,
    pub cause: UnsafeCell<Option<Value>>,
    pub context: UnsafeCell<Option<Value>>,
    pub suppress_context: Cell<bool>,
    /// An exception group's `message` and `exceptions` (a tuple), set by its `__new__`.
    pub group: UnsafeCell<Option<(Value, Value)>>,
}

impl ExceptionData {
    pub fn new(args: Value) -> ExceptionData {
        ExceptionData {
            args: UnsafeCell::new(args),
            traceback: UnsafeCell::new(None),
            cause: UnsafeCell::new(None),
            context: UnsafeCell::new(None),
            suppress_context: Cell::new(false),
            group: UnsafeCell::new(None),
        }
    }

    /// An exception group's `(message, exceptions)`.
    pub fn group(&self) -> Option<(Value, Value)> {
        // SAFETY: short read.
        unsafe { (*self.group.get()).clone() }
    }

    pub fn args(&self) -> Value {
        // SAFETY: short read.
        unsafe { (*self.args.get()).clone() }
    }

    pub fn set_args(&self, v: Value) -> Value {
        // SAFETY: short write; old value returned.
        unsafe { std::mem::replace(&mut *self.args.get(), v) }
    }

    pub fn traceback(&self) -> Option<Value> {
        // SAFETY: short read.
        unsafe { (*self.traceback.get()).clone() }
    }

    pub fn set_traceback(&self, v: Option<Value>) -> Option<Value> {
        // SAFETY: short write; old value returned.
        unsafe { std::mem::replace(&mut *self.traceback.get(), v) }
    }

    pub fn cause(&self) -> Option<Value> {
        // SAFETY: short read.
        unsafe { (*self.cause.get()).clone() }
    }

    pub fn set_cause(&self, v: Option<Value>) -> Option<Value> {
        // SAFETY: short write; old value returned.
        unsafe { std::mem::replace(&mut *self.cause.get(), v) }
    }

    pub fn context(&self) -> Option<Value> {
        // SAFETY: short read.
        unsafe { (*self.context.get()).clone() }
    }

    pub fn set_context(&self, v: Option<Value>) -> Option<Value> {
        // SAFETY: short write; old value returned.
        unsafe { std::mem::replace(&mut *self.context.get(), v) }
    }
}

/// A traceback entry (= `PyTracebackObject`).
pub struct TracebackData {
    pub next: UnsafeCell<Option<Value>>,
    pub frame: Value,
    /// Byte offset of the instruction (`tb_lasti`).
    pub lasti: Cell<u32>,
    /// `tb_lineno`, or [`LINENO_LATER`] until first asked for: most tracebacks are never
    /// printed, so a raise does not decode the line table.
    pub lineno: Cell<i64>,
}

/// `TracebackData::lineno` before it is computed.
pub const LINENO_LATER: i64 = i64::MIN;

impl TracebackData {
    /// `tb_lineno`: the line of instruction `tb_lasti` in the frame's code (-1 for none).
    pub fn lineno(&self) -> i64 {
        let l = self.lineno.get();
        if l != LINENO_LATER {
            return l;
        }
        let line = self
            .frame
            .downcast::<crate::frame::object::FrameObjectData>()
            .and_then(|fo| {
                let f = fo.frame();
                // SAFETY: a frame object's frame stays valid while the object lives, and its
                // code never changes.
                unsafe { pyrite_bytecode::linetable::line_for_offset(&(*f).code_data().source, self.lasti.get()) }
            })
            .map_or(-1, |l| l as i64);
        self.lineno.set(line);
        line
    }

    pub fn next(&self) -> Option<Value> {
        // SAFETY: short read.
        unsafe { (*self.next.get()).clone() }
    }
}

pub fn new_traceback(next: Option<Value>, frame: Value, lasti: u32, lineno: i64) -> Value {
    alloc(
        &builtin_types().traceback,
        TracebackData { next: UnsafeCell::new(next), frame, lasti: Cell::new(lasti), lineno: Cell::new(lineno) },
    )
}

impl crate::object::Value {
    pub fn as_exception(&self) -> Option<&ExceptionData> {
        self.downcast::<ExceptionData>()
    }
}

pub use crate::types::excmethods::init;
