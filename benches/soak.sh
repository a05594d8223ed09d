#!/usr/bin/env bash
# Batch under load: about SIZE bytes (default 1 GiB) of mixed good and hostile tickets
# through the release binary, as JSON Lines (default) or CSV (--csv). Checks that every
# ticket is answered in order (one output line or row per ticket, blank lines passed
# over, errors numbered in increasing order), and prints the time and peak memory.
#
#   bash benches/soak.sh [SIZE_BYTES] [--csv]
set -euo pipefail
cd "$(dirname "$0")/.."
size=1073741824
format=()
for arg in "$@"; do
    case "$arg" in
        --csv) format=(--csv) ;;
        *) size=$arg ;;
    esac
done
cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 benches/soak.py "$size" "${format[@]}" > "$work/in" 2> "$work/expected"
read -r lines_in bad_in blank_in < <(sed 's/lines=\([0-9]*\) bad=\([0-9]*\) blank=\([0-9]*\)/\1 \2 \3/' "$work/expected")
set +e
/usr/bin/time -f "%e %M" -o "$work/time" target/release/support-advisor sla --batch "${format[@]}" < "$work/in" > "$work/out" 2> "$work/err"
status=$?
set -e
read -r seconds peak_kb < <(tail -n 1 "$work/time")
if [ ${#format[@]} -eq 0 ]; then
    tickets=$(wc -l < "$work/out")
    bad=$(grep -c '"error":' "$work/out" || true)
    in_order=$(awk -F'"line":' 'NF > 1 { split($2, a, ","); if (a[1] + 0 <= last) { print "line " a[1] " after " last; exit } last = a[1] + 0 }' "$work/out")
else
    read -r tickets bad < <(python3 - "$work/out" <<'PY'
import csv, sys
csv.field_size_limit(1 << 30)
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8", errors="replace")))
print(len(rows), sum(1 for r in rows if r["error_kind"]))
PY
)
    in_order=""
fi
expected=$((lines_in - blank_in))
printf 'input: %s bytes, %s lines (%s bad, %s blank); exit %s\n' "$(stat -c %s "$work/in")" "$lines_in" "$bad_in" "$blank_in" "$status"
printf 'output: %s tickets, %s errors; %s s, peak RSS %.1f MB\n' "$tickets" "$bad" "$seconds" "$(echo "$peak_kb / 1024" | bc -l)"
printf 'stderr: %s\n' "$(tail -n 1 "$work/err")"
[ "$tickets" -eq "$expected" ] || { echo "FAIL: $tickets tickets out, expected $expected"; exit 1; }
[ "$bad" -eq "$bad_in" ] || { echo "FAIL: $bad errors, expected $bad_in"; exit 1; }
[ -z "$in_order" ] || { echo "FAIL: $in_order"; exit 1; }
[ "$status" -eq 1 ] || { echo "FAIL: exit status $status, expected 1 (some tickets failed)"; exit 1; }
echo "ok: every ticket answered in order, every bad one reported"
