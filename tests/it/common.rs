//! Helpers shared by the integration tests: the binary in a fixed, clean environment.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use assert_cmd::Command;
use serde_json::Value;

/// The binary with a fixed, clean environment: no rules override, no fixed "now",
/// UTC as the system zone, no colour.
pub fn cmd(args: &[&str]) -> Command {
    let mut c = Command::cargo_bin("support-advisor").expect("binary builds");
    c.args(args)
        .env("TZ", "UTC")
        .env("NO_COLOR", "1")
        .env_remove("SUPPORT_ADVISOR_RULES")
        .env_remove("SUPPORT_ADVISOR_NOW")
        .env_remove("COLUMNS")
        .env_remove("FORCE_COLOR")
        .env_remove("CLICOLOR_FORCE");
    c
}

/// Runs the binary; returns (exit code, stdout, stderr).
pub fn run(args: &[&str]) -> (i32, String, String) {
    let out = cmd(args).output().expect("binary runs");
    let code = out.status.code().expect("exited, not killed by a signal");
    (
        code,
        String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    )
}

/// Appends `--json`, asserts the exit code and an empty stderr, parses stdout.
pub fn json_code(args: &[&str], expected_code: i32) -> Value {
    let mut all = args.to_vec();
    all.push("--json");
    let (code, out, err) = run(&all);
    assert_eq!(
        code, expected_code,
        "exit code of {all:?}\nstdout: {out}\nstderr: {err}"
    );
    assert!(err.is_empty(), "stderr of {all:?} should be empty: {err}");
    serde_json::from_str(&out)
        .unwrap_or_else(|e| panic!("{all:?}: stdout is not JSON ({e}): {out}"))
}

/// Appends `--json`, asserts exit 0 and an empty stderr, parses stdout.
pub fn json(args: &[&str]) -> Value {
    json_code(args, 0)
}

/// A usage or input error: exit 2, nothing on stdout, exactly one line on stderr.
/// Returns that line.
pub fn usage_error(args: &[&str]) -> String {
    let (code, out, err) = run(args);
    assert_eq!(
        code, 2,
        "exit code of {args:?}\nstdout: {out}\nstderr: {err}"
    );
    assert!(out.is_empty(), "stdout of {args:?} should be empty: {out}");
    assert_eq!(
        err.trim_end().lines().count(),
        1,
        "stderr of {args:?} should be one line: {err}"
    );
    err
}

/// A string field of a JSON answer.
pub fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("`{key}` is not a string in {v}"))
}

/// An array field of a JSON answer.
pub fn arr<'a>(v: &'a Value, key: &str) -> &'a Vec<Value> {
    v[key]
        .as_array()
        .unwrap_or_else(|| panic!("`{key}` is not an array in {v}"))
}

/// The `source` of an answer as a list, whether it is one object or a list.
pub fn sources(v: &Value) -> Vec<&Value> {
    match &v["source"] {
        Value::Array(list) => list.iter().collect(),
        obj @ Value::Object(_) => vec![obj],
        other => panic!("`source` is neither object nor list: {other} in {v}"),
    }
}

/// Every object with document/file/section anywhere in `v`.
pub fn all_sources<'a>(v: &'a Value, out: &mut Vec<&'a Value>) {
    match v {
        Value::Object(map) => {
            if ["document", "file", "section"]
                .iter()
                .all(|k| map.contains_key(*k))
            {
                out.push(v);
            }
            map.values().for_each(|x| all_sources(x, out));
        }
        Value::Array(list) => list.iter().for_each(|x| all_sources(x, out)),
        _ => {}
    }
}

pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Set to `1`, the checks that read the vendor documents are skipped, each with a notice,
/// when `../shared/seeds/` is missing; unset, those tests fail.
pub const NO_SEEDS_VAR: &str = "SUPPORT_ADVISOR_NO_SEEDS";

/// The vendor documents in `../shared/seeds/`, beside this checkout (CI clones them
/// there). When they are missing the calling test fails, saying so, unless
/// `SUPPORT_ADVISOR_NO_SEEDS=1`: then this prints a notice that the calling test skips
/// its checks against the documents, and returns `None`.
pub fn seeds_dir() -> Option<PathBuf> {
    let dir = manifest_dir().join("../shared/seeds");
    if dir.is_dir() {
        return Some(dir);
    }
    let test = std::thread::current().name().unwrap_or("a test").to_owned();
    if std::env::var_os(NO_SEEDS_VAR).is_some_and(|v| v == "1") {
        // Straight to stderr: the test harness captures `eprintln!` from passing tests.
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "\n*** {test}: SKIPPED the checks against the vendor documents: {} is missing \
             ({NO_SEEDS_VAR}=1) ***\n",
            dir.display()
        );
        return None;
    }
    panic!(
        "{test} needs the vendor documents in {}, which is missing: clone ../shared beside \
         this checkout, or set {NO_SEEDS_VAR}=1 to skip these checks",
        dir.display()
    );
}

/// A fresh, empty directory under the system temp dir, unique per call.
pub fn temp_dir(name: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!(
        "support-advisor-test-{}-{name}-{n}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create temp dir");
    dir
}

/// Snapshots the table and the JSON answer of `args`, both expected to exit with `code`.
///
/// Named as insta names a snapshot taken in the calling module: the snapshot of `name`
/// from `tests/it/where_to.rs` is `tests/it/snapshots/it__where_to__<name>_table.snap`
/// (and `_json`).
#[track_caller]
pub fn snapshot_pair(name: &str, args: &[&str], code: i32) {
    let module = std::path::Path::new(std::panic::Location::caller().file())
        .file_stem()
        .and_then(|s| s.to_str())
        .expect("the caller is a module file")
        .to_owned();
    let (c, table, err) = run(args);
    assert_eq!(c, code, "{args:?}: {err}");
    assert!(err.is_empty(), "{args:?}: {err}");
    let mut all = args.to_vec();
    all.push("--json");
    let (c, json_out, err) = run(&all);
    assert_eq!(c, code, "{all:?}: {err}");
    assert!(err.is_empty(), "{all:?}: {err}");
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        insta::assert_snapshot!(format!("it__{module}__{name}_table"), table);
        insta::assert_snapshot!(format!("it__{module}__{name}_json"), json_out);
    });
}

/// The words of a command line written as one string, for arguments that hold no space:
/// `words("sla --plan prodirect --sev B")`, which rustfmt keeps on one line. This is how the
/// tests write a command line (with [`answer`] and [`refused`]); an array stays only where
/// an argument holds a space or is empty (`&["sla", "--plan", "Premier Support", …]`), is
/// built at runtime (a path, a `vec!` extended in a loop), or is a single word.
pub fn words(line: &str) -> Vec<&str> {
    line.split_whitespace().collect()
}

/// [`json`] of a command line written as one string (see [`words`]).
pub fn answer(line: &str) -> Value {
    json(&words(line))
}

/// [`usage_error`] of a command line written as one string (see [`words`]).
pub fn refused(line: &str) -> String {
    usage_error(&words(line))
}
