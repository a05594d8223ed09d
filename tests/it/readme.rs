//! The README cannot drift from the tool: every `console` example is run and its shown
//! output must match, and every `support-advisor` command in an `sh` example must run
//! (exit 0, or 1 for a "no").

use std::path::Path;
use std::process::Command;

/// An example: the command line (continuation lines joined) and, for `console` blocks,
/// the output shown under it.
pub struct Example {
    /// The README's line number of the command.
    pub line: usize,
    pub command: String,
    pub expected: Option<String>,
}

/// The README's own examples.
pub fn readme_examples() -> Vec<Example> {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README");
    examples(&readme)
}

fn examples(readme: &str) -> Vec<Example> {
    let mut examples = Vec::new();
    let mut lines = readme.lines().enumerate().peekable();
    while let Some((_, line)) = lines.next() {
        let kind = match line.trim() {
            "```console" => "console",
            "```sh" => "sh",
            _ => continue,
        };
        let mut block: Vec<(usize, &str)> = Vec::new();
        for (number, line) in lines.by_ref() {
            if line.trim() == "```" {
                break;
            }
            block.push((number + 1, line));
        }
        let mut i = 0;
        while i < block.len() {
            let (number, text) = block[i];
            let command_text = if kind == "console" {
                text.strip_prefix("$ ")
            } else {
                Some(text)
            };
            let Some(first) = command_text else {
                i += 1;
                continue;
            };
            let mut command = first.to_string();
            while command.ends_with('\\') && i + 1 < block.len() {
                command.pop();
                i += 1;
                command.push_str(block[i].1.trim_start());
            }
            i += 1;
            if kind == "console" {
                let mut expected = Vec::new();
                while i < block.len() && !block[i].1.starts_with("$ ") {
                    expected.push(block[i].1);
                    i += 1;
                }
                examples.push(Example {
                    line: number,
                    command,
                    expected: Some(expected.join("\n")),
                });
            } else {
                let command = command.split(" #").next().unwrap_or("").trim().to_string();
                // Only the tool's own commands that write nowhere but stdout.
                let writes = command.contains(['>', '<', '|']) || command.contains(" dump ");
                if command.starts_with("support-advisor ") && !writes {
                    examples.push(Example {
                        line: number,
                        command,
                        expected: None,
                    });
                }
            }
        }
    }
    examples
}

fn run(command: &str) -> (i32, String) {
    run_with(command, &[])
}

/// `command` run by bash in the README's environment (the binary on `PATH`, UTC, no
/// colour), with `env` added; its exit code and its output, stdout and stderr together.
pub fn run_with(command: &str, env: &[(&str, &str)]) -> (i32, String) {
    let binary = assert_cmd::cargo::cargo_bin("support-advisor");
    let dir = binary.parent().expect("the binary's directory");
    let path = format!(
        "{}:{}",
        dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new("bash")
        .args(["-c", &format!("{command} 2>&1")])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("PATH", path)
        .env("TZ", "UTC")
        .env("NO_COLOR", "1")
        .env_remove("SUPPORT_ADVISOR_RULES")
        .env_remove("SUPPORT_ADVISOR_NOW")
        .env_remove("COLUMNS")
        .env_remove("FORCE_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .envs(env.iter().copied())
        .output()
        .expect("bash runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn every_readme_example_runs_as_shown() {
    let examples = readme_examples();
    assert!(
        examples.len() > 20,
        "found only {} examples",
        examples.len()
    );
    let mut problems = Vec::new();
    for example in &examples {
        let (code, output) = run(&example.command);
        match &example.expected {
            Some(expected) => {
                if output.trim_end() != expected.trim_end() {
                    problems.push(format!(
                        "README.md:{}: `{}` printed:\n{}\n--- but the README shows:\n{}",
                        example.line, example.command, output, expected
                    ));
                }
            }
            None if code == 0 || code == 1 => {}
            None => problems.push(format!(
                "README.md:{}: `{}` exited {code}:\n{output}",
                example.line, example.command
            )),
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}
