"""
A frozen engine (SIGSTOP: it accepts connections and never answers) under load: scripts/load.sh runs
wrk at article, listing and search pages of `make serve`'s site, with the engine up and then frozen.
No request may fail, search must fall back to the database, and article pages keep their latency.
Runs in make test's OpenSearch step, which names the node's process (ENGINE_PID).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.operations.processes import free_port

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.engine,
    pytest.mark.skipif(
        not (os.environ.get("SEARCH_URL") and os.environ.get("ENGINE_PID")),
        reason="needs a running engine and its process id (SEARCH_URL, ENGINE_PID): make test's OpenSearch step",
    ),
]


def test_a_frozen_engine_fails_no_request_and_slows_no_article(tmp_path):
    results = tmp_path / "results.jsonl"
    env = {
        **os.environ,
        "DURATION": "8",
        "CONNECTIONS": "24",
        "PHASES": "up frozen",
        "LOAD_PORT": str(free_port()),
        "LOAD_DIR": str(tmp_path / "load"),
        "LOAD_JSON": str(results),
        "VENV": str(Path(sys.executable).parents[1]),
    }
    run = subprocess.run(
        [str(ROOT / "scripts" / "load.sh")], cwd=ROOT, env=env, capture_output=True, text=True, timeout=900
    )
    assert run.returncode == 0, run.stdout + run.stderr
    rows = [json.loads(line) for line in results.read_text().splitlines()]
    load = {(row["phase"], row["kind"]): row["result"] for row in rows if "result" in row}
    answered = {row["phase"]: row["search_answered_by"] for row in rows if "search_answered_by" in row}

    assert answered == {"up": "engine", "frozen": "database"}, run.stdout
    assert {phase for phase, _kind in load} == {"up", "frozen"}
    for (phase, kind), result in load.items():
        assert result["requests"] > 0, (phase, kind)
        assert result["errors"] == 0, f"{kind} pages failed with the engine {phase}: {result}"
    normal, frozen = load[("up", "article")]["p50_ms"], load[("frozen", "article")]["p50_ms"]
    assert frozen <= 2 * normal + 100, run.stdout
