//! The integration tests: one binary (`cargo test --test it`), one module per behaviour
//! of the real `support-advisor` binary. Command-line scenarios (exit status, exact
//! stdout and stderr) are data files in `tests/cmd/`, run by `scenarios`.

mod common;
mod doc001;

mod advise;
mod batch;
mod batch_real;
mod clock;
mod colour;
mod coverage;
mod documents;
mod exports;
mod fidelity;
mod finish;
mod habits;
mod holidays;
mod hostile;
mod hours;
mod incident;
mod layers;
mod listings;
mod man_page;
mod met;
mod readme;
mod reopen;
mod rules_diff;
mod rules_dir;
mod scenarios;
mod sla;
mod snapshots;
mod sources;
mod terminal;
mod usage;
mod versions;
mod versions_batch;
mod where_to;
