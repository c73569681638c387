//! Methods and attributes of `BaseException` and its subclasses: `args`, `__str__`,
//! `__repr__`, chaining attributes, `with_traceback`, `add_note`, and the extra attributes of
//! `StopIteration`, `SystemExit`, `KeyError`, `OSError`, `ImportError`, `NameError`,
//! `AttributeError` and `SyntaxError`.

use crate::object::Value;
use crate::types::descr::{add_getset, add_method, MethodKind};
use crate::types::exception::ExceptionData;
use crate::types::object::{alloc_instance, split_kwargs};
use crate::types::str::new_str;
use crate::types::tuple::new_tuple;
use crate::vm::{PyResult, Vm};

/// A new exception instance of `ty` with `args` (no `__init__` call).
pub fn new_exception_instance(vm: &Vm, ty: &Value, args: Value) -> Value {
    let inst = alloc_instance(ty, ExceptionData::new(args.clone()));
    // The subclass-specific attributes derived from args.
    let _ = set_derived_attrs(vm, &inst, args.as_tuple().unwrap_or(&[]));
    inst
}

fn set_attr_str(vm: &Vm, inst: &Value, name: &str, v: Value) {
    if let Some(d) = vm.instance_dict(inst) {
        drop(d.as_dict().expect("dict").set_str(vm.intern(name), v));
    }
}

/// Sets the attributes some exception classes derive from their arguments.
fn set_derived_attrs(vm: &Vm, inst: &Value, args: &[Value]) -> PyResult<()> {
    let e = &vm.types.exc;
    let none = || vm.none();
    let first = || args.first().cloned().unwrap_or_else(none);
    // One walk of the MRO finds which of the classes with derived attributes are bases
    // (most exceptions have none of them).
    let special = [
        &e.stop_iteration,
        &e.system_exit,
        &e.import_error,
        &e.os_error,
        &e.syntax_error,
        &e.name_error,
        &e.attribute_error,
        &e.unicode_translate_error,
        &e.unicode_decode_error,
        &e.unicode_encode_error,
    ];
    let mut bases = 0u32;
    for t in inst.ty().mro() {
        // All of them are built-in and derive from Exception or BaseException, so the walk
        // stops there and only compares built-in classes.
        if t.is(&vm.types.exc.exception) || t.is(&vm.types.base_exception) {
            break;
        }
        if t.as_type().is_some_and(|td| td.has_flag(crate::types::typeobj::tflags::HEAPTYPE)) {
            continue;
        }
        for (i, sp) in special.iter().enumerate() {
            if t.is(sp) {
                bases |= 1 << i;
            }
        }
    }
    if bases == 0 {
        return Ok(());
    }
    if inst.isinstance(&e.stop_iteration) {
        set_attr_str(vm, inst, "value", first());
    } else if inst.isinstance(&e.system_exit) {
        let code = match args.len() {
            0 => none(),
            1 => args[0].clone(),
            _ => new_tuple(args.to_vec()),
        };
        set_attr_str(vm, inst, "code", code);
    } else if inst.isinstance(&e.import_error) {
        set_attr_str(vm, inst, "msg", if args.len() == 1 { args[0].clone() } else { none() });
        for n in ["name", "path"] {
            if vm.instance_dict_get(inst, &vm.intern(n)).is_none() {
                set_attr_str(vm, inst, n, none());
            }
        }
    } else if inst.isinstance(&e.os_error) {
        if (2..=5).contains(&args.len()) {
            set_attr_str(vm, inst, "errno", args[0].clone());
            set_attr_str(vm, inst, "strerror", args[1].clone());
            set_attr_str(vm, inst, "filename", args.get(2).cloned().unwrap_or_else(none));
        } else {
            set_attr_str(vm, inst, "errno", none());
            set_attr_str(vm, inst, "strerror", none());
            set_attr_str(vm, inst, "filename", none());
        }
        set_attr_str(vm, inst, "filename2", args.get(4).cloned().unwrap_or_else(none));
    } else if inst.isinstance(&e.syntax_error) {
        set_attr_str(vm, inst, "msg", if args.is_empty() { none() } else { args[0].clone() });
        let info = args.get(1).and_then(|i| i.as_tuple().map(|t| t.to_vec())).unwrap_or_default();
        let names = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
        for (i, n) in names.iter().enumerate() {
            set_attr_str(vm, inst, n, info.get(i).cloned().unwrap_or_else(none));
        }
        set_attr_str(vm, inst, "print_file_and_line", none());
    } else if inst.isinstance(&e.name_error) || inst.isinstance(&e.attribute_error) {
        if vm.instance_dict_get(inst, &vm.names.name).is_none() {
            set_attr_str(vm, inst, "name", none());
        }
        if inst.isinstance(&e.attribute_error) && vm.instance_dict_get(inst, &vm.names.obj).is_none() {
            set_attr_str(vm, inst, "obj", none());
        }
    } else if inst.isinstance(&e.unicode_translate_error) {
        check_unicode_error_args(vm, args, false, false)?;
        set_attr_str(vm, inst, "encoding", none());
        for (i, n) in ["object", "start", "end", "reason"].iter().enumerate() {
            if let Some(v) = args.get(i) {
                set_attr_str(vm, inst, n, v.clone());
            }
        }
    } else if inst.isinstance(&e.unicode_decode_error) || inst.isinstance(&e.unicode_encode_error) {
        check_unicode_error_args(vm, args, true, inst.isinstance(&e.unicode_decode_error))?;
        let names = ["encoding", "object", "start", "end", "reason"];
        for (i, n) in names.iter().enumerate() {
            if let Some(v) = args.get(i) {
                set_attr_str(vm, inst, n, v.clone());
            }
        }
    }
    Ok(())
}

