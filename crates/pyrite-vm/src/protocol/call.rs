//! Calling any object (= `PyObject_Vectorcall`), and `type.__call__`.

use crate::object::Value;
use crate::types::descr::{ClassMethodData, MethodDescrData, MethodKind, StaticMethodData};
use crate::types::function::{BuiltinData, FunctionData, MethodData};
use crate::types::typeobj::TypeData;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `callable(*args)`.
    #[inline]
    pub fn call(&self, callable: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_kw(callable, args, None)
    }

    /// `callable(*args[..n-k], **{kwnames[i]: args[n-k+i]})`.
    pub fn call_kw(&self, callable: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
        let kwnames = kwnames.filter(|k| k.as_tuple().is_some_and(|t| !t.is_empty()));
        if callable.downcast::<FunctionData>().is_some() {
            return crate::eval::call_python_function(self, callable, args, kwnames);
        }
        if let Some(b) = callable.downcast::<BuiltinData>() {
            if let Some(owner) = &b.owner {
                if b.name == "__new__" {
                    self.check_new_args(owner, args)?;
                }
            }
            return self.with_c_depth(|| match &b.self_ {
                Some(s) => {
                    let mut v = Vec::with_capacity(args.len() + 1);
                    v.push(s.clone());
                    v.extend_from_slice(args);
                    (b.func)(self, &v, kwnames)
                }
                None => (b.func)(self, args, kwnames),
            });
        }
        if let Some(m) = callable.downcast::<MethodData>() {
            let mut v = Vec::with_capacity(args.len() + 1);
            v.push(m.self_.clone());
            v.extend_from_slice(args);
            return self.call_kw(&m.func, &v, kwnames);
        }
        if let Some(d) = callable.downcast::<MethodDescrData>() {
            if d.kind == MethodKind::Instance {
                let is_wrapper = self.types.wrapper_descriptor.as_type().is_some_and(|w| std::ptr::eq(callable.ty(), w));
                let Some(first) = args.first() else {
                    return Err(self.type_error(&if is_wrapper {
                        format!("descriptor '{}' of '{}' object needs an argument", d.name, d.objclass.ty_name_of_type())
                    } else {
                        format!("unbound method {}.{}() needs an argument", d.objclass.ty_name_of_type(), d.name)
                    }));
                };
                if !first.isinstance(&d.objclass) {
                    if is_wrapper {
                        return Err(self.type_error(&format!(
                            "descriptor '{}' requires a '{}' object but received a '{}'",
                            d.name,
                            d.objclass.ty_name_of_type(),
                            first.ty().name()
                        )));
                    }
                    return Err(self.type_error(&format!(
                        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                        d.name,
                        d.objclass.ty_name_of_type(),
                        first.ty().name()
                    )));
                }
            }
            return self.with_c_depth(|| (d.func)(self, args, kwnames));
        }
        if callable.as_type().is_some() {
            return self.with_c_depth(|| self.call_type(callable, args, kwnames));
        }
        if let Some(s) = callable.downcast::<StaticMethodData>() {
            return self.call_kw(&s.func(), args, kwnames);
        }
        if callable.downcast::<ClassMethodData>().is_some() {
            return Err(self.type_error("'classmethod' object is not callable"));
        }
        match callable.ty().lookup(&self.names.__call__) {
            Some(c) => {
                if crate::protocol::object::needs_binding(self, &c) {
                    // `__call__` supplied by a property, staticmethod or other descriptor.
                    let bound = self.bind(&c, callable)?;
                    return self.with_c_depth(|| self.call_kw(&bound, args, kwnames));
                }
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(callable.clone());
                v.extend_from_slice(args);
                self.with_c_depth(|| self.call_kw(&c, &v, kwnames))
            }
            None => Err(self.type_error(&format!("'{}' object is not callable", callable.ty().tp_name()))),
        }
    }

    /// `type.__call__(cls, *args, **kw)`: `__new__` then `__init__`.
    pub fn call_type(&self, cls: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
        // A metaclass with its own __call__.
        let meta = cls.ty();
        if !cls.is_exact(&self.types.type_) && meta.has_flag(crate::types::typeobj::tflags::HEAPTYPE) {
            if let Some(c) = meta.lookup(&self.names.__call__) {
                if c.downcast::<MethodDescrData>().is_none() {
                    let mut v = Vec::with_capacity(args.len() + 1);
                    v.push(cls.clone());
                    v.extend_from_slice(args);
                    return self.call_kw(&c, &v, kwnames);
                }
            }
        }
        self.type_call_default(cls, args, kwnames)
    }

    /// `type.__call__` itself: `__new__` then `__init__` (no metaclass dispatch).
    pub fn type_call_default(&self, cls: &Value, args: &[Value], kwnames: Option<&Value>) -> PyResult<Value> {
        let td = cls.as_type().ok_or_else(|| self.type_error("descriptor '__call__' requires a 'type' object"))?;
        if cls.is(&self.types.type_) && args.len() == 1 && kwnames.is_none() {
            return Ok(args[0].type_value());
        }
        let new = td.lookup(&self.names.__new__);
        if kwnames.is_none() && td.layout == crate::object::Layout::Exception {
            if let (Some(n), Some(i)) = (&new, td.lookup(&self.names.__init__)) {
                if let Some(r) = crate::types::excmethods::instantiate_plain(self, cls, n, &i, args) {
                    return r;
                }
            }
        }
        let obj = match &new {
            Some(n) => {
                let f = match n.downcast::<StaticMethodData>() {
                    Some(s) => s.func(),
                    None => n.clone(),
                };
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(cls.clone());
                v.extend_from_slice(args);
                self.call_kw(&f, &v, kwnames)?
            }
            None => return Err(self.type_error(&format!("cannot create '{}' instances", td.name()))),
        };
        if !obj.isinstance(cls) {
            return Ok(obj);
        }
        let init = obj.ty().lookup(&self.names.__init__);
        if let Some(init) = init {
            if is_object_init(self, &init) {
                return Ok(obj);
            }
            let mut v = Vec::with_capacity(args.len() + 1);
            v.push(obj.clone());
            v.extend_from_slice(args);
            let r = self.call_kw(&init, &v, kwnames)?;
            if !self.is_none(&r) {
                return Err(self.type_error(&format!("__init__() should return None, not '{}'", r.ty().name())));
            }
        }
        Ok(obj)
    }

    /// Checks the first argument of a native `T.__new__(cls, ...)`: a subtype of `T`.
    fn check_new_args(&self, owner: &Value, args: &[Value]) -> PyResult<()> {
        // Names are only built for the error messages (this runs on every native `__new__`).
        let oname = || owner.as_type().map_or_else(|| owner.ty_name_of_type(), |t| t.tp_name());
        let Some(cls) = args.first() else {
            return Err(self.type_error(&format!("{}.__new__(): not enough arguments", oname())));
        };
        let Some(ct) = cls.as_type() else {
            return Err(self.type_error(&format!(
                "{}.__new__(X): X is not a type object ({})",
                oname(),
                cls.ty().name()
            )));
        };
        if !ct.is_subtype(owner) {
            let cname = ct.tp_name();
            return Err(self.type_error(&format!("{}.__new__({cname}): {cname} is not a subtype of {}", oname(), oname())));
        }
        // A class whose instances have another built-in layout cannot be made here.
        let ot = owner.as_type().expect("type");
        if ot.layout != crate::object::Layout::Object && ct.layout != ot.layout {
            return Err(self.type_error(&format!(
                "{}.__new__({}) is not safe, use {}.__new__()",
                oname(),
                ct.name(),
                ct.name()
            )));
        }
        Ok(())
    }

    /// Binds a descriptor found on a type to `obj` (= calling `__get__(obj, type(obj))`).
    pub fn bind(&self, descr: &Value, obj: &Value) -> PyResult<Value> {
        crate::protocol::attr::descr_get(self, descr, Some(obj), &obj.type_value())
    }

    /// A short name of a callable for error messages (`f()`, `C.m()`).
    pub fn callable_name(&self, f: &Value) -> String {
        if let Some(fd) = f.downcast::<FunctionData>() {
            // = `_PyObject_FunctionStr`: module-qualified unless the module is builtins.
            // SAFETY: short read of the module cell.
            let module = unsafe { (*fd.module.get()).clone() };
            let q = fd.qualname();
            let q = q.as_rust_str().unwrap_or("?");
            return match module.as_rust_str() {
                Some(m) if m != "builtins" => format!("{m}.{q}()"),
                _ => format!("{q}()"),
            };
        }
        if let Some(m) = f.downcast::<MethodData>() {
            return self.callable_name(&m.func);
        }
        if let Some(b) = f.downcast::<BuiltinData>() {
            return format!("{}()", b.name);
        }
        if let Some(t) = f.as_type() {
            return format!("{}()", t.name());
        }
        format!("{} object", f.ty().name())
    }

    /// Whether `v` can be called.
    pub fn is_callable(&self, v: &Value) -> bool {
        v.downcast::<FunctionData>().is_some()
            || v.downcast::<BuiltinData>().is_some()
            || v.downcast::<MethodData>().is_some()
            || v.downcast::<MethodDescrData>().is_some()
            || v.downcast::<TypeData>().is_some()
            || v.downcast::<StaticMethodData>().is_some()
            || v.ty().lookup(&self.names.__call__).is_some()
    }
}

/// Whether `init` is `object.__init__` (nothing to call).
fn is_object_init(vm: &Vm, init: &Value) -> bool {
    init.downcast::<MethodDescrData>().is_some_and(|d| d.objclass.is(&vm.types.object) && d.name == "__init__")
}
