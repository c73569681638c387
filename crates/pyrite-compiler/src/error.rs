//! Compile errors: the `SyntaxError` family with CPython's wording and positions.
//!
//! Three sources feed this module: the nesting pre-scan (run before the recursive parser, so deep
//! brackets give "too many nested parentheses" instead of a stack overflow), ruff's parse errors
//! (reworded to CPython's messages where they are common), and the checks of the symbol table and
//! code generator. Positions are CPython's: 1-based lines, and 1-based columns counted in
//! characters, as `SyntaxError.offset` shows them.

use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType};
use ruff_text_size::TextRange;

/// Which exception class the error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// `RecursionError: maximum recursion depth exceeded during compilation`.
    RecursionError,
    /// `MemoryError`: CPython's parser gives up on too deep a chain of prefix operators
    /// (its stack limit, `MAXSTACK`).
    MemoryError,
}

/// A compile error with CPython's `SyntaxError` attributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub msg: String,
    /// 1-based line (0 when unknown, as for `RecursionError`).
    pub lineno: u32,
    /// 1-based column in characters (`SyntaxError.offset`).
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    /// The source line, without its line ending.
    pub text: Option<String>,
}

impl CompileError {
    pub fn recursion() -> CompileError {
        CompileError {
            kind: CompileErrorKind::RecursionError,
            msg: "maximum recursion depth exceeded during compilation".into(),
            lineno: 0,
            offset: 0,
            end_lineno: 0,
            end_offset: 0,
            text: None,
        }
    }
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match self.kind {
            CompileErrorKind::SyntaxError => "SyntaxError",
            CompileErrorKind::IndentationError => "IndentationError",
            CompileErrorKind::TabError => "TabError",
            CompileErrorKind::RecursionError => "RecursionError",
            CompileErrorKind::MemoryError => "MemoryError",
        };
        write!(f, "{kind}: {} (line {})", self.msg, self.lineno)
    }
}

impl std::error::Error for CompileError {}

/// Turns byte offsets into CPython positions for one source text.
#[derive(Debug)]
pub struct ErrorSink<'a> {
    pub source: &'a str,
    line_starts: Vec<u32>,
}

