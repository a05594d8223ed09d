#!/usr/bin/env python3
"""Usage: soak.py SIZE [SEED] [--csv]

Writes a hostile batch input of about SIZE bytes to stdout: mostly good tickets, mixed
with malformed JSON, unknown plans, bad times, NUL bytes, invalid UTF-8, deeply nested
JSON, blank lines and one 10 MB line. Prints the expected counts to stderr as
`lines=N bad=M blank=B` (blank lines get no output). With --csv, the same as CSV rows:
quoted fields with commas, quotes and line breaks, NUL, invalid UTF-8, rows longer than
the header, one 512 kB field. Deterministic for a given seed."""
import random
import sys

GOOD = [
    b'{"id":%d,"plan":"prodirect","severity":"B","submitted":"2026-11-27T16:30:00+01:00","region":"emea"}',
    b'{"id":%d,"plan":"21vianet","severity":"C","submitted":"2026-11-25T10:00:00+08:00"}',
    b'{"id":%d,"target_minutes":90,"region":"japan","submitted":"2026-11-27T16:30:00+09:00"}',
    b'{"id":%d,"plan":"premier","severity":"A","submitted":"2027-03-28T01:30:00Z","region":"emea","extra":{"a":[1,2,3]}}',
    b'{"id":%d,"plan":" ProDirect ","severity":"b","submitted":"2026-11-27T16:30:00+01:00","time_zone":"America/Sao_Paulo","due":null}',
]
BAD = [
    b'{"id":%d,"plan":"nope","severity":"B","submitted":"2026-11-27T16:30:00Z"}',
    b'{"id":%d,"plan":"prodirect","severity":"B","submitted":"2026-11-27T16:30:00"}',
    b'{"id":%d,"plan":"prodirect",',
    b'{"id":%d,"plan":"prodirect","severity":"B","submitted":"2026-11-27T16:30:00Z","region":"\x00"}',
    b'{"id":%d,"plan":"pro\xff\xfedirect","severity":"B"}',
    b'[' * 200 + b'%d' + b']' * 200,
]
CSV_HEADER = b'id,plan,severity,submitted,region,time_zone,notes'
CSV_GOOD = [
    b'%d,prodirect,B,2026-11-27T16:30:00+01:00,emea,,"a note, with ""quotes""\nand a line break"',
    b'%d,21vianet,C,2026-11-25T10:00:00+08:00,,,',
    b'%d,Premier Support,A,2027-03-28T01:30:00Z,,,plain',
    b'%d, prodirect ,b,2026-11-27T16:30:00+01:00,,America/Sao_Paulo,',
]
CSV_BAD = [
    b'%d,nope,B,2026-11-27T16:30:00Z,emea,,',
    b'%d,prodirect,B,2026-11-27T16:30:00,emea,,',
    b'%d,prodirect,B,2026-11-27T16:30:00Z,\x00,,',
    b'%d,pro\xff\xfedirect,B,2026-11-27T16:30:00Z,emea,,',
    b'%d,prodirect,B,2026-11-27T16:30:00Z,emea,,x,one field too many',
]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    csv = "--csv" in sys.argv
    size = int(args[0]) if args else 1 << 30
    rng = random.Random(int(args[1]) if len(args) > 1 else 7)
    out = sys.stdout.buffer
    written = lines = bad = blank = 0
    huge_at = size // 2
    if csv:
        out.write(CSV_HEADER + b'\n')
    good, hostile = (CSV_GOOD, CSV_BAD) if csv else (GOOD, BAD)
    while written < size:
        lines += 1
        if huge_at is not None and written >= huge_at:
            if csv:
                # A long row, under the 1 MiB a row may have (a longer one stops the run,
                # as tests/it/batch_input.rs checks); its plan is unknown.
                line = b'huge,' + b'x' * (512 << 10) + b',B,2026-11-27T16:30:00Z,emea,,'
            else:
                line = b'{"id":"huge","note":"' + b'x' * (10 << 20) + b'"}'
            huge_at = None
            bad += 1
        elif rng.random() < 0.01:
            # A blank line, or (CSV) a row of empty cells: passed over.
            line = b'' if not csv or rng.random() < 0.5 else b' , ,,'
            blank += 1
        elif rng.random() < 0.05:
            template = rng.choice(hostile)
            line = template % lines if b'%d' in template else template
            bad += 1
        else:
            line = rng.choice(good) % lines
        out.write(line + b'\n')
        written += len(line) + 1
    sys.stderr.write("lines=%d bad=%d blank=%d\n" % (lines, bad, blank))


if __name__ == "__main__":
    main()
