//! How answers are shown to people: the one layer between an answer's values and the
//! bytes written.
//!
//! - [`style`]: the run's look (colour, terminal, width), prose wrapping, and [`style::Paint`];
//! - [`table`]: comfy-table layouts (`Grid`, `key_values`) and the blocks of an answer;
//! - [`text`]: instants, durations and plurals written the same way everywhere;
//! - [`echo`]: values a user gave, escaped wherever they are shown.
//!
//! Colour is applied here and only after layout: a painted cell becomes a comfy-table cell
//! attribute, and painted prose is wrapped without its escapes, which are put back on the
//! wrapped lines. Nothing measured or wrapped ever holds an escape.

pub mod echo;
pub mod style;
pub mod table;
pub mod text;
