//! Attributes of functions, methods, built-in functions, code objects, modules, frames and
//! cells.

use crate::frame::object::FrameObjectData;
use crate::frame::Frame;
use crate::object::Value;
use crate::types::descr::{add_getset, add_method, MethodKind};
use crate::types::function::{BuiltinData, CellData, FunctionData, MethodData};
use crate::types::int::new_int;
use crate::types::str::new_str;
use crate::types::tuple::new_tuple;
use crate::vm::{PyResult, Vm};

fn f(v: &Value) -> &FunctionData {
    v.downcast::<FunctionData>().expect("function")
}

macro_rules! cell_getset {
    ($get:ident, $set:ident, $field:ident, $opt:expr) => {
        fn $get(vm: &Vm, v: &Value) -> PyResult<Value> {
            // SAFETY: short read.
            let x = unsafe { (*f(v).$field.get()).clone() };
            Ok($opt(vm, x))
        }
        fn $set(vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
            let n = n.unwrap_or_else(|| vm.none());
            // SAFETY: short write; old value dropped after.
            let old = unsafe { std::mem::replace(&mut *f(v).$field.get(), n) };
            drop(old);
            Ok(())
        }
    };
}

fn ident(_vm: &Vm, x: Value) -> Value {
    x
}
cell_getset!(get_name, set_name_raw, name, ident);
cell_getset!(get_qualname, set_qualname_raw, qualname, ident);

/// `f.__name__ = n`: a str, never deleted.
fn set_name(vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    match n {
        Some(n) if n.as_str_data().is_some() => set_name_raw(vm, v, Some(n)),
        _ => Err(vm.type_error("__name__ must be set to a string object")),
    }
}

/// `f.__qualname__ = n`: a str, never deleted.
fn set_qualname(vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    match n {
        Some(n) if n.as_str_data().is_some() => set_qualname_raw(vm, v, Some(n)),
        _ => Err(vm.type_error("__qualname__ must be set to a string object")),
    }
}
cell_getset!(get_doc, set_doc, doc, ident);
cell_getset!(get_module, set_module, module, ident);

fn get_defaults(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(f(v).defaults().cloned().unwrap_or_else(|| vm.none()))
}
fn set_defaults(vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let n = n.filter(|x| !vm.is_none(x));
    if let Some(x) = &n {
        if x.as_tuple().is_none() {
            return Err(vm.type_error("__defaults__ must be set to a tuple object"));
        }
    }
    // SAFETY: short write.
    let old = unsafe { std::mem::replace(&mut *f(v).defaults.get(), n) };
    drop(old);
    Ok(())
}
fn get_kwdefaults(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(f(v).kwdefaults().cloned().unwrap_or_else(|| vm.none()))
}
fn set_kwdefaults(vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let n = n.filter(|x| !vm.is_none(x));
    // SAFETY: short write.
    let old = unsafe { std::mem::replace(&mut *f(v).kwdefaults.get(), n) };
    drop(old);
    Ok(())
}
fn get_type_params(vm: &Vm, v: &Value) -> PyResult<Value> {
    // SAFETY: short read.
    Ok(unsafe { (*f(v).type_params.get()).clone() }.unwrap_or_else(|| vm.types.empty_tuple.clone()))
}
/// Sets `__type_params__`, which must be a tuple.
pub fn set_type_params(vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let n = match n {
        Some(t) if t.as_tuple().is_some() => t,
        None => return Err(vm.type_error("__type_params__ must be set to a tuple")),
        Some(_) => return Err(vm.type_error("__type_params__ must be set to a tuple")),
    };
    // SAFETY: short write.
    let old = unsafe { std::mem::replace(&mut *f(v).type_params.get(), Some(n)) };
    drop(old);
    Ok(())
}
fn get_code(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(f(v).code().clone())
}
fn set_code(vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let n = n.ok_or_else(|| vm.type_error("__code__ must be set to a code object"))?;
    if n.as_code().is_none() {
        return Err(vm.type_error("__code__ must be set to a code object"));
    }
    // SAFETY: short write.
    let old = unsafe { std::mem::replace(&mut *f(v).code.get(), n) };
    drop(old);
    Ok(())
}
fn get_globals(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(f(v).globals.clone())
}
fn get_builtins(_vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(f(v).builtins.clone())
}
fn get_closure(vm: &Vm, v: &Value) -> PyResult<Value> {
    Ok(f(v).closure.clone().unwrap_or_else(|| vm.none()))
}
fn get_annotations(_vm: &Vm, v: &Value) -> PyResult<Value> {
    // SAFETY: short access.
    unsafe {
        let a = &mut *f(v).annotations.get();
        if a.is_none() {
            *a = Some(crate::types::dict::new_dict());
        }
        Ok(a.clone().expect("set"))
    }
}
fn set_annotations(vm: &Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    // SAFETY: short write.
    let old = unsafe { std::mem::replace(&mut *f(v).annotations.get(), n.filter(|x| !vm.is_none(x))) };
    drop(old);
    Ok(())
}
fn get_fdict(vm: &Vm, v: &Value) -> PyResult<Value> {
    vm.instance_dict(v).ok_or_else(|| vm.type_error("no dict"))
}

