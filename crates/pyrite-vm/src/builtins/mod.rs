//! The `builtins` module: functions, types, constants and exceptions.

mod site;
pub use site::breakpointhook_function;

use crate::object::{Layout, Value};
use crate::types::function::{new_builtin, FunctionData, NativeFn};
use crate::types::int::{as_int, new_bigint, new_int};
use crate::types::object::split_kwargs;
use crate::types::str::{char_str, new_str};
use crate::types::tuple::new_tuple;
use crate::vm::{PyResult, Vm};

fn arity(vm: &Vm, name: &str, args: &[Value], kwnames: Option<&Value>, min: usize, max: usize) -> PyResult<()> {
    if kwnames.is_some_and(|k| k.as_tuple().is_some_and(|t| !t.is_empty())) {
        return Err(vm.type_error(&format!("{name}() takes no keyword arguments")));
    }
    let n = args.len();
    if n < min || n > max {
        return Err(vm.type_error(&if min == max {
            if min == 0 {
                format!("{name}() takes no arguments ({n} given)")
            } else if min == 1 {
                format!("{name}() takes exactly one argument ({n} given)")
            } else {
                format!("{name} expected {min} arguments, got {n}")
            }
        } else if n < min {
            format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
        } else {
            format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
        }));
    }
    Ok(())
}

fn b_abs(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    arity(vm, "abs", args, kw, 1, 1)?;
    let v = &args[0];
    if let Some(i) = v.as_small_int() {
        return Ok(new_int(i.abs()));
    }
    if let Some(f) = crate::types::float::as_float(v) {
        if !crate::protocol::object::is_heap(v) {
            return Ok(crate::types::float::new_float(f.abs()));
        }
    }
    match vm.call_dunder(v, &vm.names.__abs__, &[])? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(&format!("bad operand type for abs(): '{}'", v.ty().name()))),
    }
}

