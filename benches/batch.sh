#!/usr/bin/env bash
# End-to-end batch benchmark: the release binary, JSON Lines in through a pipe, out to
# /dev/null, on one core. Prints tickets per second and peak memory (RSS).
#
#   bash benches/batch.sh [TICKETS]      # default 1000000
#
# The tickets come from benches/gen_tickets.py (fixed seed): every plan and severity the
# rules list, own targets on seven calendars, instants over 2026-2027.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
cargo build --release --quiet
tickets=$(mktemp)
trap 'rm -f "$tickets"' EXIT
python3 benches/gen_tickets.py "$n" > "$tickets"
bin=target/release/support-advisor
pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)
for run in 1 2 3; do
    /usr/bin/time -f "%e %M" -o /tmp/support-advisor-bench.time \
        "${pin[@]}" "$bin" sla --batch --region emea < "$tickets" > /dev/null
    read -r seconds peak_kb < /tmp/support-advisor-bench.time
    awk -v n="$n" -v s="$seconds" -v kb="$peak_kb" -v run="$run" \
        'BEGIN { printf "run %d: %d tickets in %.2f s = %.0f tickets/s, peak RSS %.1f MB\n", run, n, s, n / s, kb / 1024 }'
done
rm -f /tmp/support-advisor-bench.time
