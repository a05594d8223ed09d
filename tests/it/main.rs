//! The integration tests: one binary (`cargo test --test it`), one module per behaviour
//! of the real `support-advisor` binary. Command-line scenarios (exit status, exact
//! stdout and stderr) are data files in `tests/cmd/`, run by `scenarios`.

mod common;

mod cli;
mod clock;
mod documents;
mod finish;
mod holidays;
mod hostile;
mod layers;
mod readme;
mod scenarios;