impl<'a> ErrorSink<'a> {
    pub fn new(source: &'a str) -> ErrorSink<'a> {
        let mut line_starts = vec![0u32];
        let bytes = source.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i as u32 + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    line_starts.push(i as u32 + 1);
                }
                _ => {}
            }
            i += 1;
        }
        ErrorSink { source, line_starts }
    }

    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    pub fn line_start(&self, line: u32) -> u32 {
        self.line_starts.get(line.saturating_sub(1) as usize).copied().unwrap_or(0)
    }

    /// 0-based UTF-8 byte column of an offset (what `co_positions` stores).
    pub fn byte_col(&self, offset: u32) -> u32 {
        offset - self.line_start(self.line_of(offset))
    }

    fn char_col(&self, offset: u32) -> u32 {
        let start = self.line_start(self.line_of(offset)) as usize;
        let end = (offset as usize).min(self.source.len());
        self.source.get(start..end).map_or(end - start, |s| s.chars().count()) as u32 + 1
    }

    pub fn line_text(&self, line: u32) -> Option<String> {
        let start = *self.line_starts.get(line.checked_sub(1)? as usize)? as usize;
        let rest = self.source.get(start..)?;
        let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
        Some(rest[..end].to_string())
    }

    pub fn error(&self, kind: CompileErrorKind, msg: impl Into<String>, range: TextRange) -> CompileError {
        let start = range.start().to_u32().min(self.source.len() as u32);
        let end = range.end().to_u32().min(self.source.len() as u32).max(start);
        let lineno = self.line_of(start);
        CompileError {
            kind,
            msg: msg.into(),
            lineno,
            offset: self.char_col(start),
            end_lineno: self.line_of(end),
            end_offset: self.char_col(end),
            text: self.line_text(lineno),
        }
    }

    pub fn syntax(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        self.error(CompileErrorKind::SyntaxError, msg, range)
    }

    pub fn syntax_at_line(&self, msg: impl Into<String>, line: u32) -> CompileError {
        let start = self.line_start(line.max(1));
        let r = TextRange::new(start.into(), start.into());
        let mut e = self.syntax(msg, r);
        e.lineno = line.max(1);
        e.end_lineno = e.lineno;
        e
    }

    /// Syntax Pyrite does not compile yet: a clean `SyntaxError`, never a panic.
    pub fn unsupported(&self, what: &str, range: TextRange) -> CompileError {
        self.syntax(format!("{what} are not supported by Pyrite yet"), range)
    }

    /// Maps one of ruff's parse errors to CPython's kind and wording.
    pub fn from_parse_error(&self, err: &ParseError) -> CompileError {
        use CompileErrorKind::*;
        let range = err.location;
        let start = range.start().to_u32();
        let line = self.line_of(start.min(self.source.len() as u32));
        let (kind, msg): (CompileErrorKind, String) = match &err.error {
            ParseErrorType::Lexical(lex) => match lex {
                LexicalErrorType::UnclosedStringError | LexicalErrorType::StringError => {
                    let text = self.source.get(start as usize..).unwrap_or("");
                    let triple = text.trim_start_matches(|c: char| c.is_ascii_alphabetic()).starts_with("\"\"\"")
                        || text.trim_start_matches(|c: char| c.is_ascii_alphabetic()).starts_with("'''");
                    if triple {
                        let last = self.source.lines().count().max(1) as u32;
                        (SyntaxError, format!("unterminated triple-quoted string literal (detected at line {last})"))
                    } else {
                        (SyntaxError, format!("unterminated string literal (detected at line {line})"))
                    }
                }
                LexicalErrorType::IndentationError => {
                    (IndentationError, "unindent does not match any outer indentation level".into())
                }
                LexicalErrorType::UnrecognizedToken { tok } => {
                    if *tok == '$' || *tok == '?' || *tok == '`' {
                        (SyntaxError, "invalid syntax".into())
                    } else if tok.is_alphanumeric() || !tok.is_ascii() {
                        (SyntaxError, format!("invalid character '{tok}' (U+{:04X})", *tok as u32))
                    } else {
                        (SyntaxError, "invalid syntax".into())
                    }
                }
                LexicalErrorType::LineContinuationError => {
                    (SyntaxError, "unexpected character after line continuation character".into())
                }
                LexicalErrorType::Eof => (SyntaxError, "unexpected EOF while parsing".into()),
                LexicalErrorType::FStringError(f) => (SyntaxError, fstring_msg(f).into()),
                LexicalErrorType::UnicodeError => {
                    (SyntaxError, "(unicode error) 'unicodeescape' codec can't decode bytes".into())
                }
                LexicalErrorType::InvalidByteLiteral => {
                    (SyntaxError, "bytes can only contain ASCII literal characters".into())
                }
                _ => (SyntaxError, "invalid syntax".into()),
            },
            ParseErrorType::UnexpectedIndentation => (IndentationError, "unexpected indent".into()),
            ParseErrorType::ExpectedToken { expected: ruff_python_ast::token::TokenKind::Else, .. } => {
                (SyntaxError, "expected 'else' after 'if' expression".into())
            }
            ParseErrorType::ExpectedToken { expected, .. } => {
                let s = format!("{expected}");
                if s.contains("Indent") || s.contains("indent") {
                    (IndentationError, self.expected_block_message(line))
                } else if s.contains(':') || s.contains("Colon") {
                    (SyntaxError, "expected ':'".into())
                } else {
                    (SyntaxError, "invalid syntax".into())
                }
            }
            ParseErrorType::InvalidAssignmentTarget | ParseErrorType::InvalidAnnotatedAssignmentTarget => {
                (SyntaxError, self.assign_target_message(range))
            }
            ParseErrorType::InvalidAugmentedAssignmentTarget => {
                let k = self.target_kind(range);
                (SyntaxError, format!("'{k}' is an illegal expression for augmented assignment"))
            }
            ParseErrorType::InvalidDeleteTarget => {
                (SyntaxError, format!("cannot delete {}", self.target_kind(range)))
            }
            ParseErrorType::PositionalAfterKeywordArgument => {
                (SyntaxError, "positional argument follows keyword argument".into())
            }
            ParseErrorType::PositionalAfterKeywordUnpacking => {
                (SyntaxError, "positional argument follows keyword argument unpacking".into())
            }
            ParseErrorType::NonDefaultParamAfterDefaultParam => {
                (SyntaxError, "parameter without a default follows parameter with a default".into())
            }
            ParseErrorType::FStringError(f) => (SyntaxError, fstring_msg(f).into()),
            ParseErrorType::UnparenthesizedGeneratorExpression => {
                (SyntaxError, "Generator expression must be parenthesized".into())
            }
            ParseErrorType::InvalidArgumentUnpackingOrder => {
                (SyntaxError, "iterable argument unpacking follows keyword argument unpacking".into())
            }
            ParseErrorType::OtherError(m) if m.starts_with("Expected an indented block") => {
                (IndentationError, self.expected_block_message(line))
            }
            ParseErrorType::OtherError(m) => (SyntaxError, cpython_wording(m)),
            _ => (SyntaxError, "invalid syntax".into()),
        };
        let mut range = range;
        let mut msg = msg;
        if let ParseErrorType::OtherError(m) = &err.error
            && m.starts_with("Cannot have both 'except' and 'except*'") {
                // CPython points at the `except` keyword of the handler of the other kind.
                msg = "cannot have both 'except' and 'except*' on the same 'try'".into();
                let after = self.source.get(range.start().to_usize() + 6..).unwrap_or("");
                let star = after.len() - after.trim_start().len() + 1;
                let len = if after.trim_start().starts_with('*') { 6 + star } else { 6 };
                range = TextRange::at(range.start(), (len as u32).into());
            }
        if matches!(err.error, ParseErrorType::EmptyTypeParams) {
            // `def f[]()` fails in 3.12's grammar at the `[` ("expected '('"); a class or a
            // `type` statement at the `]`.
            let before = self.source.get(..start as usize).unwrap_or("");
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            let stmt = before[line_start..].trim_start();
            if stmt.starts_with("def ") || stmt.starts_with("async ") {
                if let Some(open) = before.rfind('[') {
                    range = TextRange::at((open as u32).into(), 1.into());
                    msg = "expected '('".into();
                }
            }
        }
        let mut e = self.error(kind, msg, range);
        if e.msg.starts_with("unterminated string literal") {
            // CPython reports the position of the opening quote as both ends.
            e.end_offset = e.offset;
            e.end_lineno = e.lineno;
        }
        if kind == IndentationError && e.msg == "unexpected indent" {
            // CPython's offset is the width of the indentation.
            let text = self.line_text(e.lineno).unwrap_or_default();
            e.offset = (text.chars().count() - text.trim_start().chars().count()) as u32;
        } else if kind == IndentationError && e.msg.starts_with("unindent") {
            let text = self.line_text(e.lineno).unwrap_or_default();
            e.offset = text.chars().count() as u32 + 1;
        }
        if kind == IndentationError && e.msg.starts_with("expected an indented block") {
            // CPython points at the first token of the line that should have been indented.
            e.lineno = self.line_of(start.min(self.source.len() as u32));
            e.text = self.line_text(e.lineno);
        }
        e
    }

    /// What kind of expression a bad target is, from its source text, in CPython's words.
    fn target_kind(&self, range: TextRange) -> &'static str {
        let text = self.source.get(range.start().to_usize()..range.end().to_usize()).unwrap_or("").trim();
        let first = text.split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or("");
        match first {
            "None" if text == "None" => return "None",
            "True" if text == "True" => return "True",
            "False" if text == "False" => return "False",
            "yield" => return "yield expression",
            "lambda" => return "lambda",
            "await" => return "await expression",
            _ => {}
        }
        if text.starts_with('*') {
            return "starred";
        }
        if text.starts_with('(') && text.contains(" for ") && text.contains(" in ") {
            return "generator expression";
        }
        if text.contains(":=") {
            return "named expression";
        }
        if text.starts_with('(') && text.ends_with(')') && text.contains(',') {
            return "tuple";
        }
        if text.starts_with('[') && text.ends_with(']') {
            return "list";
        }
        if text.starts_with('{') {
            return if text.contains(':') { "dict literal" } else { "set display" };
        }
        if text.ends_with(')') && !text.starts_with('(') {
            return "function call";
        }
        if text.starts_with(|c: char| c.is_ascii_digit() || c == '"' || c == '\'')
            || text.get(1..).is_some_and(|t| t.starts_with(['"', '\'']))
        {
            return "literal";
        }
        "expression"
    }

    fn assign_target_message(&self, range: TextRange) -> String {
        match self.target_kind(range) {
            k @ ("None" | "True" | "False" | "lambda") => format!("cannot assign to {k}"),
            "yield expression" => "assignment to yield expression not possible".into(),
            k => format!("cannot assign to {k} here. Maybe you meant '==' instead of '='?"),
        }
    }

    /// "expected an indented block after 'if' statement on line N": find the header line above.
    fn expected_block_message(&self, line: u32) -> String {
        let mut l = line;
        while l > 1 {
            l -= 1;
            let Some(text) = self.line_text(l) else { break };
            let t = text.trim_start();
            if t.is_empty() || t.starts_with('#') {
                continue;
            }
            let word = t.split(|c: char| !c.is_alphanumeric() && c != '_').next().unwrap_or("");
            let what = match word {
                "if" => "'if' statement".to_string(),
                "elif" => "'elif' statement".to_string(),
                "else" => "'else' statement".to_string(),
                "for" => "'for' statement".to_string(),
                "while" => "'while' statement".to_string(),
                "with" => "'with' statement".to_string(),
                "try" => "'try' statement".to_string(),
                "except" => "'except' statement".to_string(),
                "finally" => "'finally' statement".to_string(),
                "def" => "function definition".to_string(),
                "class" => "class definition".to_string(),
                _ => return "expected an indented block".into(),
            };
            return format!("expected an indented block after {what} on line {l}");
        }
        "expected an indented block".into()
    }
}