/// The argument checks of the UnicodeError constructors: `(encoding, object, start, end,
/// reason)`, or `(object, start, end, reason)` for UnicodeTranslateError.
fn check_unicode_error_args(vm: &Vm, args: &[Value], with_encoding: bool, bytes_object: bool) -> PyResult<()> {
    let n = if with_encoding { 5 } else { 4 };
    if args.len() != n {
        return Err(vm.type_error(&format!("function takes exactly {n} arguments ({} given)", args.len())));
    }
    let off = with_encoding as usize;
    let must_be_str = |i: usize| -> PyResult<()> {
        if args[i].as_str_data().is_none() {
            return Err(vm.type_error(&format!("argument {} must be str, not {}", i + 1, args[i].ty().name())));
        }
        Ok(())
    };
    if with_encoding {
        must_be_str(0)?;
    }
    if bytes_object {
        if args[off].as_bytes_vec().is_none() {
            return Err(vm.type_error(&format!("a bytes-like object is required, not '{}'", args[off].ty().name())));
        }
    } else {
        must_be_str(off)?;
    }
    for i in [off + 1, off + 2] {
        if crate::types::int::as_int(&args[i]).is_none() {
            return Err(vm.type_error(&format!("'{}' object cannot be interpreted as an integer", args[i].ty().name())));
        }
    }
    must_be_str(off + 3)
}

/// `str()` of UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError, made from
/// their attributes as CPython does; None for other exceptions (or when the attributes are
/// missing, when `str()` shows the arguments).
fn unicode_error_str(vm: &Vm, v: &Value) -> PyResult<Option<String>> {
    let e = &vm.types.exc;
    let kind = if v.isinstance(&e.unicode_encode_error) {
        0
    } else if v.isinstance(&e.unicode_decode_error) {
        1
    } else if v.isinstance(&e.unicode_translate_error) {
        2
    } else {
        return Ok(None);
    };
    let get = |n: &str| vm.instance_dict_get(v, &vm.intern(n));
    let (Some(obj), Some(start), Some(end), Some(reason)) = (get("object"), get("start"), get("end"), get("reason")) else {
        return Ok(None);
    };
    let int = |x: &Value| crate::types::int::as_int(x).and_then(|i| i.to_i64());
    let (Some(start), Some(end)) = (int(&start), int(&end)) else { return Ok(None) };
    let reason = vm.str_string(&reason)?;
    let encoding = match get("encoding") {
        Some(enc) => vm.str_string(&enc)?,
        None => String::new(),
    };
    let len = vm.len(&obj).unwrap_or(0) as i64;
    let single = start >= 0 && start < len && end == start + 1;
    Ok(Some(match kind {
        1 => {
            if single {
                let b = obj.as_bytes_vec().and_then(|b| b.get(start as usize).copied()).unwrap_or(0);
                format!("'{encoding}' codec can't decode byte 0x{b:02x} in position {start}: {reason}")
            } else {
                format!("'{encoding}' codec can't decode bytes in position {start}-{}: {reason}", end - 1)
            }
        }
        _ => {
            let what = if kind == 0 { format!("'{encoding}' codec can't encode") } else { "can't translate".to_string() };
            if single {
                let c = obj.as_str_data().map(|s| s.char_at(start as usize)).unwrap_or(0);
                let shown = if c < 0x100 {
                    format!("\\x{c:02x}")
                } else if c < 0x10000 {
                    format!("\\u{c:04x}")
                } else {
                    format!("\\U{c:08x}")
                };
                format!("{what} character '{shown}' in position {start}: {reason}")
            } else {
                format!("{what} characters in position {start}-{}: {reason}", end - 1)
            }
        }
    }))
}

