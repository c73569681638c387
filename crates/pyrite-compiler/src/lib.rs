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
use ruff_python_parser::{parse_unchecked, Mode as RuffMode, ParseOptions};

pub use anchors::caret_anchors;
pub use error::{CompileError, CompileErrorKind, CompileWarning};
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
    compile_with_warnings(source, filename, mode).0
}

/// [`compile`], also returning the `SyntaxWarning`s the source deserves (for the caller to
/// issue, before raising the error if there is one).
pub fn compile_with_warnings(
    source: &str,
    filename: &str,
    mode: Mode,
) -> (Result<CodeObject, CompileError>, Vec<CompileWarning>) {
    let mut warnings = Vec::new();
    // Dropping an AST nested MAX_DEPTH deep recurses without stack checks: start with room.
    let r = stacker::maybe_grow(4 << 20, 16 << 20, || compile_inner(source, filename, mode, &mut warnings));
    (r, warnings)
}

fn compile_inner(
    source: &str,
    filename: &str,
    mode: Mode,
    warnings: &mut Vec<CompileWarning>,
) -> Result<CodeObject, CompileError> {
    let sink = error::ErrorSink::new(source);
    let bracket_error = error::prescan(source, &sink)?;
    let ruff_mode = match mode {
        Mode::Eval => RuffMode::Expression,
        _ => RuffMode::Module,
    };
    if mode == Mode::Eval && source.is_empty() {
        // Nothing to parse: CPython reports line 0.
        return Err(CompileError { kind: CompileErrorKind::SyntaxError, msg: "invalid syntax".into(), text: Some(String::new()), ..CompileError::recursion() });
    }
    let options = ParseOptions::from(ruff_mode).with_target_version(PythonVersion::PY312);
    let parsed = parse_unchecked(source, options);
    if source.contains('\\') {
        *warnings = error::escape_warnings(&sink, parsed.tokens());
    }
    if let Some(e) = parsed.errors().first() {
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
        return Err(match bracket_error {
            // The tokenizer would have reported the bracket first if it comes before the
            // parser's error.
            Some((b, at)) if !string_error && at <= e.location.start().to_usize() => b,
            _ => sink
                .refine_parse_error(e, parsed.syntax(), parsed.tokens())
                .unwrap_or_else(|| sink.from_parse_error(e)),
        });
    }
    // Defaults of type parameters (3.13) are refused by the symbol table with 3.12's wording.
    let unsupported = parsed
        .unsupported_syntax_errors()
        .iter()
        .find(|u| !matches!(u.kind, ruff_python_parser::UnsupportedSyntaxErrorKind::TypeParamDefault));
    if let Some(u) = unsupported {
        use ruff_python_parser::UnsupportedSyntaxErrorKind as U;
        // (The kind of unpacking is not exported by ruff: tell dicts by its name.)
        let msg = match u.kind {
            U::UnpackingInComprehension(k) if format!("{k:?}").starts_with("Dict") => {
                "dict unpacking cannot be used in dict comprehension"
            }
            U::UnpackingInComprehension(_) => "iterable unpacking cannot be used in comprehension",
            _ => "invalid syntax",
        };
        return Err(sink.syntax(msg, ruff_text_size::Ranged::range(u)));
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
        use ruff_text_size::Ranged;
        let Some(first) = body.first() else {
            return Err(single_mode_empty(source, &sink));
        };
        // Simple statements on the statement's line (`1; 2`) belong to it.
        let line = sink.line_of(first.start().to_u32());
        let same_line = body.iter().take_while(|s| sink.line_of(s.start().to_u32()) == line).count();
        if body.len() > same_line {
            let end = body[same_line - 1].end();
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

/// `compile(..., 'single')` of a source without a statement: an unexpected indent when the
/// last line is only blanks, otherwise invalid syntax on the last line (line 0 when empty).
fn single_mode_empty(source: &str, sink: &error::ErrorSink) -> CompileError {
    let last = source.rsplit('\n').next().unwrap_or("");
    let lines = source.matches('\n').count() as u32;
    let mut e = CompileError { kind: CompileErrorKind::SyntaxError, msg: "invalid syntax".into(), ..CompileError::recursion() };
    if source.is_empty() {
        e.text = Some(String::new());
        return e;
    }
    let line = lines.max(1);
    e.lineno = line;
    e.end_lineno = line;
    if !last.is_empty() && last.trim().is_empty() && !last.contains(['#', '\r']) {
        e.kind = CompileErrorKind::IndentationError;
        e.msg = "unexpected indent".into();
        e.lineno = lines + 1;
        e.end_lineno = e.lineno;
        e.offset = last.chars().count() as u32;
    }
    e.text = sink.line_text(e.lineno);
    e
}

/// Compiles and disassembles source, as `python3.12 -m dis` prints it (for the CLI's `--dis`).
pub fn dis_source(source: &str, filename: &str) -> Result<String, CompileError> {
    let (code, warnings) = compile_with_warnings(source, filename, Mode::Exec);
    // The compiler's warnings go to stderr first, as `python3.12 -m dis` shows them.
    let lines: Vec<&str> = source.lines().collect();
    for w in &warnings {
        eprintln!("{filename}:{}: {}: {}", w.lineno, w.category, w.msg);
        if let Some(l) = lines.get((w.lineno as usize).wrapping_sub(1)) {
            eprintln!("  {}", l.trim());
        }
    }
    Ok(pyrite_bytecode::dis::disassemble(&code?))
}
