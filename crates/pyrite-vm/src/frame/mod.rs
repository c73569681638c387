//! Interpreter frames (= CPython's `_PyInterpreterFrame`).
//!
//! A frame is a small header followed by *localsplus*: fast locals, cells, free variables, then
//! the value stack, in one block of slots.
//!
//! ```text
//!  +-------------------------+  <- *mut Frame
//!  | code, previous, func,   |
//!  | globals, builtins,      |     Frame header (fixed size)
//!  | locals, frame_obj,      |
//!  | prev_instr, stacktop .. |
//!  +-------------------------+  <- localsplus[0]
//!  | locals (args first)     |
//!  | cells                   |     co_nlocalsplus slots
//!  | frees                   |
//!  +-------------------------+  <- localsplus[nlocalsplus]
//!  | value stack             |     co_stacksize slots; stacktop counts from localsplus[0]
//!  +-------------------------+
//! ```
//!
//! Frames of ordinary calls live on the [`stack::FrameStack`]; a generator's frame lives inside
//! the generator object. Either way the eval loop addresses frames by pointer, and a frame
//! never moves while it runs.

pub mod object;
pub mod stack;

use std::ptr::NonNull;

use crate::object::{ObjHeader, Value};
use crate::types::code::CodeData;

/// Who owns a frame's memory (= `_PyInterpreterFrame.owner`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Owner {
    /// On the frame stack.
    Thread = 0,
    /// Inside a generator or coroutine object.
    Generator = 1,
    /// Inside a frame object (the frame was popped while its object was referenced).
    FrameObject = 2,
}

#[repr(C)]
pub struct Frame {
    /// The code object, a strong reference (= `f_code`).
    pub code: Value,
    /// The calling frame (= `previous`); null for the bottom frame.
    pub previous: *mut Frame,
    /// The function being executed, strong; None for module and exec frames (= `f_funcobj`).
    pub func: Option<Value>,
    /// The globals dict (= `f_globals`): strong when `owns_namespaces`, else borrowed from
    /// `func`, which holds it for as long as the frame lives.
    pub globals: Namespace,
    /// The builtins dict (= `f_builtins`), held like `globals`.
    pub builtins: Namespace,
    /// The locals mapping of module and class bodies; for functions the cached `locals()`
    /// snapshot once asked for (= `f_locals`).
    pub locals: Option<Value>,
    /// The frame object, once one was made (= `frame_obj`).
    pub frame_obj: Option<Value>,
    /// Index (in code units) of the instruction that started last (= `prev_instr`); -1 before
    /// the first.
    pub prev_instr: i32,
    /// Number of live slots in localsplus (locals plus stack) (= `stacktop`).
    pub stacktop: u32,
    pub owner: Owner,
    /// Set on the first frame of each Rust-level entry into the eval loop: returning or
    /// unwinding out of it goes back to Rust (= `FRAME_OWNED_BY_CSTACK` marking).
    pub is_entry: bool,
    /// Set on a generator frame while it runs.
    pub is_generator_running: bool,
    /// Whether `globals` and `builtins` are strong references (module, class-body and exec
    /// frames); a function call's frame borrows them from its function (as CPython's do).
    pub owns_namespaces: bool,
    /// While a generator's frame runs inline on top of this frame's `FOR_ITER` (= CPython's
    /// `return_offset`): where the loop ends, relative to the instruction after `FOR_ITER`.
    pub return_offset: u32,
    /// The frame of an `__init__` a class call ran inline: its return leaves the instance,
    /// already on the caller's stack, as the call's result.
    pub init_return: bool,
    /// Number of localsplus slots (copied from the code for quick access).
    pub nlocalsplus: u32,
    /// Total slots (localsplus + stack).
    pub size: u32,
}

/// A frame's globals or builtins: a `Value` the frame may or may not own (see
/// `Frame::owns_namespaces`). It reads as a `&Value`; `.clone()` makes a new strong reference.
#[repr(transparent)]
pub struct Namespace(std::mem::ManuallyDrop<Value>);

impl Namespace {
    /// Takes ownership of `v`.
    fn owned(v: Value) -> Namespace {
        Namespace(std::mem::ManuallyDrop::new(v))
    }

    /// Refers to `v` without a reference count.
    ///
    /// # Safety
    /// `v` outlives the frame (its function holds it).
    unsafe fn borrowed(v: &Value) -> Namespace {
        // SAFETY: a bitwise copy that is never dropped: no count is taken or given back.
        Namespace(std::mem::ManuallyDrop::new(unsafe { std::ptr::read(v) }))
    }
}

impl std::ops::Deref for Namespace {
    type Target = Value;
    #[inline(always)]
    fn deref(&self) -> &Value {
        &self.0
    }
}

/// Size in machine words of a frame header.
pub const HEADER_WORDS: usize = size_of::<Frame>().div_ceil(8);

const _: () = assert!(align_of::<Frame>() <= 8);

impl Frame {
    /// Pointer to localsplus slot 0.
    #[inline(always)]
    pub fn localsplus(this: *mut Frame) -> *mut Option<Value> {
        // SAFETY: localsplus follows the header in the same allocation.
        unsafe { (this as *mut usize).add(HEADER_WORDS) as *mut Option<Value> }
    }

