//! The `sys` module.

use crate::object::Value;
use crate::types::function::{new_builtin, NativeFn};
use crate::types::int::{as_int, new_int};
use crate::types::str::new_str;
use crate::types::tuple::new_tuple;
use crate::vm::{PyErr, PyResult, Vm};

fn sys_exit(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(vm.type_error(&format!("exit expected at most 1 argument, got {}", args.len())));
    }
    // `sys.exit(None)` raises SystemExit with no arguments, as `PyErr_SetObject` does.
    let a: Vec<Value> = args.iter().filter(|a| !vm.is_none(a)).cloned().collect();
    Err(PyErr(vm.new_exception(&vm.types.exc.system_exit, a)))
}

fn getrecursionlimit(vm: &Vm, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_int(vm.recursion_limit.get() as i64))
}

fn setrecursionlimit(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let v = args.first().ok_or_else(|| vm.type_error("setrecursionlimit() takes exactly one argument (0 given)"))?;
    if crate::types::float::as_float(v).is_some() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = as_int(v).and_then(|i| i.to_i64()).ok_or_else(|| {
        vm.type_error(&format!("'{}' object cannot be interpreted as an integer", v.ty().name()))
    })?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    let depth = vm.py_depth.get();
    if (n as usize) <= depth {
        return Err(vm.new_error(
            &vm.types.exc.recursion_error,
            &format!("cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"),
        ));
    }
    vm.recursion_limit.set(n.min(i32::MAX as i64) as usize);
    Ok(vm.none())
}

fn intern(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let s = args.first().ok_or_else(|| vm.type_error("intern() takes exactly one argument (0 given)"))?;
    if !s.is_exact(&vm.types.str) {
        return Err(vm.type_error(&format!("intern() argument must be str, not {}", s.ty().name())));
    }
    Ok(vm.intern_value(s))
}