fn fstring_msg(f: &ruff_python_parser::InterpolatedStringErrorType) -> &'static str {
    use ruff_python_parser::InterpolatedStringErrorType as F;
    match f {
        F::UnclosedLbrace => "f-string: expecting '}'",
        F::SingleRbrace => "f-string: single '}' is not allowed",
        F::InvalidConversionFlag => "f-string: invalid conversion character",
        F::UnterminatedString => "unterminated f-string literal",
        F::UnterminatedTripleQuotedString => "unterminated triple-quoted f-string literal",
        F::LambdaWithoutParentheses => "f-string: lambda expressions are not allowed without parentheses",
        _ => "f-string: invalid syntax",
    }
}

fn cpython_wording(m: &str) -> String {
    if m.contains("Expected an indented block") {
        return "expected an indented block".into();
    }
    "invalid syntax".into()
}

/// CPython's tokenizer limit on open brackets.
const MAXLEVEL: usize = 200;
/// The longest run of prefix operators (`-`, `+`, `~`, `not`) separated only by spaces.
fn prefix_chain(b: &[u8]) -> usize {
    let mut best = 0;
    let mut run = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'-' | b'+' | b'~' => run += 1,
            b' ' | b'\t' => {}
            b'#' => {
                run = 0;
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                run = 0;
                i = skip_string(b, i);
                continue;
            }
            b'n' if b[i..].starts_with(b"not") && b.get(i + 3).is_some_and(|c| !c.is_ascii_alphanumeric() && *c != b'_') => {
                run += 1;
                i += 2;
            }
            _ => run = 0,
        }
        best = best.max(run);
        i += 1;
    }
    best
}

/// CPython's tokenizer limit on indentation levels.
const MAXINDENT: usize = 100;