fn func_get(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("expected at least 1 argument, got 0"));
    }
    let obj = args.get(1).cloned().unwrap_or_else(|| vm.none());
    if vm.is_none(&obj) {
        return Ok(args[0].clone());
    }
    Ok(crate::types::function::new_method(args[0].clone(), obj))
}

fn func_repr(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    crate::protocol::repr::repr_value(vm, &args[0])
}

pub fn init(vm: &Vm) {
    let t = &vm.types.function;
    add_getset(vm, t, "__name__", get_name, Some(set_name));
    add_getset(vm, t, "__qualname__", get_qualname, Some(set_qualname));
    add_getset(vm, t, "__doc__", get_doc, Some(set_doc));
    add_getset(vm, t, "__module__", get_module, Some(set_module));
    add_getset(vm, t, "__defaults__", get_defaults, Some(set_defaults));
    add_getset(vm, t, "__kwdefaults__", get_kwdefaults, Some(set_kwdefaults));
    add_getset(vm, t, "__code__", get_code, Some(set_code));
    add_getset(vm, t, "__type_params__", get_type_params, Some(set_type_params));
    add_getset(vm, t, "__globals__", get_globals, None);
    add_getset(vm, t, "__builtins__", get_builtins, None);
    add_getset(vm, t, "__closure__", get_closure, None);
    add_getset(vm, t, "__annotations__", get_annotations, Some(set_annotations));
    add_getset(vm, t, "__dict__", get_fdict, None);
    add_method(vm, t, "__get__", func_get, MethodKind::Instance);
    add_method(vm, t, "__repr__", func_repr, MethodKind::Instance);
    let m = &vm.types.method;
    add_method(vm, m, "__new__", method_new, MethodKind::Static);
    add_getset(vm, m, "__func__", |_, v| Ok(v.downcast::<MethodData>().expect("m").func.clone()), None);
    add_getset(vm, m, "__self__", |_, v| Ok(v.downcast::<MethodData>().expect("m").self_.clone()), None);
    add_getset(vm, m, "__name__", |vm, v| vm.get_attr(&v.downcast::<MethodData>().expect("m").func, &vm.names.__name__), None);
    add_getset(vm, m, "__qualname__", |vm, v| vm.get_attr(&v.downcast::<MethodData>().expect("m").func, &vm.names.__qualname__), None);
    add_getset(vm, m, "__doc__", |vm, v| vm.get_attr(&v.downcast::<MethodData>().expect("m").func, &vm.names.__doc__), None);
    add_getset(vm, m, "__module__", |vm, v| vm.get_attr(&v.downcast::<MethodData>().expect("m").func, &vm.names.__module__), None);
    for b in [&vm.types.builtin_function, &vm.types.method_wrapper] {
    add_getset(vm, b, "__name__", |_, v| Ok(new_str(v.downcast::<BuiltinData>().expect("b").name)), None);
    add_getset(vm, b, "__qualname__", |_, v| {
        let bd = v.downcast::<BuiltinData>().expect("b");
        Ok(new_str(&match bd.self_.as_ref().or(bd.owner.as_ref()) {
            Some(s) if s.as_module().is_none() => {
                let owner = if s.as_type().is_some() { s.ty_name_of_type() } else { s.ty().name().to_string() };
                format!("{}.{}", owner, bd.name)
            }
            _ => bd.name.to_string(),
        }))
    }, None);
    add_getset(vm, b, "__self__", |vm, v| {
        let bd = v.downcast::<BuiltinData>().expect("b");
        // A native `__new__` is bound to its type; other static methods to nothing.
        let owner = bd.owner.clone().filter(|_| bd.name == "__new__");
        if let Some(s) = bd.self_.clone().or(owner) {
            return Ok(s);
        }
        // A module-level function is bound to its module.
        let module = bd.owner.is_none().then_some(bd.module).flatten();
        Ok(module
            .and_then(|m| vm.sys_modules().as_dict().and_then(|d| d.get_str(&vm.intern(m))))
            .unwrap_or_else(|| vm.none()))
    }, None);
    add_getset(vm, b, "__module__", |vm, v| Ok(match v.downcast::<BuiltinData>().expect("b").module {
        Some(m) => new_str(m),
        None => vm.none(),
    }), None);
    add_getset(vm, b, "__doc__", |vm, _| Ok(vm.none()), None);
    }
    let c = &vm.types.cell;
    add_getset(vm, c, "cell_contents", |vm, v| {
        v.downcast::<CellData>().expect("cell").get().ok_or_else(|| vm.value_error("Cell is empty"))
    }, Some(|_, v, n| {
        drop(v.downcast::<CellData>().expect("cell").set(n));
        Ok(())
    }));
}