fn frame_at(vm: &Vm, args: &[Value]) -> PyResult<*mut crate::frame::Frame> {
    let depth = match args.first() {
        Some(d) => {
            let i = vm.index(d).map_err(|_| {
                vm.type_error(&format!("'{}' object cannot be interpreted as an integer", d.ty().name()))
            })?;
            as_int(&i).and_then(|i| i.to_i64()).unwrap_or(i64::MAX)
        }
        None => 0,
    };
    let mut f = vm.current_frame.get();
    let mut d = depth;
    while d > 0 && !f.is_null() {
        // SAFETY: linked frames are live.
        f = unsafe { (*f).previous };
        d -= 1;
    }
    if f.is_null() {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    Ok(f)
}

fn getframe(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(crate::frame::object::get_frame_object(frame_at(vm, args)?))
}

fn getframemodulename(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = crate::types::object::split_kwargs(args, kwnames);
    let mut depth = pos.first().cloned();
    for (k, v) in kws {
        if k.as_rust_str() == Some("depth") {
            depth = Some(v.clone());
        }
    }
    let f = match frame_at(vm, depth.as_slice()) {
        Ok(f) => f,
        Err(_) => return Ok(vm.none()),
    };
    // SAFETY: the frame is live.
    let g = unsafe { (*f).globals.clone() };
    Ok(g.as_dict().and_then(|d| d.get_str(&vm.names.__name__)).unwrap_or_else(|| vm.none()))
}

fn exc_info(vm: &Vm, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(match vm.handled_exception() {
        Some(e) => {
            let tb = e.as_exception().and_then(|x| x.traceback()).unwrap_or_else(|| vm.none());
            new_tuple(vec![e.type_value(), e, tb])
        }
        None => new_tuple(vec![vm.none(), vm.none(), vm.none()]),
    })
}

fn exception(vm: &Vm, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(vm.handled_exception().unwrap_or_else(|| vm.none()))
}

/// `sys.getsizeof(obj[, default])`: `obj.__sizeof__()` plus what CPython keeps in front of
/// the object (the collector's header for container types, the managed dict and weakref
/// pointers of instances of Python classes).
fn getsizeof(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = crate::types::object::split_kwargs(args, kwnames);
    let mut default = pos.get(1).cloned();
    for (k, v) in kws {
        if k.as_rust_str() == Some("default") && default.is_none() {
            default = Some(v.clone());
        } else {
            return Err(vm.type_error("getsizeof() got an unexpected keyword argument"));
        }
    }
    if pos.is_empty() || pos.len() > 2 {
        return Err(vm.type_error(&format!("getsizeof expected at least 1 argument, got {}", pos.len())));
    }
    let v = &pos[0];
    let r = match v.ty().lookup(&vm.intern("__sizeof__")) {
        Some(f) => {
            let f = crate::protocol::attr::descr_get(vm, &f, Some(v), &v.type_value())?;
            vm.call(&f, &[]).and_then(|r| match crate::types::int::as_int(&r) {
                Some(i) => match i.to_i64() {
                    Some(n) if n < 0 => Err(vm.value_error("__sizeof__() should return >= 0")),
                    Some(n) => Ok(n),
                    None if i.is_negative() => Err(vm.value_error("__sizeof__() should return >= 0")),
                    None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
                },
                None => Err(vm.type_error("an integer is required")),
            })
        }
        None => Err(vm.type_error(&format!("Type {} doesn't define __sizeof__", v.ty().name()))),
    };
    let size = match r {
        Ok(n) => n,
        Err(e) => {
            if let Some(d) = default {
                if e.0.isinstance(&vm.types.exc.type_error) {
                    return Ok(d);
                }
            }
            return Err(e);
        }
    };
    use crate::object::Layout as L;
    let ty = v.ty();
    let heap = ty.has_flag(crate::types::typeobj::tflags::HEAPTYPE);
    let gc = heap
        || matches!(
            ty.layout,
            L::List | L::Tuple | L::Dict | L::Set | L::Function | L::Method | L::Cell | L::Generator | L::Frame
                | L::Type | L::Property | L::StaticMethod | L::ClassMethod | L::Super | L::Module | L::Exception
                | L::Slice | L::MethodDescr | L::Iter | L::Traceback
        );
    let managed = heap && ty.has_flag(crate::types::typeobj::tflags::HAS_DICT) && ty.layout == L::Object;
    Ok(new_int(size + if gc { 16 } else { 0 } + if managed { 16 } else { 0 }))
}

fn getrefcount(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(vm.type_error(&format!("sys.getrefcount() takes exactly one argument ({} given)", args.len())));
    }
    Ok(new_int(args[0].refcount() as i64))
}

fn displayhook(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or_else(|| vm.none());
    if vm.is_none(&v) {
        return Ok(vm.none());
    }
    let b = vm.builtins_dict();
    b.as_dict().expect("dict").set_str(vm.intern("_"), vm.none());
    let r = vm.repr(&v)?;
    let stdout = vm.sys_attr("stdout").ok_or_else(|| vm.runtime_error("lost sys.stdout"))?;
    let w = vm.get_attr(&stdout, &vm.names.write)?;
    vm.call(&w, &[r])?;
    vm.call(&w, &[new_str("\n")])?;
    b.as_dict().expect("dict").set_str(vm.intern("_"), v);
    Ok(vm.none())
}

fn excepthook(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let v = args.get(1).cloned().unwrap_or_else(|| vm.none());
    let text = crate::traceback::format_exception(vm, &v);
    vm.write_stderr(&text);
    Ok(vm.none())
}

fn get_int_max_str_digits(_vm: &Vm, _: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(new_int(crate::types::int::max_str_digits() as i64))
}

