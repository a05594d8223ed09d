//! The outline of an iCalendar text, from its `BEGIN`/`END` lines, before any parsing:
//! which components it has, where each starts, and which lines are not properties.
//!
//! The `icalendar` parser gives no positions, recurses once per nesting level (a hostile
//! file of thousands of nested components would overflow the stack), and fails a whole
//! file for one bad line. Outlining first lets each component be parsed on its own, keeps
//! real line numbers, bounds the nesting, and lets one broken event cost that event only.

use super::error::Problem;

use super::text::Lines;
use crate::render::echo::shorten;

/// Components nest at most this deep (`VCALENDAR` > `VEVENT` > `VALARM` is 3).
pub const MAX_DEPTH: usize = 16;

/// One component: its name, its lines, and those of its own lines that are not properties.
#[derive(Debug)]
pub struct Block {
    /// The name after `BEGIN:`, upper-cased.
    pub name: String,
    /// The line numbers (1-based) of its `BEGIN:` line.
    pub line: usize,
    /// Its text from `BEGIN:` to `END:`, each line ended by CRLF.
    pub text: String,
    pub children: Vec<Block>,
    /// Its own lines (not its children's) that are not `NAME[;PARAM=…]:VALUE`, with their
    /// line numbers.
    pub bad_lines: Vec<(usize, String)>,
}

/// The top-level components of a text: each a `VCALENDAR` (RFC 5545 lets a stream hold
/// several, as `cat a.ics b.ics` makes).
///
/// Errors, each naming its line: a line outside any calendar, an `END` that closes
/// another component than the last `BEGIN`, nesting deeper than [`MAX_DEPTH`], a file
/// that ends inside a component, a calendar-level line that is not a property.
pub fn outline(lines: &Lines) -> Result<Vec<Block>, Problem> {
    let mut open: Vec<Block> = Vec::new();
    let mut done: Vec<Block> = Vec::new();
    for (index, line) in lines.text.split_terminator("\r\n").enumerate() {
        let number = lines.numbers.get(index).copied().unwrap_or(0);
        match begin_or_end(line) {
            Some((true, name)) => {
                if open.len() >= MAX_DEPTH {
                    return Err(Problem::line(
                        number,
                        format!("components nest more than {MAX_DEPTH} deep"),
                    ));
                }
                if open.is_empty() && name != "VCALENDAR" {
                    return Err(Problem::line(
                        number,
                        format!(
                            "`BEGIN:{}` outside BEGIN:VCALENDAR … END:VCALENDAR",
                            shorten(&name, 40)
                        ),
                    ));
                }
                open.push(Block {
                    name,
                    line: number,
                    text: format!("{line}\r\n"),
                    children: Vec::new(),
                    bad_lines: Vec::new(),
                });
            }
            Some((false, name)) => {
                let Some(mut block) = open.pop() else {
                    return Err(Problem::line(
                        number,
                        format!("`END:{}` closes nothing", shorten(&name, 40)),
                    ));
                };
                if block.name != name {
                    return Err(Problem::line(
                        number,
                        format!(
                            "`END:{}` does not close `BEGIN:{}` of line {}",
                            shorten(&name, 40),
                            shorten(&block.name, 40),
                            block.line
                        ),
                    ));
                }
                block.text.push_str(line);
                block.text.push_str("\r\n");
                match open.last_mut() {
                    // The parent's text holds its children's, in place.
                    Some(parent) => {
                        parent.text.push_str(&block.text);
                        parent.children.push(block);
                    }
                    None => done.push(block),
                }
            }
            None => {
                let depth = open.len();
                let Some(block) = open.last_mut() else {
                    return Err(Problem::line_is(
                        number,
                        format!(
                            "is outside BEGIN:VCALENDAR … END:VCALENDAR: `{}`",
                            shorten(line, 60)
                        ),
                    ));
                };
                if !is_property(line) {
                    // A calendar's own lines matter to no event: a bad one is the file's.
                    if depth == 1 {
                        return Err(Problem::line_is(
                            number,
                            format!("is not an iCalendar property: `{}`", shorten(line, 60)),
                        ));
                    }
                    block.bad_lines.push((number, line.to_string()));
                }
                block.text.push_str(line);
                block.text.push_str("\r\n");
            }
        }
    }
    if let Some(innermost) = open.last() {
        return Err(Problem::Text(format!(
            "the file ends inside `BEGIN:{}` of line {} (no `END:{}`): is it cut short?",
            shorten(&innermost.name, 40),
            innermost.line,
            shorten(&innermost.name, 40)
        )));
    }
    Ok(done)
}

