#!/usr/bin/env bash
# The input limits of issue 23 through the release binary, each with its time and peak
# memory (never asserted in tests: the tests check what is answered, this measures):
#   - a holiday "file" that never ends (/dev/zero, and a FIFO fed forever) stops at 16 MiB;
#   - 100,000 good CSV rows, one quoted field of 8 MiB, 10,000 more rows: the long row is
#     one failed row, every other row answered;
#   - a CSV quote left open over 64 MiB: one failed row, memory bounded by the row limit.
#
#   bash benches/limits.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/support-advisor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
measure() {
    local what=$1
    shift
    set +e
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out" 2> "$work/err"
    local status=$?
    set -e
    read -r seconds peak_kb < <(tail -n 1 "$work/time")
    echo "$what: exit $status, ${seconds} s, peak RSS $((peak_kb / 1024)) MB; $(wc -l < "$work/out") lines out; stderr: $(head -c 160 "$work/err")"
}
sla=(sla --plan prodirect --sev B --region emea --at 2026-11-27T16:30:00+01:00)
measure "--holidays /dev/zero" "$bin" "${sla[@]}" --holidays /dev/zero
mkfifo "$work/fifo"
(yes 2026-12-25 > "$work/fifo" 2> /dev/null || true) &
measure "--holidays FIFO fed forever" "$bin" "${sla[@]}" --holidays "$work/fifo"
wait
python3 - "$work/long.csv" "$work/open.csv" <<'PY'
import sys
good = "prodirect,B,2026-11-27T16:30:00+01:00\n"
with open(sys.argv[1], "w") as f:
    f.write("id,plan,severity,submitted\n")
    for i in range(100_000):
        f.write(f"{i},{good}")
    f.write('long,"' + "x" * (8 << 20) + '",B,2026-11-27T16:30:00+01:00\n')
    for i in range(10_000):
        f.write(f"after{i},{good}")
with open(sys.argv[2], "w") as f:
    f.write("id,plan,severity,submitted\n1," + '"' + ("y" * 1023 + "\n") * (64 << 10))
PY
measure "CSV, 110,000 rows and one of 8 MiB" sh -c "$bin sla --batch --csv --region emea < $work/long.csv"
measure "CSV, a quote left open over 64 MiB" sh -c "$bin sla --batch --csv --region emea < $work/open.csv"