fn set_int_max_str_digits(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let a = crate::builtins::clinic_args(vm, "set_int_max_str_digits", args, kwnames, &["maxdigits"], 0, 1)?;
    let v = a[0].clone().unwrap_or_else(|| vm.none());
    if crate::types::float::as_float(&v).is_some() {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = vm.index(&v)?;
    let n = as_int(&n)
        .and_then(|i| i.to_i64())
        .filter(|n| i32::try_from(*n).is_ok())
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))?;
    let threshold = crate::types::int::MAX_STR_DIGITS_THRESHOLD as i64;
    if n != 0 && n < threshold {
        return Err(vm.value_error(&format!("maxdigits must be 0 or larger than {threshold}")));
    }
    crate::types::int::set_max_str_digits(n as usize);
    Ok(vm.none())
}

/// `__getattr__` of struct sequences: a field name gives the item at its index.
fn structseq_getattr(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let (obj, name) = (&args[0], &args[1]);
    let fields = obj.ty().lookup(&vm.intern("_fields")).and_then(|f| f.as_tuple().map(|t| t.to_vec())).unwrap_or_default();
    if let Some(i) = fields.iter().position(|f| f.as_rust_str() == name.as_rust_str()) {
        if let Some(v) = obj.as_tuple().and_then(|t| t.get(i).cloned()) {
            return Ok(v);
        }
    }
    Err(vm.no_attribute(obj, name))
}

/// `sys.float_info` etc.: struct sequence types are named with their module (`tp_name`).
fn structseq_tp_name(vm: &Vm, obj: &Value) -> String {
    let m = obj.ty().lookup(&vm.names.__module__).and_then(|m| m.as_rust_str().map(str::to_string)).unwrap_or_default();
    format!("{m}.{}", obj.ty().name())
}

/// Struct sequences are immutable: fields are read-only and there is no `__dict__`.
fn structseq_setattr(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let (obj, name) = (&args[0], args.get(1).cloned().unwrap_or_else(|| vm.none()));
    let fields = obj.ty().lookup(&vm.intern("_fields")).and_then(|f| f.as_tuple().map(|t| t.to_vec())).unwrap_or_default();
    if fields.iter().any(|f| f.as_rust_str() == name.as_rust_str()) {
        return Err(vm.attribute_error("readonly attribute", obj, &name));
    }
    let msg = format!("'{}' object has no attribute '{}'", structseq_tp_name(vm, obj), name.as_rust_str().unwrap_or("?"));
    Err(vm.attribute_error(&msg, obj, &name))
}

fn structseq_setitem(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Err(vm.type_error(&format!("'{}' object does not support item assignment", structseq_tp_name(vm, &args[0]))))
}

fn structseq_delitem(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Err(vm.type_error(&format!("'{}' object doesn't support item deletion", structseq_tp_name(vm, &args[0]))))
}

fn structseq_repr(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let obj = &args[0];
    let fields = obj.ty().lookup(&vm.intern("_fields")).and_then(|f| f.as_tuple().map(|t| t.to_vec())).unwrap_or_default();
    let items = obj.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
    let mut parts = Vec::new();
    for (f, v) in fields.iter().zip(items.iter()) {
        parts.push(format!("{}={}", f.as_rust_str().unwrap_or("?"), vm.repr_string(v)));
    }
    let name = crate::protocol::repr::type_qualified_name(vm, &obj.type_value());
    Ok(new_str(&format!("{}({})", name, parts.join(", "))))
}

