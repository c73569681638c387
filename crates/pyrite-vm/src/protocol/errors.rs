//! Raising: constructors for the exceptions the VM raises, with CPython's messages.

use crate::object::Value;
use crate::types::str::new_str;
use crate::types::tuple::new_tuple;
use crate::vm::{PyErr, PyResult, Vm};

impl Vm {
    /// A new exception instance of `ty` with `args`.
    pub fn new_exception(&self, ty: &Value, args: Vec<Value>) -> Value {
        crate::types::excmethods::new_exception_instance(self, ty, new_tuple(args))
    }

    /// An exception of `ty` with one message argument.
    pub fn new_error(&self, ty: &Value, msg: &str) -> PyErr {
        PyErr(self.new_exception(ty, vec![new_str(msg)]))
    }

    pub fn type_error(&self, msg: &str) -> PyErr {
        self.new_error(&self.types.exc.type_error, msg)
    }

    pub fn value_error(&self, msg: &str) -> PyErr {
        self.new_error(&self.types.exc.value_error, msg)
    }

    pub fn index_error(&self, msg: &str) -> PyErr {
        self.new_error(&self.types.exc.index_error, msg)
    }

    pub fn runtime_error(&self, msg: &str) -> PyErr {
        self.new_error(&self.types.exc.runtime_error, msg)
    }

    pub fn system_error(&self, msg: &str) -> PyErr {
        self.new_error(&self.types.exc.system_error, msg)
    }

    pub fn zero_division(&self, msg: &str) -> PyErr {
        self.new_error(&self.types.exc.zero_division_error, msg)
    }

    pub fn overflow_error(&self, msg: &str) -> PyErr {
        self.new_error(&self.types.exc.overflow_error, msg)
    }

    /// `OverflowError(errno, msg)` as raised by math errors.
    pub fn overflow_error_tuple(&self, errno: i64, msg: &str) -> PyErr {
        PyErr(self.new_exception(&self.types.exc.overflow_error, vec![crate::types::int::new_int(errno), new_str(msg)]))
    }

    pub fn memory_error(&self) -> PyErr {
        PyErr(self.new_exception(&self.types.exc.memory_error, vec![]))
    }

    pub fn key_error(&self, key: Value) -> PyErr {
        PyErr(self.new_exception(&self.types.exc.key_error, vec![key]))
    }

    pub fn stop_iteration(&self, value: Option<Value>) -> PyErr {
        PyErr(self.new_exception(&self.types.exc.stop_iteration, value.into_iter().collect()))
    }

    pub fn attribute_error(&self, msg: &str, obj: &Value, name: &Value) -> PyErr {
        let e = self.new_error(&self.types.exc.attribute_error, msg);
        if let Some(ext) = e.0.ext() {
            let _ = ext;
            let _ = self.set_attr(&e.0, &self.names.name, Some(name.clone()));
            let _ = self.set_attr(&e.0, &self.names.obj, Some(obj.clone()));
        }
        e
    }

    /// `NameError: name 'x' is not defined`.
    pub fn name_error(&self, name: &Value) -> PyResult<PyErr> {
        let n = name.as_rust_str().unwrap_or("?");
        let e = self.new_error(&self.types.exc.name_error, &format!("name '{n}' is not defined"));
        let _ = self.set_attr(&e.0, &self.names.name, Some(name.clone()));
        Ok(e)
    }

    /// `UnboundLocalError` for a local read before assignment.
    pub fn unbound_local(&self, name: &Value) -> PyErr {
        let n = name.as_rust_str().unwrap_or("?");
        self.new_error(
            &self.types.exc.unbound_local_error,
            &format!("cannot access local variable '{n}' where it is not associated with a value"),
        )
    }

    /// Turns a raised object (class or instance) into an exception instance.
    pub fn exception_instance(&self, exc: &Value) -> PyResult<Value> {
        if let Some(td) = exc.as_type() {
            if td.is_subtype(&self.types.base_exception) {
                let inst = self.call(exc, &[])?;
                if !inst.isinstance(&self.types.base_exception) {
                    return Err(self.type_error(&format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        self.repr_string(exc),
                        inst.ty().name()
                    )));
                }
                return Ok(inst);
            }
        } else if exc.isinstance(&self.types.base_exception) {
            return Ok(exc.clone());
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// Reports an exception that cannot be raised (from `__del__`, say) on stderr, as
    /// `PyErr_WriteUnraisable` does.
    pub fn write_unraisable(&self, err: &PyErr, obj: Option<&Value>) {
        let what = match obj {
            Some(o) => self.repr_string(o),
            None => String::from("None"),
        };
        let mut text = format!("Exception ignored in: {what}\n");
        text.push_str(&crate::traceback::format_exception(self, &err.0));
        self.write_stderr(&text);
    }
}