fn co(v: &Value) -> &crate::types::code::CodeData {
    v.as_code().expect("code")
}

fn names_tuple(vm: &Vm, names: Vec<std::rc::Rc<str>>) -> Value {
    new_tuple(names.iter().map(|n| vm.intern(n)).collect())
}

fn code_lines(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let c = co(&args[0]);
    let items: Vec<Value> = pyrite_bytecode::linetable::lines(&c.source)
        .into_iter()
        .map(|(s, e, l)| new_tuple(vec![new_int(s as i64), new_int(e as i64), l.map(|l| new_int(l as i64)).unwrap_or_else(|| vm.none())]))
        .collect();
    vm.get_iter(&crate::types::list::new_list(items))
}

fn code_positions(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let c = co(&args[0]);
    let opt = |x: Option<u32>| x.map(|v| new_int(v as i64)).unwrap_or_else(|| vm.none());
    let mut items = Vec::new();
    for e in pyrite_bytecode::linetable::positions(&c.source) {
        let n = (e.end - e.start) / 2;
        for _ in 0..n {
            items.push(new_tuple(vec![opt(e.line), opt(e.end_line), opt(e.col), opt(e.end_col)]));
        }
    }
    vm.get_iter(&crate::types::list::new_list(items))
}

pub fn init_code(vm: &Vm) {
    let t = &vm.types.code;
    add_getset(vm, t, "co_name", |_, v| Ok(co(v).name.clone()), None);
    add_getset(vm, t, "co_qualname", |_, v| Ok(co(v).qualname.clone()), None);
    add_getset(vm, t, "co_filename", |_, v| Ok(co(v).filename.clone()), None);
    add_getset(vm, t, "co_firstlineno", |_, v| Ok(new_int(co(v).source.firstlineno as i64)), None);
    add_getset(vm, t, "co_argcount", |_, v| Ok(new_int(co(v).source.argcount as i64)), None);
    add_getset(vm, t, "co_posonlyargcount", |_, v| Ok(new_int(co(v).source.posonlyargcount as i64)), None);
    add_getset(vm, t, "co_kwonlyargcount", |_, v| Ok(new_int(co(v).source.kwonlyargcount as i64)), None);
    add_getset(vm, t, "co_nlocals", |_, v| Ok(new_int(co(v).source.nlocals() as i64)), None);
    add_getset(vm, t, "co_stacksize", |_, v| Ok(new_int(co(v).source.stacksize as i64)), None);
    add_getset(vm, t, "co_flags", |_, v| Ok(new_int(co(v).source.flags as i64)), None);
    add_getset(vm, t, "co_code", |_, v| Ok(crate::types::bytes::new_bytes(co(v).source.code.clone())), None);
    add_getset(vm, t, "co_consts", |_, v| Ok(new_tuple(co(v).consts.to_vec())), None);
    add_getset(vm, t, "co_names", |_, v| Ok(new_tuple(co(v).names.to_vec())), None);
    add_getset(vm, t, "co_varnames", |vm, v| Ok(names_tuple(vm, co(v).source.varnames())), None);
    add_getset(vm, t, "co_cellvars", |vm, v| Ok(names_tuple(vm, co(v).source.cellvars())), None);
    add_getset(vm, t, "co_freevars", |vm, v| Ok(names_tuple(vm, co(v).source.freevars())), None);
    add_getset(vm, t, "co_linetable", |_, v| Ok(crate::types::bytes::new_bytes(co(v).source.linetable.clone())), None);
    add_getset(vm, t, "co_exceptiontable", |_, v| Ok(crate::types::bytes::new_bytes(co(v).source.exceptiontable.clone())), None);
    add_method(vm, t, "co_lines", code_lines, MethodKind::Instance);
    add_method(vm, t, "co_positions", code_positions, MethodKind::Instance);
    init_code_methods(vm);
}

