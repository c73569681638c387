//! The built-in types, one file each, and the bootstrap that creates them.
//!
//! `type`, `object`, `str`, `dict` and `tuple` refer to each other (a type's name is a str, its
//! namespace a dict, its MRO a tuple, and every one of them is an instance of `type`), so
//! [`bootstrap`] allocates those five type objects first, writes their headers, and only then
//! builds their names, namespaces and MROs. Methods are added to the namespaces afterwards by
//! each type's `init`.

use std::cell::{Cell, UnsafeCell};
use std::mem::MaybeUninit;
use std::ptr::NonNull;

use crate::object::{alloc_immortal, Layout, Obj, ObjHeader, Value, IMMORTAL};
use crate::vm::Vm;

pub mod alias;
pub mod bytes;
pub mod code;
pub mod descr;
pub mod dict;
pub mod exception;
pub mod float;
pub mod function;
pub mod generator;
pub mod int;
pub mod iter;
pub mod list;
pub mod module;
pub mod namespace;
pub mod object;
pub mod range;
pub mod set;
pub mod str;
pub mod tuple;
pub mod coroutine;
pub mod memoryview;
pub mod exceptiongroup;
pub mod typeobj;
pub mod weakref;

pub mod builtinslots;
pub mod bytesmethods;
pub mod descrmethods;
pub mod dictmethods;
pub mod excmethods;
pub mod floatmethods;
pub mod format;
pub mod funcmethods;
pub mod genmethods;
pub mod intmethods;
pub mod itermethods;
pub mod rangemethods;
pub mod seqmethods;
pub mod setmethods;
pub mod strmethods;

use typeobj::{tflags, TypeData};

/// Payload of the singletons `None`, `NotImplemented`, `Ellipsis`.
pub struct Singleton;

macro_rules! exception_types {
    (root $root:ident; $($field:ident = $name:literal : $base:ident,)*) => {
        /// The built-in exception classes.
        pub struct ExcTypes { $(pub $field: Value,)* }

        fn make_exception_types($root: &Value) -> ExcTypes {
            let $root = $root.clone();
            $( let $field = new_static_type($name, Layout::Exception, &$base, tflags::BASETYPE | tflags::EXCEPTION | tflags::HAS_DICT); )*
            ExcTypes { $($field,)* }
        }

        impl ExcTypes {
            /// Every exception class with its name, for the builtins module.
            pub fn all(&self) -> Vec<(&'static str, &Value)> {
                vec![$(($name, &self.$field),)*]
            }
        }
    };
}

exception_types! {
    root base_exception;
    base_exception_group = "BaseExceptionGroup": base_exception,
    system_exit = "SystemExit": base_exception,
    keyboard_interrupt = "KeyboardInterrupt": base_exception,
    generator_exit = "GeneratorExit": base_exception,
    exception = "Exception": base_exception,
    arithmetic_error = "ArithmeticError": exception,
    floating_point_error = "FloatingPointError": arithmetic_error,
    overflow_error = "OverflowError": arithmetic_error,
    zero_division_error = "ZeroDivisionError": arithmetic_error,
    assertion_error = "AssertionError": exception,
    attribute_error = "AttributeError": exception,
    buffer_error = "BufferError": exception,
    eof_error = "EOFError": exception,
    import_error = "ImportError": exception,
    module_not_found_error = "ModuleNotFoundError": import_error,
    lookup_error = "LookupError": exception,
    index_error = "IndexError": lookup_error,
    key_error = "KeyError": lookup_error,
    memory_error = "MemoryError": exception,
    name_error = "NameError": exception,
    unbound_local_error = "UnboundLocalError": name_error,
    os_error = "OSError": exception,
    blocking_io_error = "BlockingIOError": os_error,
    child_process_error = "ChildProcessError": os_error,
    connection_error = "ConnectionError": os_error,
    broken_pipe_error = "BrokenPipeError": connection_error,
    connection_aborted_error = "ConnectionAbortedError": connection_error,
    connection_refused_error = "ConnectionRefusedError": connection_error,
    connection_reset_error = "ConnectionResetError": connection_error,
    file_exists_error = "FileExistsError": os_error,
    file_not_found_error = "FileNotFoundError": os_error,
    interrupted_error = "InterruptedError": os_error,
    is_a_directory_error = "IsADirectoryError": os_error,
    not_a_directory_error = "NotADirectoryError": os_error,
    permission_error = "PermissionError": os_error,
    process_lookup_error = "ProcessLookupError": os_error,
    timeout_error = "TimeoutError": os_error,
    reference_error = "ReferenceError": exception,
    runtime_error = "RuntimeError": exception,
    not_implemented_error = "NotImplementedError": runtime_error,
    recursion_error = "RecursionError": runtime_error,
    stop_async_iteration = "StopAsyncIteration": exception,
    stop_iteration = "StopIteration": exception,
    syntax_error = "SyntaxError": exception,
    indentation_error = "IndentationError": syntax_error,
    tab_error = "TabError": indentation_error,
    system_error = "SystemError": exception,
    type_error = "TypeError": exception,
    value_error = "ValueError": exception,
    unicode_error = "UnicodeError": value_error,
    unicode_decode_error = "UnicodeDecodeError": unicode_error,
    unicode_encode_error = "UnicodeEncodeError": unicode_error,
    unicode_translate_error = "UnicodeTranslateError": unicode_error,
    warning = "Warning": exception,
    bytes_warning = "BytesWarning": warning,
    deprecation_warning = "DeprecationWarning": warning,
    encoding_warning = "EncodingWarning": warning,
    future_warning = "FutureWarning": warning,
    import_warning = "ImportWarning": warning,
    pending_deprecation_warning = "PendingDeprecationWarning": warning,
    resource_warning = "ResourceWarning": warning,
    runtime_warning = "RuntimeWarning": warning,
    syntax_warning = "SyntaxWarning": warning,
    unicode_warning = "UnicodeWarning": warning,
    user_warning = "UserWarning": warning,
    exception_group = "ExceptionGroup": base_exception_group,
}

