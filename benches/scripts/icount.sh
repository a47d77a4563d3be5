#!/usr/bin/env bash
# Instructions per byte of text in steady state: callgrind's instruction count for the bench
# corpus twice minus once (start-up and one-time work cancel out), over the text bytes of one copy.
#
#     benches/scripts/icount.sh [BINARY]     (default: target/release/verbatim; needs valgrind)
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-target/release/verbatim}
corpus=${VERBATIM_BENCH_CORPUS:-../shared/bench/fr_news_pages.jsonl}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat "$corpus" "$corpus" > "$tmp/twice.jsonl"
count() {
  valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.$2" "$bin" extract --format jsonl --threads 1 "$1" 2>&1 >/dev/null |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
once=$(count "$corpus" once)
twice=$(count "$tmp/twice.jsonl" twice)
bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1]) if l.strip()))" "$corpus")
python3 -c "import sys; a,b,n=map(int,sys.argv[1:]); print(f'{(a-b)/n:.1f} instructions per text byte ({a} - {b} over {n} bytes)')" "$twice" "$once" "$bytes"