fn module_new(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let name = args.get(1).and_then(|n| n.as_rust_str()).ok_or_else(|| vm.type_error("module.__new__() argument 'name' must be str"))?;
    let m = crate::types::module::new_module(vm, name);
    // A ModuleType subclass: the same module, of the subclass.
    if let Some(cls) = args.first().filter(|c| !c.is(&vm.types.module) && c.as_type().is_some_and(|t| t.is_subtype(&vm.types.module))) {
        let dict = m.as_module().expect("module").dict.clone();
        let m = crate::types::object::alloc_instance(cls, crate::types::module::ModuleData { dict });
        if let Some(doc) = args.get(2) {
            m.as_module().expect("module").dict.as_dict().expect("dict").set_str(vm.names.__doc__.clone(), doc.clone());
        }
        return Ok(m);
    }
    if let Some(doc) = args.get(2) {
        m.as_module().expect("module").dict.as_dict().expect("dict").set_str(vm.names.__doc__.clone(), doc.clone());
    }
    Ok(m)
}

fn module_init(vm: &Vm, _args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    Ok(vm.none())
}

fn module_dir(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let d = args[0].as_module().expect("module").dict.as_dict().expect("dict");
    if let Some(f) = d.get_str(&vm.names.__dir__) {
        return vm.call(&f, &[]);
    }
    Ok(crate::types::list::new_list(d.keys())).map(|v| {
        let _ = vm;
        v
    })
}

pub fn init_module(vm: &Vm) {
    let t = &vm.types.module;
    add_method(vm, t, "__new__", module_new, MethodKind::Static);
    add_method(vm, t, "__init__", module_init, MethodKind::Instance);
    add_method(vm, t, "__dir__", module_dir, MethodKind::Instance);
    add_getset(vm, t, "__dict__", |_, v| Ok(v.as_module().expect("module").dict.clone()), None);
}

/// The interpreter frame behind a frame object, if still available.
fn frame_of(v: &Value) -> Option<*mut Frame> {
    let d = v.downcast::<FrameObjectData>()?;
    let p = d.frame();
    if p.is_null() { None } else { Some(p) }
}

/// `f_lineno` of a frame.
pub fn frame_lineno(f: *mut Frame) -> i64 {
    // SAFETY: the frame is live or owned by its frame object.
    unsafe {
        let li = (*f).prev_instr.max(0) as u32;
        pyrite_bytecode::linetable::line_for_offset(&(*f).code_data().source, li * 2)
            .map(|l| l as i64)
            .unwrap_or((*f).code_data().source.firstlineno as i64)
    }
}