macro_rules! plain_types {
    ($($field:ident = $name:literal : $layout:ident, $flags:expr;)*) => {
        /// The built-in types and singletons. `repr(C)` with the bootstrap's fields first
        /// (see `PartialTypes`).
        #[repr(C)]
        pub struct BuiltinTypes {
            pub type_: Value,
            pub object: Value,
            pub str: Value,
            pub dict: Value,
            pub tuple: Value,
            pub empty_tuple: Value,
            $(pub $field: Value,)*
            pub base_exception: Value,
            pub exc: ExcTypes,
            pub none: Value,
            pub true_: Value,
            pub false_: Value,
            pub not_implemented: Value,
            pub ellipsis: Value,
            pub empty_str: Value,
            /// Single-character latin-1 strings, by code point.
            pub latin1_chars: Vec<Value>,
        }

        fn make_plain_types(object: &Value) -> Vec<Value> {
            vec![$(new_static_type($name, Layout::$layout, object, $flags),)*]
        }

        fn assign_plain(mut v: std::vec::IntoIter<Value>, core: [Value; 5], base_exception: Value,
                        exc: ExcTypes, singletons: [Value; 7], latin1_chars: Vec<Value>) -> BuiltinTypes {
            let [type_, object, str, dict, tuple] = core;
            let [none, true_, false_, not_implemented, ellipsis, empty_tuple, empty_str] = singletons;
            BuiltinTypes {
                type_, object, str, dict, tuple,
                $($field: v.next().expect("type count"),)*
                base_exception, exc, none, true_, false_, not_implemented, ellipsis,
                empty_tuple, empty_str, latin1_chars,
            }
        }
    };
}

const B: u32 = tflags::BASETYPE;
const F: u32 = 0;

