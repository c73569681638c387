//! `property`, `staticmethod`, `classmethod` and `super`.

use std::cell::UnsafeCell;

use crate::object::Value;
use crate::types::descr::{add_getset, add_method, ClassMethodData, MethodKind, PropertyData, StaticMethodData, SuperData};
use crate::types::object::{alloc_instance, split_kwargs};
use crate::types::typeobj::TypeData;
use crate::vm::{PyResult, Vm};

fn prop(v: &Value) -> &PropertyData {
    v.downcast::<PropertyData>().expect("property")
}

fn property_new(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let _ = vm;
    Ok(alloc_instance(
        &args[0],
        PropertyData {
            fget: UnsafeCell::new(None),
            fset: UnsafeCell::new(None),
            fdel: UnsafeCell::new(None),
            doc: UnsafeCell::new(None),
            name: UnsafeCell::new(None),
        },
    ))
}

fn property_init(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let (pos, kws) = split_kwargs(args, kwnames);
    let p = prop(&pos[0]);
    let mut vals: [Option<Value>; 4] = [pos.get(1).cloned(), pos.get(2).cloned(), pos.get(3).cloned(), pos.get(4).cloned()];
    for (k, v) in kws {
        let i = match k.as_rust_str() {
            Some("fget") => 0,
            Some("fset") => 1,
            Some("fdel") => 2,
            Some("doc") => 3,
            Some(o) => return Err(vm.type_error(&format!("'{o}' is an invalid keyword argument for property()"))),
            None => continue,
        };
        vals[i] = Some(v.clone());
    }
    let norm = |v: Option<Value>| v.filter(|x| !vm.is_none(x));
    let [g, s, d, doc] = vals;
    let g = norm(g);
    let mut doc = norm(doc);
    if doc.is_none() {
        if let Some(gf) = &g {
            doc = vm.get_attr_opt(gf, &vm.names.__doc__).ok().flatten().filter(|x| !vm.is_none(x));
        }
    }
    // SAFETY: initialising the new property's cells.
    unsafe {
        *p.fget.get() = g;
        *p.fset.get() = norm(s);
        *p.fdel.get() = norm(d);
        *p.doc.get() = doc.clone();
    }
    if !pos[0].is_exact(&vm.types.property) {
        // A subclass's own `__doc__` (None at least) would shadow the property's, so the
        // instance keeps its docstring in its `__dict__`.
        let doc = doc.unwrap_or_else(|| vm.none());
        match vm.set_attr(&pos[0], &vm.names.__doc__, Some(doc)) {
            Err(e) if !e.0.isinstance(&vm.types.exc.attribute_error) => return Err(e),
            _ => {}
        }
    }
    Ok(vm.none())
}

fn property_copy_with(vm: &Vm, args: &[Value], which: usize) -> PyResult<Value> {
    let p = prop(&args[0]);
    let mut parts = [PropertyData::get(&p.fget), PropertyData::get(&p.fset), PropertyData::get(&p.fdel)];
    parts[which] = args.get(1).cloned();
    let n = vm.none();
    let [a, b, c] = parts;
    let doc = PropertyData::get(&p.doc);
    let new = vm.call(
        &args[0].type_value(),
        &[a.unwrap_or_else(|| n.clone()), b.unwrap_or_else(|| n.clone()), c.unwrap_or_else(|| n.clone()), doc.unwrap_or(n)],
    )?;
    if let Some(np) = new.downcast::<PropertyData>() {
        // SAFETY: short write to the new property.
        unsafe { *np.name.get() = PropertyData::get(&p.name) };
    }
    Ok(new)
}

fn property_getter(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    property_copy_with(vm, args, 0)
}
fn property_setter(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    property_copy_with(vm, args, 1)
}
fn property_deleter(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    property_copy_with(vm, args, 2)
}

fn property_get(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let obj = args.get(1).filter(|o| !vm.is_none(o));
    let owner = args.get(2).cloned().unwrap_or_else(|| vm.none());
    crate::protocol::attr::descr_get(vm, &args[0], obj, &owner)
}