/// `StopIteration.value` of an exception.
pub fn stop_iteration_value(vm: &Vm, exc: &Value) -> Value {
    vm.instance_dict_get(exc, &vm.names.value).unwrap_or_else(|| {
        exc.as_exception().and_then(|e| e.args().as_tuple().and_then(|t| t.first().cloned())).unwrap_or_else(|| vm.none())
    })
}

/// The `OSError` subclass CPython picks for an errno (`OSError(errno.ENOENT, ...)` makes a
/// `FileNotFoundError`).
fn oserror_subclass(vm: &Vm, errno: i64) -> Option<&Value> {
    let e = &vm.types.exc;
    Some(match errno {
        11 | 114 | 115 => &e.blocking_io_error,
        10 => &e.child_process_error,
        32 | 108 => &e.broken_pipe_error,
        103 => &e.connection_aborted_error,
        111 => &e.connection_refused_error,
        104 => &e.connection_reset_error,
        17 => &e.file_exists_error,
        2 => &e.file_not_found_error,
        21 => &e.is_a_directory_error,
        20 => &e.not_a_directory_error,
        4 => &e.interrupted_error,
        1 | 13 => &e.permission_error,
        3 => &e.process_lookup_error,
        110 => &e.timeout_error,
        _ => return None,
    })
}

/// `cls(*args)` for an exception class whose `__new__` (`new`, as found on the class) and
/// `__init__` (`init`) are BaseException's own, as most exception classes keep them: the
/// instance is made in one step, as the two would make it. None for any other class, and for
/// `OSError` and its subclasses (whose arguments pick the class and are trimmed).
pub fn instantiate_plain(vm: &Vm, cls: &Value, new: &Value, init: &Value, args: &[Value]) -> Option<PyResult<Value>> {
    let new_is_base = new.downcast::<crate::types::function::BuiltinData>().is_some_and(|b| std::ptr::fn_addr_eq(b.func, exc_new as crate::types::function::NativeFn));
    let init_is_base = init.downcast::<crate::types::descr::MethodDescrData>().is_some_and(|d| std::ptr::fn_addr_eq(d.func, exc_init as crate::types::function::NativeFn));
    if !new_is_base || !init_is_base || cls.as_type()?.is_subtype(&vm.types.exc.os_error) {
        return None;
    }
    let inst = alloc_instance(cls, ExceptionData::new(new_tuple(args.to_vec())));
    // (`__init__` is where invalid arguments of the Unicode errors raise.)
    Some(set_derived_attrs(vm, &inst, args).map(|()| inst))
}

fn exc_new(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, _kws) = split_kwargs(args, kwnames);
    let mut cls = &pos[0];
    if cls.is(&vm.types.exc.os_error) && pos.len() >= 3 {
        if let Some(sub) = crate::types::int::as_int(&pos[1]).and_then(|i| i.to_i64()).and_then(|n| oserror_subclass(vm, n)) {
            cls = sub;
        }
    }
    let inst = new_exception_instance(vm, cls, new_tuple(pos[1..].to_vec()));
    os_error_trim_args(vm, &inst, &pos[1..]);
    Ok(inst)
}

