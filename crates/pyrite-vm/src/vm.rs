//! The interpreter state (`Vm`, = CPython's interpreter and thread state in one) and the
//! error type every fallible operation returns.
//!
//! One `Vm` per thread, reached through `&Vm` (all mutable state sits in cells, so native code
//! and the eval loop can both hold `&Vm` while Python code runs re-entrantly). A thread-local
//! pointer to it serves the few places that get no `&Vm` argument: finalizers (`__del__`) run
//! from `Drop`.

use std::cell::{Cell, RefCell, UnsafeCell};

use crate::frame::stack::FrameStack;
use crate::object::Value;
use crate::types::str::StrData;
use crate::types::BuiltinTypes;

/// A raised Python exception: the exception instance.
pub struct PyErr(pub Value);

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr({})", self.0.ty().name())
    }
}

/// Result of any operation that may raise.
pub type PyResult<T = Value> = Result<T, PyErr>;

macro_rules! names {
    ($($n:ident),* $(,)?) => {
        /// Interned strings for names the VM uses (dunders and friends).
        #[allow(non_snake_case)]
        pub struct Names { $(pub $n: Value,)* }
        impl Names {
            fn new(types: &BuiltinTypes, t: &mut crate::types::dict::StrInternTable) -> Names {
                Names { $($n: t.intern(types, stringify!($n)),)* }
            }
        }
    };
}

names! {
    __init__, __new__, __call__, __getattr__, __getattribute__, __setattr__, __delattr__,
    __get__, __set__, __delete__, __set_name__, __eq__, __ne__, __lt__, __le__, __gt__, __ge__,
    __hash__, __len__, __bool__, __iter__, __next__, __repr__, __str__, __format__,
    __contains__, __getitem__, __setitem__, __delitem__, __enter__, __exit__, __class__,
    __dict__, __name__, __qualname__, __module__, __doc__, __del__, __index__, __int__,
    __float__, __complex__, __neg__, __pos__, __invert__, __abs__, __init_subclass__,
    __class_getitem__, __mro_entries__, __prepare__, __build_class__, __import__, __file__,
    __builtins__, __spec__, __loader__, __package__, __path__, __all__, __annotations__,
    __slots__, __weakref__, __classcell__, __instancecheck__, __subclasscheck__, __missing__,
    __reversed__, __round__, __trunc__, __floor__, __ceil__, __length_hint__, __dir__,
    __main__, __traceback__, __cause__, __context__, __orig_bases__, __mro__, __bases__,
    __base__, __self__, __func__, __wrapped__, __objclass__, __text_signature__,
    __suppress_context__, __notes__, __cached__, __version__, __debug__, __fspath__,
    __add__, __radd__, __iadd__, __sub__, __rsub__, __isub__, __mul__, __rmul__, __imul__,
    __truediv__, __rtruediv__, __itruediv__, __floordiv__, __rfloordiv__, __ifloordiv__,
    __mod__, __rmod__, __imod__, __pow__, __rpow__, __ipow__, __matmul__, __rmatmul__,
    __imatmul__, __lshift__, __rlshift__, __ilshift__, __rshift__, __rrshift__, __irshift__,
    __and__, __rand__, __iand__, __or__, __ror__, __ior__, __xor__, __rxor__, __ixor__,
    __divmod__, __rdivmod__, __await__, __aiter__, __anext__, __aenter__, __aexit__,
    __sizeof__, __reduce__, __reduce_ex__, __getstate__, __copy__, __deepcopy__,
    __abstractmethods__, __isabstractmethod__, __match_args__, __signature__,
    __type_params__, __getnewargs__, __getnewargs_ex__, __subclasshook__, __subclasses__,
    __defaults__, __kwdefaults__, __code__, __globals__, __closure__,
    send, throw, close, keys, items, values, get, append, extend, write, flush, readline,
    args, value, code, msg, filename, lineno, offset, text, end_lineno, end_offset,
    print_file_and_line, name, path, obj, errno, strerror, characters_written, stdout,
    stderr, stdin, excepthook, displayhook, modules, metaclass, mro, copy, update, join,
    strict, key, reverse, default, sep, end, file, start, stop, step, encoding, errors,
    fget, fset, fdel, doc, real, imag, numerator, denominator, object, cls, self_,
    builtins, partial, exit, argv, last_exc, last_value, last_type, last_traceback,
}

