//! Golden disassembly tests: every `tests/dis/*.py` at the repository root is compiled and its
//! disassembly (as `python3.12 -m dis` prints it), followed by each code object's attributes and
//! location table, is compared with the committed `insta` snapshot. The snapshots were checked
//! against CPython 3.12.1 when written; regenerate with `INSTA_UPDATE=always` and review.

use pyrite_bytecode::{CodeObject, Constant};

fn describe(c: &CodeObject, out: &mut String) {
    use std::fmt::Write;
    let _ = writeln!(
        out,
        "{} ({}): flags={:#x} stacksize={} argcount={} posonly={} kwonly={} firstlineno={}",
        c.name, c.qualname, c.flags, c.stacksize, c.argcount, c.posonlyargcount, c.kwonlyargcount, c.firstlineno
    );
    let _ = writeln!(out, "  varnames={:?} cellvars={:?} freevars={:?}", c.varnames(), c.cellvars(), c.freevars());
    let _ = writeln!(out, "  names={:?}", c.names);
    let lines: Vec<String> = pyrite_bytecode::linetable::positions(c)
        .map(|e| {
            let f = |v: Option<u32>| v.map_or("-".to_string(), |x| x.to_string());
            format!("{}-{}:{}:{}-{}:{}", e.start, e.end, f(e.line), f(e.col), f(e.end_line), f(e.end_col))
        })
        .collect();
    let _ = writeln!(out, "  positions: {}", lines.join(" "));
    for k in &c.consts {
        if let Constant::Code(inner) = k {
            describe(inner, out);
        }
    }
}

#[test]
fn dis_golden() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/dis");
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(root.join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    let mut files: Vec<_> = std::fs::read_dir(&root)
        .expect("tests/dis exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    settings.bind(|| {
        for path in files {
            let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("x").to_string();
            let src = std::fs::read_to_string(&path).expect("readable");
            let fname = format!("{name}.py");
            let mut out = match pyrite_compiler::compile(&src, &fname, pyrite_compiler::Mode::Exec) {
                Ok(code) => {
                    let mut s = pyrite_bytecode::dis::disassemble(&code);
                    s.push_str("\n--- code objects ---\n");
                    describe(&code, &mut s);
                    s
                }
                Err(e) => format!("error: {e:?}\n"),
            };
            out.insert_str(0, "");
            insta::assert_snapshot!(name, out);
        }
    });
}
