//! The bytes of a holiday file as the readers want them: no byte-order mark, one kind of
//! line end, folded lines joined (RFC 5545 §3.1), and each line's number in the file.

use super::error::Problem;

/// A file's text split into logical lines, each with the number of its first physical line.
pub struct Lines {
    /// The logical lines, each ended by CRLF as RFC 5545 writes them. The `icalendar`
    /// parser looks for CRLF before LF at every property, so text with LF alone costs it a
    /// scan to the end of the file each time (quadratic: 36 s for 2 MB).
    pub text: String,
    /// For each logical line, its first line number in the file (1-based).
    pub numbers: Vec<usize>,
}

/// The file's bytes as UTF-8 text without byte-order marks: UTF-16 with a BOM (what
/// Windows Notepad saves as "Unicode") is converted; UTF-8 BOMs are dropped, also when a
/// file was saved twice and has two. A NUL byte is an error naming its line (UTF-16
/// without a BOM, or not text at all).
pub fn decode(bytes: &[u8]) -> Result<Vec<u8>, Problem> {
    let utf16 = match bytes {
        [0xFF, 0xFE, rest @ ..] => Some((rest, u16::from_le_bytes as fn([u8; 2]) -> u16)),
        [0xFE, 0xFF, rest @ ..] => Some((rest, u16::from_be_bytes as fn([u8; 2]) -> u16)),
        _ => None,
    };
    let mut text = match utf16 {
        Some((rest, unit)) => {
            let units = rest
                .chunks(2)
                .map(|c| unit([c[0], c.get(1).copied().unwrap_or(0)]));
            char::decode_utf16(units)
                .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
                .collect::<String>()
                .into_bytes()
        }
        None => bytes.to_vec(),
    };
    while text.starts_with(b"\xEF\xBB\xBF") {
        text.drain(..3);
    }
    if let Some(at) = text.iter().position(|&b| b == 0) {
        let line = text[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        return Err(Problem::line_is(
            line,
            "holds a NUL byte: save the file as UTF-8 text (UTF-16 needs its byte-order mark)",
        ));
    }
    Ok(text)
}

/// The physical lines of `bytes`, ended by CRLF, LF or CR alone.
pub fn physical_lines(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut rest = bytes;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = rest
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .unwrap_or(rest.len());
        let line = &rest[..end];
        let skip = match rest.get(end..end + 2) {
            Some(b"\r\n") => 2,
            _ if end < rest.len() => 1,
            _ => 0,
        };
        rest = &rest[end + skip..];
        Some(line)
    })
}

/// Unfolds iCalendar content lines: a line starting with a space or a tab continues the
/// one before. Joining happens on bytes, before decoding, so a fold that splits a
/// multi-byte character (as some writers fold at 75 bytes) still decodes. Blank lines are
/// dropped. Text that is not UTF-8 is an error naming its line.
pub fn unfold(bytes: &[u8]) -> Result<Lines, Problem> {
    let mut logical: Vec<(usize, Vec<u8>)> = Vec::new();
    for (index, line) in physical_lines(bytes).enumerate() {
        match (line.first(), logical.last_mut()) {
            (Some(b' ' | b'\t'), Some((_, last))) => last.extend_from_slice(&line[1..]),
            _ if line.iter().all(u8::is_ascii_whitespace) => {}
            _ => logical.push((index + 1, line.to_vec())),
        }
    }
    let mut text = String::with_capacity(bytes.len());
    let mut numbers = Vec::with_capacity(logical.len());
    for (number, line) in logical {
        let Ok(line) = std::str::from_utf8(&line) else {
            return Err(Problem::line_is(
                number,
                "is not UTF-8 text (iCalendar files are UTF-8: save it as UTF-8)",
            ));
        };
        text.push_str(line);
        text.push_str("\r\n");
        numbers.push(number);
    }
    Ok(Lines { text, numbers })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_end_and_a_bom() {
        let lines: Vec<&[u8]> = physical_lines(b"a\r\nb\nc\rd").collect();
        assert_eq!(lines, [&b"a"[..], b"b", b"c", b"d"]);
        assert_eq!(
            decode(b"\xEF\xBB\xBF\xEF\xBB\xBFx").ok(),
            Some(b"x".to_vec())
        );
        // "2026" in UTF-16 little-endian with its BOM.
        assert_eq!(
            decode(b"\xFF\xFE2\x000\x002\x006\x00").ok(),
            Some(b"2026".to_vec())
        );
        let err = decode(b"a\nb\x00c").err().map(|e| e.to_string());
        assert!(err.is_some_and(|e| e.starts_with("line 2 holds a NUL byte")));
    }

    #[test]
    fn folds_join_bytes_before_decoding() {
        // "é" is C3 A9; a writer folded between the two bytes.
        let lines = unfold(b"SUMMARY:F\xC3\r\n \xA9te\r\nX:1\r\n").expect("unfolds");
        assert_eq!(lines.text, "SUMMARY:F\u{e9}te\r\nX:1\r\n");
        assert_eq!(lines.numbers, [1, 3]);
    }

    #[test]
    fn non_utf8_names_its_line() {
        let err = unfold(b"A:1\nB:\xFF\n").err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("line 2 is not UTF-8 text (iCalendar files are UTF-8: save it as UTF-8)")
        );
    }
}
