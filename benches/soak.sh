#!/usr/bin/env bash
# Batch under load: about SIZE bytes (default 1 GiB) of mixed good and hostile lines through
# the release binary. Checks that every line is answered in order (one output line per input
# line, errors numbered), and prints the time and peak memory.
#
#   bash benches/soak.sh [SIZE_BYTES]
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-1073741824}
cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 benches/soak.py "$size" > "$work/in.jsonl" 2> "$work/expected"
read -r expected_lines expected_bad < <(sed 's/lines=\([0-9]*\) bad=\([0-9]*\)/\1 \2/' "$work/expected")
set +e
/usr/bin/time -f "%e %M" -o "$work/time" target/release/support-advisor sla --batch < "$work/in.jsonl" > "$work/out.jsonl"
status=$?
set -e
read -r seconds peak_kb < <(tail -n 1 "$work/time")
lines=$(wc -l < "$work/out.jsonl")
bad=$(grep -c '"error":' "$work/out.jsonl" || true)
in_order=$(awk -F'"line":' 'NF > 1 { split($2, a, ","); if (a[1] + 0 != NR) { print "line " NR " reported as " a[1]; exit } }' "$work/out.jsonl")
printf 'input: %s bytes, %s lines (%s bad); exit %s\n' "$(stat -c %s "$work/in.jsonl")" "$expected_lines" "$expected_bad" "$status"
printf 'output: %s lines, %s errors; %s s, peak RSS %.1f MB\n' "$lines" "$bad" "$seconds" "$(echo "$peak_kb / 1024" | bc -l)"
[ "$lines" -eq "$expected_lines" ] || { echo "FAIL: a line was lost or added"; exit 1; }
[ "$bad" -eq "$expected_bad" ] || { echo "FAIL: $bad errors, expected $expected_bad"; exit 1; }
[ -z "$in_order" ] || { echo "FAIL: $in_order"; exit 1; }
[ "$status" -eq 1 ] || { echo "FAIL: exit status $status, expected 1 (some lines failed)"; exit 1; }
echo "ok: every line answered in order, every bad line reported with its number"