/// The interpreter.
pub struct Vm {
    pub types: Box<BuiltinTypes>,
    pub names: Names,
    /// The interned-string table (values are str objects).
    interned: RefCell<crate::types::dict::StrInternTable>,
    /// The `builtins` module and its dict.
    pub builtins: UnsafeCell<Option<Value>>,
    pub builtins_dict: UnsafeCell<Option<Value>>,
    /// `sys` and `sys.modules`.
    pub sys: UnsafeCell<Option<Value>>,
    pub modules: UnsafeCell<Option<Value>>,
    /// The frame stack and the frame executing now (null when none).
    pub frames: FrameStack,
    pub current_frame: Cell<*mut crate::frame::Frame>,
    /// The exception being handled (= `exc_info->exc_value`), None when none.
    pub exc_info: UnsafeCell<Option<Value>>,
    /// The handled exceptions of the frames that resumed running generators, innermost last
    /// (= the `previous_item` chain of `exc_info`).
    pub exc_outer: UnsafeCell<Vec<Option<Value>>>,
    /// `sys.getrecursionlimit()`: Python frames allowed.
    pub recursion_limit: Cell<usize>,
    /// Python frames on the stack.
    pub py_depth: Cell<usize>,
    /// Native re-entries into the eval loop and other native recursion (repr, compile).
    pub c_depth: Cell<usize>,
    /// Modules written in Python, frozen into the binary (name → source).
    pub frozen: Vec<(&'static str, &'static str, bool)>,
    /// The main module's file path, for tracebacks.
    pub main_path: RefCell<Option<String>>,
    /// Whether a trace function is installed (`sys.settrace`): the eval loop runs its traced
    /// variant while this is set.
    pub tracing: Cell<bool>,
    /// The global trace function.
    pub trace_func: UnsafeCell<Option<Value>>,
    /// The profile function (`sys.setprofile`).
    pub profile_func: UnsafeCell<Option<Value>>,
    /// `--trace-frames`: watch frames being pushed and popped.
    pub watch: RefCell<Option<crate::eval::watch::WatchConfig>>,
    /// The trace event being reported now ("" outside trace functions), for `f_lineno` jumps.
    pub trace_event: Cell<&'static str>,
    /// The frame a trace function just moved to another line (null otherwise); only that
    /// frame's own loop may pick the jump up, not the trace function's.
    pub jumped: Cell<*mut crate::frame::Frame>,
    /// Warnings already shown (CPython's per-location "default" action).
    pub warnings_shown: RefCell<hashbrown::HashSet<String>>,
    /// Set while a trace function runs (no events are reported from inside it).
    pub in_tracer: Cell<bool>,
    /// The native `sys.stdout` stream (buffered; flushed at exit).
    pub stdout_obj: UnsafeCell<Option<Value>>,
    /// Set once the interpreter finished initialising.
    pub ready: Cell<bool>,
}

/// Limit of native recursion (callbacks from native code into Python, repr of nested
/// containers); independent of `sys.setrecursionlimit`, well inside the interpreter thread's
/// stack (3.12's `C_RECURSION_LIMIT`).
pub const C_RECURSION_LIMIT: usize = 8000;

thread_local! {
    static CURRENT: Cell<*const Vm> = const { Cell::new(std::ptr::null()) };
}

impl Vm {
    /// Creates and initialises an interpreter; it becomes this thread's current one.
    pub fn new(argv: Vec<String>) -> Box<Vm> {
        let types = crate::types::bootstrap();
        let mut table = crate::types::dict::StrInternTable::default();
        let names = Names::new(&types, &mut table);
        let vm = Box::new(Vm {
            types,
            names,
            interned: RefCell::new(table),
            builtins: UnsafeCell::new(None),
            builtins_dict: UnsafeCell::new(None),
            sys: UnsafeCell::new(None),
            modules: UnsafeCell::new(None),
            frames: FrameStack::new(),
            current_frame: Cell::new(std::ptr::null_mut()),
            exc_info: UnsafeCell::new(None),
            exc_outer: UnsafeCell::new(Vec::new()),
            recursion_limit: Cell::new(1000),
            py_depth: Cell::new(0),
            c_depth: Cell::new(0),
            frozen: crate::modules::frozen_modules(),
            main_path: RefCell::new(None),
            stdout_obj: UnsafeCell::new(None),
            tracing: Cell::new(false),
            trace_func: UnsafeCell::new(None),
            profile_func: UnsafeCell::new(None),
            in_tracer: Cell::new(false),
            trace_event: Cell::new(""),
            jumped: Cell::new(std::ptr::null_mut()),
            warnings_shown: RefCell::new(hashbrown::HashSet::new()),
            watch: RefCell::new(None),
            ready: Cell::new(false),
        });
        CURRENT.with(|c| c.set(&*vm as *const Vm));
        crate::types::init_type_dicts(&vm);
        crate::builtins::init(&vm);
        crate::modules::sys::init(&vm, argv);
        crate::types::typeobj::clear_type_cache();
        crate::object::gc::settle_startup();
        vm.ready.set(true);
        vm
    }

    /// The current interpreter of this thread, if any.
    pub fn current<'a>() -> Option<&'a Vm> {
        let p = CURRENT.with(|c| c.get());
        // SAFETY: the pointer is set by `Vm::new` to a boxed Vm that lives until the program
        // ends (the Vm is never dropped while Python code can run).
        if p.is_null() { None } else { Some(unsafe { &*p }) }
    }

