//! The `support-advisor` binary: the library does the work.

fn main() -> std::process::ExitCode {
    support_advisor::main()
}
