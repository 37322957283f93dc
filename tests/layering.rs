//! The layering of `src/` stated in `src/lib.rs`, checked: every module imports only modules
//! below it in [`ORDER`], so imports run one way and no two modules import each other. The
//! test reads every `crate::name` path in the code (comments left out); a module name not in
//! the list is an item of `lib.rs` (the pipeline: `BuildOptions`, `build`, `prepare`, ...).

use std::path::{Path, PathBuf};

/// The top-level modules from the bottom (small leaves) to the top (the subcommands).
const ORDER: &[&str] = &[
    // Leaves: text, dates, messages and files, used by every stage.
    "format",
    "escape",
    "slug",
    "date",
    "timings",
    "diagnostics",
    "files",
    "inert",
    "intercept",
    // The pipeline's stages, in the order a build runs them.
    "content",
    "history",
    "words",
    "model",
    "render",
    "output",
    // What is built on the stages.
    "newsletter",
    "synth",
    "lib",
    "incremental",
    "serve",
    // The binary's subcommands (`src/commands/`, declared in main.rs), which reach the
    // library as `candor::`.
    "commands",
];

/// Imports that still run upward, each with why; the list may only shrink.
const KNOWN_UPWARD: &[(&str, &str, &str)] = &[];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file of `src/` belongs to (`lib` for lib.rs).
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap();
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_string()
}

/// The first name after every `crate::` in `code` (comments removed), with `crate::{a, b}`
/// groups read whole.
fn crate_paths(code: &str) -> Vec<String> {
    let code: String = code
        .lines()
        .map(|l| match l.find("//") {
            Some(i) if !l[..i].contains('"') => &l[..i],
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n");
    let mut names = Vec::new();
    for (i, _) in code.match_indices("crate::") {
        if i > 0 {
            let before = code[..i].chars().last().unwrap();
            if before.is_alphanumeric() || before == '_' || before == '$' {
                continue;
            }
        }
        let rest = &code[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 1;
            let mut start = 0;
            for (j, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' | ',' if depth == 1 => {
                        let item = group[start..j].trim();
                        if let Some(name) = item.split("::").next().filter(|n| !n.is_empty()) {
                            names.push(name.trim().to_string());
                        }
                        start = j + 1;
                        if c == '}' {
                            break;
                        }
                    }
                    '}' => depth -= 1,
                    _ => {}
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            names.push(name);
        }
    }
    names
}

#[test]
fn imports_run_one_way_from_the_leaves_to_the_subcommands() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let rank = |module: &str| ORDER.iter().position(|m| *m == module);
    let mut upward = Vec::new();
    let mut seen_known = Vec::new();
    for file in &files {
        let from = module_of(&src, file);
        if from == "main" {
            continue;
        }
        let from_rank = rank(&from)
            .unwrap_or_else(|| panic!("add the module `{from}` to ORDER in {}", file!()));
        let shown = format!("src/{}", file.strip_prefix(&src).unwrap().display());
        for name in crate_paths(&std::fs::read_to_string(file).unwrap()) {
            let to = if rank(&name).is_some() {
                name
            } else {
                "lib".to_string()
            };
            if to == from || rank(&to).unwrap() < from_rank {
                continue;
            }
            if KNOWN_UPWARD.iter().any(|(f, t, _)| *f == shown && *t == to) {
                seen_known.push((shown.clone(), to));
                continue;
            }
            upward.push(format!(
                "{shown} ({from}) imports `{to}`, which is above it"
            ));
        }
    }
    upward.sort();
    upward.dedup();
    assert!(
        upward.is_empty(),
        "imports that run upward:\n{}",
        upward.join("\n")
    );
    for (file, to, _) in KNOWN_UPWARD {
        assert!(
            seen_known.iter().any(|(f, t)| f == file && t == to),
            "{file} no longer imports `{to}`: remove it from KNOWN_UPWARD"
        );
    }
}

#[test]
fn the_reader_finds_crate_paths_in_groups_and_skips_comments() {
    let code = "use crate::{date::Date, model::{Site, Ref}, BuildOptions};\n// crate::serve::x\nlet x = crate::render::format(1); my_crate::nope();";
    assert_eq!(
        crate_paths(code),
        ["date", "model", "BuildOptions", "render"]
    );
}