/// `OSError(errno, strerror, filename, ...)` keeps only `(errno, strerror)` in `args`.
fn os_error_trim_args(vm: &Vm, inst: &Value, args: &[Value]) {
    if (3..=5).contains(&args.len()) && inst.isinstance(&vm.types.exc.os_error) {
        if let Some(e) = inst.as_exception() {
            drop(e.set_args(new_tuple(args[..2].to_vec())));
        }
    }
}

fn exc_init(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    let inst = &pos[0];
    let is_base = inst.ty().lookup(&vm.names.__init__).is_some_and(|i| crate::types::descr::is_native_slot(&i));
    if !kws.is_empty() && !inst.isinstance(&vm.types.exc.import_error) && is_base {
        return Err(vm.type_error(&format!("{}() takes no keyword arguments", inst.ty().name())));
    }
    if let Some(e) = inst.as_exception() {
        drop(e.set_args(new_tuple(pos[1..].to_vec())));
    }
    set_derived_attrs(vm, inst, &pos[1..])?;
    os_error_trim_args(vm, inst, &pos[1..]);
    for (k, v) in kws {
        if inst.isinstance(&vm.types.exc.import_error) {
            let n = k.as_rust_str().unwrap_or("");
            if n != "name" && n != "path" {
                return Err(vm.type_error(&format!("'{n}' is an invalid keyword argument for ImportError()")));
            }
        }
        set_attr_str(vm, inst, k.as_rust_str().unwrap_or("?"), v.clone());
    }
    Ok(vm.none())
}

/// `str(exc)`.
pub fn exception_str(vm: &Vm, v: &Value) -> PyResult<Value> {
    let e = v.as_exception().expect("exception");
    if e.group().is_some() {
        return crate::types::exceptiongroup::group_str(vm, v);
    }
    if let Some(s) = unicode_error_str(vm, v)? {
        return Ok(new_str(&s));
    }
    let args = e.args();
    let items = args.as_tuple().unwrap_or(&[]).to_vec();
    let ex = &vm.types.exc;
    if v.isinstance(&ex.key_error) && items.len() == 1 {
        return vm.repr(&items[0]);
    }
    if v.isinstance(&ex.os_error) && items.len() >= 2 {
        let errno = vm.instance_dict_get(v, &vm.names.errno);
        let strerror = vm.instance_dict_get(v, &vm.names.strerror);
        let filename = vm.instance_dict_get(v, &vm.names.filename);
        if let (Some(en), Some(se)) = (errno, strerror) {
            if let Some(f) = filename.filter(|f| !vm.is_none(f)) {
                let f2 = vm.instance_dict_get(v, &vm.intern("filename2")).filter(|f| !vm.is_none(f));
                let tail = match f2 {
                    Some(f2) => format!(" -> {}", vm.repr_string(&f2)),
                    None => String::new(),
                };
                return Ok(new_str(&format!(
                    "[Errno {}] {}: {}{tail}",
                    vm.str_string(&en)?,
                    vm.str_string(&se)?,
                    vm.repr_string(&f)
                )));
            }
            return Ok(new_str(&format!("[Errno {}] {}", vm.str_string(&en)?, vm.str_string(&se)?)));
        }
    }
    if v.isinstance(&ex.syntax_error) {
        let msg = vm.instance_dict_get(v, &vm.names.msg).unwrap_or_else(|| vm.none());
        let msg_s = if vm.is_none(&msg) { String::from("None") } else { vm.str_string(&msg)? };
        let filename = vm.instance_dict_get(v, &vm.names.filename).filter(|f| !vm.is_none(f));
        let lineno = vm.instance_dict_get(v, &vm.names.lineno).filter(|f| !vm.is_none(f));
        let fname = filename.and_then(|f| f.as_rust_str().map(|s| s.rsplit('/').next().unwrap_or(s).to_string()));
        return Ok(new_str(&match (fname, lineno) {
            (Some(f), Some(l)) => format!("{} ({}, line {})", msg_s, f, vm.str_string(&l)?),
            (Some(f), None) => format!("{msg_s} ({f})"),
            (None, Some(l)) => format!("{} (line {})", msg_s, vm.str_string(&l)?),
            (None, None) => msg_s,
        }));
    }
    if v.isinstance(&ex.import_error) {
        if let Some(m) = vm.instance_dict_get(v, &vm.names.msg) {
            if !vm.is_none(&m) {
                return vm.str(&m);
            }
        }
    }
    match items.len() {
        0 => Ok(vm.types.empty_str.clone()),
        1 => vm.str(&items[0]),
        _ => vm.repr(&args),
    }
}

