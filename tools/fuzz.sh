#!/usr/bin/env bash
# Builds the libFuzzer target (tools/fuzz) over the Atalaya sources and runs it.
#
#   tools/fuzz.sh                           # one minute from the seed corpus (as CI does)
#   tools/fuzz.sh -runs=10000000            # any libFuzzer flag; later flags win
#   tools/fuzz.sh .build/fuzz/artifacts/crash-...   # replay one input
#   tools/fuzz.sh --build                   # build only
#
# The target is compiled with swiftc directly (-sanitize=fuzzer,address), not by SwiftPM, so
# `swift build` and `swift test` neither build nor wait for it. Output goes to .build/fuzz:
# the binary, the growing corpus (seeded from tools/fuzz/corpus, which stays unchanged) and
# the artifacts (crash-*, timeout-*, oom-* inputs). Exit status is non-zero on any finding.
set -euo pipefail
cd "$(dirname "$0")/.."
out=.build/fuzz
bin=$out/atalaya-fuzz
export ATALAYA_RESOURCES="$PWD/Sources/Atalaya/Resources"
# A Swift runtime trap then shows in libFuzzer's report; Swift's own backtracer trips ASan.
export SWIFT_BACKTRACE=enable=no

sources=$(find Sources/Atalaya tools/fuzz -name '*.swift' | sort)
if [ ! -x "$bin" ] || [ -n "$(find $sources -newer "$bin" | head -1)" ]; then
  mkdir -p "$out"
  echo "fuzz: building $bin" >&2
  # lld: gold prints a warning for each of ASan's local symbols.
  swiftc -swift-version 6 -module-name Atalaya -parse-as-library -O -g \
    -sanitize=fuzzer,address -use-ld=lld $sources -o "$bin"
fi
[ "${1:-}" = "--build" ] && exit 0

if [ $# -gt 0 ] && [ -f "$1" ]; then exec "$bin" "$@"; fi
mkdir -p "$out/corpus" "$out/artifacts"
exec "$bin" "$out/corpus" tools/fuzz/corpus \
  -dict=tools/fuzz/atalaya.dict -max_len=4096 -timeout=10 -rss_limit_mb=2048 -max_total_time=60 \
  -artifact_prefix="$out/artifacts/" -print_final_stats=1 "$@"