fn property_set(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let p = prop(&args[0]);
    match PropertyData::get(&p.fset) {
        Some(f) => vm.call(&f, &[args[1].clone(), args[2].clone()]),
        None => Err(vm.new_error(&vm.types.exc.attribute_error, "can't set attribute")),
    }
}

fn property_delete(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let p = prop(&args[0]);
    match PropertyData::get(&p.fdel) {
        Some(f) => vm.call(&f, &[args[1].clone()]),
        None => Err(vm.new_error(&vm.types.exc.attribute_error, "can't delete attribute")),
    }
}

fn property_set_name(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let p = prop(&args[0]);
    // SAFETY: short write.
    unsafe { *p.name.get() = args.get(2).cloned() };
    Ok(vm.none())
}

fn sm_new(vm: &Vm, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
    let is_static = args[0].as_type().is_some_and(|t| t.is_subtype(&vm.types.staticmethod));
    let what = if is_static { "staticmethod" } else { "classmethod" };
    if kwnames.is_some_and(|k| k.as_tuple().is_some_and(|t| !t.is_empty())) {
        return Err(vm.type_error(&format!("{what}() takes no keyword arguments")));
    }
    if args.len() != 2 {
        return Err(vm.type_error(&format!("{what} expected 1 argument, got {}", args.len() - 1)));
    }
    let f = args[1].clone();
    if is_static {
        Ok(alloc_instance(&args[0], StaticMethodData { func: UnsafeCell::new(f), dict: UnsafeCell::new(None) }))
    } else {
        Ok(alloc_instance(&args[0], ClassMethodData { func: UnsafeCell::new(f), dict: UnsafeCell::new(None) }))
    }
}

/// `staticmethod.__init__` / `classmethod.__init__`: copies the wrapped callable's
/// `__module__`, `__name__`, `__qualname__`, `__doc__` and `__annotations__` into the
/// wrapper's `__dict__` (as `functools.wraps` would).
fn sm_init(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let (Some(me), Some(f)) = (args.first(), args.get(1)) else { return Ok(vm.none()) };
    if me.downcast::<StaticMethodData>().is_none() && me.downcast::<ClassMethodData>().is_none() {
        return Ok(vm.none());
    }
    let Some(d) = vm.instance_dict(me) else { return Ok(vm.none()) };
    let dd = d.as_dict().expect("dict");
    for n in ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"] {
        let key = vm.intern(n);
        if let Some(v) = vm.get_attr_opt(f, &key)? {
            drop(dd.set_str(key, v));
        }
    }
    Ok(vm.none())
}

fn wrapped_func(v: &Value) -> Value {
    if let Some(s) = v.downcast::<StaticMethodData>() {
        return s.func();
    }
    v.downcast::<ClassMethodData>().expect("classmethod").func()
}

fn sm_get(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let obj = args.get(1).filter(|o| !vm.is_none(o));
    let owner = args.get(2).cloned().unwrap_or_else(|| obj.map(|o| o.type_value()).unwrap_or_else(|| vm.none()));
    crate::protocol::attr::descr_get(vm, &args[0], obj, &owner)
}

/// `super(type, obj)` object.
pub fn new_super(vm: &Vm, class: Value, obj: Value) -> PyResult<Value> {
    let obj_type = super_check(vm, &class, &obj)?;
    Ok(crate::object::alloc(
        &vm.types.super_,
        SuperData { ty: UnsafeCell::new(Some(class)), obj: UnsafeCell::new(Some(obj)), obj_type: UnsafeCell::new(Some(obj_type)) },
    ))
}

fn super_check(vm: &Vm, class: &Value, obj: &Value) -> PyResult<Value> {
    if class.as_type().is_none() {
        return Err(vm.type_error(&format!("super() argument 1 must be a type, not {}", class.ty().name())));
    }
    if let Some(ot) = obj.as_type() {
        if ot.is_subtype(class) {
            return Ok(obj.clone());
        }
    }
    if obj.isinstance(class) {
        return Ok(obj.type_value());
    }
    Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"))
}

fn sup(v: &Value) -> (Option<Value>, Option<Value>, Option<Value>) {
    let s = v.downcast::<SuperData>().expect("super");
    // SAFETY: short reads.
    unsafe { ((*s.ty.get()).clone(), (*s.obj.get()).clone(), (*s.obj_type.get()).clone()) }
}