/// Scans the source for bracket nesting (and an estimate of expression depth) before the
/// recursive-descent parser sees it, so that pathological nesting becomes a `SyntaxError` or
/// `RecursionError` instead of a Rust stack overflow.
///
/// Returns the bracket error the tokenizer would report (never closed, mismatched, unmatched)
/// with its byte offset, to be preferred over the parser's error if parsing fails there first.
pub fn prescan(source: &str, sink: &ErrorSink) -> Result<Option<(CompileError, usize)>, CompileError> {
    let b = source.as_bytes();
    // CPython's parser fails with MemoryError on chains of prefix operators deeper than its
    // stack (about 5975 levels); that happens before the compiler's recursion limit applies.
    if prefix_chain(b) > 5970 {
        return Err(CompileError { kind: CompileErrorKind::MemoryError, msg: String::new(), ..CompileError::recursion() });
    }
    let mut i = 0usize;
    // Per open bracket: the depth estimate at its opening.
    let mut brackets: Vec<u32> = Vec::new();
    let mut opens: Vec<(u8, usize)> = Vec::new();
    let mut deferred: Option<(CompileError, usize)> = None;
    // Indentation measured with tabs to 8 columns and with tabs as 1, as CPython's tokenizer
    // does to detect inconsistent use of tabs and spaces.
    let mut alt_indents: Vec<usize> = vec![0];
    let r1 = |i: usize| TextRange::new((i as u32).into(), (i as u32 + 1).into());
    // Depth estimate of the current expression (prefix operators and openings count).
    let mut level: u32 = 0;
    let mut at_line_start = true;
    let mut indents: Vec<usize> = vec![0];
    while i < b.len() {
        let c = b[i];
        if at_line_start && brackets.is_empty() {
            // Measure indentation of a logical line (blank and comment lines do not count).
            let mut col = 0usize;
            let mut alt = 0usize;
            let mut j = i;
            while j < b.len() && (b[j] == b' ' || b[j] == b'\t' || b[j] == 0x0c) {
                col = if b[j] == b'\t' { (col / 8 + 1) * 8 } else { col + 1 };
                alt += 1;
                j += 1;
            }
            let tab_error = || {
                sink.error(
                    CompileErrorKind::TabError,
                    "inconsistent use of tabs and spaces in indentation",
                    TextRange::new((i as u32).into(), (i as u32).into()),
                )
            };
            at_line_start = false;
            if j < b.len() && !matches!(b[j], b'\n' | b'\r' | b'#') {
                let top = *indents.last().unwrap_or(&0);
                let alt_top = *alt_indents.last().unwrap_or(&0);
                if col == top && alt != alt_top {
                    return Err(tab_error());
                }
                if col > top {
                    if alt <= alt_top {
                        return Err(tab_error());
                    }
                    indents.push(col);
                    alt_indents.push(alt);
                    if indents.len() > MAXINDENT {
                        return Err(sink.error(
                            CompileErrorKind::IndentationError,
                            "too many levels of indentation",
                            TextRange::new((j as u32).into(), (j as u32).into()),
                        ));
                    }
                } else {
                    while indents.len() > 1 && *indents.last().unwrap_or(&0) > col {
                        indents.pop();
                        alt_indents.pop();
                    }
                    if *indents.last().unwrap_or(&0) == col && *alt_indents.last().unwrap_or(&0) != alt {
                        return Err(tab_error());
                    }
                }
            }
            i = j;
            continue;
        }
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
                    i += 1;
                }
                continue;
            }
            b'\n' | b'\r'
                if brackets.is_empty() => {
                    at_line_start = true;
                    level = 0;
                }
            b'\\' => {
                i += 2;
                continue;
            }
            b'\'' | b'"' => {
                i = skip_string(b, i);
                continue;
            }
            b'(' | b'[' | b'{' => {
                opens.push((c, i));
                brackets.push(level);
                level += 1;
                if brackets.len() > MAXLEVEL {
                    let r = TextRange::new((i as u32).into(), (i as u32 + 1).into());
                    return Err(sink.syntax("too many nested parentheses", r));
                }
            }
            b')' | b']' | b'}' => {
                match opens.pop() {
                    None => {
                        if deferred.is_none() {
                            deferred = Some((sink.syntax(format!("unmatched '{}'", c as char), r1(i)), i));
                        }
                    }
                    Some((o, _)) => {
                        let want = match o {
                            b'(' => b')',
                            b'[' => b']',
                            _ => b'}',
                        };
                        if want != c && deferred.is_none() {
                            deferred = Some((
                                sink.syntax(
                                    format!(
                                        "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                        c as char, o as char
                                    ),
                                    r1(i),
                                ),
                                i,
                            ));
                        }
                    }
                }
                if let Some(l) = brackets.pop() {
                    // A call or subscript on the result nests one deeper than the opening.
                    level = l + 1;
                }
            }
            b',' | b';' => {
                level = brackets.last().map_or(0, |l| l + 1);
            }
            b'-' | b'+' | b'~' | b'*' | b'/' | b'%' | b'@' | b'&' | b'|' | b'^' | b'.' | b'<' | b'>' => {
                level += 1;
            }
            _ if c.is_ascii_alphabetic() || c == b'_' => {
                let s = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                    i += 1;
                }
                let word = &b[s..i];
                if i < b.len() && (b[i] == b'\'' || b[i] == b'"') && word.len() <= 3 {
                    i = skip_string(b, i);
                    continue;
                }
                if matches!(word, b"not" | b"lambda" | b"if" | b"else" | b"await" | b"yield") {
                    level += 1;
                }
                if level > crate::MAX_DEPTH {
                    return Err(CompileError::recursion());
                }
                continue;
            }
            _ => {}
        }
        if level > crate::MAX_DEPTH {
            return Err(CompileError::recursion());
        }
        i += 1;
    }
    if deferred.is_none()
        && let Some(&(o, at)) = opens.last() {
            // Reported at the end of the input, where the tokenizer notices.
            let end = source.trim_end().len();
            deferred = Some((sink.syntax(format!("'{}' was never closed", o as char), r1(at)), end));
        }
    Ok(deferred)
}

/// Skips a string literal starting at the quote `b[i]`; returns the index after it.
fn skip_string(b: &[u8], i: usize) -> usize {
    let q = b[i];
    let triple = b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q);
    let mut j = if triple { i + 3 } else { i + 1 };
    while j < b.len() {
        let c = b[j];
        if c == b'\\' {
            j += 2;
            continue;
        }
        if triple {
            if c == q && b.get(j + 1) == Some(&q) && b.get(j + 2) == Some(&q) {
                return j + 3;
            }
        } else if c == q {
            return j + 1;
        } else if c == b'\n' || c == b'\r' {
            return j;
        }
        j += 1;
    }
    j
}