pub fn frame_repr(vm: &Vm, v: &Value) -> String {
    match frame_of(v) {
        Some(f) => {
            // SAFETY: the frame is live or owned.
            let c = unsafe { (*f).code_data() };
            format!(
                "<frame at {:#x}, file {}, line {}, code {}>",
                v.raw(),
                vm.repr_string(&c.filename),
                frame_lineno(f),
                c.name.as_rust_str().unwrap_or("?")
            )
        }
        None => format!("<frame at {:#x}>", v.raw()),
    }
}

fn frame_field(vm: &Vm, v: &Value, which: u8) -> PyResult<Value> {
    let Some(f) = frame_of(v) else { return Ok(vm.none()) };
    // SAFETY: the frame is live or owned by the object.
    unsafe {
        Ok(match which {
            0 => (*f).code.clone(),
            1 => (*f).globals.clone(),
            2 => (*f).builtins.clone(),
            3 => {
                let o = v.downcast::<FrameObjectData>().map(|d| d.lineno_override.get()).unwrap_or(0);
                new_int(if o > 0 { o as i64 } else { frame_lineno(f) })
            }
            4 => new_int(((*f).prev_instr.max(0) * 2) as i64),
            _ => vm.none(),
        })
    }
}

/// `f_locals`: the namespace of module/class frames, a snapshot of fast locals for functions.
pub fn frame_locals(vm: &Vm, f: *mut Frame) -> PyResult<Value> {
    // SAFETY: the frame is live or owned.
    unsafe {
        if let Some(l) = &(*f).locals {
            if (*f).func.is_none() {
                return Ok(l.clone());
            }
        }
        let d = match &(*f).locals {
            Some(l) => l.clone(),
            None => {
                let d = crate::types::dict::new_dict();
                (*f).locals = Some(d.clone());
                d
            }
        };
        let dd = d.as_dict().expect("dict");
        let code = (*f).code_data();
        let lp = Frame::localsplus(f);
        let kinds = &code.source.localsplus_kinds;
        for i in 0..code.nlocalsplus {
            let name = code.localsplus_names[i].clone();
            let mut val = (*lp.add(i)).clone();
            let k = kinds.get(i).copied().unwrap_or(0);
            if k & (pyrite_bytecode::code::kinds::CELL | pyrite_bytecode::code::kinds::FREE) != 0 {
                if let Some(c) = val.as_ref().and_then(|c| c.downcast::<CellData>()) {
                    val = c.get();
                } else if k & pyrite_bytecode::code::kinds::FREE != 0 {
                    val = None;
                }
            }
            if k & pyrite_bytecode::code::kinds::HIDDEN != 0 {
                continue;
            }
            match val {
                Some(x) => drop(dd.set_str(name, x)),
                None => drop(dd.remove_str(&name)),
            }
        }
        let _ = vm;
        Ok(d)
    }
}

/// Writes a function frame's `f_locals` snapshot back into its fast locals (=
/// `PyFrame_LocalsToFast(frame, 1)`, done after a trace function returns): names missing from
/// the dict become unbound.
pub fn frame_locals_to_fast(vm: &Vm, f: *mut Frame) {
    // SAFETY: the frame is live; slots below nlocalsplus are locals, cells and frees.
    unsafe {
        if (*f).func.is_none() {
            return;
        }
        let Some(d) = (*f).locals.clone() else { return };
        let Some(dd) = d.as_dict() else { return };
        let code = (*f).code_data();
        let kinds = &code.source.localsplus_kinds;
        let lp = Frame::localsplus(f);
        for i in 0..code.nlocalsplus {
            let k = kinds.get(i).copied().unwrap_or(0);
            if k & pyrite_bytecode::code::kinds::HIDDEN != 0 {
                continue;
            }
            let value = dd.get_str(&code.localsplus_names[i]);
            let slot = &mut *lp.add(i);
            if k & (pyrite_bytecode::code::kinds::CELL | pyrite_bytecode::code::kinds::FREE) != 0 {
                if let Some(c) = slot.as_ref().and_then(|c| c.downcast::<CellData>()) {
                    let same = match (&c.get(), &value) {
                        (Some(a), Some(b)) => a.is(b),
                        (None, None) => true,
                        _ => false,
                    };
                    if !same {
                        drop(c.set(value));
                    }
                }
                continue;
            }
            let same = match (&*slot, &value) {
                (Some(a), Some(b)) => a.is(b),
                (None, None) => true,
                _ => false,
            };
            if !same {
                let old = std::mem::replace(slot, value);
                drop(old);
            }
        }
        let _ = vm;
    }
}