fn b_all(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    arity(vm, "all", args, kw, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(v) = vm.iter_next(&it)? {
        if !vm.is_true(&v)? {
            return Ok(vm.bool_value(false));
        }
    }
    Ok(vm.bool_value(true))
}

fn b_any(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    arity(vm, "any", args, kw, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(v) = vm.iter_next(&it)? {
        if vm.is_true(&v)? {
            return Ok(vm.bool_value(true));
        }
    }
    Ok(vm.bool_value(false))
}

fn b_ascii(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    arity(vm, "ascii", args, kw, 1, 1)?;
    vm.ascii(&args[0])
}

fn radix(vm: &Vm, args: &[Value], kw: Option<&Value>, name: &str, base: u32, prefix: &str) -> PyResult<Value> {
    arity(vm, name, args, kw, 1, 1)?;
    let i = vm.index(&args[0])?;
    let b = as_int(&i).expect("int").to_bigint();
    use num_traits::Signed;
    let s = format!("{}{}{}", if b.is_negative() { "-" } else { "" }, prefix, b.abs().to_str_radix(base));
    Ok(new_str(&s))
}

fn b_bin(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    radix(vm, args, kw, "bin", 2, "0b")
}
fn b_oct(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    radix(vm, args, kw, "oct", 8, "0o")
}
fn b_hex(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    radix(vm, args, kw, "hex", 16, "0x")
}

fn b_callable(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    arity(vm, "callable", args, kw, 1, 1)?;
    Ok(vm.bool_value(vm.is_callable(&args[0])))
}

fn b_chr(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    arity(vm, "chr", args, kw, 1, 1)?;
    let idx;
    let i = match as_int(&args[0]) {
        Some(i) => i,
        None => {
            idx = vm.index(&args[0])?;
            as_int(&idx).expect("int")
        }
    };
    match i.to_i64() {
        Some(c) if (0..0x110000).contains(&c) => Ok(char_str(c as u32)),
        Some(_) => Err(vm.value_error("chr() arg not in range(0x110000)")),
        None => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

fn b_ord(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    arity(vm, "ord", args, kw, 1, 1)?;
    let v = &args[0];
    if let Some(s) = v.as_str_data() {
        if s.len() != 1 {
            return Err(vm.type_error(&format!("ord() expected a character, but string of length {} found", s.len())));
        }
        return Ok(new_int(s.char_at(0) as i64));
    }
    if let Some(b) = v.as_bytes_vec() {
        if b.len() != 1 {
            return Err(vm.type_error(&format!("ord() expected a character, but string of length {} found", b.len())));
        }
        return Ok(new_int(b[0] as i64));
    }
    Err(vm.type_error(&format!("ord() expected string of length 1, but {} found", v.ty().name())))
}

fn b_delattr(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    arity(vm, "delattr", args, kw, 2, 2)?;
    let name = attr_name(vm, &args[1])?;
    vm.set_attr(&args[0], &name, None)?;
    Ok(vm.none())
}

fn attr_name(vm: &Vm, v: &Value) -> PyResult<Value> {
    if v.as_str_data().is_none() {
        return Err(vm.type_error(&format!("attribute name must be string, not '{}'", v.ty().name())));
    }
    Ok(vm.intern_value(v))
}

fn b_getattr(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    arity(vm, "getattr", args, kw, 2, 3)?;
    let name = attr_name(vm, &args[1])?;
    match args.get(2) {
        Some(d) => match vm.get_attr_opt(&args[0], &name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Ok(d.clone()),
            Err(e) if e.0.isinstance(&vm.types.exc.attribute_error) => Ok(d.clone()),
            Err(e) => Err(e),
        },
        None => vm.get_attr(&args[0], &name),
    }
}

fn b_hasattr(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    arity(vm, "hasattr", args, kw, 2, 2)?;
    let name = attr_name(vm, &args[1])?;
    match vm.get_attr_opt(&args[0], &name) {
        Ok(r) => Ok(vm.bool_value(r.is_some())),
        Err(e) if e.0.isinstance(&vm.types.exc.attribute_error) => Ok(vm.bool_value(false)),
        Err(e) => Err(e),
    }
}

fn b_setattr(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    arity(vm, "setattr", args, kw, 3, 3)?;
    let name = attr_name(vm, &args[1])?;
    vm.set_attr(&args[0], &name, Some(args[2].clone()))?;
    Ok(vm.none())
}

fn b_dir(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    arity(vm, "dir", args, kw, 0, 1)?;
    let names = match args.first() {
        None => {
            let f = vm.current_frame.get();
            if f.is_null() {
                return Ok(crate::types::list::new_list(vec![]));
            }
            let l = crate::types::funcmethods::frame_locals(vm, f)?;
            vm.collect_iter(&l)?
        }
        Some(v) => {
            let d = v.ty().lookup(&vm.names.__dir__).ok_or_else(|| vm.type_error("object does not provide __dir__"))?;
            let r = if v.as_type().is_some() && !v.ty().has_flag(crate::types::typeobj::tflags::HEAPTYPE) {
                let f = vm.types.type_.as_type().expect("type").lookup(&vm.names.__dir__).expect("type.__dir__");
                vm.call(&f, &[v.clone()])?
            } else {
                vm.call(&d, &[v.clone()])?
            };
            vm.collect_iter(&r)?
        }
    };
    let sorted = crate::types::seqmethods::sort_values(vm, names, None, false)?;
    Ok(crate::types::list::new_list(sorted))
}

fn b_divmod(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    arity(vm, "divmod", args, kw, 2, 2)?;
    let (a, b) = (&args[0], &args[1]);
    let heap = crate::protocol::object::is_heap(a) || crate::protocol::object::is_heap(b);
    if !heap {
        if let (Some(_), Some(_)) = (as_int(a), as_int(b)) {
            let q = vm.binary_op(a, b, pyrite_bytecode::opcodes::nb::FLOOR_DIVIDE)?;
            let r = vm.binary_op(a, b, pyrite_bytecode::opcodes::nb::REMAINDER)?;
            return Ok(new_tuple(vec![q, r]));
        }
        if let (Some(x), Some(y)) = (crate::types::float::to_f64(vm, a)?, crate::types::float::to_f64(vm, b)?) {
            if y == 0.0 {
                return Err(vm.zero_division("float divmod()"));
            }
            let (q, r) = crate::types::float::float_divmod(x, y);
            return Ok(new_tuple(vec![crate::types::float::new_float(q), crate::types::float::new_float(r)]));
        }
    }
    if let Some(r) = vm.call_dunder(a, &vm.names.__divmod__, &[b.clone()])? {
        if !r.is(&vm.types.not_implemented) {
            return Ok(r);
        }
    }
    if let Some(r) = vm.call_dunder(b, &vm.names.__rdivmod__, &[a.clone()])? {
        if !r.is(&vm.types.not_implemented) {
            return Ok(r);
        }
    }
    Err(vm.type_error(&format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        a.ty().name(),
        b.ty().name()
    )))
}

fn caller_globals_locals(vm: &Vm) -> (Value, Value) {
    let f = vm.current_frame.get();
    if f.is_null() {
        let d = crate::types::dict::new_dict();
        return (d.clone(), d);
    }
    // SAFETY: the current frame is live.
    let g = unsafe { (*f).globals.clone() };
    let l = crate::types::funcmethods::frame_locals(vm, f).unwrap_or_else(|_| g.clone());
    (g, l)
}

fn exec_or_eval(vm: &Vm, args: &[Value], kwnames: Option<&Value>, eval: bool) -> PyResult<Value> {
    let name = if eval { "eval" } else { "exec" };
    let (pos, kws) = split_kwargs(args, kwnames);
    let mut src = pos.first().cloned();
    let mut globals = pos.get(1).cloned();
    let mut locals = pos.get(2).cloned();
    for (k, v) in kws {
        match k.as_rust_str() {
            Some("globals") => globals = Some(v.clone()),
            Some("locals") => locals = Some(v.clone()),
            Some("source") => src = Some(v.clone()),
            _ => return Err(vm.type_error(&format!("{name}() got an unexpected keyword argument"))),
        }
    }
    let src = src.ok_or_else(|| {
        // The two functions are parsed differently in CPython, hence two wordings.
        vm.type_error(if eval {
            "eval expected at least 1 argument, got 0"
        } else {
            "exec() takes at least 1 positional argument (0 given)"
        })
    })?;
    let globals = globals.filter(|g| !vm.is_none(g));
    let locals = locals.filter(|l| !vm.is_none(l));
    let is_mapping = |v: &Value| v.as_dict().is_some() || v.ty().lookup(&vm.names.__getitem__).is_some();
    if eval {
        if let Some(l) = &locals
            && !is_mapping(l)
        {
            return Err(vm.type_error("locals must be a mapping"));
        }
        if let Some(g) = &globals
            && g.as_dict().is_none()
        {
            return Err(vm.type_error(if is_mapping(g) {
                "globals must be a real dict; try eval(expr, {}, mapping)"
            } else {
                "globals must be a dict"
            }));
        }
    } else {
        if let Some(g) = &globals
            && g.as_dict().is_none()
        {
            return Err(vm.type_error(&format!("exec() globals must be a dict, not {}", g.ty().name())));
        }
        if let Some(l) = &locals
            && !is_mapping(l)
        {
            return Err(vm.type_error(&format!("locals must be a mapping or None, not {}", l.ty().name())));
        }
    }
    let (g, l) = match (globals, locals) {
        (None, None) => caller_globals_locals(vm),
        (Some(g), None) => (g.clone(), g),
        (None, Some(l)) => (caller_globals_locals(vm).0, l),
        (Some(g), Some(l)) => (g, l),
    };
    if g.as_dict().expect("dict").get_str(&vm.names.__builtins__).is_none() {
        g.as_dict().expect("dict").set_str(vm.names.__builtins__.clone(), vm.builtins_dict());
    }
    let code = if src.as_code().is_some() {
        src
    } else {
        let text = match source_text(vm, &src)? {
            Some(t) => t,
            None => {
                return Err(vm.type_error(&format!("{}() arg 1 must be a string, bytes or code object", name)));
            }
        };
        let text = if eval { text.trim_start_matches([' ', '\t']).to_string() } else { text };
        crate::import::compile_source(vm, &text, "<string>", if eval { pyrite_compiler::Mode::Eval } else { pyrite_compiler::Mode::Exec })?
    };
    let r = crate::eval::run_code(vm, &code, &g, Some(l))?;
    Ok(if eval { r } else { vm.none() })
}

fn b_eval(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    exec_or_eval(vm, args, kw, true)
}
fn b_exec(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    exec_or_eval(vm, args, kw, false)
}

fn b_compile(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    let mut vals: Vec<Option<Value>> = (0..3).map(|i| pos.get(i).cloned()).collect();
    for (k, v) in kws {
        let i = match k.as_rust_str() {
            Some("source") => 0,
            Some("filename") => 1,
            Some("mode") => 2,
            Some("flags") | Some("dont_inherit") | Some("optimize") => continue,
            _ => return Err(vm.type_error("compile() got an unexpected keyword argument")),
        };
        vals[i] = Some(v.clone());
    }
    let src = vals[0].clone().ok_or_else(|| vm.type_error("compile() missing required argument 'source' (pos 1)"))?;
    let filename = vals[1].clone().and_then(|f| f.as_rust_str().map(String::from)).ok_or_else(|| vm.type_error("compile() missing required argument 'filename' (pos 2)"))?;
    let mode = vals[2].clone().and_then(|f| f.as_rust_str().map(String::from)).ok_or_else(|| vm.type_error("compile() missing required argument 'mode' (pos 3)"))?;
    let m = match mode.as_str() {
        "exec" => pyrite_compiler::Mode::Exec,
        "eval" => pyrite_compiler::Mode::Eval,
        "single" => pyrite_compiler::Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let text = match source_text(vm, &src)? {
        Some(t) => t,
        None => return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object")),
    };
    crate::import::compile_source(vm, &text, &filename, m)
}

/// The text of a `compile()`/`exec()`/`eval()` source: a str as it is, bytes decoded by their
/// BOM or PEP 263 coding declaration (UTF-8 otherwise); `None` for any other object. Null
/// characters are refused, as CPython's tokenizer cannot see past them.
fn source_text(vm: &Vm, src: &Value) -> PyResult<Option<String>> {
    let text = if let Some(s) = src.as_rust_str() {
        s.to_string()
    } else if let Some(b) = src.as_bytes_vec() {
        if b.contains(&0) {
            return Err(vm.new_error(&vm.types.exc.syntax_error, "source code string cannot contain null bytes"));
        }
        let (body, bom) = match b.strip_prefix(b"\xef\xbb\xbf") {
            Some(rest) => (rest, true),
            None => (&b[..], false),
        };
        let enc = if bom { None } else { coding_cookie(body) };
        match enc {
            None => match std::str::from_utf8(body) {
                Ok(s) => s.to_string(),
                Err(_) => decode_source(vm, body, "utf-8")?,
            },
            Some(enc) => decode_source(vm, body, &enc)?,
        }
    } else {
        return Ok(None);
    };
    if text.contains('\0') {
        return Err(vm.new_error(&vm.types.exc.syntax_error, "source code string cannot contain null bytes"));
    }
    Ok(Some(text))
}

/// Decodes source bytes; a decoding failure is a `SyntaxError` ("(unicode error) ...").
fn decode_source(vm: &Vm, b: &[u8], enc: &str) -> PyResult<String> {
    match crate::types::bytesmethods::decode(vm, b, Some(&new_str(enc)), None) {
        Ok(s) => Ok(s.as_rust_str().unwrap_or("").to_string()),
        Err(e) => {
            let exc = e.0.clone();
            let is_unicode = exc.ty().is_subtype(&vm.types.exc.unicode_decode_error);
            let text = crate::types::excmethods::exception_str(vm, &exc)?;
            let text = text.as_rust_str().unwrap_or("").to_string();
            let msg = if is_unicode { format!("(unicode error) {text}") } else { text };
            Err(vm.new_error(&vm.types.exc.syntax_error, &msg))
        }
    }
}

/// The encoding named by a PEP 263 declaration in the first two lines (the second line counts
/// only when the first is blank or a comment).
fn coding_cookie(b: &[u8]) -> Option<String> {
    let mut lines = b.split(|&c| c == b'\n');
    for _ in 0..2 {
        let line = lines.next()?;
        let t: &[u8] = {
            let mut i = 0;
            while i < line.len() && matches!(line[i], b' ' | b'\t' | 0x0c) {
                i += 1;
            }
            &line[i..]
        };
        if t.first() != Some(&b'#') {
            if t.iter().all(|c| c.is_ascii_whitespace()) {
                continue;
            }
            return None;
        }
        let mut i = 0;
        while i + 6 <= t.len() {
            if &t[i..i + 6] == b"coding" && matches!(t.get(i + 6), Some(b':' | b'=')) {
                let mut j = i + 7;
                while j < t.len() && matches!(t[j], b' ' | b'\t') {
                    j += 1;
                }
                let start = j;
                while j < t.len() && (t[j].is_ascii_alphanumeric() || matches!(t[j], b'-' | b'_' | b'.')) {
                    j += 1;
                }
                if j > start {
                    return Some(String::from_utf8_lossy(&t[start..j]).into_owned());
                }
            }
            i += 1;
        }
    }
    None
}

fn b_format(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    arity(vm, "format", args, kw, 1, 2)?;
    let spec = args.get(1).cloned().unwrap_or_else(|| vm.types.empty_str.clone());
    if spec.as_str_data().is_none() {
        let tn = if vm.is_none(&spec) { "None" } else { spec.ty().name() };
        return Err(vm.type_error(&format!("format() argument 2 must be str, not {tn}")));
    }
    vm.format(&args[0], &spec)
}

fn b_globals(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    arity(vm, "globals", args, kw, 0, 0)?;
    Ok(caller_globals_locals(vm).0)
}

fn b_locals(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    arity(vm, "locals", args, kw, 0, 0)?;
    Ok(caller_globals_locals(vm).1)
}

fn b_vars(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    arity(vm, "vars", args, kw, 0, 1)?;
    match args.first() {
        None => Ok(caller_globals_locals(vm).1),
        Some(v) => match vm.get_attr_opt(v, &vm.names.__dict__)? {
            Some(d) => Ok(d),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

fn b_hash(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    arity(vm, "hash", args, kw, 1, 1)?;
    Ok(new_int(vm.hash(&args[0])?))
}

fn b_id(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    arity(vm, "id", args, kw, 1, 1)?;
    Ok(crate::types::int::new_int128(args[0].raw() as i128))
}

fn b_input(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    arity(vm, "input", args, kw, 0, 1)?;
    if let Some(p) = args.first() {
        let s = vm.str(p)?;
        print_to(vm, None, s.as_rust_str().unwrap_or(""))?;
    }
    vm.flush_stdout();
    let mut line = String::new();
    let n = std::io::BufRead::read_line(&mut std::io::stdin().lock(), &mut line).unwrap_or(0);
    if n == 0 {
        return Err(crate::vm::PyErr(vm.new_exception(&vm.types.exc.eof_error, vec![new_str("EOF when reading a line")])));
    }
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(new_str(&line))
}

/// The members of a `types.UnionType` (`int | None` gives `int`, `NoneType`).
fn union_members(vm: &Vm, cls: &Value) -> Option<Vec<Value>> {
    if !cls.is_exact(&vm.types.union_type) {
        return None;
    }
    let d = cls.downcast::<crate::types::iter::IterData>()?;
    let crate::types::iter::IterKind::Alias(_, args) = &d.kind else { return None };
    let items: Vec<Value> = match args.as_tuple() {
        Some(t) => t.to_vec(),
        None => vec![args.clone()],
    };
    Some(items.into_iter().map(|a| if vm.is_none(&a) { vm.types.none_type.clone() } else { a }).collect())
}

pub(crate) fn isinstance_check(vm: &Vm, obj: &Value, cls: &Value, depth: usize) -> PyResult<bool> {
    if depth > 1000 {
        return Err(vm.new_error(&vm.types.exc.recursion_error, "maximum recursion depth exceeded in __instancecheck__"));
    }
    if let Some(t) = cls.as_tuple() {
        for c in t {
            if isinstance_check(vm, obj, c, depth + 1)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if cls.as_type().is_some() {
        if obj.isinstance(cls) {
            return Ok(true);
        }
        let meta = cls.ty();
        if meta.has_flag(crate::types::typeobj::tflags::HEAPTYPE) {
            if let Some(f) = meta.lookup(&vm.names.__instancecheck__) {
                let r = vm.call(&f, &[cls.clone(), obj.clone()])?;
                return vm.is_true(&r);
            }
        }
        // `__class__` may differ from the type.
        if let Ok(Some(c)) = vm.get_attr_opt(obj, &vm.names.__class__) {
            if !c.is(&obj.type_value()) {
                if let Some(ct) = c.as_type() {
                    return Ok(ct.is_subtype(cls));
                }
            }
        }
        return Ok(false);
    }
    if let Some(members) = union_members(vm, cls) {
        for c in members {
            if isinstance_check(vm, obj, &c, depth + 1)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(alias) = cls.downcast::<crate::types::iter::IterData>() {
        if matches!(alias.kind, crate::types::iter::IterKind::Alias(..)) {
            return Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"));
        }
    }
    if let Some(f) = cls.ty().lookup(&vm.names.__instancecheck__) {
        let r = vm.call(&f, &[cls.clone(), obj.clone()])?;
        return vm.is_true(&r);
    }
    Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
}

fn b_isinstance(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    arity(vm, "isinstance", args, kw, 2, 2)?;
    Ok(vm.bool_value(isinstance_check(vm, &args[0], &args[1], 0)?))
}

fn issubclass_check(vm: &Vm, sub: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(t) = cls.as_tuple() {
        for c in t {
            if issubclass_check(vm, sub, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if cls.as_type().is_some() {
        let meta = cls.ty();
        if meta.has_flag(crate::types::typeobj::tflags::HEAPTYPE) {
            if let Some(f) = meta.lookup(&vm.names.__subclasscheck__) {
                let r = vm.call(&f, &[cls.clone(), sub.clone()])?;
                return vm.is_true(&r);
            }
        }
        return match sub.as_type() {
            Some(st) => Ok(st.is_subtype(cls)),
            None => abstract_issubclass(vm, sub, cls, 0),
        };
    }
    if let Some(members) = union_members(vm, cls) {
        if sub.as_type().is_none() {
            return Err(vm.type_error("issubclass() arg 1 must be a class"));
        }
        for c in members {
            if c.downcast::<crate::types::iter::IterData>().is_some() {
                return Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic"));
            }
            if issubclass_check(vm, sub, &c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(alias) = cls.downcast::<crate::types::iter::IterData>() {
        if matches!(alias.kind, crate::types::iter::IterKind::Alias(..)) {
            return Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic"));
        }
    }
    if let Some(f) = cls.ty().lookup(&vm.names.__subclasscheck__) {
        let r = vm.call(&f, &[cls.clone(), sub.clone()])?;
        return vm.is_true(&r);
    }
    Err(vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
}

/// `issubclass(sub, cls)` for a `sub` that is not a type but may act as a class through its
/// `__bases__` tuple (a generic alias, say) (= `abstract_issubclass`).
fn abstract_issubclass(vm: &Vm, sub: &Value, cls: &Value, depth: usize) -> PyResult<bool> {
    if sub.is(cls) {
        return Ok(true);
    }
    let bases = match vm.get_attr_opt(sub, &vm.intern("__bases__")) {
        Ok(b) => b,
        Err(e) if e.0.isinstance(&vm.types.exc.attribute_error) => None,
        Err(e) => return Err(e),
    };
    let Some(bases) = bases.filter(|b| b.as_tuple().is_some()) else {
        if depth == 0 {
            return Err(vm.type_error("issubclass() arg 1 must be a class"));
        }
        return Ok(false);
    };
    for b in bases.as_tuple().expect("tuple").iter() {
        if abstract_issubclass(vm, b, cls, depth + 1)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn b_issubclass(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    arity(vm, "issubclass", args, kw, 2, 2)?;
    Ok(vm.bool_value(issubclass_check(vm, &args[0], &args[1])?))
}

fn b_iter(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    arity(vm, "iter", args, kw, 1, 2)?;
    if args.len() == 2 {
        if !vm.is_callable(&args[0]) {
            return Err(vm.type_error("iter(object, sentinel): object must be callable"));
        }
        return Ok(crate::types::iter::new_iter(
            &vm.types.callable_iterator,
            crate::types::iter::IterKind::Callable { func: args[0].clone(), sentinel: args[1].clone() },
        ));
    }
    vm.get_iter(&args[0])
}

fn b_next(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    arity(vm, "next", args, kw, 1, 2)?;
    let it = &args[0];
    if !vm.is_iterator(it) {
        return Err(vm.type_error(&format!("'{}' object is not an iterator", it.ty().name())));
    }
    if args.len() == 1 && it.as_generator().is_some() {
        // Keep the return value of a finished generator in StopIteration.
        return match crate::types::genmethods::gen_next(vm, it)? {
            Some(v) => Ok(v),
            None => Err(vm.stop_iteration(None)),
        };
    }
    if args.len() == 1 && crate::protocol::object::is_heap(it) {
        let f = it.ty().lookup(&vm.names.__next__).expect("iterator");
        return vm.call(&f, &[it.clone()]);
    }
    match vm.iter_next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration(None)),
        },
    }
}

fn b_len(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    arity(vm, "len", args, kw, 1, 1)?;
    Ok(new_int(vm.len(&args[0])? as i64))
}

fn min_max(vm: &Vm, args: &[Value], kwnames: Option<&Value>, is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    let (pos, kws) = split_kwargs(args, kwnames);
    let mut key = None;
    let mut default = None;
    if kws.len() > 2 {
        return Err(vm.type_error(&format!("{name}() takes at most 2 keyword arguments ({} given)", kws.len())));
    }
    for (k, v) in kws {
        match k.as_rust_str() {
            Some("key") => key = Some(v.clone()).filter(|k| !vm.is_none(k)),
            Some("default") => default = Some(v.clone()),
            Some(o) => return Err(vm.type_error(&format!("'{o}' is an invalid keyword argument for {name}()"))),
            None => {}
        }
    }
    if pos.is_empty() {
        return Err(vm.type_error(&format!("{name} expected at least 1 argument, got 0")));
    }
    let items: Vec<Value> = if pos.len() == 1 {
        vm.collect_iter(&pos[0])?
    } else {
        if default.is_some() {
            return Err(vm.type_error(&format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        pos.to_vec()
    };
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) => vm.call(f, &[it.clone()])?,
            None => it.clone(),
        };
        match &best {
            None => best = Some((k, it)),
            Some((bk, _)) => {
                let r = vm.rich_compare(&k, bk, if is_max { 4 } else { 0 })?;
                if vm.is_true(&r)? {
                    best = Some((k, it));
                }
            }
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => default.ok_or_else(|| vm.value_error(&format!("{name}() iterable argument is empty"))),
    }
}

fn b_max(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    min_max(vm, args, kw, true)
}
fn b_min(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    min_max(vm, args, kw, false)
}

fn b_pow(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    if pos.len() + kws.len() > 3 {
        return Err(vm.type_error(&format!("pow() takes at most 3 arguments ({} given)", pos.len() + kws.len())));
    }
    let mut v: Vec<Option<Value>> = (0..3).map(|i| pos.get(i).cloned()).collect();
    for (k, val) in kws {
        let i = match k.as_rust_str() {
            Some("base") => 0,
            Some("exp") => 1,
            Some("mod") => 2,
            o => {
                return Err(vm.type_error(&format!("pow() got an unexpected keyword argument '{}'", o.unwrap_or(""))))
            }
        };
        v[i] = Some(val.clone());
    }
    let base = v[0].clone().ok_or_else(|| vm.type_error("pow() missing required argument 'base' (pos 1)"))?;
    let exp = v[1].clone().ok_or_else(|| vm.type_error("pow() missing required argument 'exp' (pos 2)"))?;
    match v[2].clone().filter(|m| !vm.is_none(m)) {
        None => vm.binary_op(&base, &exp, pyrite_bytecode::opcodes::nb::POWER),
        Some(m) => match (as_int(&base), as_int(&exp), as_int(&m)) {
            (Some(b), Some(e), Some(mm)) => crate::types::int::int_pow_mod(vm, &b, &e, &mm),
            _ => {
                // CPython's ternary_op: the operands' own power slots, then the modulus's.
                let is_heap = crate::protocol::object::is_heap;
                let numeric = |x: &Value| {
                    as_int(x).is_some()
                        || crate::types::float::as_float(x).is_some()
                        || x.ty().layout == Layout::Complex
                };
                let native_slot = |x: &Value| -> Option<PyResult<Value>> {
                    if crate::types::float::as_float(x).is_some()
                        && numeric(&base)
                        && numeric(&exp)
                        && !(as_int(&base).is_some() && as_int(&exp).is_some())
                    {
                        if base.ty().layout == Layout::Complex || exp.ty().layout == Layout::Complex {
                            return Some(Err(vm.value_error("complex modulo")));
                        }
                        return Some(Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")));
                    }
                    if x.ty().layout == Layout::Complex && numeric(&base) && numeric(&exp) {
                        return Some(Err(vm.value_error("complex modulo")));
                    }
                    None
                };
                if is_heap(&base) {
                    if let Some(f) = base.ty().lookup(&vm.names.__pow__) {
                        let r = vm.call(&f, &[base.clone(), exp.clone(), m.clone()])?;
                        if !r.is(&vm.types.not_implemented) {
                            return Ok(r);
                        }
                    }
                } else if let Some(r) = native_slot(&base) {
                    return r;
                }
                if !base.type_value().is(&exp.type_value()) {
                    if is_heap(&exp) {
                        // Three-argument power does not use __rpow__.
                    } else if let Some(r) = native_slot(&exp) {
                        return r;
                    }
                }
                let mt = m.type_value();
                if !is_heap(&m) && !mt.is(&base.type_value()) && !mt.is(&exp.type_value()) && numeric(&base) && numeric(&exp) {
                    if crate::types::float::as_float(&m).is_some() {
                        return Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"));
                    }
                    if m.ty().layout == Layout::Complex {
                        return Err(vm.value_error("complex modulo"));
                    }
                }
                Err(vm.type_error(&format!(
                    "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                    base.ty().name(),
                    exp.ty().name(),
                    m.ty().name()
                )))
            }
        },
    }
}

/// Writes `text` to `file` (None = sys.stdout).
fn print_to(vm: &Vm, file: Option<&Value>, text: &str) -> PyResult<()> {
    let target = match file {
        Some(f) if !vm.is_none(f) => f.clone(),
        _ => match vm.sys_attr("stdout") {
            Some(s) => s,
            None => return Err(vm.runtime_error("lost sys.stdout")),
        },
    };
    if vm.is_none(&target) {
        return Ok(());
    }
    if let Some(io) = target.downcast::<crate::modules::io::TextIOData>() {
        if io.fd == 2 {
            vm.flush_stdout();
        }
        io.write(text);
        return Ok(());
    }
    let w = vm.get_attr(&target, &vm.names.write)?;
    vm.call(&w, &[new_str(text)])?;
    Ok(())
}

fn b_print(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    let mut sep = None;
    let mut end = None;
    let mut file = None;
    let mut flush = false;
    for (k, v) in kws {
        match k.as_rust_str() {
            Some("sep") => sep = Some(v.clone()).filter(|x| !vm.is_none(x)),
            Some("end") => end = Some(v.clone()).filter(|x| !vm.is_none(x)),
            Some("file") => file = Some(v.clone()),
            Some("flush") => flush = vm.is_true(v)?,
            Some(o) => return Err(vm.type_error(&format!("'{o}' is an invalid keyword argument for print()"))),
            None => {}
        }
    }
    let check = |v: &Option<Value>, what: &str| -> PyResult<()> {
        if let Some(x) = v {
            if x.as_str_data().is_none() {
                return Err(vm.type_error(&format!("{what} must be None or a string, not {}", x.ty().name())));
            }
        }
        Ok(())
    };
    check(&sep, "sep")?;
    check(&end, "end")?;
    let sep_s = sep.as_ref().and_then(|s| s.as_rust_str()).unwrap_or(" ");
    let end_s = end.as_ref().and_then(|s| s.as_rust_str()).unwrap_or("\n");
    // The native stdout/stderr take the whole line at once; any other file gets one write()
    // per argument, separator and end, as CPython's print makes them.
    let native = match file.as_ref().filter(|f| !vm.is_none(f)) {
        Some(f) => f.downcast::<crate::modules::io::TextIOData>().is_some(),
        None => vm.sys_attr("stdout").is_some_and(|s| s.downcast::<crate::modules::io::TextIOData>().is_some()),
    };
    let mut out = String::new();
    for (i, a) in pos.iter().enumerate() {
        if i > 0 {
            out.push_str(sep_s);
            if !native {
                print_to(vm, file.as_ref(), &std::mem::take(&mut out))?;
            }
        }
        if let Some(s) = a.as_str_data() {
            if a.is_exact(&vm.types.str) {
                out.push_str(s.as_str());
                if !native {
                    print_to(vm, file.as_ref(), &std::mem::take(&mut out))?;
                }
                continue;
            }
        }
        let s = match vm.str(a) {
            Ok(s) => s,
            Err(e) => {
                // What was printed before the failing argument stays printed.
                if !out.is_empty() {
                    print_to(vm, file.as_ref(), &out)?;
                }
                return Err(e);
            }
        };
        out.push_str(s.as_rust_str().unwrap_or(""));
        if !native {
            print_to(vm, file.as_ref(), &std::mem::take(&mut out))?;
        }
    }
    out.push_str(end_s);
    print_to(vm, file.as_ref(), &out)?;
    if flush {
        match file.as_ref().filter(|f| !vm.is_none(f)) {
            Some(f) => {
                let fl = vm.get_attr(f, &vm.names.flush)?;
                vm.call(&fl, &[])?;
            }
            None => vm.flush_stdout(),
        }
    }
    Ok(vm.none())
}

fn b_repr(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    arity(vm, "repr", args, kw, 1, 1)?;
    vm.repr(&args[0])
}

fn b_round(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let a = clinic_args(vm, "round", args, kwnames, &["number", "ndigits"], 0, 1)?;
    let num = a[0].clone().ok_or_else(|| vm.type_error("round() missing required argument 'number' (pos 1)"))?;
    let nd = a[1].clone();
    let f = num.ty().lookup(&vm.names.__round__).ok_or_else(|| {
        vm.type_error(&format!("type {} doesn't define __round__ method", num.ty().name()))
    })?;
    match nd.filter(|n| !vm.is_none(n)) {
        Some(n) => vm.call(&f, &[num.clone(), n]),
        None => vm.call(&f, &[num.clone()]),
    }
}

fn b_sorted(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    if pos.len() != 1 {
        return Err(vm.type_error(&format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let l = crate::types::list::new_list(vm.collect_iter(&pos[0])?);
    let sort = vm.get_attr_str(&l, "sort")?;
    let names: Vec<Value> = kws.iter().map(|(k, _)| (*k).clone()).collect();
    let vals: Vec<Value> = kws.iter().map(|(_, v)| (*v).clone()).collect();
    let kn = if names.is_empty() { None } else { Some(new_tuple(names)) };
    vm.call_kw(&sort, &vals, kn.as_ref())?;
    Ok(l)
}

/// `sum()` with CPython 3.12's fast paths: exact int sums, and compensated (Neumaier) float sums.
fn b_sum(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let a = clinic_args(vm, "sum", args, kwnames, &["iterable", "start"], 1, 1)?;
    let iterable = a[0].clone().ok_or_else(|| vm.type_error("sum() takes at least 1 positional argument (0 given)"))?;
    let pos = std::slice::from_ref(&iterable);
    let start = a[1].clone();
    let mut acc = start.unwrap_or(Value::small_int(0));
    if acc.as_str_data().is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if acc.downcast::<crate::types::bytes::BytesData>().is_some() {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    if acc.downcast::<crate::types::bytes::ByteArrayData>().is_some() {
        return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
    }
    let it = vm.get_iter(&pos[0])?;
    // Integer fast path.
    if acc.is_small_int() {
        let mut total: i128 = acc.small_int_unchecked() as i128;
        loop {
            let Some(v) = vm.iter_next(&it)? else { return Ok(crate::types::int::new_int128(total)) };
            if let Some(i) = v.as_small_int() {
                total += i as i128;
                if total.abs() < (1i128 << 100) {
                    continue;
                }
            }
            acc = vm.binary_op(&crate::types::int::new_int128(total), &v, pyrite_bytecode::opcodes::nb::ADD)?;
            break;
        }
    }
    // Float fast path with compensation (3.12).
    if let Some(f0) = crate::types::float::as_float(&acc).filter(|_| acc.is_exact(&vm.types.float)) {
        let mut s = f0;
        let mut c = 0.0f64;
        loop {
            let Some(v) = vm.iter_next(&it)? else {
                let r = if c != 0.0 && c.is_finite() { s + c } else { s };
                return Ok(crate::types::float::new_float(r));
            };
            // Ints that fit a C long are added without compensation, as in CPython 3.12.
            if let Some(i) = as_int(&v).and_then(|i| i.to_i64()) {
                s += i as f64;
                continue;
            }
            let x = if v.is_exact(&vm.types.float) { crate::types::float::as_float(&v) } else { None };
            match x {
                Some(x) => {
                    let t = s + x;
                    if s.abs() >= x.abs() {
                        c += (s - t) + x;
                    } else {
                        c += (x - t) + s;
                    }
                    s = t;
                }
                None => {
                    let r = if c != 0.0 && c.is_finite() { s + c } else { s };
                    acc = vm.binary_op(&crate::types::float::new_float(r), &v, pyrite_bytecode::opcodes::nb::ADD)?;
                    break;
                }
            }
        }
    }
    while let Some(v) = vm.iter_next(&it)? {
        acc = vm.binary_op(&acc, &v, pyrite_bytecode::opcodes::nb::ADD)?;
    }
    Ok(acc)
}

fn b_import(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    let mut v: Vec<Option<Value>> = (0..5).map(|i| pos.get(i).cloned()).collect();
    for (k, val) in kws {
        let i = match k.as_rust_str() {
            Some("name") => 0,
            Some("globals") => 1,
            Some("locals") => 2,
            Some("fromlist") => 3,
            Some("level") => 4,
            _ => continue,
        };
        v[i] = Some(val.clone());
    }
    let name = v[0].clone().ok_or_else(|| vm.type_error("__import__() missing required argument 'name' (pos 1)"))?;
    if name.as_str_data().is_none() {
        return Err(vm.type_error("module name must be a string"));
    }
    if let Some(level) = &v[4] {
        // `level` is a C int: anything without `__index__` is refused.
        vm.index(level)?;
    }
    let globals = v[1].clone().filter(|g| !vm.is_none(g)).unwrap_or_else(crate::types::dict::new_dict);
    let fromlist = v[3].clone().unwrap_or_else(|| vm.none());
    let level = v[4].clone().unwrap_or(Value::small_int(0));
    crate::import::import_name(vm, &name, &globals, &fromlist, &level)
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
fn b_build_class(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    if pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = &pos[0];
    let fd = func.downcast::<FunctionData>().ok_or_else(|| vm.type_error("__build_class__: func must be a function"))?;
    let name = &pos[1];
    if name.as_str_data().is_none() {
        return Err(vm.type_error("__build_class__: name is not a string"));
    }
    let orig_bases: Vec<Value> = pos[2..].to_vec();
    // PEP 560: __mro_entries__.
    let mut bases = Vec::new();
    let mut changed = false;
    for b in &orig_bases {
        if b.as_type().is_none() {
            if let Some(me) = vm.get_attr_opt(b, &vm.names.__mro_entries__)? {
                let r = vm.call(&me, &[new_tuple(orig_bases.clone())])?;
                let t = r.as_tuple().ok_or_else(|| vm.type_error("__mro_entries__ must return a tuple"))?;
                bases.extend(t.iter().cloned());
                changed = true;
                continue;
            }
        }
        bases.push(b.clone());
    }
    let mut meta = None;
    let mut extra: Vec<(Value, Value)> = Vec::new();
    for (k, v) in &kws {
        if k.as_rust_str() == Some("metaclass") {
            meta = Some((*v).clone());
        } else {
            extra.push(((*k).clone(), (*v).clone()));
        }
    }
    let is_class_meta = meta.is_none() || meta.as_ref().is_some_and(|m| m.as_type().is_some());
    let mut meta = meta.unwrap_or_else(|| match bases.first() {
        Some(b) => b.type_value(),
        None => vm.types.type_.clone(),
    });
    if is_class_meta {
        // The most derived metaclass.
        for b in &bases {
            let bt = b.type_value();
            let mt = meta.as_type().expect("type");
            if mt.is_subtype(&bt) {
                continue;
            }
            if bt.as_type().expect("type").is_subtype(&meta) {
                meta = bt;
                continue;
            }
            return Err(vm.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
    }
    let bases_t = new_tuple(bases);
    let extra_names: Vec<Value> = extra.iter().map(|(k, _)| k.clone()).collect();
    let extra_vals: Vec<Value> = extra.iter().map(|(_, v)| v.clone()).collect();
    let kn = if extra_names.is_empty() { None } else { Some(new_tuple(extra_names)) };
    let ns = match vm.get_attr_opt(&meta, &vm.names.__prepare__)? {
        Some(prep) => {
            let mut a = vec![name.clone(), bases_t.clone()];
            a.extend(extra_vals.iter().cloned());
            vm.call_kw(&prep, &a, kn.as_ref())?
        }
        None => crate::types::dict::new_dict(),
    };
    if ns.as_dict().is_none() && (ns.is_small_int() || ns.ty().lookup(&vm.names.__getitem__).is_none()) {
        let who = meta.as_type().map_or_else(|| "<metaclass>".to_string(), |t| t.name().to_string());
        return Err(vm.type_error(&format!(
            "{who}.__prepare__() must return a mapping, not {}",
            ns.ty().name()
        )));
    }
    // Run the class body with the namespace as its locals.
    let code = fd.code().clone();
    let cd = code.as_code().expect("code");
    let f = vm.frames.alloc(cd.framesize);
    // SAFETY: fresh frame memory.
    unsafe {
        crate::frame::Frame::init(f, code.clone(), Some(func.clone()), fd.globals.clone(), fd.builtins.clone(), Some(ns.clone()), crate::frame::Owner::Thread);
    }
    let cell = match crate::eval::run_frame(vm, f, None)? {
        crate::eval::FrameExit::Return(v) => v,
        crate::eval::FrameExit::Yield(v) => v,
    };
    if changed {
        vm.set_item(&ns, vm.names.__orig_bases__.clone(), new_tuple(orig_bases))?;
    }
    let mut a = vec![name.clone(), bases_t, ns];
    a.extend(extra_vals.iter().cloned());
    // `type.__new__` calls `__init_subclass__` with the class keywords it is given.
    let cls = vm.call_kw(&meta, &a, kn.as_ref())?;
    if let Some(c) = cell.downcast::<crate::types::function::CellData>() {
        if let Some(v) = c.get() {
            if !v.is(&cls) && cls.as_type().is_some() {
                return Err(vm.type_error(&format!(
                    "__class__ set to {} defining '{}' as {}",
                    vm.repr_string(&v),
                    name.as_rust_str().unwrap_or("?"),
                    vm.repr_string(&cls)
                )));
            }
        } else if cls.as_type().is_some() {
            return Err(vm.runtime_error(&format!(
                "__class__ not set defining {} as {}. Was __classcell__ propagated to type.__new__?",
                vm.repr_string(name),
                vm.repr_string(&cls)
            )));
        }
    }
    Ok(cls)
}

fn b_open(vm: &Vm, args: &[Value], _kw: Option<&Value>) -> PyResult<Value> {
    let name = args.first().map(|a| vm.repr_string(a)).unwrap_or_default();
    Err(crate::vm::PyErr(vm.new_exception(
        &vm.types.exc.os_error,
        vec![new_int(38), new_str("open() is not supported yet"), new_str(&name)],
    )))
}

/// Argument parsing with Argument Clinic's rules and messages (`_PyArg_UnpackKeywords`):
/// `params` in order, the first `posonly` positional-only, the first `required` required.
/// `args` excludes any `self`/`cls`.
pub fn clinic_args(
    vm: &Vm,
    fname: &str,
    args: &[Value],
    kwnames: Option<&Value>,
    params: &[&str],
    posonly: usize,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let names: &[Value] = kwnames.and_then(|k| k.as_tuple()).unwrap_or(&[]);
    let nkw = names.len().min(args.len());
    let nargs = args.len() - nkw;
    let (pos, kwv) = args.split_at(nargs);
    let max = params.len();
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if nargs + nkw > max {
        return Err(vm.type_error(&format!(
            "{fname}() takes at most {max} {}argument{} ({} given)",
            if nargs == 0 { "keyword " } else { "" },
            plural(max),
            nargs + nkw
        )));
    }
    let minpos = posonly.min(required);
    if nargs < minpos {
        return Err(vm.type_error(&format!(
            "{fname}() takes at least {minpos} positional argument{} ({nargs} given)",
            plural(minpos)
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; max];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    let mut used = vec![false; nkw];
    for i in nargs..max {
        if i >= posonly {
            for (j, k) in names.iter().enumerate().take(nkw) {
                if !used[j] && k.as_rust_str() == Some(params[i]) {
                    used[j] = true;
                    out[i] = Some(kwv[j].clone());
                    break;
                }
            }
        }
        if out[i].is_none() && i < required {
            return Err(vm.type_error(&format!("{fname}() missing required argument '{}' (pos {})", params[i], i + 1)));
        }
    }
    for (j, k) in names.iter().enumerate().take(nkw) {
        if used[j] {
            continue;
        }
        let kn = k.as_rust_str().unwrap_or("");
        if let Some(i) = params.iter().position(|p| *p == kn) {
            if i >= posonly && i < nargs {
                return Err(vm.type_error(&format!(
                    "argument for {fname}() given by name ('{kn}') and position ({})",
                    i + 1
                )));
            }
        }
        return Err(vm.type_error(&format!("'{kn}' is an invalid keyword argument for {fname}()")));
    }
    Ok(out)
}

/// `NoneType()`, `type(...)()`, `type(NotImplemented)()`: the singleton (CPython's
/// `none_new`, `ellipsis_new`, `notimplemented_new`).
fn singleton_new(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let cls = args.first().cloned().unwrap_or_else(|| vm.types.none_type.clone());
    let name = cls.as_type().map(|t| t.name().to_string()).unwrap_or_default();
    if args.len() > 1 || kwnames.is_some_and(|k| k.as_tuple().is_some_and(|t| !t.is_empty())) {
        return Err(vm.type_error(&format!("{name} takes no arguments")));
    }
    let t = &vm.types;
    Ok(if cls.is(&t.ellipsis_type) {
        t.ellipsis.clone()
    } else if cls.is(&t.not_implemented_type) {
        t.not_implemented.clone()
    } else {
        vm.none()
    })
}

pub fn init(vm: &Vm) {
    for ty in [&vm.types.none_type, &vm.types.ellipsis_type, &vm.types.not_implemented_type] {
        if ty.as_type().is_some_and(|td| td.dict().get_str(&vm.intern("__new__")).is_none()) {
            crate::types::descr::add_method(vm, ty, "__new__", singleton_new, crate::types::descr::MethodKind::Static);
        }
    }
    let m = crate::types::module::new_module(vm, "builtins");
    let d = m.as_module().expect("module").dict.clone();
    let dd = d.as_dict().expect("dict");
    let fns: &[(&'static str, NativeFn)] = &[
        ("abs", b_abs),
        ("all", b_all),
        ("any", b_any),
        ("ascii", b_ascii),
        ("bin", b_bin),
        ("oct", b_oct),
        ("hex", b_hex),
        ("callable", b_callable),
        ("chr", b_chr),
        ("ord", b_ord),
        ("compile", b_compile),
        ("delattr", b_delattr),
        ("getattr", b_getattr),
        ("hasattr", b_hasattr),
        ("setattr", b_setattr),
        ("dir", b_dir),
        ("divmod", b_divmod),
        ("eval", b_eval),
        ("exec", b_exec),
        ("format", b_format),
        ("globals", b_globals),
        ("locals", b_locals),
        ("vars", b_vars),
        ("hash", b_hash),
        ("id", b_id),
        ("input", b_input),
        ("isinstance", b_isinstance),
        ("issubclass", b_issubclass),
        ("iter", b_iter),
        ("next", b_next),
        ("aiter", crate::types::coroutine::builtin_aiter),
        ("anext", crate::types::coroutine::builtin_anext),
        ("len", b_len),
        ("max", b_max),
        ("min", b_min),
        ("pow", b_pow),
        ("print", b_print),
        ("repr", b_repr),
        ("round", b_round),
        ("sorted", b_sorted),
        ("sum", b_sum),
        ("open", b_open),
        ("__import__", b_import),
        ("__build_class__", b_build_class),
    ];
    for (name, f) in fns {
        dd.set_str(vm.intern(name), new_builtin(name, *f, None));
    }
    site::install(vm, dd);
    let t = &vm.types;
    let types: &[(&str, &Value)] = &[
        ("bool", &t.bool_),
        ("bytearray", &t.bytearray),
        ("memoryview", &t.memoryview),
        ("bytes", &t.bytes),
        ("classmethod", &t.classmethod),
        ("complex", &t.complex),
        ("dict", &t.dict),
        ("enumerate", &t.enumerate),
        ("filter", &t.filter),
        ("float", &t.float),
        ("frozenset", &t.frozenset),
        ("int", &t.int),
        ("list", &t.list),
        ("map", &t.map),
        ("object", &t.object),
        ("property", &t.property),
        ("range", &t.range),
        ("reversed", &t.reversed),
        ("set", &t.set),
        ("slice", &t.slice),
        ("staticmethod", &t.staticmethod),
        ("str", &t.str),
        ("super", &t.super_),
        ("tuple", &t.tuple),
        ("type", &t.type_),
        ("zip", &t.zip),
        ("BaseException", &t.base_exception),
    ];
    for (name, ty) in types {
        dd.set_str(vm.intern(name), (*ty).clone());
    }
    for (name, ty) in t.exc.all() {
        dd.set_str(vm.intern(name), ty.clone());
    }
    dd.set_str(vm.intern("EnvironmentError"), t.exc.os_error.clone());
    dd.set_str(vm.intern("IOError"), t.exc.os_error.clone());
    dd.set_str(vm.intern("None"), vm.none());
    dd.set_str(vm.intern("True"), vm.bool_value(true));
    dd.set_str(vm.intern("False"), vm.bool_value(false));
    dd.set_str(vm.intern("Ellipsis"), t.ellipsis.clone());
    dd.set_str(vm.intern("NotImplemented"), t.not_implemented.clone());
    dd.set_str(vm.intern("__debug__"), vm.bool_value(true));
    dd.set_str(vm.names.__doc__.clone(), new_str("Built-in functions, types, exceptions, and other objects."));
    // Every built-in type reports module 'builtins'.
    let _ = Layout::Object;
    let _ = new_bigint;
    // SAFETY: init-time writes.
    unsafe {
        *vm.builtins.get() = Some(m);
        *vm.builtins_dict.get() = Some(d);
    }
}
