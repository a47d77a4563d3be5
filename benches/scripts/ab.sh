#!/usr/bin/env bash
# Interleaved 1-thread timings of two builds (A, B) on the same input: each round runs A then B,
# so load on a shared machine falls on both alike. Prints the extraction seconds (`--stats`) of
# every round, their minimum and median, and B's median speed-up over A.
#
#     benches/scripts/ab.sh OLD_BINARY NEW_BINARY [INPUT]     (N=9 rounds by default)
set -euo pipefail
a=$1 b=$2 input=${3:-../shared/bench/fr_news_pages.jsonl} rounds=${N:-9}
for _ in $(seq "$rounds"); do
  for x in A B; do
    bin=$a; [ "$x" = B ] && bin=$b
    s=$("$bin" extract --format jsonl --threads 1 --stats "$input" 2>&1 >/dev/null | sed -n 's/.*"extract_s":\([0-9.]*\).*/\1/p')
    echo "$x $s"
  done
done | python3 -c '
import sys, statistics as st
d = {}
for line in sys.stdin:
    k, v = line.split()
    d.setdefault(k, []).append(float(v))
for k in sorted(d):
    print(k, "min %.3f s  median %.3f s  rounds:" % (min(d[k]), st.median(d[k])), " ".join("%.2f" % x for x in d[k]))
print("B/A median speed-up %.3fx" % (st.median(d["A"]) / st.median(d["B"])))
'
