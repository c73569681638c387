//! `import`: finding modules on `sys.path` (or a package's `__path__`), loading `.py` files and
//! packages, built-in and frozen modules, `sys.modules` caching, relative imports, and
//! CPython's error messages.

use crate::object::Value;
use crate::types::module::new_module;
use crate::types::str::new_str;
use crate::vm::{PyErr, PyResult, Vm};

/// Compiles source into a code object, turning compile errors into `SyntaxError` & co.
pub fn compile_source(vm: &Vm, source: &str, filename: &str, mode: pyrite_compiler::Mode) -> PyResult<Value> {
    let (r, warnings) = vm.with_c_depth(|| Ok(pyrite_compiler::compile_with_warnings(source, filename, mode)))?;
    for w in &warnings {
        vm.warn_explicit(w.category, &w.msg, filename, w.lineno as i64, false);
    }
    match r {
        Ok(code) => Ok(crate::types::code::new_code(vm, std::rc::Rc::new(code))),
        Err(e) => Err(compile_error_to_exception(vm, &e, filename)),
    }
}

/// Builds the Python exception for a compile error.
pub fn compile_error_to_exception(vm: &Vm, e: &pyrite_compiler::CompileError, filename: &str) -> PyErr {
    use pyrite_compiler::CompileErrorKind as K;
    let ty = match e.kind {
        K::SyntaxError => &vm.types.exc.syntax_error,
        K::IndentationError => &vm.types.exc.indentation_error,
        K::TabError => &vm.types.exc.tab_error,
        K::MemoryError => return vm.memory_error(),
        K::RecursionError => {
            return vm.new_error(&vm.types.exc.recursion_error, &e.msg);
        }
    };
    let int = |x: u32| crate::types::int::new_int(x as i64);
    let text = match &e.text {
        Some(t) => new_str(&format!("{t}\n")),
        None => vm.none(),
    };
    let info = crate::types::tuple::new_tuple(vec![
        new_str(filename),
        int(e.lineno),
        int(e.offset),
        text,
        int(e.end_lineno),
        int(e.end_offset),
    ]);
    PyErr(vm.new_exception(ty, vec![new_str(&e.msg), info]))
}

thread_local! {
    /// Modules whose code is running (for the circular-import message).
    static INITIALIZING: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn module_dict(m: &Value) -> Option<Value> {
    m.as_module().map(|m| m.dict.clone())
}

fn get_str_item(d: &Value, name: &str, vm: &Vm) -> Option<Value> {
    d.as_dict().and_then(|dd| dd.get_str(&vm.intern(name)))
}

/// Resolves a relative module name (= `resolve_name` in importlib).
fn resolve_name(vm: &Vm, name: &str, globals: &Value, level: usize) -> PyResult<String> {
    let package = get_str_item(globals, "__package__", vm).filter(|p| !vm.is_none(p));
    let package = match package {
        Some(p) => p.as_rust_str().map(String::from).ok_or_else(|| vm.type_error("package must be a string"))?,
        None => {
            let modname = get_str_item(globals, "__name__", vm).and_then(|n| n.as_rust_str().map(String::from));
            match modname {
                Some(n) => {
                    if get_str_item(globals, "__path__", vm).is_some() {
                        n
                    } else {
                        n.rsplit_once('.').map(|(a, _)| a.to_string()).unwrap_or_default()
                    }
                }
                None => String::new(),
            }
        }
    };
    if package.is_empty() {
        return Err(vm.new_error(&vm.types.exc.import_error, "attempted relative import with no known parent package"));
    }
    let parts: Vec<&str> = package.split('.').collect();
    if parts.len() < level {
        return Err(vm.new_error(&vm.types.exc.import_error, "attempted relative import beyond top-level package"));
    }
    let base = parts[..parts.len() - (level - 1)].join(".");
    Ok(if name.is_empty() { base } else { format!("{base}.{name}") })
}

fn not_found(vm: &Vm, name: &str) -> PyErr {
    let e = vm.new_error(&vm.types.exc.module_not_found_error, &format!("No module named '{name}'"));
    let _ = vm.set_attr(&e.0, &vm.names.name, Some(new_str(name)));
    e
}

/// Finds and loads `fullname` (its parent already imported), or returns it from
/// `sys.modules`.
fn import_one(vm: &Vm, fullname: &str) -> PyResult<Value> {
    let modules = vm.sys_modules();
    let md = modules.as_dict().expect("sys.modules is a dict");
    if let Some(m) = md.get_item(vm, &new_str(fullname))? {
        if vm.is_none(&m) {
            let e = vm.new_error(
                &vm.types.exc.module_not_found_error,
                &format!("import of {fullname} halted; None in sys.modules"),
            );
            let _ = vm.set_attr(&e.0, &vm.names.name, Some(new_str(fullname)));
            return Err(e);
        }
        return Ok(m);
    }
    let (parent, short) = match fullname.rsplit_once('.') {
        Some((p, s)) => (Some(p.to_string()), s.to_string()),
        None => (None, fullname.to_string()),
    };
    let search: Vec<String> = match &parent {
        Some(p) => {
            let pm = md.get_item(vm, &new_str(p))?.ok_or_else(|| not_found(vm, fullname))?;
            let path = vm.get_attr_opt(&pm, &vm.names.__path__)?;
            match path {
                Some(p) => vm.collect_iter(&p)?.iter().filter_map(|x| x.as_rust_str().map(String::from)).collect(),
                None => {
                    let e = vm.new_error(
                        &vm.types.exc.module_not_found_error,
                        &format!("No module named '{fullname}'; '{p}' is not a package"),
                    );
                    let _ = vm.set_attr(&e.0, &vm.names.name, Some(new_str(fullname)));
                    return Err(e);
                }
            }
        }
        None => {
            if let Some(m) = crate::modules::builtin_module(vm, fullname)? {
                md.set_item(vm, new_str(fullname), m.clone())?;
                return Ok(m);
            }
            let path = vm.sys_attr("path").ok_or_else(|| vm.runtime_error("lost sys.path"))?;
            vm.collect_iter(&path)?.iter().filter_map(|x| x.as_rust_str().map(String::from)).collect()
        }
    };
    for dir in &search {
        let base = if dir.is_empty() { ".".to_string() } else { dir.clone() };
        let pkg_init = format!("{base}/{short}/__init__.py");
        let file = format!("{base}/{short}.py");
        if std::path::Path::new(&pkg_init).is_file() {
            let pkg_dir = absolute(&format!("{base}/{short}"));
            return load_source_module(vm, fullname, &absolute(&pkg_init), Some(pkg_dir), parent.as_deref(), &short);
        }
        if std::path::Path::new(&file).is_file() {
            return load_source_module(vm, fullname, &absolute(&file), None, parent.as_deref(), &short);
        }
        // A directory without __init__.py is a namespace package.
        let d = format!("{base}/{short}");
        if std::path::Path::new(&d).is_dir() && parent.is_none() && false {
            let _ = d;
        }
    }
    Err(not_found(vm, fullname))
}

fn absolute(p: &str) -> String {
    let path = std::path::Path::new(p);
    let abs = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().map(|d| d.join(path)).unwrap_or_else(|_| path.to_path_buf())
    };
    // Normalise `.` and `..` components lexically.
    let mut out = std::path::PathBuf::new();
    for c in abs.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out.to_string_lossy().to_string()
}