/// A struct sequence (= `PyStructSequence`): a tuple whose items are also named attributes.
fn structseq(vm: &Vm, name: &str, fields: &[&str], values: Vec<Value>) -> Value {
    let ns = crate::types::dict::new_dict();
    let d = ns.as_dict().expect("dict");
    d.set_str(vm.intern("_fields"), new_tuple(fields.iter().map(|f| new_str(f)).collect()));
    d.set_str(vm.names.__module__.clone(), new_str("sys"));
    d.set_str(vm.names.__getattr__.clone(), new_builtin("__getattr__", structseq_getattr, None));
    d.set_str(vm.names.__repr__.clone(), new_builtin("__repr__", structseq_repr, None));
    d.set_str(vm.intern("__setattr__"), new_builtin("__setattr__", structseq_setattr, None));
    d.set_str(vm.intern("__delattr__"), new_builtin("__delattr__", structseq_setattr, None));
    d.set_str(vm.intern("__setitem__"), new_builtin("__setitem__", structseq_setitem, None));
    d.set_str(vm.intern("__delitem__"), new_builtin("__delitem__", structseq_delitem, None));
    for k in ["n_fields", "n_sequence_fields"] {
        d.set_str(vm.intern(k), new_int(fields.len() as i64));
    }
    d.set_str(vm.intern("n_unnamed_fields"), new_int(0));
    let bases = new_tuple(vec![vm.types.tuple.clone()]);
    let Ok(cls) = crate::types::object::new_class(vm, &vm.types.type_, &new_str(name), &bases, &ns) else {
        return new_tuple(values);
    };
    crate::types::object::alloc_instance(&cls, crate::types::tuple::TupleData::new(values))
}

/// A simple namespace object (for `sys.implementation`, `sys.flags`).
fn namespace(vm: &Vm, items: &[(&str, Value)]) -> Value {
    let o = crate::object::alloc_sub(&vm.types.simple_namespace, (), 0);
    for (k, v) in items {
        let _ = vm.generic_setattr(&o, &vm.intern(k), Some(v.clone()));
    }
    o
}

