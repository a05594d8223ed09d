//! The floor `sla --batch` is measured against (`benches/batch.sh`): each JSON line read
//! into a `serde_json::Value` and written back, with nothing answered. What batch mode
//! does beyond this is the answering itself.

use std::io::{self, BufRead, BufWriter, Write};

fn main() -> io::Result<()> {
    let mut input = io::stdin().lock();
    let mut out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
    let mut line = Vec::new();
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        let value: serde_json::Value =
            serde_json::from_slice(&line).unwrap_or(serde_json::Value::Null);
        serde_json::to_writer(&mut out, &value)?;
        out.write_all(b"\n")?;
    }
    out.flush()
}
