//! Prints the disassembly of a Python file, as `python3.12 -m dis FILE` does (for comparing).
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let src = std::fs::read_to_string(&path).unwrap_or_default();
    match pyrite_compiler::dis_source(&src, &path) {
        Ok(s) => print!("{s}"),
        Err(e) => println!("{:?}", e),
    }
}