fn frame_clear(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let d = args[0].downcast::<FrameObjectData>().ok_or_else(|| vm.type_error("expected a frame"))?;
    let f = d.frame();
    if f.is_null() {
        return Ok(vm.none());
    }
    if !d.is_detached() {
        // A live frame: executing (on the stack) or a suspended generator's.
        let mut cur = vm.current_frame.get();
        while !cur.is_null() {
            if cur == f {
                return Err(vm.runtime_error("cannot clear an executing frame"));
            }
            // SAFETY: linked frames are live.
            cur = unsafe { (*cur).previous };
        }
        // SAFETY: the frame is live.
        if unsafe { (*f).owner } == crate::frame::Owner::Generator {
            return Err(vm.runtime_error("cannot clear a suspended frame"));
        }
        return Ok(vm.none());
    }
    // A finished frame owned by this object: drop its locals and value stack.
    // SAFETY: the detached frame is owned by the object and not running.
    unsafe {
        let lp = Frame::localsplus(f);
        let top = (*f).stacktop as usize;
        let mut old = Vec::new();
        for i in 0..top {
            if let Some(v) = (*lp.add(i)).take() {
                old.push(v);
            }
        }
        (*f).stacktop = (*f).nlocalsplus;
        if let Some(l) = (*f).locals.take() {
            old.push(l);
        }
        drop(d.set_trace(None));
        drop(old);
    }
    Ok(vm.none())
}

