//! The entries CPython's built-in value types have in their own namespaces that their method
//! modules do not add: docstrings, `__getattribute__`, `__hash__`, the rich comparisons,
//! `__sizeof__`, `__str__`, `__reduce__`. Each exposes the native behaviour as a descriptor
//! (for `T.__dict__`, explicit calls such as `str.__eq__(a, b)`, and instances of subclasses);
//! operations on the built-in objects themselves keep their native fast paths.

use crate::object::{Layout, Value};
use crate::types::descr::{add_method, MethodKind};
use crate::types::function::NativeFn;
use crate::types::int::{as_int, new_int, IntRef};
use crate::types::str::new_str;
use crate::types::tuple::new_tuple;
use crate::vm::{PyResult, Vm};

/// Docstrings of the built-in types (CPython 3.12's texts).
const DOCS: &[(&str, &str)] = &[
    ("int", "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4"),
    ("bool", "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe builtins True and False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed."),
    ("float", "Convert a string or number to a floating point number, if possible."),
    ("complex", "Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0."),
    ("str", "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\nor repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'."),
    ("bytes", "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - any object implementing the buffer API.\n  - an integer"),
    ("bytearray", "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer"),
    ("list", "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\nThe argument must be an iterable if specified."),
    ("tuple", "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the return value is the same object."),
    ("dict", "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in the keyword argument list.  For example:  dict(one=1, two=2)"),
    ("set", "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements."),
    ("frozenset", "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements."),
    ("range", "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object that produces a sequence of integers from start (inclusive)\nto stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid indices for a list of 4 elements.\nWhen step is given, it specifies the increment (or decrement)."),
    ("slice", "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for extended slicing (e.g. a[0:10:2])."),
];

macro_rules! cmp_methods {
    ($(($name:ident, $op:expr)),* $(,)?) => {
        $(
            fn $name(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
                crate::types::seqmethods::wrapper_args(vm, args, kw, 1)?;
                Ok(match vm.native_compare(&args[0], &args[1], $op)? {
                    Some(r) => vm.bool_value(r),
                    None => vm.not_implemented(),
                })
            }
        )*
    };
}
cmp_methods!((cmp_lt, 0), (cmp_le, 1), (cmp_eq, 2), (cmp_ne, 3), (cmp_gt, 4), (cmp_ge, 5));

const CMP: [(&str, NativeFn); 6] =
    [("__lt__", cmp_lt), ("__le__", cmp_le), ("__eq__", cmp_eq), ("__ne__", cmp_ne), ("__gt__", cmp_gt), ("__ge__", cmp_ge)];

fn hash_method(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::wrapper_args(vm, args, kw, 0)?;
    Ok(new_int(vm.native_hash(&args[0])?))
}

fn getattribute_method(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::wrapper_args(vm, args, kw, 1)?;
    let name = &args[1];
    if name.as_str_data().is_none() {
        return Err(vm.type_error(&format!("attribute name must be string, not '{}'", name.ty().name())));
    }
    match vm.generic_getattr(&args[0], name)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(&args[0], name)),
    }
}

/// `bytes.__str__` / `bytearray.__str__`: the native repr (not an overriding `__repr__`).
fn bytes_str(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::wrapper_args(vm, args, kw, 0)?;
    crate::protocol::repr::repr_value(vm, &args[0])
}

fn bool_invert(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::wrapper_args(vm, args, kw, 0)?;
    let i = as_int(&args[0]).and_then(|i| i.to_i64()).unwrap_or(0);
    Ok(new_int(!i))
}

/// Roughly CPython's (64-bit) object sizes.
fn sizeof_method(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::meth_noargs(vm, "__sizeof__", args, kw)?;
    let v = &args[0];
    let n: usize = match v.ty().layout {
        Layout::Int | Layout::Bool => {
            let bits = match as_int(v) {
                Some(IntRef::Small(i)) => 64 - i.unsigned_abs().leading_zeros() as usize,
                Some(IntRef::Big(b)) => b.bits() as usize,
                None => 0,
            };
            24 + 4 * bits.div_ceil(30).max(1)
        }
        Layout::Str => {
            let s = v.as_str_data().expect("str");
            if s.is_ascii() {
                40 + s.len() + 1
            } else if s.len() == 1 && matches!(s.kind(), crate::types::str::Kind::One) {
                // CPython's one-character Latin-1 strings are shared singletons whose UTF-8
                // form (two bytes and a NUL) is cached in the object and counted.
                56 + 2 + 3
            } else {
                56 + (s.len() + 1) * s.kind() as usize
            }
        }
        Layout::ByteArray => {
            let len = v.as_bytes_vec().map(|b| b.len()).unwrap_or(0);
            56 + if len == 0 { 0 } else { len + 1 }
        }
        Layout::List => 40 + 8 * v.as_list().map(|l| l.len()).unwrap_or(0),
        Layout::Dict => {
            let n = v.as_dict().map(|d| d.len()).unwrap_or(0);
            if n == 0 {
                48
            } else {
                let mut size = 8usize;
                while n > size * 2 / 3 {
                    size *= 2;
                }
                let index = if size <= 128 { 1 } else if size <= 1 << 15 { 2 } else { 4 };
                48 + 32 + size * index + (size * 2 / 3) * 24
            }
        }
        Layout::Set => {
            let n = v.as_set().map(|s| s.len()).unwrap_or(0);
            if n <= 4 { 200 } else { 200 + (n * 4).next_power_of_two() * 16 }
        }
        _ => 16,
    };
    Ok(new_int(n as i64))
}

