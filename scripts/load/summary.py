"""The table scripts/load.sh prints from its results (one JSON line per phase and kind of page)."""

import json
import sys
from pathlib import Path

rows = [json.loads(line) for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()]
print(f"{'engine':8} {'page':8} {'req/s':>8} {'failed':>7} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} {'max ms':>8}")
for row in rows:
    if "result" not in row:
        print(f"{row['phase']:8} search answered by the {row['search_answered_by']}")
        continue
    result = row["result"]
    print(
        f"{row['phase']:8} {row['kind']:8} {result['rps']:8.1f} {result['errors']:7d} {result['p50_ms']:8.1f} "
        f"{result['p90_ms']:8.1f} {result['p99_ms']:8.1f} {result['max_ms']:8.1f}"
    )