/// The raw attribute found after `class` in the MRO of the super object's type, and whether
/// it is a plain function (for the method form of `LOAD_SUPER_ATTR`).
pub fn super_lookup_raw(vm: &Vm, s: &Value, name: &Value) -> PyResult<Option<(Value, bool)>> {
    let (ty, obj, obj_type) = sup(s);
    let (Some(ty), Some(_obj), Some(obj_type)) = (ty, obj, obj_type) else { return Ok(None) };
    let mro = obj_type.as_type().expect("type").mro().to_vec();
    let start = mro.iter().position(|t| t.is(&ty)).map(|i| i + 1).unwrap_or(mro.len());
    for t in &mro[start..] {
        if let Some(v) = t.as_type().expect("type").dict().get_str(name) {
            let plain = v.downcast::<crate::types::function::FunctionData>().is_some();
            return Ok(Some((v, plain)));
        }
    }
    let _ = vm;
    Ok(None)
}

/// `getattr(super_obj, name)`.
pub fn super_getattr(vm: &Vm, s: &Value, name: &Value) -> PyResult<Option<Value>> {
    let (ty, obj, obj_type) = sup(s);
    if name.as_rust_str() != Some("__class__") {
        if let (Some(_), Some(obj), Some(obj_type)) = (&ty, &obj, &obj_type) {
            if let Some((v, _)) = super_lookup_raw(vm, s, name)? {
                let inst = if obj.is(obj_type) { None } else { Some(obj) };
                return crate::protocol::attr::descr_get(vm, &v, inst, obj_type).map(Some);
            }
        }
    }
    let td: &TypeData = s.ty();
    if let Some(d) = td.lookup(name) {
        return crate::protocol::attr::descr_get(vm, &d, Some(s), &s.type_value()).map(Some);
    }
    Ok(None)
}

fn super_new(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let _ = vm;
    Ok(alloc_instance(&args[0], SuperData { ty: UnsafeCell::new(None), obj: UnsafeCell::new(None), obj_type: UnsafeCell::new(None) }))
}

fn super_init(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let s = args[0].downcast::<SuperData>().expect("super");
    if args.len() > 3 {
        return Err(vm.type_error(&format!("super() expected at most 2 arguments, got {}", args.len() - 1)));
    }
    let (class, obj) = match args.len() {
        1 => zero_arg_super(vm)?,
        2 => (args[1].clone(), None),
        _ => (args[1].clone(), Some(args[2].clone()).filter(|o| !vm.is_none(o))),
    };
    let obj_type = match &obj {
        Some(o) => Some(super_check(vm, &class, o)?),
        None => {
            if class.as_type().is_none() {
                return Err(vm.type_error(&format!("super() argument 1 must be a type, not {}", class.ty().name())));
            }
            None
        }
    };
    // SAFETY: initialising the new super object's cells.
    unsafe {
        *s.ty.get() = Some(class);
        *s.obj.get() = obj;
        *s.obj_type.get() = obj_type;
    }
    Ok(vm.none())
}

/// `super()` without arguments: `__class__` and the first argument of the calling frame.
fn zero_arg_super(vm: &Vm) -> PyResult<(Value, Option<Value>)> {
    let f = vm.current_frame.get();
    if f.is_null() {
        return Err(vm.runtime_error("super(): no current frame"));
    }
    // SAFETY: the current frame is live.
    unsafe {
        let code = (*f).code_data();
        if code.source.argcount == 0 && code.source.flags & pyrite_bytecode::code::flags::VARARGS == 0 {
            return Err(vm.runtime_error("super(): no arguments"));
        }
        let lp = crate::frame::Frame::localsplus(f);
        let mut first = (*lp).clone();
        if let Some(c) = first.as_ref().and_then(|c| c.downcast::<crate::types::function::CellData>()) {
            if code.source.localsplus_kinds.first().is_some_and(|k| k & pyrite_bytecode::code::kinds::CELL != 0) {
                first = c.get();
            }
        }
        let Some(first) = first else { return Err(vm.runtime_error("super(): arg[0] deleted")) };
        for i in 0..code.nlocalsplus {
            if code.localsplus_names[i].as_rust_str() == Some("__class__") {
                let cell = (*lp.add(i)).clone();
                let cls = cell.and_then(|c| c.downcast::<crate::types::function::CellData>().and_then(|c| c.get()));
                return match cls {
                    Some(c) => Ok((c, Some(first))),
                    None => Err(vm.runtime_error("super(): empty __class__ cell")),
                };
            }
        }
        Err(vm.runtime_error("super(): __class__ cell not found"))
    }
}

