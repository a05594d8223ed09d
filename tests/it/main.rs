//! The integration tests: one binary (`cargo test --test it`), one module per command or
//! behaviour of the real `support-advisor` binary (a command's tests in the module named
//! for it; `sla --at` due instants in `due`). `common` and `seeds` are helpers. Command-line scenarios (exit status, exact
//! stdout and stderr) are data files in `tests/cmd/`, run by `scenarios`.

mod common;
mod seeds;

mod advise;
mod answer_scope;
mod batch;
mod batch_input;
mod colour;
mod contact;
mod coverage;
mod due;
mod exports;
mod fidelity;
mod holidays;
mod hostile;
mod hours;
mod ids;
mod layering;
mod layers;
mod man_page;
mod met;
mod partner;
mod plans;
mod policy;
mod readme;
mod reopen;
mod rules_diff;
mod rules_dir;
mod scenarios;
mod shell;
mod sla;
mod sources;
mod terminal;
mod usage;
mod versions;
mod versions_batch;
mod what_people_type;
mod where_to;