// ---------------------------------------------------------------------------------------------
// CPython's specific messages for errors ruff reports generically, found from the partial AST
// and the tokens of a failed parse (CPython's `invalid_*` grammar rules, written anew here).

use ruff_python_ast::token::{Token, TokenKind};
use ruff_python_ast::visitor::{walk_expr, walk_keyword, walk_stmt, Visitor};
use ruff_python_ast::{Expr, Keyword, Mod, Stmt};
use ruff_text_size::{Ranged, TextSize};

/// What CPython calls an expression in its messages (`_PyPegen_get_expr_name`).
pub fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => "literal",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Slice(_) => "slice",
        Expr::IpyEscapeCommand(_) => "expression",
    }
}

/// Finds the first expression (in source order) accepted by a predicate, with its enclosing
/// expressions (outermost first) and statement.
struct Finder<'a, F> {
    pred: F,
    exprs: Vec<&'a Expr>,
    stmts: Vec<&'a Stmt>,
    found: Option<(&'a Expr, Vec<&'a Expr>, Option<&'a Stmt>)>,
    keyword: Option<&'a Keyword>,
    want_keyword_before: Option<TextSize>,
    source: &'a str,
}

impl<'a, F: FnMut(&'a Expr) -> bool> Visitor<'a> for Finder<'a, F> {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        if self.found.is_some() {
            return;
        }
        self.stmts.push(s);
        crate::with_stack(|| walk_stmt(self, s));
        self.stmts.pop();
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        if self.found.is_some() {
            return;
        }
        if (self.pred)(e) {
            self.found = Some((e, self.exprs.clone(), self.stmts.last().copied()));
            return;
        }
        self.exprs.push(e);
        crate::with_stack(|| walk_expr(self, e));
        self.exprs.pop();
    }

    fn visit_keyword(&mut self, k: &'a Keyword) {
        if let Some(at) = self.want_keyword_before
            && k.arg.is_some()
            && k.value.end() <= at
            && self.source.get(k.value.end().to_usize()..at.to_usize()).is_some_and(|t| t.trim().is_empty())
        {
            self.keyword = Some(k);
        }
        walk_keyword(self, k);
    }
}

type Found<'a> = (&'a Expr, Vec<&'a Expr>, Option<&'a Stmt>);

fn find_expr<'a>(module: &'a Mod, source: &'a str, pred: impl FnMut(&'a Expr) -> bool) -> Option<Found<'a>> {
    let mut f = Finder { pred, exprs: Vec::new(), stmts: Vec::new(), found: None, keyword: None, want_keyword_before: None, source };
    match module {
        Mod::Module(m) => {
            for s in &m.body {
                f.visit_stmt(s);
            }
        }
        Mod::Expression(e) => f.visit_expr(&e.body),
    }
    f.found
}

/// A keyword argument `name=value` whose value ends just before `at`.
fn find_keyword_before<'a>(module: &'a Mod, source: &'a str, at: TextSize) -> Option<&'a Keyword> {
    let mut f = Finder {
        pred: |_: &Expr| false,
        exprs: Vec::new(),
        stmts: Vec::new(),
        found: None,
        keyword: None,
        want_keyword_before: Some(at),
        source,
    };
    match module {
        Mod::Module(m) => {
            for s in &m.body {
                f.visit_stmt(s);
            }
        }
        Mod::Expression(e) => f.visit_expr(&e.body),
    }
    f.keyword
}