fn super_get(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    let (ty, obj, _) = sup(&args[0]);
    let o = args.get(1).filter(|o| !vm.is_none(o));
    match (obj, o, ty) {
        (None, Some(o), Some(ty)) => new_super(vm, ty, o.clone()),
        _ => Ok(args[0].clone()),
    }
}

/// `__get__` of native descriptors (getset, member, method descriptors).
fn native_descr_get(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(vm.type_error("expected at least 1 argument, got 0"));
    }
    let obj = Some(&args[1]).filter(|o| !vm.is_none(o));
    let owner = args.get(2).cloned().unwrap_or_else(|| args[1].type_value());
    let target = if let Some(g) = args[0].downcast::<crate::types::descr::GetSetData>() {
        Some((g.name.to_string(), &g.objclass))
    } else {
        args[0].downcast::<crate::types::descr::MemberDescrData>().map(|m| (m.name.as_rust_str().unwrap_or("?").to_string(), &m.objclass))
    };
    if let (Some(o), Some((name, objclass))) = (obj, target) {
        if !o.isinstance(objclass) {
            return Err(vm.type_error(&format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                name,
                objclass.ty_name_of_type(),
                o.ty().name()
            )));
        }
    }
    crate::protocol::attr::descr_get(vm, &args[0], obj, &owner)
}

fn super_repr(vm: &Vm, args: &[Value], _: Option<&Value>) -> PyResult<Value> {
    if args[0].downcast::<SuperData>().is_none() {
        return Err(vm.type_error("descriptor '__repr__' requires a 'super' object"));
    }
    Ok(crate::types::str::new_str(&super_repr_string(vm, &args[0])))
}

/// `<super: <class 'B'>, <B object>>` (NULL parts when unbound).
pub fn super_repr_string(_vm: &Vm, v: &Value) -> String {
    let Some(s) = v.downcast::<SuperData>() else { return String::new() };
    // SAFETY: short reads.
    let (ty, obj_type) = unsafe { ((*s.ty.get()).clone(), (*s.obj_type.get()).clone()) };
    let t = ty.map(|t| format!("<class '{}'>", t.as_type().map(|x| x.name().to_string()).unwrap_or_default())).unwrap_or_else(|| "NULL".into());
    match obj_type {
        Some(ot) => format!("<super: {t}, <{} object>>", ot.as_type().map(|x| x.name().to_string()).unwrap_or_default()),
        None => format!("<super: {t}, NULL>"),
    }
}

const SUPER_DOC: &str = "super() -> same as super(__class__, <first argument>)\nsuper(type) -> unbound super object\nsuper(type, obj) -> bound super object; requires isinstance(obj, type)\nsuper(type, type2) -> bound super object; requires issubclass(type2, type)\nTypical use to call a cooperative superclass method:\nclass C(B):\n    def meth(self, arg):\n        super().meth(arg)\nThis works for class methods too:\nclass C(B):\n    @classmethod\n    def cmeth(cls, arg):\n        super().cmeth(arg)\n";