pub fn init_frame(vm: &Vm) {
    add_method(vm, &vm.types.frame, "clear", frame_clear, MethodKind::Instance);
    let t = &vm.types.frame;
    add_getset(vm, t, "f_code", |vm, v| frame_field(vm, v, 0), None);
    add_getset(vm, t, "f_globals", |vm, v| frame_field(vm, v, 1), None);
    add_getset(vm, t, "f_builtins", |vm, v| frame_field(vm, v, 2), None);
    add_getset(vm, t, "f_lineno", |vm, v| frame_field(vm, v, 3), Some(|vm, v, n| {
        let Some(n) = n else { return Err(vm.type_error("can't delete f_lineno")) };
        let d = v.downcast::<FrameObjectData>().expect("frame");
        let f = d.frame();
        if f.is_null() || d.is_detached() {
            return Err(vm.value_error("f_lineno can only be set in a trace function"));
        }
        let line = crate::eval::jump::set_lineno(vm, f, &n, vm.trace_event.get())?;
        // The frame now stands at the first instruction of `line`, not yet run: that line
        // is not reported again when execution resumes.
        d.lineno_override.set(line);
        d.last_traced_line.set(line);
        Ok(())
    }));
    add_getset(vm, t, "f_lasti", |vm, v| frame_field(vm, v, 4), None);
    add_getset(vm, t, "f_back", |vm, v| {
        let d = v.downcast::<FrameObjectData>().expect("frame");
        Ok(crate::frame::object::frame_back(d).unwrap_or_else(|| vm.none()))
    }, None);
    add_getset(vm, t, "f_locals", |vm, v| match frame_of(v) {
        Some(f) => frame_locals(vm, f),
        None => Ok(vm.none()),
    }, None);
    add_getset(vm, t, "f_trace", |vm, v| {
        Ok(v.downcast::<FrameObjectData>().and_then(|d| d.trace()).unwrap_or_else(|| vm.none()))
    }, Some(|vm, v, n| {
        let d = v.downcast::<FrameObjectData>().expect("frame");
        drop(d.set_trace(n.filter(|x| !vm.is_none(x))));
        Ok(())
    }));
    add_getset(vm, t, "f_trace_lines", |vm, v| Ok(vm.bool_value(v.downcast::<FrameObjectData>().is_some_and(|d| d.trace_lines.get()))), Some(|vm, v, n| {
        let b = vm.is_true(&n.unwrap_or_else(|| vm.bool_value(false)))?;
        v.downcast::<FrameObjectData>().expect("frame").trace_lines.set(b);
        Ok(())
    }));
    add_getset(vm, t, "f_trace_opcodes", |vm, v| Ok(vm.bool_value(v.downcast::<FrameObjectData>().is_some_and(|d| d.trace_opcodes.get()))), Some(|vm, v, n| {
        let b = vm.is_true(&n.unwrap_or_else(|| vm.bool_value(false)))?;
        v.downcast::<FrameObjectData>().expect("frame").trace_opcodes.set(b);
        Ok(())
    }));
    let tb = &vm.types.traceback;
    use crate::types::exception::TracebackData;
    add_getset(vm, tb, "tb_frame", |_, v| Ok(v.downcast::<TracebackData>().expect("tb").frame.clone()), None);
    add_getset(vm, tb, "tb_lineno", |_, v| Ok(new_int(v.downcast::<TracebackData>().expect("tb").lineno())), None);
    add_getset(vm, tb, "tb_lasti", |_, v| Ok(new_int(v.downcast::<TracebackData>().expect("tb").lasti.get() as i64)), None);
    add_getset(vm, tb, "tb_next", |vm, v| Ok(v.downcast::<TracebackData>().expect("tb").next().unwrap_or_else(|| vm.none())), Some(|vm, v, n| {
        let t = v.downcast::<TracebackData>().expect("tb");
        let Some(n) = n else { return Err(vm.type_error("can't delete tb_next attribute")) };
        let n = if vm.is_none(&n) { None } else { Some(n) };
        if let Some(x) = &n {
            if x.downcast::<TracebackData>().is_none() {
                return Err(vm.type_error(&format!("expected traceback object, got '{}'", x.ty().name())));
            }
            // No loops.
            let mut cur = Some(x.clone());
            while let Some(c) = cur {
                if c.is(v) {
                    return Err(vm.value_error("traceback loop detected"));
                }
                cur = c.downcast::<TracebackData>().and_then(|t| t.next());
            }
        }
        // SAFETY: short write.
        let old = unsafe { std::mem::replace(&mut *t.next.get(), n) };
        drop(old);
        Ok(())
    }));
}