plain_types! {
    int = "int": Int, B;
    bool_ = "bool": Bool, F;
    float = "float": Float, B;
    complex = "complex": Complex, B;
    bytes = "bytes": Bytes, B;
    bytearray = "bytearray": ByteArray, B;
    memoryview = "memoryview": MemoryView, F;
    list = "list": List, B;
    set = "set": Set, B;
    frozenset = "frozenset": Set, B;
    range = "range": Range, F;
    slice = "slice": Slice, F;
    function = "function": Function, F;
    builtin_function = "builtin_function_or_method": Builtin, F;
    method_wrapper = "method-wrapper": Builtin, F;
    method = "method": Method, F;
    code = "code": Code, F;
    module = "module": Module, B | tflags::HAS_DICT;
    cell = "cell": Cell, F;
    generator = "generator": Generator, F;
    coroutine = "coroutine": Generator, F;
    async_generator = "async_generator": Generator, F;
    coroutine_wrapper = "coroutine_wrapper": Awaitable, F;
    async_generator_asend = "async_generator_asend": Awaitable, F;
    async_generator_athrow = "async_generator_athrow": Awaitable, F;
    async_generator_wrapped_value = "async_generator_wrapped_value": Awaitable, F;
    anext_awaitable = "anext_awaitable": Awaitable, F;
    frame = "frame": Frame, F;
    traceback = "traceback": Traceback, F;
    property = "property": Property, B;
    staticmethod = "staticmethod": StaticMethod, B;
    classmethod = "classmethod": ClassMethod, B;
    super_ = "super": Super, B;
    method_descriptor = "method_descriptor": MethodDescr, F;
    classmethod_descriptor = "classmethod_descriptor": MethodDescr, F;
    wrapper_descriptor = "wrapper_descriptor": MethodDescr, F;
    getset_descriptor = "getset_descriptor": GetSetDescr, F;
    member_descriptor = "member_descriptor": MemberDescr, F;
    none_type = "NoneType": Singleton, F;
    not_implemented_type = "NotImplementedType": Singleton, F;
    ellipsis_type = "ellipsis": Singleton, F;
    list_iterator = "list_iterator": Iter, F;
    list_reverseiterator = "list_reverseiterator": Iter, F;
    tuple_iterator = "tuple_iterator": Iter, F;
    range_iterator = "range_iterator": Iter, F;
    str_iterator = "str_ascii_iterator": Iter, F;
    bytes_iterator = "bytes_iterator": Iter, F;
    bytearray_iterator = "bytearray_iterator": Iter, F;
    set_iterator = "set_iterator": Iter, F;
    dict_keyiterator = "dict_keyiterator": Iter, F;
    dict_valueiterator = "dict_valueiterator": Iter, F;
    dict_itemiterator = "dict_itemiterator": Iter, F;
    dict_reversekeyiterator = "dict_reversekeyiterator": Iter, F;
    dict_keys = "dict_keys": Iter, F;
    dict_values = "dict_values": Iter, F;
    dict_items = "dict_items": Iter, F;
    mappingproxy = "mappingproxy": Iter, F;
    seq_iterator = "iterator": Iter, F;
    callable_iterator = "callable_iterator": Iter, F;
    enumerate = "enumerate": Iter, B;
    zip = "zip": Iter, B;
    map = "map": Iter, B;
    filter = "filter": Iter, B;
    reversed = "reversed": Iter, B;
    simple_namespace = "SimpleNamespace": Object, B | tflags::HAS_DICT;
    quitter = "Quitter": Object, B | tflags::HAS_DICT;
    printer = "_Printer": Object, B | tflags::HAS_DICT;
    helper = "_Helper": Object, B | tflags::HAS_DICT;
    generic_alias = "GenericAlias": Iter, F;
    union_type = "UnionType": Iter, F;
    text_io = "TextIOWrapper": TextIO, F;
    weakref_ref = "ReferenceType": WeakRef, B;
    weakref_proxy = "ProxyType": WeakRef, F;
    weakref_callable_proxy = "CallableProxyType": WeakRef, F;
}

/// Allocates a type object for a built-in type (immortal).
pub fn new_static_type(name: &str, layout: Layout, base: &Value, flags: u32) -> Value {
    let t = builtin_types();
    let base_td = base.as_type().expect("base is a type");
    let mut mro = vec![];
    let me_placeholder = t.object.clone();
    mro.push(me_placeholder);
    mro.extend(base_td.mro().iter().cloned());
    let bases = tuple::new_tuple(vec![base.clone()]);
    let td = TypeData {
        name: UnsafeCell::new(str::new_str_raw(name)),
        qualname: UnsafeCell::new(str::new_str_raw(name)),
        layout,
        ext_offset: if flags & tflags::HAS_DICT != 0 && layout != Layout::Module { layout.ext_offset() } else { 0 },
        base: UnsafeCell::new(Some(base.clone())),
        bases: UnsafeCell::new(bases),
        mro: UnsafeCell::new(t.empty_tuple.clone()),
        dict: dict::new_dict(),
        flags: Cell::new(flags | tflags::IMMUTABLE | (base_td.flags.get() & tflags::EXCEPTION)),
        version: Cell::new(typeobj::next_version()),
        slot_names: UnsafeCell::new(Vec::new()),
        native_new: Cell::new(base_td.native_new.get()),
        subclasses: UnsafeCell::new(Vec::new()),
        tp_name_override: None,
    };
    let ty = alloc_immortal(&t.type_, td);
    mro[0] = ty.clone();
    // SAFETY: no one else refers to the new type yet.
    unsafe { *ty.as_type().expect("type").mro.get() = tuple::new_tuple(mro) };
    ty
}

/// Pointer to the builtin-types table, set once by `bootstrap`.
static mut TYPES: *const BuiltinTypes = std::ptr::null();