    /// Interns a string: equal strings give the identical object.
    pub fn intern(&self, s: &str) -> Value {
        let mut t = self.interned.borrow_mut();
        t.intern(&self.types, s)
    }

    /// Interns an existing str object.
    pub fn intern_value(&self, v: &Value) -> Value {
        // Interned strings are immortal: those need no table lookup.
        if v.refcount() >= crate::object::IMMORTAL / 2 || v.downcast::<StrData>().is_none() {
            return v.clone();
        }
        let mut t = self.interned.borrow_mut();
        t.intern_value(v)
    }

    pub fn none(&self) -> Value {
        self.types.none.clone()
    }

    pub fn bool_value(&self, b: bool) -> Value {
        if b { self.types.true_.clone() } else { self.types.false_.clone() }
    }

    pub fn not_implemented(&self) -> Value {
        self.types.not_implemented.clone()
    }

    pub fn is_none(&self, v: &Value) -> bool {
        v.is(&self.types.none)
    }

    /// The builtins dict.
    pub fn builtins_dict(&self) -> Value {
        // SAFETY: set during init, then only read.
        unsafe { (*self.builtins_dict.get()).clone().expect("builtins initialised") }
    }

    /// `sys.modules`.
    pub fn sys_modules(&self) -> Value {
        // SAFETY: set during init, then only read.
        unsafe { (*self.modules.get()).clone().expect("sys initialised") }
    }

    pub fn sys_module(&self) -> Value {
        // SAFETY: set during init, then only read.
        unsafe { (*self.sys.get()).clone().expect("sys initialised") }
    }

    /// The exception being handled, if any.
    /// The exception being handled: this frame chain's own, else the one a generator's
    /// resumer was handling (= `_PyErr_GetTopmostException` over the `exc_info` chain).
    pub fn handled_exception(&self) -> Option<Value> {
        // SAFETY: short reads of cells; no Python code runs meanwhile.
        unsafe {
            if let Some(e) = &*self.exc_info.get() {
                return Some(e.clone());
            }
            (*self.exc_outer.get()).iter().rev().find_map(|e| e.clone())
        }
    }

    /// Saves the current handled exception while a generator runs (its own state replaces
    /// it); `pop_exc_state` restores it.
    pub fn push_exc_state(&self, own: Option<Value>) -> Option<Value> {
        let caller = self.set_handled_exception(own);
        // SAFETY: short push.
        unsafe { (*self.exc_outer.get()).push(caller) };
        // The caller's value is now in the stack; nothing to return.
        None
    }

    /// Ends a generator's run: returns the generator's own handled exception and restores
    /// the resumer's.
    pub fn pop_exc_state(&self) -> Option<Value> {
        // SAFETY: short pop.
        let caller = unsafe { (*self.exc_outer.get()).pop() }.flatten();
        self.set_handled_exception(caller)
    }

    /// Replaces the handled exception, returning the previous one.
    pub fn set_handled_exception(&self, v: Option<Value>) -> Option<Value> {
        // SAFETY: short write of a cell; the old value is returned, not dropped here.
        unsafe { std::mem::replace(&mut *self.exc_info.get(), v) }
    }

    /// Runs `f` one native recursion level deeper, raising `RecursionError` past the limit.
    #[inline]
    pub fn with_c_depth<T>(&self, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
        self.with_c_depth_for(" while calling a Python object", f)
    }

    /// Like `with_c_depth`, naming what recursed in the error (`" in comparison"`).
    #[inline]
    pub fn with_c_depth_for<T>(&self, what: &str, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
        let d = self.c_depth.get();
        if d >= C_RECURSION_LIMIT {
            return Err(self.new_error(
                &self.types.exc.recursion_error,
                &format!("maximum recursion depth exceeded{what}"),
            ));
        }
        self.c_depth.set(d + 1);
        let r = f();
        self.c_depth.set(d);
        r
    }
}

/// Calls `obj.__del__()`, reporting (not raising) any exception, as CPython's
/// `PyObject_CallFinalizerFromDealloc` does.
pub fn call_finalizer(obj: &Value) {
    let Some(vm) = Vm::current() else { return };
    if !vm.ready.get() {
        return;
    }
    let saved = vm.set_handled_exception(None);
    if let Some(g) = obj.as_gen_any() {
        crate::types::coroutine::warn_never_awaited(vm, g);
        if let Err(e) = crate::types::genmethods::gen_close_value(vm, obj) {
            vm.write_unraisable(&e, Some(obj));
        }
    } else if let Some(del) = obj.ty().lookup(&vm.names.__del__) {
        if let Err(e) = vm.call(&del, &[obj.clone()]) {
            vm.write_unraisable(&e, Some(&del));
        }
    }
    vm.set_handled_exception(saved);
}
