#!/usr/bin/env python3
"""Usage: gen_tickets.py N [SEED] [--padded]

Writes N synthetic tickets as JSON Lines: every plan/severity pair the rules list, own
targets on every region's calendar, submitted instants spread over 2026-2027 (weekends,
nights and daylight-saving days included). Deterministic for a given seed. With --padded, the ids carry
varied padding and case, as people type them (the caches must not grow with that)."""
import json
import random
import sys

PAIRS = [
    ("unified-core", "critical"), ("unified-advanced", "critical"), ("unified-performance", "critical"),
    ("subscription", "A"), ("prodirect", "A"), ("premier", "A"),
    ("subscription", "B"), ("prodirect", "B"), ("premier", "B"),
    ("unified-core", "standard"), ("unified-advanced", "standard"), ("unified-performance", "standard"),
    ("subscription", "C"), ("prodirect", "C"), ("premier", "C"),
    ("powerbi-community", "A"), ("powerbi-pro", "B"), ("powerbi-premium", "A"), ("powerbi-admin", "C"),
    ("21vianet", "A"), ("21vianet", "B"), ("21vianet", "C"),
]
REGIONS = ["apac", "japan", "emea", "north-america", "china", "germany-billing", "m365-billing-australia"]
START = 1767225600  # 2026-01-01T00:00:00Z
SPAN = 2 * 365 * 86400


def padded(rng, text):
    """The id as people type it: padded with varied whitespace, in varied case."""
    text = text.upper() if rng.random() < 0.3 else text
    return " " * rng.randrange(40) + text + "\t" * rng.randrange(3) + " " * rng.randrange(40)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    pad = "--padded" in sys.argv
    n = int(args[0]) if args else 1_000_000
    rng = random.Random(int(args[1]) if len(args) > 1 else 42)
    out = sys.stdout
    for i in range(n):
        t = START + rng.randrange(SPAN // 60) * 60
        offset = rng.choice([0, 60, 120, 480, -300, -420])
        local = t + offset * 60
        sign = "+" if offset >= 0 else "-"
        stamp = "%s%s%02d:%02d" % (
            __import__("time").strftime("%Y-%m-%dT%H:%M:%S", __import__("time").gmtime(local)),
            sign, abs(offset) // 60, abs(offset) % 60)
        if rng.random() < 0.2:
            line = {"id": i, "target_minutes": rng.choice([30, 90, 240, 600, 1440]),
                    "region": rng.choice(REGIONS), "submitted": stamp}
        else:
            plan, sev = rng.choice(PAIRS)
            line = {"id": i, "plan": plan, "severity": sev, "submitted": stamp,
                    "region": rng.choice(REGIONS[:4])}
        if pad:
            for key in ("plan", "severity", "region"):
                if key in line:
                    line[key] = padded(rng, line[key])
        out.write(json.dumps(line, separators=(",", ":")))
        out.write("\n")


if __name__ == "__main__":
    main()
