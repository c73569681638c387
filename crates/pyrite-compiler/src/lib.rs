//! The Pyrite compiler: Python 3.12 source to [`CodeObject`]s that behave, instruction for
//! instruction, like CPython 3.12's.
//!
//! The pipeline follows CPython: a nesting pre-scan ([`error::prescan`]) protects the recursive
//! parser; ruff's parser builds the AST; [`symtable`] resolves scopes; [`codegen`] emits
//! instruction sequences per code object, folding constants on the way ([`fold`]); [`cfg`]
//! optimises the control-flow graph; [`assemble`] writes bytes and tables. Deep nesting becomes a
//! `RecursionError` compile error, never a stack overflow, provided the caller runs on a thread
//! whatever its stack size: recursion grows the stack on the heap when it runs low (`stacker`, as
//! ruff's parser also does).

pub mod anchors;
pub mod assemble;
pub mod cfg;
pub mod codegen;
pub mod error;
pub mod fold;
pub mod strings;
pub mod symtable;
pub mod unparse;

use ruff_python_ast::{Mod, PythonVersion};
use ruff_python_parser::{parse, Mode as RuffMode, ParseOptions};

pub use anchors::caret_anchors;
pub use error::{CompileError, CompileErrorKind};
pub use pyrite_bytecode::{CodeObject, Constant};

/// How deep expressions and statements may nest before compilation fails with `RecursionError`
/// (CPython 3.12 accepts about 3000 levels of `1+1+...` and refuses 5000).
pub const MAX_DEPTH: u32 = 3000;

/// Runs `f` with enough stack for one more level of recursion, growing the stack on the heap
/// when it runs low, so that nesting up to [`MAX_DEPTH`] never overflows the thread's stack.
#[inline]
pub(crate) fn with_stack<T>(f: impl FnOnce() -> T) -> T {
    stacker::maybe_grow(64 * 1024, 2 * 1024 * 1024, f)
}

/// What the source is (the `mode` argument of `compile()`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module: `exec`.
    Exec,
    /// A single expression: `eval`.
    Eval,
    /// One interactive statement: expression values are printed (`single`).
    Single,
}

/// Compiles source text to a module (or expression) code object.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, CompileError> {
    // Dropping an AST nested MAX_DEPTH deep recurses without stack checks: start with room.
    stacker::maybe_grow(4 << 20, 16 << 20, || compile_inner(source, filename, mode))
}

fn compile_inner(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, CompileError> {
    let sink = error::ErrorSink::new(source);
    let bracket_error = error::prescan(source, &sink)?;
    let ruff_mode = match mode {
        Mode::Eval => RuffMode::Expression,
        _ => RuffMode::Module,
    };
    let options = ParseOptions::from(ruff_mode).with_target_version(PythonVersion::PY312);
    let parsed = parse(source, options).map_err(|e| {
        // The tokenizer reports unbalanced brackets before the parser sees anything, except
        // when a string literal is broken first.
        let string_error = matches!(
            &e.error,
            ruff_python_parser::ParseErrorType::Lexical(
                ruff_python_parser::LexicalErrorType::UnclosedStringError
                    | ruff_python_parser::LexicalErrorType::StringError
                    | ruff_python_parser::LexicalErrorType::FStringError(_)
            ) | ruff_python_parser::ParseErrorType::FStringError(_)
        );
        match bracket_error {
            // The tokenizer would have reported the bracket first if it comes before the
            // parser's error.
            Some((b, at)) if !string_error && at <= e.location.start().to_usize() => b,
            _ => sink.from_parse_error(&e),
        }
    })?;
    // Defaults of type parameters (3.13) are refused by the symbol table with 3.12's wording.
    let unsupported = parsed
        .unsupported_syntax_errors()
        .iter()
        .find(|u| !matches!(u.kind, ruff_python_parser::UnsupportedSyntaxErrorKind::TypeParamDefault));
    if let Some(u) = unsupported {
        return Err(sink.syntax("invalid syntax", ruff_text_size::Ranged::range(u)));
    }
    let module = parsed.into_syntax();
    let (body, expr) = match &module {
        Mod::Module(m) => (&m.body[..], None),
        Mod::Expression(e) => (&[][..], Some(&*e.body)),
    };
    let st = symtable::build(body, expr, &sink)?;
    let mut c = codegen::Compiler::new(st, &sink, filename);
    c.interactive = mode == Mode::Single;
    c.enter_module();
    if let Some(e) = expr {
        c.expr(e)?;
        let code = c.exit_scope(false)?;
        return Ok(std::rc::Rc::try_unwrap(code).unwrap_or_else(|rc| (*rc).clone()));
    }
    if c.interactive {
        if body.len() > 1 {
            let end = ruff_text_size::Ranged::range(&body[0]).end();
            return Err(sink.syntax(
                "multiple statements found while compiling a single statement",
                ruff_text_size::TextRange::new(end, end),
            ));
        }
        c.stmts(body)?;
    } else {
        c.body(body)?;
    }
    let code = c.exit_scope(true)?;
    Ok(std::rc::Rc::try_unwrap(code).unwrap_or_else(|rc| (*rc).clone()))
}

/// Compiles and disassembles source, as `python3.12 -m dis` prints it (for the CLI's `--dis`).
pub fn dis_source(source: &str, filename: &str) -> Result<String, CompileError> {
    let code = compile(source, filename, Mode::Exec)?;
    Ok(pyrite_bytecode::dis::disassemble(&code))
}