/// The built-in types of this process's interpreter.
#[inline(always)]
pub fn builtin_types() -> &'static BuiltinTypes {
    // SAFETY: set once by `bootstrap` before any Value exists, and the table lives for the rest
    // of the process (the Vm holds its Box and is never dropped). One interpreter thread.
    unsafe { &*TYPES }
}

/// Memory for one of the first types (made before `type` exists); types are containers, so
/// a collector head precedes the object (never tracked: these types are immortal).
fn uninit_type() -> NonNull<Obj<TypeData>> {
    let b: Box<crate::object::gc::GcBox<MaybeUninit<Obj<TypeData>>>> =
        Box::new(crate::object::gc::GcBox { head: crate::object::gc::GcHead::new(), obj: MaybeUninit::uninit() });
    // SAFETY: Box::into_raw is non-null; the object starts after the head.
    unsafe { NonNull::new_unchecked(std::ptr::addr_of_mut!((*Box::into_raw(b)).obj) as *mut Obj<TypeData>) }
}

/// Creates every built-in type and singleton.
pub fn bootstrap() -> Box<BuiltinTypes> {
    let core: [NonNull<Obj<TypeData>>; 5] = std::array::from_fn(|_| uninit_type());
    let [type_p, object_p, str_p, dict_p, tuple_p] = core;
    for p in core {
        // SAFETY: writing the header of freshly allocated memory before anything reads it.
        unsafe {
            std::ptr::addr_of_mut!((*p.as_ptr()).header)
                .write(ObjHeader { refcnt: Cell::new(IMMORTAL), ty: Cell::new(type_p) });
        }
    }
    // SAFETY: the headers are initialised; the values are immortal.
    let as_value = |p: NonNull<Obj<TypeData>>| unsafe { Value::from_raw(p.cast()) };
    let (type_v, object_v, str_v, dict_v, tuple_v) =
        (as_value(type_p), as_value(object_p), as_value(str_p), as_value(dict_p), as_value(tuple_p));
    let mk_str = |s: &str| alloc_immortal(&str_v, str::StrData::from_str(s));
    let empty_tuple = alloc_immortal(&tuple_v, tuple::TupleData::new(Vec::new()));
    let core_td = |name: &str, layout: Layout, flags: u32| TypeData {
        name: UnsafeCell::new(mk_str(name)),
        qualname: UnsafeCell::new(mk_str(name)),
        layout,
        ext_offset: 0,
        base: UnsafeCell::new(None),
        bases: UnsafeCell::new(empty_tuple.clone()),
        mro: UnsafeCell::new(empty_tuple.clone()),
        dict: alloc_immortal(&dict_v, dict::DictData::new()),
        flags: Cell::new(flags | tflags::IMMUTABLE),
        version: Cell::new(typeobj::next_version()),
        slot_names: UnsafeCell::new(Vec::new()),
        native_new: Cell::new(None),
        subclasses: UnsafeCell::new(Vec::new()),
        tp_name_override: None,
    };
    let tds = [
        (type_p, core_td("type", Layout::Type, B)),
        (object_p, core_td("object", Layout::Object, B)),
        (str_p, core_td("str", Layout::Str, B)),
        (dict_p, core_td("dict", Layout::Dict, B)),
        (tuple_p, core_td("tuple", Layout::Tuple, B)),
    ];
    for (p, td) in tds {
        // SAFETY: initialising the payload of the allocation whose header we wrote.
        unsafe { std::ptr::addr_of_mut!((*p.as_ptr()).data).write(td) };
    }
    // Bases and MROs of the core types.
    let set_hier = |t: &Value, base: Option<&Value>| {
        let td = t.as_type().expect("type");
        let mut mro = vec![t.clone()];
        if let Some(b) = base {
            mro.push(b.clone());
        }
        // SAFETY: bootstrap: nothing else refers to these cells yet.
        unsafe {
            *td.base.get() = base.cloned();
            *td.bases.get() = alloc_immortal(&tuple_v, tuple::TupleData::new(base.into_iter().cloned().collect()));
            *td.mro.get() = alloc_immortal(&tuple_v, tuple::TupleData::new(mro));
        }
    };
    set_hier(&object_v, None);
    for t in [&type_v, &str_v, &dict_v, &tuple_v] {
        set_hier(t, Some(&object_v));
    }
    // Singletons need their types, created below; allocate the table in two steps.
    let partial = Box::new(PartialTypes {
        type_: type_v.clone(),
        object: object_v.clone(),
        str: str_v.clone(),
        dict: dict_v.clone(),
        tuple: tuple_v.clone(),
        empty_tuple: empty_tuple.clone(),
    });
    // While bootstrapping, `builtin_types()` must already answer for the core types.
    // SAFETY: PartialTypes is a prefix-compatible view used only for core fields during
    // bootstrap (see `PartialTypes`); replaced by the full table before this function returns.
    unsafe { TYPES = Box::into_raw(partial) as *const BuiltinTypes };
    let plain = make_plain_types(&object_v);
    let base_exception =
        new_static_type("BaseException", Layout::Exception, &object_v, B | tflags::EXCEPTION | tflags::HAS_DICT);
    let exc = make_exception_types(&base_exception);
    // Fix bool's base to int (bool derives from int).
    let (int_v, bool_v) = (plain[0].clone(), plain[1].clone());
    {
        let bt = bool_v.as_type().expect("type");
        // SAFETY: bootstrap; no other references to these cells.
        unsafe {
            *bt.base.get() = Some(int_v.clone());
            *bt.bases.get() = tuple::new_tuple(vec![int_v.clone()]);
            *bt.mro.get() = tuple::new_tuple(vec![bool_v.clone(), int_v.clone(), object_v.clone()]);
        }
    }
    let idx = |name: &str| -> Value {
        plain.iter().find(|t| t.as_type().map(|t| t.name() == name).unwrap_or(false)).cloned().expect("type")
    };
    let none = alloc_immortal(&idx("NoneType"), Singleton);
    let not_impl = alloc_immortal(&idx("NotImplementedType"), Singleton);
    let ellipsis = alloc_immortal(&idx("ellipsis"), Singleton);
    let true_ = alloc_immortal(&bool_v, int::BoolData(true));
    let false_ = alloc_immortal(&bool_v, int::BoolData(false));
    let empty_str = mk_str("");
    let latin1_chars = (0u32..256).map(|c| alloc_immortal(&str_v, str::StrData::from_code_points(&[c]))).collect();
    let full = Box::new(assign_plain(
        plain.into_iter(),
        [type_v, object_v, str_v, dict_v, tuple_v],
        base_exception,
        exc,
        [none, true_, false_, not_impl, ellipsis, empty_tuple, empty_str],
        latin1_chars,
    ));
    // SAFETY: the partial table is replaced (and leaked: immortal values) by the full one.
    unsafe { TYPES = &*full as *const BuiltinTypes };
    crate::object::layout::set_float_type(&full.float);
    full
}

