#!/usr/bin/env bash
# Opt-in test of examples/spark/verbatim_spark.py in Spark's local mode:
#
#   VERBATIM_SPARK_TEST=1 PYTHON=/tmp/venv-spark/bin/python examples/spark/test.sh
#
# Needs Java 17 and pyspark (`python3 -m venv /tmp/venv-spark && /tmp/venv-spark/bin/pip install pyspark`,
# a venv outside the repository). Checks that the Spark run gives exactly the records of a
# single `verbatim extract` run, and reports the one malformed line.
set -euo pipefail
if [ "${VERBATIM_SPARK_TEST:-}" != 1 ]; then
  echo "examples/spark/test.sh: skipped (set VERBATIM_SPARK_TEST=1; needs Java 17 and pyspark)"
  exit 0
fi
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
PYTHON=${PYTHON:-python3}
VERBATIM=${VERBATIM:-${CARGO_TARGET_DIR:-$root/target}/release/verbatim}
[ -x "$VERBATIM" ] || (cd "$root" && cargo build --release --quiet)
"$PYTHON" -c "import pyspark" || { echo "examples/spark/test.sh: pyspark not importable by $PYTHON" >&2; exit 1; }
export LANG=C.UTF-8 LC_ALL=C.UTF-8 SPARK_LOCAL_IP=127.0.0.1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
speakers=("Jean Moreau" "Aminata Diallo" "Pierre Dupont" "Claire Dubois")
for i in $(seq 0 299); do
  printf '{"id":"s%04d","outlet":"Exemple","text":"« La ligne %d rouvrira en été », a annoncé %s à Nantes."}\n' \
    "$i" "$i" "${speakers[$((i % 4))]}"
  if [ "$i" = 150 ]; then echo '{"id":"cassé","text":'; fi
done > "$work/docs.jsonl"

"$VERBATIM" extract --quiet --errors "$work/single.errors" "$work/docs.jsonl" > "$work/single.jsonl" || true
"$PYTHON" "$here/verbatim_spark.py" "$work/docs.jsonl" "$work/out" --verbatim "$VERBATIM" --master 'local[2]' --partitions 3

cat "$work"/out/records/part-* > "$work/spark.jsonl"
cat "$work"/out/errors/part-* > "$work/spark.errors"
[ "$(wc -l < "$work/spark.jsonl")" = 300 ] || { echo "expected 300 records" >&2; exit 1; }
diff <(sort "$work/single.jsonl") <(sort "$work/spark.jsonl")
[ "$(wc -l < "$work/spark.errors")" = 1 ] || { echo "expected 1 error" >&2; exit 1; }
grep -q '"id":"cassé"' "$work/spark.errors"
echo "examples/spark: 300 records identical to a single run, 1 malformed line reported"