pub fn init(vm: &Vm, argv: Vec<String>) {
    let m = crate::types::module::new_module(vm, "sys");
    let d = m.as_module().expect("module").dict.clone();
    let dd = d.as_dict().expect("dict");
    let set = |k: &str, v: Value| {
        dd.set_str(vm.intern(k), v);
    };
    let fns: &[(&'static str, NativeFn)] = &[
        ("exit", sys_exit),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("intern", intern),
        ("_getframe", getframe),
        ("_getframemodulename", getframemodulename),
        ("exc_info", exc_info),
        ("exception", exception),
        ("getsizeof", getsizeof),
        ("getrefcount", getrefcount),
        ("displayhook", displayhook),
        ("excepthook", excepthook),
        ("get_int_max_str_digits", get_int_max_str_digits),
        ("set_int_max_str_digits", set_int_max_str_digits),
        ("getdefaultencoding", |_vm, _a, _k| Ok(crate::types::str::new_str("utf-8"))),
        ("getfilesystemencoding", |_vm, _a, _k| Ok(crate::types::str::new_str("utf-8"))),
        ("settrace", crate::eval::trace::sys_settrace),
        ("gettrace", crate::eval::trace::sys_gettrace),
        ("setprofile", crate::eval::trace::sys_setprofile),
        ("getprofile", crate::eval::trace::sys_getprofile),
    ];
    let hook = crate::builtins::breakpointhook_function();
    set("breakpointhook", hook.clone());
    set("__breakpointhook__", hook);
    for (name, f) in fns {
        let b = new_builtin(name, *f, None);
        set(name, b.clone());
        if *name == "displayhook" || *name == "excepthook" {
            set(&format!("__{name}__"), b);
        }
    }
    let modules = crate::types::dict::new_dict();
    // SAFETY: init-time writes.
    unsafe {
        *vm.sys.get() = Some(m.clone());
        *vm.modules.get() = Some(modules.clone());
    }
    let md = modules.as_dict().expect("dict");
    md.set_str(vm.intern("sys"), m.clone());
    // SAFETY: set during builtins init.
    if let Some(b) = unsafe { (*vm.builtins.get()).clone() } {
        md.set_str(vm.intern("builtins"), b);
    }
    set("modules", modules);
    set("argv", crate::types::list::new_list(argv.iter().map(|a| new_str(a)).collect()));
    set("orig_argv", crate::types::list::new_list(argv.iter().map(|a| new_str(a)).collect()));
    set("path", crate::types::list::new_list(vec![]));
    set(
        "version_info",
        structseq(vm, "version_info", &["major", "minor", "micro", "releaselevel", "serial"], vec![new_int(3), new_int(12), new_int(1), new_str("final"), new_int(0)]),
    );
    set(
        "int_info",
        structseq(vm, "int_info", &["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"], vec![new_int(30), new_int(4), new_int(4300), new_int(640)]),
    );
    set(
        "hash_info",
        structseq(
            vm,
            "hash_info",
            &["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
            vec![new_int(64), new_int((1 << 61) - 1), new_int(314159), new_int(0), new_int(1000003), new_str("siphash13"), new_int(64), new_int(128), new_int(0)],
        ),
    );
    set("hexversion", new_int(0x030c01f0));
    set("version", new_str(&format!("3.12.1 (pyrite {}) [Rust]", env!("CARGO_PKG_VERSION"))));
    set("api_version", new_int(1013));
    set("maxsize", new_int(i64::MAX));
    set("maxunicode", new_int(0x10ffff));
    set("byteorder", new_str(if cfg!(target_endian = "little") { "little" } else { "big" }));
    set("platform", new_str(if cfg!(target_os = "linux") { "linux" } else if cfg!(target_os = "macos") { "darwin" } else { "unknown" }));
    let exe = std::env::current_exe().map(|p| p.to_string_lossy().to_string()).unwrap_or_default();
    set("executable", new_str(&exe));
    set("prefix", new_str("/usr/local"));
    set("base_prefix", new_str("/usr/local"));
    set("exec_prefix", new_str("/usr/local"));
    set("dont_write_bytecode", vm.bool_value(true));
    set("builtin_module_names", new_tuple(["_weakref", "builtins", "gc", "sys", "time"].iter().map(|s| new_str(s)).collect()));
    set("warnoptions", crate::types::list::new_list(vec![]));
    let cache_tag = vm.none();
    set(
        "implementation",
        namespace(vm, &[
            ("name", new_str("pyrite")),
            ("cache_tag", cache_tag),
            ("version", new_tuple(vec![new_int(0), new_int(1), new_int(0), new_str("alpha"), new_int(0)])),
        ]),
    );
    let flags: &[(&str, i64)] = &[
        ("debug", 0),
        ("inspect", 0),
        ("interactive", 0),
        ("optimize", 0),
        ("dont_write_bytecode", 1),
        ("no_user_site", 0),
        ("no_site", 0),
        ("ignore_environment", 0),
        ("verbose", 0),
        ("bytes_warning", 0),
        ("quiet", 0),
        ("hash_randomization", 0),
        ("isolated", 0),
        ("dev_mode", 0),
        ("utf8_mode", 1),
        ("warn_default_encoding", 0),
        ("safe_path", 0),
        ("int_max_str_digits", crate::types::int::MAX_STR_DIGITS as i64),
    ];
    let names: Vec<&str> = flags.iter().map(|f| f.0).collect();
    let values = flags
        .iter()
        .map(|&(n, v)| if n == "dev_mode" || n == "safe_path" { vm.bool_value(v != 0) } else { new_int(v) })
        .collect();
    set("flags", structseq(vm, "flags", &names, values));
    set("float_repr_style", new_str("short"));
    let f = crate::types::float::new_float;
    set(
        "float_info",
        structseq(
            vm,
            "float_info",
            &["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
            vec![f(f64::MAX), new_int(1024), new_int(308), f(f64::MIN_POSITIVE), new_int(-1021), new_int(-307), new_int(15), new_int(53), f(f64::EPSILON), new_int(2), new_int(1)],
        ),
    );
    let stdout = crate::modules::io::new_stream(vm, 1);
    let stderr = crate::modules::io::new_stream(vm, 2);
    let stdin = crate::modules::io::new_stream(vm, 0);
    // SAFETY: init-time write.
    unsafe { *vm.stdout_obj.get() = Some(stdout.clone()) };
    set("stdout", stdout.clone());
    set("stderr", stderr.clone());
    set("stdin", stdin.clone());
    set("__stdout__", stdout);
    set("__stderr__", stderr);
    set("__stdin__", stdin);
}