impl ErrorSink<'_> {
    fn text_at(&self, at: usize) -> &str {
        self.source.get(at..).unwrap_or("")
    }

    fn text_before(&self, at: usize) -> &str {
        self.source.get(..at).unwrap_or("")
    }

    /// Whether the source around `range` is a pair of parentheses.
    fn parenthesized(&self, range: TextRange) -> bool {
        self.text_before(range.start().to_usize()).trim_end().ends_with('(')
            && self.text_at(range.end().to_usize()).trim_start().starts_with(')')
    }

    /// CPython's message for an error ruff reports generically, when the partial AST and the
    /// tokens tell which of CPython's rules applies.
    pub fn refine_parse_error(&self, err: &ParseError, module: &Mod, tokens: &[Token]) -> Option<CompileError> {
        let range = err.location;
        let at = range.start().to_usize();
        if let Some(e) = self.fstring_error(err, tokens) {
            return Some(e);
        }
        if let Some(e) = self.star_type_param_bound(at, tokens) {
            return Some(e);
        }
        match &err.error {
            ParseErrorType::InvalidAssignmentTarget => {
                let (node, parents, stmt) = find_expr(module, self.source, |e| e.range() == range)?;
                Some(self.syntax(self.invalid_target_message(node, &parents, stmt), range))
            }
            ParseErrorType::InvalidNamedAssignmentTarget => {
                let (node, _, _) = find_expr(module, self.source, |e| e.range() == range)?;
                Some(self.syntax(format!("cannot use assignment expressions with {}", expr_name(node)), range))
            }
            ParseErrorType::InvalidAugmentedAssignmentTarget => {
                let (node, _, _) = find_expr(module, self.source, |e| e.range() == range)?;
                Some(self.syntax(format!("'{}' is an illegal expression for augmented assignment", expr_name(node)), range))
            }
            ParseErrorType::InvalidStarredExpressionUsage if self.parenthesized(range) => {
                let double = self.text_at(at).starts_with("**");
                let what = if double { "double starred" } else { "starred" };
                Some(self.syntax(format!("cannot use {what} expression here"), range))
            }
            ParseErrorType::ExpectedToken { found, .. } if found.as_augmented_assign_operator().is_some() => {
                // `a, b += 1`: the target is a tuple.
                let before = self.text_before(at);
                let line_start = before.rfind(['\n', ';']).map_or(0, |i| i + 1);
                let target = TextRange::new(
                    TextSize::from((line_start + (before[line_start..].len() - before[line_start..].trim_start().len())) as u32),
                    TextSize::from(before.trim_end().len() as u32),
                );
                if before[line_start..].contains(',') {
                    Some(self.syntax("'tuple' is an illegal expression for augmented assignment", target))
                } else {
                    None
                }
            }
            ParseErrorType::ExpectedToken { found: TokenKind::For | TokenKind::Async, .. } => {
                // `f(a=1 for b in c)`.
                let k = find_keyword_before(module, self.source, range.start())?;
                let r = TextRange::new(k.range.start(), k.value.end());
                Some(self.syntax("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", r))
            }
            ParseErrorType::OtherError(_) if self.text_at(at).starts_with(":=") => {
                // `lambda: x := 1`: the whole expression before `:=` is the target.
                let end = TextSize::from(self.text_before(at).trim_end().len() as u32);
                let mut best: Option<&Expr> = None;
                find_expr(module, self.source, |e| {
                    if e.end() == end && best.is_none_or(|b| e.start() < b.start()) {
                        best = Some(e);
                    }
                    false
                });
                let node = best?;
                // Only where an assignment expression could begin (and a bare name is plain
                // invalid syntax, as in `x := 1` as a statement).
                let before = self.text_before(node.start().to_usize()).trim_end();
                let starts = before.is_empty() || before.ends_with(['(', '[', '{', ',', '\n', ';']);
                if matches!(node, Expr::Name(_)) || !starts {
                    return None;
                }
                Some(self.syntax(format!("cannot use assignment expressions with {}", expr_name(node)), node.range()))
            }
            _ => None,
        }
    }

    /// `class C[*Ts: int]`, `def f[**P: (A, B)]`: 3.12's `invalid_type_param` rule, reported
    /// from the colon to the end of the bound.
    fn star_type_param_bound(&self, at: usize, tokens: &[Token]) -> Option<CompileError> {
        let i = tokens.iter().position(|t| t.start().to_usize() == at)?;
        let kind = |j: usize| tokens.get(j).map_or(TokenKind::EndOfFile, |t| t.kind());
        if kind(i) != TokenKind::Colon || i < 3 || kind(i - 1) != TokenKind::Name {
            return None;
        }
        let what = match kind(i - 2) {
            TokenKind::Star => "TypeVarTuple",
            TokenKind::DoubleStar => "ParamSpec",
            _ => return None,
        };
        // The star opens a parameter of a `class`, `def` or `type` parameter list.
        let mut j = i - 3;
        let mut depth = 0usize;
        loop {
            match kind(j) {
                TokenKind::Rsqb | TokenKind::Rpar | TokenKind::Rbrace => depth += 1,
                TokenKind::Lpar | TokenKind::Lbrace if depth > 0 => depth -= 1,
                TokenKind::Lsqb if depth > 0 => depth -= 1,
                TokenKind::Lsqb => break,
                TokenKind::Newline | TokenKind::Semi | TokenKind::Indent | TokenKind::Dedent => return None,
                _ => {}
            }
            j = j.checked_sub(1)?;
        }
        if j < 2 || kind(j - 1) != TokenKind::Name || !matches!(kind(j - 2), TokenKind::Class | TokenKind::Def | TokenKind::Type) {
            return None;
        }
        // The bound: up to a comma or the closing bracket at depth 0.
        let mut depth = 0usize;
        let mut end = None;
        for t in &tokens[i + 1..] {
            match t.kind() {
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace if depth == 0 => break,
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => depth -= 1,
                TokenKind::Comma if depth == 0 => break,
                TokenKind::Newline | TokenKind::EndOfFile => break,
                TokenKind::NonLogicalNewline | TokenKind::Comment => continue,
                _ => {}
            }
            end = Some(t.end());
        }
        let end = end?;
        let colon = tokens[i].start();
        let text = self.source.get(tokens[i].end().to_usize()..end.to_usize())?;
        let parsed = ruff_python_parser::parse_expression(&format!("(\n{text}\n)")).ok()?;
        let bound = if matches!(parsed.expr(), Expr::Tuple(_)) { "constraints" } else { "bound" };
        Some(self.syntax(format!("cannot use {bound} with {what}"), TextRange::new(colon, end)))
    }

    /// `cannot assign to X`, with CPython's "here. Maybe you meant '=='" variant for a plain
    /// `target = value` whose target starts the statement's expression (`invalid_named_expression`).
    fn invalid_target_message(&self, node: &Expr, parents: &[&Expr], stmt: Option<&Stmt>) -> String {
        let name = expr_name(node);
        let parenthesized = self.parenthesized(node.range());
        let bare_yield = matches!(node, Expr::Yield(_) | Expr::YieldFrom(_)) && !parenthesized;
        if let Some(Stmt::Assign(a)) = stmt {
            // Where the target sits: a whole target, or an element of an unparenthesized tuple.
            let pos = a.targets.iter().position(|t| {
                std::ptr::eq(t, node)
                    || matches!(t, Expr::Tuple(tu) if !tu.parenthesized
                        && parents.last().is_some_and(|p| std::ptr::eq(*p, t))
                        && tu.elts.iter().any(|el| std::ptr::eq(el, node)))
            });
            if let Some(i) = pos {
                let followed_by_eq = {
                    let mut rest = self.text_at(node.end().to_usize()).trim_start();
                    while let Some(r) = rest.strip_prefix(')') {
                        rest = r.trim_start();
                    }
                    rest.starts_with('=') && !rest.starts_with("==")
                };
                let bitwise_or = parenthesized
                    || !matches!(
                        node,
                        Expr::Compare(_) | Expr::BoolOp(_) | Expr::If(_) | Expr::Lambda(_) | Expr::Named(_) | Expr::Starred(_)
                            | Expr::Yield(_) | Expr::YieldFrom(_)
                    ) && !matches!(node, Expr::UnaryOp(u) if u.op == ruff_python_ast::UnaryOp::Not);
                let excluded = matches!(
                    node,
                    Expr::List(_) | Expr::Tuple(_) | Expr::Generator(_) | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_)
                );
                // The value must begin with a `bitwise_or` that is not itself assigned to.
                let rhs: &Expr = a.targets.get(i + 1).unwrap_or(&a.value);
                let rhs_ok = match rhs {
                    Expr::Tuple(t) if !t.parenthesized => {
                        t.elts.first().is_some_and(|f| !matches!(f, Expr::Starred(_)) && simple_start(f))
                    }
                    _ => i + 1 == a.targets.len() && simple_start(rhs),
                };
                // (Only the first target starts the statement's expression.)
                if i == 0 && followed_by_eq && bitwise_or && !excluded && rhs_ok {
                    return format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?");
                }
                if bare_yield && parents.is_empty() {
                    return "assignment to yield expression not possible".into();
                }
            }
        }
        format!("cannot assign to {name}")
    }
}