/// `code.replace(**changes)`. Fields that only describe the code (names, file, line numbers,
/// constants, flags) may change; a different `co_code` or local-variable layout is refused,
/// since unverified bytecode must not run.
fn code_replace(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = crate::types::object::split_kwargs(args, kwnames);
    if pos.len() != 1 {
        return Err(vm.type_error("replace() takes no positional arguments"));
    }
    let old = co(&pos[0]);
    let mut src: pyrite_bytecode::CodeObject = (*old.source).clone();
    let to_str = |v: &Value, what: &str| -> PyResult<std::rc::Rc<str>> {
        v.as_rust_str().map(std::rc::Rc::from).ok_or_else(|| {
            vm.type_error(&format!("replace() argument '{what}' must be str, not {}", v.ty().name()))
        })
    };
    let to_u32 = |v: &Value, what: &str| -> PyResult<u32> {
        crate::types::int::as_int(v).and_then(|i| i.to_i64()).and_then(|i| u32::try_from(i).ok()).ok_or_else(|| {
            vm.type_error(&format!("replace() argument '{what}' must be int, not {}", v.ty().name()))
        })
    };
    let mut consts: Option<Vec<Value>> = None;
    for (k, v) in kws {
        let key = k.as_rust_str().unwrap_or("");
        match key {
            "co_name" => src.name = to_str(v, key)?,
            "co_qualname" => src.qualname = to_str(v, key)?,
            "co_filename" => src.filename = to_str(v, key)?,
            "co_firstlineno" => src.firstlineno = to_u32(v, key)?,
            "co_flags" => src.flags = to_u32(v, key)?,
            "co_stacksize" => {
                if to_u32(v, key)? != src.stacksize {
                    return Err(vm.value_error("code.replace(): changing co_stacksize is not supported by Pyrite"));
                }
            }
            "co_consts" => {
                let items = v.as_tuple().ok_or_else(|| vm.type_error("replace() argument 'co_consts' must be tuple"))?.to_vec();
                if items.len() < old.consts.len() {
                    return Err(vm.value_error("code.replace(): fewer constants than the bytecode uses"));
                }
                consts = Some(items);
            }
            "co_code" | "co_varnames" | "co_cellvars" | "co_freevars" | "co_names" | "co_argcount"
            | "co_posonlyargcount" | "co_kwonlyargcount" | "co_nlocals" | "co_linetable" | "co_exceptiontable" => {
                let same = vm.eq_bool(&vm.get_attr_str(&pos[0], key)?, v)?;
                if !same {
                    return Err(vm.value_error(&format!("code.replace(): changing {key} is not supported by Pyrite")));
                }
            }
            _ => return Err(vm.type_error(&format!("'{key}' is an invalid keyword argument for replace()"))),
        }
    }
    // The constants stay the old object's values unless replaced (given values need not be
    // compile-time constants).
    let consts = consts.unwrap_or_else(|| old.consts.to_vec());
    Ok(crate::types::code::new_code_with_consts(vm, std::rc::Rc::new(src), Some(consts)))
}

pub fn code_eq(vm: &Vm, args: &[Value], kw: Option<&Value>) -> PyResult<Value> {
    crate::types::seqmethods::wrapper_args(vm, args, kw, 1)?;
    let (Some(a), Some(b)) = (args[0].as_code(), args[1].as_code()) else { return Ok(vm.not_implemented()) };
    let (x, y) = (&a.source, &b.source);
    let same = x.name == y.name
        && x.code == y.code
        && x.argcount == y.argcount
        && x.posonlyargcount == y.posonlyargcount
        && x.kwonlyargcount == y.kwonlyargcount
        && x.flags == y.flags
        && x.firstlineno == y.firstlineno
        && x.localsplus_names == y.localsplus_names
        && x.names == y.names
        && x.linetable == y.linetable
        && x.exceptiontable == y.exceptiontable
        && a.consts.len() == b.consts.len();
    if !same {
        return Ok(vm.bool_value(false));
    }
    for (p, q) in a.consts.iter().zip(b.consts.iter()) {
        if !(p.is(q) || (p.ty().layout == q.ty().layout && vm.eq_bool(p, q)?)) {
            return Ok(vm.bool_value(false));
        }
    }
    Ok(vm.bool_value(true))
}

pub fn code_hash(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let c = co(&args[0]);
    let mut h = vm.hash(&c.name)?;
    for b in c.source.code.iter() {
        h = h.wrapping_mul(1_000_003) ^ (*b as i64);
    }
    h ^= (c.source.argcount as i64) << 8 ^ (c.source.flags as i64) << 16;
    Ok(new_int(if h == -1 { -2 } else { h }))
}

pub fn init_code_methods(vm: &Vm) {
    let t = &vm.types.code;
    add_method(vm, t, "replace", code_replace, MethodKind::Instance);
    add_method(vm, t, "__eq__", code_eq, MethodKind::Instance);
    add_method(vm, t, "__hash__", code_hash, MethodKind::Instance);
}

/// `types.MethodType(function, instance)`.
fn method_new(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = crate::types::object::split_kwargs(args, kwnames);
    if !kws.is_empty() {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    let [_, func, obj] = pos else {
        return Err(vm.type_error(&format!("method expected 2 arguments, got {}", pos.len().saturating_sub(1))));
    };
    if !vm.is_callable(func) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if vm.is_none(obj) {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(crate::types::function::new_method(func.clone(), obj.clone()))
}
