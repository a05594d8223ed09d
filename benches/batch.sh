#!/usr/bin/env bash
# End-to-end batch benchmark: the release binary, JSON Lines from a file through a pipe,
# out to /dev/null, measured against the floor (benches/floor: the same typed read of each
# ticket and the same line written, the submitted instant standing for the due one, no
# calendar) in the same run. Prints tickets per second and peak
# memory (RSS) for:
#   floor, one core         the floor program pinned to core 0
#   --jobs 1, one core      batch mode pinned to core 0 (its reader and one worker)
#   --jobs 2, every core    batch mode on the whole machine
#   --jobs 2, padded ids    the same with ids padded and cased in ever new ways (memory)
#   --csv --jobs 2          the same tickets as CSV
#   batch against the floor --jobs 1 and the floor on one core, alternating runs, medians
#                           and their ratio (issue 22: within 1.3x)
#   CSV against JSON Lines  --jobs 1 on one core, the same tickets, alternating runs,
#                           medians and their ratio (issue 22: CSV within 1.0x); then
#                           the same as a `;`-separated helpdesk export read with a
#                           --profile (columns renamed, priorities mapped)
#
#   bash benches/batch.sh [TICKETS]      # default 1000000
#
# The tickets come from benches/gen_tickets.py (fixed seed): every plan and severity the
# rules list, own targets on seven calendars, instants over 2026-2027.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
cargo build --release --quiet -p support-advisor -p batch-floor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 benches/gen_tickets.py "$n" > "$work/tickets.jsonl"
python3 benches/gen_tickets.py "$n" 42 --padded > "$work/padded.jsonl"
python3 - "$work/tickets.jsonl" > "$work/tickets.csv" <<'PY'
import csv, json, sys
fields = ["id", "plan", "severity", "submitted", "region", "target_minutes"]
out = csv.DictWriter(sys.stdout, fields, lineterminator="\n")
out.writeheader()
for line in open(sys.argv[1]):
    out.writerow(json.loads(line))
PY
# The same tickets as a helpdesk would export them: `;`, its own column names, the
# priorities it writes, and a profile naming them.
python3 - "$work/tickets.jsonl" "$work/export.csv" "$work/profile.toml" <<'PY'
import csv, json, sys
names = {"id": "Ticket ID", "plan": "Plan", "severity": "Priority", "submitted": "Created",
         "region": "Region", "target_minutes": "Minutes"}
severities = set()
with open(sys.argv[2], "w", newline="") as f:
    out = csv.DictWriter(f, list(names.values()), delimiter=";", lineterminator="\r\n")
    out.writeheader()
    for line in open(sys.argv[1]):
        t = json.loads(line)
        if t.get("severity"):
            severities.add(t["severity"])
            t["severity"] = "P-" + t["severity"]
        out.writerow({names[k]: v for k, v in t.items()})
with open(sys.argv[3], "w") as f:
    f.write('delimiter = ";"\n[columns]\n')
    for field, column in names.items():
        f.write(f'{field} = "{column}"\n')
    f.write("[severity]\n")
    for sev in sorted(severities):
        f.write(f'"P-{sev}" = "{sev}"\n')
PY
bin=target/release/support-advisor
floor=target/release/batch-floor
one=()
command -v taskset >/dev/null && one=(taskset -c 0)

measure() { # label, input, command...
    local label=$1 input=$2
    shift 2
    for run in 1 2 3; do
        /usr/bin/time -f "%e %M" -o "$work/time" bash -c 'cat "$0" | "${@}" > /dev/null' "$input" "$@" || true
        read -r seconds peak_kb < "$work/time"
        awk -v n="$n" -v s="$seconds" -v kb="$peak_kb" -v run="$run" -v label="$label" \
            'BEGIN { printf "%-26s run %d: %.2f s = %9.0f tickets/s, peak RSS %.1f MB\n", label, run, s, n / s, kb / 1024 }'
    done
}

measure "floor, one core" "$work/tickets.jsonl" "${one[@]}" "$floor"
measure "--jobs 1, one core" "$work/tickets.jsonl" "${one[@]}" "$bin" sla --batch --region emea --jobs 1
measure "--jobs 2, every core" "$work/tickets.jsonl" "$bin" sla --batch --region emea --jobs 2
measure "--jobs 2, padded ids" "$work/padded.jsonl" "$bin" sla --batch --region emea --jobs 2
measure "--csv --jobs 2" "$work/tickets.csv" "$bin" sla --batch --csv --region emea --jobs 2

# Batch per core against the floor (issue 22, item 11: within 1.3x), alternating runs on
# one core so that both see the same load; medians of 5.
: > "$work/floor.s"
: > "$work/batch.s"
for run in 1 2 3 4 5; do
    /usr/bin/time -f "%e" -a -o "$work/floor.s" bash -c 'cat "$0" | "${@}" > /dev/null' \
        "$work/tickets.jsonl" "${one[@]}" "$floor" || true
    /usr/bin/time -f "%e" -a -o "$work/batch.s" bash -c 'cat "$0" | "${@}" > /dev/null' \
        "$work/tickets.jsonl" "${one[@]}" "$bin" sla --batch --region emea --jobs 1 || true
done
awk -v f="$(sort -n "$work/floor.s" | sed -n 3p)" -v b="$(sort -n "$work/batch.s" | sed -n 3p)" \
    'BEGIN { printf "%-26s floor %.2f s, --jobs 1 %.2f s (medians of 5): batch/floor %.2fx\n", "batch against the floor", f, b, b / f }'

# CSV against JSON Lines, one core each, alternating so that both see the same load.
ratio() { # label, csv input, csv options...
    local label=$1 input=$2
    shift 2
    : > "$work/json.s"
    : > "$work/csv.s"
    for run in 1 2 3 4 5; do
        /usr/bin/time -f "%e" -a -o "$work/json.s" bash -c 'cat "$0" | "${@}" > /dev/null' \
            "$work/tickets.jsonl" "${one[@]}" "$bin" sla --batch --region emea --jobs 1 || true
        /usr/bin/time -f "%e" -a -o "$work/csv.s" bash -c 'cat "$0" | "${@}" > /dev/null' \
            "$input" "${one[@]}" "$bin" sla --batch --region emea --jobs 1 "$@" || true
    done
    local json csv
    json=$(sort -n "$work/json.s" | sed -n 3p)
    csv=$(sort -n "$work/csv.s" | sed -n 3p)
    awk -v j="$json" -v c="$csv" -v label="$label" \
        'BEGIN { printf "%-26s JSON Lines %.2f s, CSV %.2f s (medians of 5): CSV/JSON Lines %.2fx\n", label, j, c, c / j }'
}

ratio "CSV, --jobs 1, one core" "$work/tickets.csv" --csv
ratio "export, --profile, \`;\`" "$work/export.csv" --profile "$work/profile.toml"