/// The instance state `__reduce__` passes on: what `__getstate__` returns.
fn reduce_state(vm: &Vm, v: &Value) -> PyResult<Value> {
    let f = vm.get_attr_str(v, "__getstate__")?;
    vm.call(&f, &[])
}

fn set_reduce(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::meth_noargs(vm, "__reduce__", args, kw)?;
    let v = &args[0];
    let keys = v.as_set().map(|s| s.keys()).unwrap_or_default();
    let state = reduce_state(vm, v)?;
    Ok(new_tuple(vec![v.type_value(), new_tuple(vec![crate::types::list::new_list(keys)]), state]))
}

fn range_reduce(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::meth_noargs(vm, "__reduce__", args, kw)?;
    let r = args[0].downcast::<crate::types::range::RangeData>().expect("range");
    Ok(new_tuple(vec![args[0].type_value(), new_tuple(vec![r.start.clone(), r.stop.clone(), r.step.clone()])]))
}

fn slice_reduce(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::meth_noargs(vm, "__reduce__", args, kw)?;
    let s = args[0].downcast::<crate::types::range::SliceData>().expect("slice");
    Ok(new_tuple(vec![args[0].type_value(), new_tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()])]))
}

/// `bytearray.__reduce__` (protocol < 3: the bytes as a latin-1 str) and `__reduce_ex__`.
fn bytearray_reduce_common(vm: &Vm, v: &Value, proto: i64) -> PyResult<Value> {
    let b = v.as_bytes_vec().unwrap_or_default();
    let args = if proto >= 3 {
        new_tuple(vec![crate::types::bytes::new_bytes(b)])
    } else if b.is_empty() {
        new_tuple(vec![])
    } else {
        let s: String = b.iter().map(|&c| c as char).collect();
        new_tuple(vec![new_str(&s), new_str("latin-1")])
    };
    let state = reduce_state(vm, v)?;
    Ok(new_tuple(vec![v.type_value(), args, state]))
}

fn bytearray_reduce(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::meth_noargs(vm, "__reduce__", args, kw)?;
    bytearray_reduce_common(vm, &args[0], 0)
}

fn bytearray_reduce_ex(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    if kw.is_some_and(|k| k.as_tuple().is_some_and(|t| !t.is_empty())) {
        return Err(vm.type_error("__reduce_ex__() takes no keyword arguments"));
    }
    if args.len() > 2 {
        return Err(vm.type_error(&format!("__reduce_ex__ expected at most 1 argument, got {}", args.len() - 1)));
    }
    let proto = match args.get(1) {
        Some(p) => crate::types::strmethods::ssize_arg(vm, p)? as i64,
        None => 0,
    };
    bytearray_reduce_common(vm, &args[0], proto)
}

/// Adds `(name, func)` to `ty` unless its namespace already has `name`.
fn add_missing(vm: &Vm, ty: &Value, name: &'static str, func: NativeFn) {
    let td = ty.as_type().expect("type");
    if td.dict().get_str(&vm.intern(name)).is_none() {
        add_method(vm, ty, name, func, MethodKind::Instance);
    }
}

pub fn init(vm: &Vm) {
    let t = &vm.types;
    let all = [
        &t.int, &t.bool_, &t.float, &t.complex, &t.str, &t.bytes, &t.bytearray, &t.list, &t.tuple, &t.dict, &t.set,
        &t.frozenset, &t.range, &t.slice,
    ];
    let doc = vm.names.__doc__.clone();
    for ty in all {
        let td = ty.as_type().expect("type");
        if td.dict().get_str(&doc).is_none() {
            if let Some((_, d)) = DOCS.iter().find(|(n, _)| *n == td.name()) {
                drop(td.dict().set_str(doc.clone(), new_str(d)));
            }
        }
        if !ty.is(&t.bool_) {
            add_missing(vm, ty, "__getattribute__", getattribute_method);
        }
    }
    for ty in [&t.int, &t.float, &t.complex, &t.str, &t.bytes, &t.tuple, &t.frozenset, &t.range, &t.slice] {
        add_missing(vm, ty, "__hash__", hash_method);
    }
    for ty in [&t.str, &t.bytes, &t.bytearray, &t.list, &t.tuple, &t.dict, &t.set, &t.frozenset, &t.range, &t.slice] {
        for (name, f) in CMP {
            add_missing(vm, ty, name, f);
        }
    }
    for ty in [&t.int, &t.str, &t.bytearray, &t.list, &t.dict, &t.set, &t.frozenset] {
        add_missing(vm, ty, "__sizeof__", sizeof_method);
    }
    for ty in [&t.bytes, &t.bytearray] {
        add_missing(vm, ty, "__str__", bytes_str);
    }
    for ty in [&t.set, &t.frozenset] {
        add_missing(vm, ty, "__reduce__", set_reduce);
    }
    add_missing(vm, &t.range, "__reduce__", range_reduce);
    add_missing(vm, &t.slice, "__reduce__", slice_reduce);
    add_missing(vm, &t.bytearray, "__reduce__", bytearray_reduce);
    add_missing(vm, &t.bytearray, "__reduce_ex__", bytearray_reduce_ex);
    add_missing(vm, &t.bool_, "__invert__", bool_invert);
}