/// Whether an expression begins with a `bitwise_or` in CPython's grammar (not `not`, `lambda`,
/// `yield` or a star), looking through the left operands of conditionals and comparisons.
fn simple_start(e: &Expr) -> bool {
    match e {
        Expr::UnaryOp(u) if u.op == ruff_python_ast::UnaryOp::Not => false,
        Expr::Lambda(_) | Expr::Yield(_) | Expr::YieldFrom(_) | Expr::Starred(_) | Expr::Named(_) => false,
        Expr::If(i) => simple_start(&i.body),
        Expr::BoolOp(b) => b.values.first().is_some_and(simple_start),
        Expr::Compare(c) => simple_start(&c.left),
        _ => true,
    }
}

/// An open f-string or replacement field while scanning tokens.
#[derive(Clone, Copy)]
enum FFrame {
    FString,
    /// A replacement field: the index of its `{`, the bracket depth inside its expression,
    /// and whether its format spec has begun.
    Field { open: usize, depth: u32, spec: bool },
}

impl ErrorSink<'_> {
    /// CPython's messages for malformed replacement fields (`invalid_replacement_field`) and for
    /// a comment that swallows a field's closing brace.
    fn fstring_error(&self, err: &ParseError, tokens: &[Token]) -> Option<CompileError> {
        let pos = err.location.start();
        let relevant = matches!(
            &err.error,
            ParseErrorType::ExpectedExpression
                | ParseErrorType::FStringError(_)
                | ParseErrorType::Lexical(LexicalErrorType::FStringError(_))
                | ParseErrorType::OtherError(_)
        );
        if !relevant {
            return None;
        }
        // The frames open where the error is.
        let mut stack: Vec<FFrame> = Vec::new();
        let mut comment_in_field = false;
        for (i, t) in tokens.iter().enumerate() {
            if t.start() >= pos && !(t.start() == pos && t.kind() == TokenKind::Comment) {
                break;
            }
            let in_expr = matches!(stack.last(), Some(FFrame::Field { spec: false, .. }));
            match t.kind() {
                TokenKind::FStringStart => stack.push(FFrame::FString),
                TokenKind::FStringEnd => {
                    while let Some(f) = stack.pop() {
                        if matches!(f, FFrame::FString) {
                            break;
                        }
                    }
                }
                TokenKind::Lbrace if !in_expr && !stack.is_empty() => {
                    stack.push(FFrame::Field { open: i, depth: 0, spec: false });
                }
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace if in_expr => {
                    if let Some(FFrame::Field { depth, .. }) = stack.last_mut() {
                        *depth += 1;
                    }
                }
                TokenKind::Rpar | TokenKind::Rsqb => {
                    if let Some(FFrame::Field { depth, spec: false, .. }) = stack.last_mut() {
                        *depth = depth.saturating_sub(1);
                    }
                }
                TokenKind::Rbrace => match stack.last_mut() {
                    Some(FFrame::Field { depth, spec: false, .. }) if *depth > 0 => *depth -= 1,
                    Some(FFrame::Field { .. }) => {
                        stack.pop();
                    }
                    _ => {}
                },
                TokenKind::Colon => {
                    if let Some(FFrame::Field { depth: 0, spec, .. }) = stack.last_mut() {
                        *spec = true;
                    }
                }
                TokenKind::Comment if in_expr => comment_in_field = true,
                _ => {}
            }
        }
        let Some(FFrame::Field { open, .. }) = stack.last().copied() else { return None };
        let lbrace = tokens[open].range();
        if matches!(&err.error, ParseErrorType::Lexical(LexicalErrorType::FStringError(
            ruff_python_parser::InterpolatedStringErrorType::UnterminatedString
                | ruff_python_parser::InterpolatedStringErrorType::UnterminatedTripleQuotedString
        ))) {
            return comment_in_field.then(|| self.syntax("'{' was never closed", lbrace));
        }
        let msg = self.field_message(&tokens[open + 1..])?;
        let mut e = self.syntax(msg, err.location);
        e.end_offset = e.offset;
        Some(e)
    }

    /// Which of CPython's `invalid_replacement_field` rules a field's tokens (after its `{`) hit.
    fn field_message(&self, toks: &[Token]) -> Option<String> {
        let kind = |i: usize| toks.get(i).map_or(TokenKind::EndOfFile, |t| t.kind());
        let is_end = |k: TokenKind| {
            matches!(k, TokenKind::FStringEnd | TokenKind::Newline | TokenKind::EndOfFile | TokenKind::FStringMiddle)
        };
        match kind(0) {
            TokenKind::Lambda => {
                return Some("f-string: lambda expressions are not allowed without parentheses".into());
            }
            k @ (TokenKind::Equal | TokenKind::Exclamation | TokenKind::Colon | TokenKind::Rbrace) => {
                let c = match k {
                    TokenKind::Equal => '=',
                    TokenKind::Exclamation => '!',
                    TokenKind::Colon => ':',
                    _ => '}',
                };
                return Some(format!("f-string: valid expression required before '{c}'"));
            }
            k if is_end(k) => return Some("f-string: expecting '}'".into()),
            _ => {}
        }
        // Skip the expression.
        let mut i = 0;
        let mut depth = 0u32;
        let mut nested = 0u32;
        loop {
            let k = kind(i);
            if k == TokenKind::EndOfFile {
                break;
            }
            match k {
                TokenKind::FStringStart => nested += 1,
                TokenKind::FStringEnd if nested > 0 => nested -= 1,
                _ if nested > 0 => {}
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => depth += 1,
                TokenKind::Rpar | TokenKind::Rsqb if depth > 0 => depth -= 1,
                TokenKind::Rbrace if depth > 0 => depth -= 1,
                TokenKind::Equal | TokenKind::Exclamation | TokenKind::Colon | TokenKind::Rbrace if depth == 0 => break,
                _ if depth == 0 && is_end(k) => break,
                _ => {}
            }
            i += 1;
        }
        let mut eq = false;
        if kind(i) == TokenKind::Equal {
            eq = true;
            i += 1;
        }
        let mut conversion = false;
        if kind(i) == TokenKind::Exclamation {
            match kind(i + 1) {
                TokenKind::Colon | TokenKind::Rbrace => {
                    return Some("f-string: missing conversion character".into());
                }
                TokenKind::Name => {
                    let name = &self.source[toks[i + 1].range()];
                    if !matches!(name, "s" | "r" | "a") {
                        return Some(format!(
                            "f-string: invalid conversion character '{name}': expected 's', 'r', or 'a'"
                        ));
                    }
                    conversion = true;
                    i += 2;
                }
                k if is_end(k) => return Some("f-string: expecting '}'".into()),
                _ => return Some("f-string: invalid conversion character".into()),
            }
        }
        match kind(i) {
            TokenKind::Colon => Some("f-string: expecting '}', or format specs".into()),
            TokenKind::Rbrace => None,
            k if is_end(k) && k != TokenKind::FStringMiddle => Some("f-string: expecting '}'".into()),
            _ if conversion => Some("f-string: expecting ':' or '}'".into()),
            _ if eq => Some("f-string: expecting '!', or ':', or '}'".into()),
            _ => Some("f-string: expecting '=', or '!', or ':', or '}'".into()),
        }
    }
}