/// The first fields of `BuiltinTypes`, available during bootstrap.
#[repr(C)]
struct PartialTypes {
    type_: Value,
    object: Value,
    str: Value,
    dict: Value,
    tuple: Value,
    empty_tuple: Value,
}

/// Adds the methods of every built-in type to its namespace.
pub fn init_type_dicts(vm: &Vm) {
    object::init(vm);
    typeobj_init(vm);
    int::init(vm);
    float::init(vm);
    str::init(vm);
    bytes::init(vm);
    list::init(vm);
    tuple::init(vm);
    dict::init(vm);
    set::init(vm);
    range::init(vm);
    function::init(vm);
    code::init(vm);
    module::init(vm);
    generator::init(vm);
    coroutine::init(vm);
    memoryview::init(vm);
    exception::init(vm);
    exceptiongroup::init(vm);
    descr::init(vm);
    iter::init(vm);
    crate::frame::object::init(vm);
    crate::modules::io::init(vm);
    alias::init(vm);
    namespace::init(vm);
    object::add_native_reprs(vm);
    builtinslots::init(vm);
    weakref::init(vm);
    set_patma_flags(vm);
}

/// The pattern-matching flags of the built-in types (what `case [..]`, `case {..}` and
/// `case int(x)` accept).
fn set_patma_flags(vm: &Vm) {
    let t = &vm.types;
    let add = |ty: &Value, f: u32| {
        let td = ty.as_type().expect("a type");
        td.flags.set(td.flags.get() | f);
    };
    for ty in [&t.list, &t.tuple] {
        add(ty, tflags::SEQUENCE | tflags::MATCH_SELF);
    }
    add(&t.range, tflags::SEQUENCE);
    add(&t.memoryview, tflags::SEQUENCE);
    add(&t.dict, tflags::MAPPING | tflags::MATCH_SELF);
    add(&t.mappingproxy, tflags::MAPPING);
    for ty in [&t.bool_, &t.bytearray, &t.bytes, &t.float, &t.frozenset, &t.int, &t.set, &t.str] {
        add(ty, tflags::MATCH_SELF);
    }
}

fn typeobj_init(vm: &Vm) {
    crate::types::object::init_type_type(vm);
}
