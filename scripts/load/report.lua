-- wrk script for scripts/load.sh: requests the paths in the PATHS environment variable ("|"
-- between them) in turn, and prints one JSON line when done: requests, errors, latency in ms.
local paths = {}
for path in string.gmatch(os.getenv("PATHS") or "/", "[^|]+") do
  paths[#paths + 1] = path
end
local next_path = 0

request = function()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format(
    '{"requests": %d, "rps": %.1f, "errors": %d, "error_kinds": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}, ' ..
    '"p50_ms": %.1f, "p90_ms": %.1f, "p99_ms": %.1f, "max_ms": %.1f}\n',
    summary.requests, summary.requests / seconds,
    errors.connect + errors.read + errors.write + errors.status + errors.timeout,
    errors.connect, errors.read, errors.write, errors.status, errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