/// A warning found while compiling (CPython's `SyntaxWarning`s), with its 1-based line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileWarning {
    pub category: &'static str,
    pub msg: String,
    pub lineno: u32,
}

/// `SyntaxWarning`s for invalid escape sequences: the first one of each string literal (or
/// literal part of an f-string), as CPython 3.12 reports them.
pub fn escape_warnings(sink: &ErrorSink, tokens: &[Token]) -> Vec<CompileWarning> {
    use ruff_python_ast::StringFlags;
    let mut out = Vec::new();
    for t in tokens {
        if !matches!(t.kind(), TokenKind::String | TokenKind::FStringMiddle) {
            continue;
        }
        let Some(flags) = t.string_flags() else { continue };
        if flags.is_raw_string() {
            continue;
        }
        let r = t.range();
        let (start, end) = if t.kind() == TokenKind::String {
            (r.start() + flags.opener_len(), r.end() - flags.closer_len())
        } else {
            (r.start(), r.end())
        };
        let Some(text) = sink.source.get(start.to_usize()..end.to_usize()) else { continue };
        if !text.contains('\\') {
            continue;
        }
        if let Some(msg) = first_invalid_escape(text, flags.is_byte_string()) {
            out.push(CompileWarning { category: "SyntaxWarning", msg, lineno: sink.line_of(r.start().to_u32()) });
        }
    }
    out
}

fn first_invalid_escape(text: &str, bytes: bool) -> Option<String> {
    let mut it = text.chars().peekable();
    while let Some(c) = it.next() {
        if c != '\\' {
            continue;
        }
        let Some(e) = it.next() else { break };
        match e {
            '\n' | '\r' | '\\' | '\'' | '"' | 'a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v' | 'x' => {}
            'N' | 'u' | 'U' if !bytes => {}
            '0'..='7' => {
                let mut digits = String::from(e);
                while digits.len() < 3 && it.peek().is_some_and(|d| ('0'..='7').contains(d)) {
                    digits.push(it.next().unwrap_or('0'));
                }
                if u32::from_str_radix(&digits, 8).unwrap_or(0) > 0o377 {
                    return Some(format!("invalid octal escape sequence '\\{digits}'"));
                }
            }
            _ => return Some(format!("invalid escape sequence '\\{e}'")),
        }
    }
    None
}