fn load_source_module(vm: &Vm, fullname: &str, file: &str, pkg_dir: Option<String>, parent: Option<&str>, short: &str) -> PyResult<Value> {
    let source = std::fs::read(file).map_err(|e| vm.new_error(&vm.types.exc.import_error, &e.to_string()))?;
    let source = String::from_utf8_lossy(&source).to_string();
    let m = new_module(vm, fullname);
    let d = module_dict(&m).expect("module dict");
    let dd = d.as_dict().expect("dict");
    dd.set_str(vm.names.__file__.clone(), new_str(file));
    let package = match &pkg_dir {
        Some(dir) => {
            dd.set_str(vm.names.__path__.clone(), crate::types::list::new_list(vec![new_str(dir)]));
            fullname.to_string()
        }
        None => parent.unwrap_or("").to_string(),
    };
    dd.set_str(vm.names.__package__.clone(), new_str(&package));
    let loader = namespace(vm, &[("name", new_str(fullname)), ("path", new_str(file))]);
    let search = match &pkg_dir {
        Some(dir) => crate::types::list::new_list(vec![new_str(dir)]),
        None => vm.none(),
    };
    let spec = namespace(vm, &[
        ("name", new_str(fullname)),
        ("loader", loader.clone()),
        ("origin", new_str(file)),
        ("submodule_search_locations", search),
        ("parent", new_str(&package)),
        ("has_location", vm.bool_value(true)),
        ("cached", vm.none()),
    ]);
    dd.set_str(vm.names.__loader__.clone(), loader);
    dd.set_str(vm.names.__spec__.clone(), spec);
    dd.set_str(vm.names.__builtins__.clone(), vm.builtins_dict());
    dd.set_str(vm.names.__cached__.clone(), vm.none());
    let modules = vm.sys_modules();
    let md = modules.as_dict().expect("dict");
    md.set_item(vm, new_str(fullname), m.clone())?;
    INITIALIZING.with(|i| i.borrow_mut().push(fullname.to_string()));
    let r = compile_source(vm, &source, file, pyrite_compiler::Mode::Exec)
        .and_then(|code| crate::eval::run_code(vm, &code, &d, Some(d.clone())));
    INITIALIZING.with(|i| i.borrow_mut().pop());
    if let Err(e) = r {
        let _ = md.remove(vm, &new_str(fullname));
        return Err(e);
    }
    // The module may have replaced itself in sys.modules.
    let m = md.get_item(vm, &new_str(fullname))?.unwrap_or(m);
    if let Some(p) = parent {
        if let Some(pm) = md.get_item(vm, &new_str(p))? {
            vm.set_attr(&pm, &vm.intern(short), Some(m.clone()))?;
        }
    }
    Ok(m)
}