/// `Some((true, NAME))` for `BEGIN:NAME`, `Some((false, NAME))` for `END:NAME`, in any
/// letter case; names upper-cased and trimmed.
fn begin_or_end(line: &str) -> Option<(bool, String)> {
    let (key, value) = line.split_once(':')?;
    let key = key.trim();
    let begin = if key.eq_ignore_ascii_case("BEGIN") {
        true
    } else if key.eq_ignore_ascii_case("END") {
        false
    } else {
        return None;
    };
    Some((begin, value.trim().to_ascii_uppercase()))
}

/// Whether a line has the shape of a content line (RFC 5545 §3.1): a name of letters,
/// digits and `-` (and the `.`, `_`, `/` some writers use), parameters, then `:` outside
/// quotes.
fn is_property(line: &str) -> bool {
    let name_end = line.find([';', ':']).unwrap_or(line.len());
    let name = line[..name_end].trim_start();
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_' | '/'))
    {
        return false;
    }
    let mut quoted = false;
    for c in line[name_end..].chars() {
        match c {
            '"' => quoted = !quoted,
            ':' if !quoted => return true,
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::holidays::text::unfold;

    fn outline_of(text: &str) -> Result<Vec<Block>, Problem> {
        outline(&unfold(text.as_bytes())?)
    }

    fn error(text: &str) -> String {
        match outline_of(text) {
            Ok(_) => panic!("accepted: {text}"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn blocks_keep_their_lines() {
        let blocks = outline_of(
            "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART:20260101\nBEGIN:VALARM\n\
             TRIGGER:-PT1H\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n\
             BEGIN:VCALENDAR\nbegin:vevent\nX;Y=\"a:b\":c\nend:vevent\nEND:VCALENDAR\n",
        )
        .expect("outline");
        assert_eq!(blocks.len(), 2, "two calendars in one stream");
        let event = &blocks[0].children[0];
        assert_eq!((event.name.as_str(), event.line), ("VEVENT", 3));
        assert!(
            event.text.starts_with("BEGIN:VEVENT\r\nDTSTART"),
            "{}",
            event.text
        );
        assert!(
            event.text.ends_with("END:VALARM\r\nEND:VEVENT\r\n"),
            "{}",
            event.text
        );
        assert_eq!(blocks[1].children[0].line, 11);
        assert!(blocks[1].children[0].bad_lines.is_empty());
    }

    #[test]
    fn broken_structure_names_its_line() {
        assert!(
            error("BEGIN:VCALENDAR\nBEGIN:VEVENT\nEND:VEVENTBEGIN:VEVENT\nEND:VCALENDAR\n")
                .contains(
                    "line 3: `END:VEVENTBEGIN:VEVENT` does not close `BEGIN:VEVENT` of line 2"
                )
        );
        assert!(error("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260101\n")
            .contains("ends inside `BEGIN:VEVENT` of line 2"));
        assert!(error("BEGIN:VCALENDAR\n2026-12-25\nEND:VCALENDAR\n")
            .contains("line 2 is not an iCalendar property: `2026-12-25`"));
        let deep = format!(
            "BEGIN:VCALENDAR\n{}{}END:VCALENDAR\n",
            "BEGIN:X\n".repeat(1000),
            "END:X\n".repeat(1000)
        );
        assert!(error(&deep).contains("line 17: components nest more than 16 deep"));
    }

    #[test]
    fn a_bad_line_inside_an_event_stays_with_the_event() {
        let blocks = outline_of(
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260101\nthis line has no colon\nEND:VEVENT\nEND:VCALENDAR\n",
        )
        .expect("outline");
        assert_eq!(
            blocks[0].children[0].bad_lines,
            [(4, "this line has no colon".to_string())]
        );
    }
}
