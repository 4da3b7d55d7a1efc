"""
gunicorn's settings for `make serve` (scripts/serve.sh); every one can be overridden on the
command line or, as gunicorn reads them, in GUNICORN_CMD_ARGS.
"""

import json
import os

# A reader's request waits at most this long for the search engine (the task worker and
# update_index wait longer): read by the settings, which the workers load after this file.
os.environ.setdefault("SEARCH_TIMEOUT", "1.5")

bind = os.environ.get("BIND", "127.0.0.1:8000")
# Sync workers: each request holds one, so the engine's bounded waits (search/outage.py) matter.
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * (os.cpu_count() or 1)))
timeout = 30
graceful_timeout = 20
# The app is imported once and the workers forked from it: less memory, faster restarts.
preload_app = True
# A worker is replaced after this many requests (±10%), so slow growth never becomes a leak.
max_requests = 2000
max_requests_jitter = 200

# Access log as JSON lines on stderr, beside the app's own (config/logging.py), with its request id.
accesslog = "-"
errorlog = "-"
access_log_format = json.dumps(
    {
        "logger": "gunicorn.access",
        "remote": "%(h)s",
        "method": "%(m)s",
        "path": "%(U)s",
        "query": "%(q)s",
        "status": "%(s)s",
        "bytes": "%(B)s",
        "duration_ms": "%(M)s",
        "request_id": "%({x-request-id}o)s",
        "user_agent": "%(a)s",
    }
)
# Behind a proxy on this machine or the private network (TRUSTED_PROXIES), believe its headers.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