/// Imports `name` and its parents (= `_gcd_import`), returning the leaf module.
pub fn import_module(vm: &Vm, name: &str) -> PyResult<Value> {
    let mut cur = String::new();
    let mut last = None;
    for part in name.split('.') {
        if !cur.is_empty() {
            cur.push('.');
        }
        cur.push_str(part);
        last = Some(import_one(vm, &cur)?);
    }
    last.ok_or_else(|| vm.value_error("Empty module name"))
}

/// `IMPORT_NAME` / `__import__(name, globals, locals, fromlist, level)`.
pub fn import_name(vm: &Vm, name: &Value, globals: &Value, fromlist: &Value, level: &Value) -> PyResult<Value> {
    let name_s = name.as_rust_str().ok_or_else(|| vm.type_error("module name must be str"))?.to_string();
    let level = crate::types::int::as_int(level).and_then(|i| i.to_i64()).unwrap_or(0);
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    let full = if level > 0 { resolve_name(vm, &name_s, globals, level as usize)? } else { name_s.clone() };
    if full.is_empty() {
        return Err(vm.value_error("Empty module name"));
    }
    let module = import_module(vm, &full)?;
    let has_fromlist = !vm.is_none(fromlist) && vm.is_true(fromlist)?;
    if !has_fromlist {
        if level == 0 {
            let top = full.split('.').next().unwrap_or(&full).to_string();
            return import_one(vm, &top);
        }
        if name_s.is_empty() {
            return Ok(module);
        }
        let cut = full.len() - name_s.len();
        let top = format!("{}{}", &full[..cut], name_s.split('.').next().unwrap_or(""));
        return import_one(vm, &top);
    }
    // `from pkg import sub`: import submodules named in the fromlist.
    if vm.get_attr_opt(&module, &vm.names.__path__)?.is_some() {
        for item in vm.collect_iter(fromlist)? {
            let Some(s) = item.as_rust_str() else { continue };
            if s == "*" {
                continue;
            }
            if vm.get_attr_opt(&module, &item)?.is_none() {
                match import_module(vm, &format!("{full}.{s}")) {
                    Ok(_) => {}
                    Err(e) if e.0.isinstance(&vm.types.exc.module_not_found_error) => {}
                    Err(e) => return Err(e),
                }
            }
        }
    }
    Ok(module)
}

/// `IMPORT_FROM`.
pub fn import_from(vm: &Vm, module: &Value, name: &Value) -> PyResult<Value> {
    if let Some(v) = vm.get_attr_opt(module, name)? {
        return Ok(v);
    }
    let modname = vm.get_attr_opt(module, &vm.names.__name__)?.and_then(|n| n.as_rust_str().map(String::from));
    if let Some(mn) = &modname {
        let full = format!("{}.{}", mn, name.as_rust_str().unwrap_or(""));
        if let Some(m) = vm.sys_modules().as_dict().expect("dict").get_item(vm, &new_str(&full))? {
            return Ok(m);
        }
    }
    let n = name.as_rust_str().unwrap_or("?");
    let mn = modname.clone().unwrap_or_else(|| "<unknown module name>".into());
    let file = vm.get_attr_opt(module, &vm.names.__file__)?.and_then(|f| f.as_rust_str().map(String::from));
    let initializing = INITIALIZING.with(|i| i.borrow().iter().any(|x| Some(x) == modname.as_ref()));
    let msg = match file {
        Some(f) if initializing => format!("cannot import name '{n}' from partially initialized module '{mn}' (most likely due to a circular import) ({f})"),
        Some(f) => format!("cannot import name '{n}' from '{mn}' ({f})"),
        None => format!("cannot import name '{n}' from '{mn}' (unknown location)"),
    };
    let e = vm.new_error(&vm.types.exc.import_error, &msg);
    let _ = vm.set_attr(&e.0, &vm.names.name, Some(new_str(&mn)));
    Err(e)
}

/// `from module import *`.
pub fn import_star(vm: &Vm, module: &Value, locals: &Value) -> PyResult<()> {
    let names: Vec<Value> = match vm.get_attr_opt(module, &vm.names.__all__)? {
        Some(all) => vm.collect_iter(&all)?,
        None => {
            let d = vm.get_attr(module, &vm.names.__dict__)?;
            let keys = match d.as_dict() {
                Some(dd) => dd.keys(),
                None => vec![],
            };
            keys.into_iter().filter(|k| !k.as_rust_str().unwrap_or("_").starts_with('_')).collect()
        }
    };
    for n in names {
        let v = vm.get_attr(module, &n)?;
        vm.set_item(locals, vm.intern_value(&n), v)?;
    }
    Ok(())
}

/// An object with the given attributes (a `types.SimpleNamespace`).
pub fn namespace(vm: &Vm, items: &[(&str, Value)]) -> Value {
    let o = crate::object::alloc_sub(&vm.types.simple_namespace, (), 0);
    for (k, v) in items {
        let _ = vm.generic_setattr(&o, &vm.intern(k), Some(v.clone()));
    }
    o
}
