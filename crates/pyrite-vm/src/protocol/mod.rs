//! The abstract object protocols (CPython's `abstract.c`, `object.c`): what the eval loop,
//! the builtins and native types use to operate on any value.

pub mod attr;
pub mod call;
pub mod errors;
pub mod number;
pub mod object;
pub mod repr;
pub mod seq;
