#!/usr/bin/env bash
# The dashboard in a real browser (README "Serving"): ingests the bundled example and a hostile
# document into a throwaway store, starts `atalaya serve` on a free port, and runs
# tools/browser_check.py against it with headless Chromium. Screenshot: .build/dashboard.png.
# Usage: tools/browser_test.sh [path/to/atalaya]   (default: .build/debug/atalaya)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/debug/atalaya}
dir=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$dir"' EXIT
printf '%s\n' '{"id":"hostile","date":"2023-09-20","title":"<img src=x onerror=window.pwned=1>","text":"<script>window.pwned=1</script> Francia condenó a Rusia por el ataque en Kiev."}' > "$dir/hostile.jsonl"
"$bin" ingest --db "$dir/t.db" --date 2023-09-13 Examples/kim-putin-2023-09-13.txt "$dir/hostile.jsonl"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export ATALAYA_TOKEN=browser-check-token
"$bin" serve --db "$dir/t.db" --port "$port" --token "ci:$ATALAYA_TOKEN" > "$dir/serve.log" 2>&1 &
server=$!
python3 - "$port" <<'PY'
import sys, time, urllib.request
for _ in range(100):
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/api/stats", timeout=1)
        break
    except Exception:
        time.sleep(0.2)
PY
python3 tools/browser_check.py "http://127.0.0.1:$port/" .build/dashboard.png
# The review made in the browser is the gold set's one event.
"$bin" export --db "$dir/t.db" --format gold | python3 -c '
import json, sys
lines = [json.loads(l) for l in sys.stdin if l.strip()]
assert len(lines) == 1 and lines[0]["events"][0]["reviewer"] == "ci", lines
print("gold export: the review is there")'