pub fn init(vm: &Vm) {
    // property and super define attribute lookup themselves (object's function), as CPython's.
    let getattribute = vm.types.object.as_type().expect("type").dict().get_str(&vm.intern("__getattribute__"));
    for t in [&vm.types.property, &vm.types.super_] {
        if let Some(g) = &getattribute {
            t.as_type().expect("type").dict().set_str(vm.intern("__getattribute__"), g.clone());
        }
    }
    add_method(vm, &vm.types.super_, "__repr__", super_repr, MethodKind::Instance);
    vm.types.super_.as_type().expect("type").dict().set_str(vm.intern("__doc__"), crate::types::str::new_str(SUPER_DOC));
    for t in [&vm.types.getset_descriptor, &vm.types.member_descriptor, &vm.types.method_descriptor, &vm.types.wrapper_descriptor, &vm.types.classmethod_descriptor] {
        add_method(vm, t, "__get__", native_descr_get, MethodKind::Instance);
    }
    let p = &vm.types.property;
    add_method(vm, p, "__new__", property_new, MethodKind::Static);
    add_method(vm, p, "__init__", property_init, MethodKind::Instance);
    add_method(vm, p, "getter", property_getter, MethodKind::Instance);
    add_method(vm, p, "setter", property_setter, MethodKind::Instance);
    add_method(vm, p, "deleter", property_deleter, MethodKind::Instance);
    add_method(vm, p, "__get__", property_get, MethodKind::Instance);
    add_method(vm, p, "__set__", property_set, MethodKind::Instance);
    add_method(vm, p, "__delete__", property_delete, MethodKind::Instance);
    add_method(vm, p, "__set_name__", property_set_name, MethodKind::Instance);
    add_getset(vm, p, "fget", |vm, v| Ok(PropertyData::get(&prop(v).fget).unwrap_or_else(|| vm.none())), None);
    add_getset(vm, p, "fset", |vm, v| Ok(PropertyData::get(&prop(v).fset).unwrap_or_else(|| vm.none())), None);
    add_getset(vm, p, "fdel", |vm, v| Ok(PropertyData::get(&prop(v).fdel).unwrap_or_else(|| vm.none())), None);
    add_getset(vm, p, "__doc__", |vm, v| Ok(PropertyData::get(&prop(v).doc).unwrap_or_else(|| vm.none())), Some(|_, v, n| {
        // SAFETY: short write.
        unsafe { *prop(v).doc.get() = n };
        Ok(())
    }));
    add_getset(vm, p, "__isabstractmethod__", |vm, _| Ok(vm.bool_value(false)), None);
    for t in [&vm.types.staticmethod, &vm.types.classmethod] {
        add_method(vm, t, "__new__", sm_new, MethodKind::Static);
        add_method(vm, t, "__init__", sm_init, MethodKind::Instance);
        add_method(vm, t, "__get__", sm_get, MethodKind::Instance);
        add_getset(vm, t, "__func__", |_, v| Ok(wrapped_func(v)), None);
        add_getset(vm, t, "__wrapped__", |_, v| Ok(wrapped_func(v)), None);
        add_getset(vm, t, "__isabstractmethod__", |vm, v| {
            let f = wrapped_func(v);
            Ok(vm.get_attr_opt(&f, &vm.names.__isabstractmethod__)?.unwrap_or_else(|| vm.bool_value(false)))
        }, None);
        add_getset(vm, t, "__doc__", |vm, v| vm.get_attr_opt(&wrapped_func(v), &vm.names.__doc__).map(|d| d.unwrap_or_else(|| vm.none())), None);
        add_getset(vm, t, "__name__", |vm, v| vm.get_attr(&wrapped_func(v), &vm.names.__name__), None);
        add_getset(vm, t, "__qualname__", |vm, v| vm.get_attr(&wrapped_func(v), &vm.names.__qualname__), None);
        add_getset(vm, t, "__dict__", |vm, v| vm.instance_dict(v).ok_or_else(|| vm.no_attribute(v, &vm.names.__dict__)), None);
    }
    let s = &vm.types.super_;
    add_method(vm, s, "__new__", super_new, MethodKind::Static);
    add_method(vm, s, "__init__", super_init, MethodKind::Instance);
    add_method(vm, s, "__get__", super_get, MethodKind::Instance);
    add_getset(vm, s, "__thisclass__", |vm, v| Ok(sup(v).0.unwrap_or_else(|| vm.none())), None);
    add_getset(vm, s, "__self__", |vm, v| Ok(sup(v).1.unwrap_or_else(|| vm.none())), None);
    add_getset(vm, s, "__self_class__", |vm, v| Ok(sup(v).2.unwrap_or_else(|| vm.none())), None);
}
