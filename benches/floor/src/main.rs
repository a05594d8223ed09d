//! The floor `sla --batch` is measured against (`benches/batch.sh`, issue 22 item 11): the
//! same typed read of each ticket and the same output line written, with the submitted
//! instant standing for the due one: no calendar, nothing answered. What batch mode costs
//! beyond this is the answering itself (and its pipeline across workers).

use std::io;

fn main() -> io::Result<()> {
    support_advisor::batch::floor(io::stdin().lock(), io::stdout().lock()).map(|_| ())
}
