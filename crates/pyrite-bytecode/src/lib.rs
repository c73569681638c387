//! The bytecode layer shared by the compiler and the VM: CPython 3.12's instruction set
//! ([`opcodes`]), the compiler-side code object ([`code`]), the encodings of the line table
//! ([`linetable`]) and the exception table ([`exctable`]), and the disassembler ([`dis`]).
//! It depends on nothing else of Pyrite's.

pub mod code;
pub mod dis;
pub mod exctable;
pub mod linetable;
pub mod opcodes;
pub mod unicode_printable;

pub use code::{CodeObject, Constant};
pub use exctable::{ExceptionEntry, Handler, find_handler};
pub use linetable::{Location, line_for_offset};
pub use opcodes::{ArgKind, Opcode};
