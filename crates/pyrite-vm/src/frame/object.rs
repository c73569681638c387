//! Frame objects (= `PyFrameObject`): made only when Python code asks for a frame (a
//! traceback, `sys._getframe`, a tracer). While the interpreter frame runs, the object reads
//! through to it. When the frame is popped while its object is still referenced, the frame's
//! words move into the object ([`take_ownership`]), and the caller's frame object is made and
//! kept as `f_back`, since the caller cannot be reached from the object afterwards.

use std::cell::{Cell, UnsafeCell};

use super::{Frame, Owner, HEADER_WORDS};
use crate::object::{alloc, Value};
use crate::types::builtin_types;
use crate::vm::Vm;

pub struct FrameObjectData {
    /// The interpreter frame: on the frame stack or in a generator while alive, else inside
    /// `owned`.
    pub frame: Cell<*mut Frame>,
    /// The frame's words once the object owns them.
    pub owned: UnsafeCell<Option<Box<[usize]>>>,
    /// `f_back` captured at ownership transfer.
    pub back: UnsafeCell<Option<Value>>,
    /// `f_trace`: the local trace function.
    pub trace: UnsafeCell<Option<Value>>,
    /// `f_trace_lines`, `f_trace_opcodes`.
    pub trace_lines: Cell<bool>,
    pub trace_opcodes: Cell<bool>,
    /// The line last reported by a `line` event (= `f_last_traced_line`).
    pub last_traced_line: Cell<i32>,
    /// `f_lineno` while a line event for another instruction's line is reported (0: none).
    pub lineno_override: Cell<i32>,
}

impl FrameObjectData {
    pub fn frame(&self) -> *mut Frame {
        self.frame.get()
    }

    /// Whether the frame data is owned by this object (the call finished).
    pub fn is_detached(&self) -> bool {
        // SAFETY: short read.
        unsafe { (*self.owned.get()).is_some() }
    }

    pub fn trace(&self) -> Option<Value> {
        // SAFETY: short read.
        unsafe { (*self.trace.get()).clone() }
    }

    /// Replaces `f_trace`, returning the old value for the caller to drop.
    pub fn set_trace(&self, v: Option<Value>) -> Option<Value> {
        // SAFETY: short write.
        unsafe { std::mem::replace(&mut *self.trace.get(), v) }
    }

    pub fn back(&self) -> Option<Value> {
        // SAFETY: short read.
        unsafe { (*self.back.get()).clone() }
    }
}

impl Drop for FrameObjectData {
    fn drop(&mut self) {
        if let Some(mem) = self.owned.get_mut().take() {
            let f = mem.as_ptr() as *mut Frame;
            // SAFETY: the owned block holds an initialised frame that nobody else uses.
            unsafe { Frame::clear(f) };
            drop(mem);
        }
    }
}

/// The frame object of `frame`, made if needed (= `_PyFrame_GetFrameObject`).
pub fn get_frame_object(frame: *mut Frame) -> Value {
    // SAFETY: `frame` is a live frame.
    let f = unsafe { &mut *frame };
    if let Some(fo) = &f.frame_obj {
        return fo.clone();
    }
    let fo = alloc(
        &builtin_types().frame,
        FrameObjectData {
            frame: Cell::new(frame),
            owned: UnsafeCell::new(None),
            back: UnsafeCell::new(None),
            trace: UnsafeCell::new(None),
            trace_lines: Cell::new(true),
            trace_opcodes: Cell::new(false),
            last_traced_line: Cell::new(-1),
            lineno_override: Cell::new(0),
        },
    );
    f.frame_obj = Some(fo.clone());
    fo
}

/// Called when `frame` is about to be cleared: if its frame object outlives it, moves the
/// frame into the object (= `take_ownership`). Returns true if the frame's contents moved
/// (then the caller must not clear it).
///
/// # Safety
/// `frame` is live and about to be freed.
pub unsafe fn detach_frame_object(frame: *mut Frame) -> bool {
    // SAFETY: the caller guarantees liveness.
    let f = unsafe { &mut *frame };
    let Some(fo) = f.frame_obj.take() else { return false };
    if fo.refcount() == 1 {
        let data = fo.downcast::<FrameObjectData>().expect("frame object");
        data.frame.set(std::ptr::null_mut());
        return false;
    }
    let words = HEADER_WORDS + f.stacktop as usize;
    let mut mem = vec![0usize; HEADER_WORDS + f.size as usize].into_boxed_slice();
    // SAFETY: copying the initialised words of the frame; the original is then forgotten
    // (not cleared), so every reference moves exactly once.
    unsafe {
        std::ptr::copy_nonoverlapping(frame as *const usize, mem.as_mut_ptr(), words);
    }
    let nf = mem.as_mut_ptr() as *mut Frame;
    // SAFETY: `nf` is the copied, initialised frame.
    let back = unsafe {
        (*nf).owner = Owner::FrameObject;
        let prev = skip_entry_markers((*nf).previous);
        (*nf).previous = std::ptr::null_mut();
        if prev.is_null() { None } else { Some(get_frame_object(prev)) }
    };
    let data = fo.downcast::<FrameObjectData>().expect("frame object");
    data.frame.set(nf);
    // SAFETY: short writes to the object's cells.
    unsafe {
        *data.owned.get() = Some(mem);
        *data.back.get() = back;
    }
    true
}

/// The frame itself (frames are never hidden for now; kept as the place to skip shim frames).
pub fn skip_entry_markers(f: *mut Frame) -> *mut Frame {
    f
}

/// `f_back` of a frame object.
pub fn frame_back(data: &FrameObjectData) -> Option<Value> {
    if data.is_detached() {
        return data.back();
    }
    let f = data.frame();
    if f.is_null() {
        return None;
    }
    // SAFETY: the frame is live while the object is attached.
    let prev = unsafe { (*f).previous };
    if prev.is_null() { None } else { Some(get_frame_object(prev)) }
}

pub fn init(vm: &Vm) {
    crate::types::funcmethods::init_frame(vm);
}
