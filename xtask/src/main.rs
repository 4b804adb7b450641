use std::process::ExitCode;

use xtask::{SERVICES, codegen, examples, project_root};

const USAGE: &str = "\
usage: cargo xtask <task>

tasks:
  generate   regenerate the SDK's modules under sdk/src/generated/ from openapi/
  check      fail when a document does not parse, an example does not validate against its
             schema, or a generated module is stale (shows the diff)
";

fn main() -> ExitCode {
    let task = std::env::args().nth(1).unwrap_or_default();
    let root = project_root();
    let result = match task.as_str() {
        "generate" => codegen::generate(&root, SERVICES).map(|changed| {
            if changed.is_empty() {
                println!("generated code is up to date");
            }
            for file in changed {
                println!("wrote {file}");
            }
        }),
        "check" => examples::check_examples(&root, SERVICES)
            .and_then(|()| codegen::check_fresh(&root, SERVICES))
            .map(|()| println!("contract documents valid, examples valid, generated code fresh")),
        _ => {
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}
