#!/usr/bin/env python3
"""Writes a hostile batch input of about SIZE bytes to stdout: mostly good tickets, mixed
with malformed JSON, unknown plans, bad times, NUL bytes, invalid UTF-8, deeply nested
JSON, empty lines and one 10 MB line. Prints the expected counts to stderr as
`lines=N bad=M`. Deterministic for a given seed."""
import random
import sys

GOOD = [
    b'{"id":%d,"plan":"prodirect","severity":"B","submitted":"2026-11-27T16:30:00+01:00","region":"emea"}',
    b'{"id":%d,"plan":"21vianet","severity":"C","submitted":"2026-11-25T10:00:00+08:00"}',
    b'{"id":%d,"target_minutes":90,"region":"japan","submitted":"2026-11-27T16:30:00+09:00"}',
    b'{"id":%d,"plan":"premier","severity":"A","submitted":"2027-03-28T01:30:00Z","region":"emea","extra":{"a":[1,2,3]}}',
]
BAD = [
    b'{"id":%d,"plan":"nope","severity":"B","submitted":"2026-11-27T16:30:00Z"}',
    b'{"id":%d,"plan":"prodirect","severity":"B","submitted":"2026-11-27T16:30:00"}',
    b'{"id":%d,"plan":"prodirect",',
    b'{"id":%d,"plan":"prodirect","severity":"B","submitted":"2026-11-27T16:30:00Z","region":"\x00"}',
    b'{"id":%d,"plan":"pro\xff\xfedirect","severity":"B"}',
    b'[' * 200 + b'%d' + b']' * 200,
    b'',
]


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 1 << 30
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 7)
    out = sys.stdout.buffer
    written = lines = bad = 0
    huge_at = size // 2
    while written < size:
        lines += 1
        if huge_at is not None and written >= huge_at:
            line = b'{"id":"huge","note":"' + b'x' * (10 << 20) + b'"}'
            huge_at = None
            bad += 1
        elif rng.random() < 0.05:
            template = rng.choice(BAD)
            line = template % lines if b'%d' in template else template
            bad += 1
        else:
            line = rng.choice(GOOD) % lines
        out.write(line + b'\n')
        written += len(line) + 1
    sys.stderr.write("lines=%d bad=%d\n" % (lines, bad))


if __name__ == "__main__":
    main()