    /// The code data.
    #[inline(always)]
    pub fn code_data(&self) -> &CodeData {
        // SAFETY: a frame's code is always a code object.
        unsafe { self.code.downcast_unchecked::<CodeData>() }
    }

    /// A fresh frame header for `code` (with `nlp` localsplus slots of `size` slots in all):
    /// before the first instruction, its locals (not yet written) counted as live.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn header(
        (nlp, size): (u32, u32),
        code: Value,
        func: Option<Value>,
        (globals, builtins): (Namespace, Namespace),
        owns_namespaces: bool,
        locals: Option<Value>,
        owner: Owner,
    ) -> Frame {
        Frame {
            code,
            previous: std::ptr::null_mut(),
            func,
            globals,
            builtins,
            locals,
            frame_obj: None,
            prev_instr: -1,
            stacktop: nlp,
            owner,
            is_entry: false,
            is_generator_running: false,
            owns_namespaces,
            return_offset: 0,
            init_return: false,
            nlocalsplus: nlp,
            size,
        }
    }

    /// Initialises a frame in place. `mem` has room for `HEADER_WORDS + code.framesize` words.
    ///
    /// # Safety
    /// `mem` is writable, aligned, and not in use.
    pub unsafe fn init(
        mem: *mut Frame,
        code: Value,
        func: Option<Value>,
        globals: Value,
        builtins: Value,
        locals: Option<Value>,
        owner: Owner,
    ) {
        let cd = code.as_code().expect("code object");
        let slots = (cd.nlocalsplus as u32, cd.framesize as u32);
        let nlp = slots.0;
        let header = Frame::header(slots, code, func, (Namespace::owned(globals), Namespace::owned(builtins)), true, locals, owner);
        // SAFETY: the caller gives us the memory.
        unsafe {
            mem.write(header);
            let lp = Frame::localsplus(mem);
            for i in 0..nlp as usize {
                lp.add(i).write(None);
            }
        }
    }

    /// Initialises the frame of a Python function call whose `nargs` arguments fill its first
    /// locals exactly: the arguments are moved in from `args` (the caller's stack, whose slots
    /// the caller then forgets) and the other locals start empty. The frame borrows `globals`
    /// and `builtins` from the function `func`.
    ///
    /// # Safety
    /// `mem` has room for `HEADER_WORDS + cd.framesize` words and is not in use; `cd` is
    /// `code`'s data; `args` points to `nargs` initialised slots; `nargs <= cd.nlocalsplus`;
    /// `func` is a function holding `globals` and `builtins`.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    pub unsafe fn init_call(
        mem: *mut Frame,
        cd: &CodeData,
        code: &Value,
        func: Option<Value>,
        globals: &Value,
        builtins: &Value,
        args: *const Option<Value>,
        nargs: usize,
    ) {
        let nlp = cd.nlocalsplus;
        // SAFETY: the function (kept by the frame) holds both dicts.
        let namespaces = unsafe { (Namespace::borrowed(globals), Namespace::borrowed(builtins)) };
        let header = Frame::header((nlp as u32, cd.framesize as u32), code.clone(), func, namespaces, false, None, Owner::Thread);
        // SAFETY: guaranteed by the caller.
        unsafe {
            mem.write(header);
            let lp = Frame::localsplus(mem);
            // (A plain loop: most calls move one to three arguments, too few for memcpy.)
            let mut i = 0;
            while i < nargs {
                lp.add(i).write(args.add(i).read());
                i += 1;
            }
            while i < nlp {
                lp.add(i).write(None);
                i += 1;
            }
        }
    }

    /// Drops the header's references and every live slot (= `_PyFrame_ClearExceptCode` +
    /// code). The memory can then be reused.
    ///
    /// # Safety
    /// The frame is initialised and will not be used again.
    #[inline(always)]
    pub unsafe fn clear(this: *mut Frame) {
        // SAFETY: the frame is initialised; slots [0, stacktop) are live.
        unsafe {
            let top = (*this).stacktop as usize;
            let lp = Frame::localsplus(this);
            (*this).stacktop = 0;
            let mut i = 0;
            while i < top {
                std::ptr::drop_in_place(lp.add(i));
                i += 1;
            }
            // A function call's frame (the common case) has only its code and function to
            // let go of; the rest is done out of line.
            if (*this).owns_namespaces || (*this).locals.is_some() || (*this).frame_obj.is_some() {
                Frame::clear_namespaces_and_objects(this);
            }
            std::ptr::drop_in_place(&mut (*this).func);
            std::ptr::drop_in_place(&mut (*this).code);
        }
    }

    /// The part of `clear` for owned namespaces, a locals mapping and a frame object.
    ///
    /// # Safety
    /// As `clear`, which calls it.
    #[cold]
    #[inline(never)]
    unsafe fn clear_namespaces_and_objects(this: *mut Frame) {
        // SAFETY: the frame is initialised; these fields are dropped once, here.
        unsafe {
            if (*this).owns_namespaces {
                std::mem::ManuallyDrop::drop(&mut (*this).globals.0);
                std::mem::ManuallyDrop::drop(&mut (*this).builtins.0);
            }
            drop((*this).locals.take());
            drop((*this).frame_obj.take());
        }
    }
}

/// Raw pointer to a heap header, for frames that refer to dicts without counting.
pub type RawObj = NonNull<ObjHeader>;