/// `repr(exc)`.
pub fn exception_repr(vm: &Vm, v: &Value) -> PyResult<String> {
    let e = v.as_exception().expect("exception");
    let args = e.args();
    let items = args.as_tuple().unwrap_or(&[]);
    let name = v.ty().name().to_string();
    Ok(match items.len() {
        1 => format!("{}({})", name, vm.repr_string(&items[0])),
        _ => format!("{}{}", name, vm.repr_string(&args)),
    })
}

fn exc_str(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    exception_str(vm, &args[0])
}

fn exc_repr(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_str(&exception_repr(vm, &args[0])?))
}

fn exc_with_traceback(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let e = args[0].as_exception().ok_or_else(|| vm.type_error("expected exception"))?;
    let tb = args.get(1).cloned().unwrap_or_else(|| vm.none());
    drop(e.set_traceback(if vm.is_none(&tb) { None } else { Some(tb) }));
    Ok(args[0].clone())
}

fn exc_add_note(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let note = args.get(1).ok_or_else(|| vm.type_error("add_note() takes exactly one argument (0 given)"))?;
    if note.as_str_data().is_none() {
        return Err(vm.type_error(&format!("note must be a str, not '{}'", note.ty().name())));
    }
    let notes = match vm.instance_dict_get(&args[0], &vm.names.__notes__) {
        Some(n) => n,
        None => {
            let l = crate::types::list::new_list(vec![]);
            set_attr_str(vm, &args[0], "__notes__", l.clone());
            l
        }
    };
    match notes.as_list() {
        Some(l) => l.push(note.clone()),
        None => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(vm.none())
}

fn get_args(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(v.as_exception().expect("exception").args())
}
fn set_args(vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let n = n.ok_or_else(|| vm.type_error("args may not be deleted"))?;
    let t = new_tuple(vm.collect_iter(&n)?);
    drop(v.as_exception().expect("exception").set_args(t));
    Ok(())
}
fn get_tb(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(v.as_exception().expect("exception").traceback().unwrap_or_else(|| vm.none()))
}
fn set_tb(vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let n = n.ok_or_else(|| vm.type_error("__traceback__ may not be deleted"))?;
    if !vm.is_none(&n) && !n.isinstance(&vm.types.traceback) {
        return Err(vm.type_error("__traceback__ must be a traceback or None"));
    }
    drop(v.as_exception().expect("exception").set_traceback(if vm.is_none(&n) { None } else { Some(n) }));
    Ok(())
}
fn get_cause(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(v.as_exception().expect("exception").cause().unwrap_or_else(|| vm.none()))
}
fn set_cause(vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let n = n.ok_or_else(|| vm.type_error("__cause__ may not be deleted"))?;
    let e = v.as_exception().expect("exception");
    if vm.is_none(&n) {
        drop(e.set_cause(None));
    } else if n.isinstance(&vm.types.base_exception) {
        drop(e.set_cause(Some(n)));
    } else {
        return Err(vm.type_error("exception cause must be None or derive from BaseException"));
    }
    e.suppress_context.set(true);
    Ok(())
}
fn get_context(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(v.as_exception().expect("exception").context().unwrap_or_else(|| vm.none()))
}
fn set_context(vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let n = n.ok_or_else(|| vm.type_error("__context__ may not be deleted"))?;
    let e = v.as_exception().expect("exception");
    if vm.is_none(&n) {
        drop(e.set_context(None));
    } else if n.isinstance(&vm.types.base_exception) {
        drop(e.set_context(Some(n)));
    } else {
        return Err(vm.type_error("exception context must be None or derive from BaseException"));
    }
    Ok(())
}
fn get_suppress(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(vm.bool_value(v.as_exception().expect("exception").suppress_context.get()))
}
fn set_suppress(vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let n = n.ok_or_else(|| vm.type_error("__suppress_context__ may not be deleted"))?;
    v.as_exception().expect("exception").suppress_context.set(vm.is_true(&n)?);
    Ok(())
}

/// `BaseException.__setstate__(state)`: sets the attributes in the dict `state`.
fn exc_setstate(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let state = args.get(1).cloned().unwrap_or_else(|| vm.none());
    if !vm.is_none(&state) {
        let Some(d) = state.as_dict() else {
            return Err(vm.type_error("state is not a dictionary"));
        };
        for (k, v) in d.items() {
            vm.set_attr(&args[0], &k, Some(v))?;
        }
    }
    Ok(vm.none())
}

/// `BaseException.__reduce__()`: `(type, args)` plus the `__dict__` when it is not empty.
fn exc_reduce(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let e = args[0].as_exception().expect("exception");
    let mut parts = vec![args[0].type_value(), e.args()];
    if let Some(d) = vm.instance_dict(&args[0]) {
        if d.as_dict().is_some_and(|x| x.len() > 0) {
            parts.push(d);
        }
    }
    Ok(new_tuple(parts))
}

fn key_error_str(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    exception_str(vm, &args[0])
}

pub fn init(vm: &Vm) {
    let b = &vm.types.base_exception;
    b.as_type().expect("type").native_new.set(Some(|vm, cls, args, kw| {
        let mut v = vec![cls.clone()];
        v.extend_from_slice(args);
        exc_new(vm, &v, kw)
    }));
    add_method(vm, b, "__new__", exc_new, MethodKind::Static);
    add_method(vm, b, "__init__", exc_init, MethodKind::Instance);
    add_method(vm, b, "__str__", exc_str, MethodKind::Instance);
    add_method(vm, b, "__repr__", exc_repr, MethodKind::Instance);
    add_method(vm, b, "with_traceback", exc_with_traceback, MethodKind::Instance);
    add_method(vm, b, "add_note", exc_add_note, MethodKind::Instance);
    add_getset(vm, b, "args", get_args, Some(set_args));
    add_getset(vm, b, "__traceback__", get_tb, Some(set_tb));
    add_getset(vm, b, "__cause__", get_cause, Some(set_cause));
    add_getset(vm, b, "__context__", get_context, Some(set_context));
    add_getset(vm, b, "__suppress_context__", get_suppress, Some(set_suppress));
    add_method(vm, &vm.types.exc.key_error, "__str__", key_error_str, MethodKind::Instance);
    add_method(vm, b, "__setstate__", exc_setstate, MethodKind::Instance);
    add_method(vm, b, "__reduce__", exc_reduce, MethodKind::Instance);
    add_getset(vm, b, "__dict__", crate::types::object::object_dict_get, Some(crate::types::object::object_dict_set));
    // Like CPython's, BaseException defines the attribute protocol itself (the same functions
    // as object's), and every exception class has its own __init__ and __new__.
    let object_dict = vm.types.object.as_type().expect("type").dict();
    let bd = b.as_type().expect("type").dict();
    for n in ["__getattribute__", "__setattr__", "__delattr__"] {
        if let Some(f) = object_dict.get_str(&vm.intern(n)) {
            bd.set_str(vm.intern(n), f);
        }
    }
    let (init, new) = (bd.get_str(&vm.names.__init__), bd.get_str(&vm.names.__new__));
    for (_, t) in vm.types.exc.all() {
        let td = t.as_type().expect("type");
        if t.is(b) || t.is(&vm.types.exc.base_exception_group) || t.is(&vm.types.exc.exception_group) {
            continue;
        }
        for (n, f) in [(&vm.names.__init__, &init), (&vm.names.__new__, &new)] {
            if let Some(f) = f {
                if td.dict().get_str(n).is_none() {
                    td.dict().set_str(n.clone(), f.clone());
                }
            }
        }
    }
    let doc = vm.intern("__doc__");
    b.as_type().expect("type").dict().set_str(doc.clone(), new_str("Common base class for all exceptions"));
    for (_, t) in vm.types.exc.all() {
        let td = t.as_type().expect("type");
        if td.dict().get_str(&doc).is_none() {
            td.dict().set_str(doc.clone(), vm.none());
        }
    }
}
