#!/usr/bin/env bash
# Tests examples/parallel/extract.sh against a single `verbatim extract` run: both modes must
# give exactly the same records (pipe: in the same order), and a malformed line must be
# reported and make the run fail. Run by .ci/run; needs GNU parallel.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
VERBATIM=${VERBATIM:-${CARGO_TARGET_DIR:-$root/target}/release/verbatim}
if [ ! -x "$VERBATIM" ]; then
  (cd "$root" && cargo build --release --quiet)
fi
export VERBATIM
command -v parallel >/dev/null || { echo "examples/parallel/test.sh: GNU parallel is not installed" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
speakers=("Jean Moreau" "Aminata Diallo" "Pierre Dupont" "Claire Dubois")
for i in $(seq 0 399); do
  printf '{"id":"p%04d","url":"https://exemple.fr/%d","text":"« Le chantier numéro %d sera livré en mai », a déclaré %s lundi. Le conseil municipal votera le budget."}\n' \
    "$i" "$i" "$i" "${speakers[$((i % 4))]}"
done > "$work/docs.jsonl"
gzip -c "$work/docs.jsonl" > "$work/docs.jsonl.gz"

"$VERBATIM" extract --quiet "$work/docs.jsonl" > "$work/single.jsonl"
ids() { python3 -c 'import json,sys; [print(json.loads(l)["id"]) for l in sys.stdin]' < "$1"; }

# pipe mode, small blocks so that several jobs run: same records, same order.
BLOCK=4k JOBS=3 "$here/extract.sh" pipe "$work/docs.jsonl.gz" > "$work/pipe.jsonl"
cmp "$work/single.jsonl" "$work/pipe.jsonl"

# shard mode: same records; shards concatenated, so compare sorted.
JOBS=3 "$here/extract.sh" shard "$work/docs.jsonl" > "$work/shard.jsonl"
diff <(ids "$work/single.jsonl" | sort) <(ids "$work/shard.jsonl" | sort)
[ "$(sort "$work/single.jsonl" | md5sum)" = "$(sort "$work/shard.jsonl" | md5sum)" ]

# A malformed line: reported inline with its line, the rest processed, the run fails.
{ head -n 100 "$work/docs.jsonl"; echo '{"id":"cassé","text":"« jamais fermé'; tail -n +101 "$work/docs.jsonl"; } > "$work/bad.jsonl"
if BLOCK=4k JOBS=3 "$here/extract.sh" pipe "$work/bad.jsonl" > "$work/bad.out"; then
  echo "examples/parallel/test.sh: a malformed line did not fail the run" >&2
  exit 1
fi
[ "$(grep -c '"reason"' "$work/bad.out")" = 1 ]
grep '"reason"' "$work/bad.out" | grep -q '"id":"cassé"'
[ "$(grep -c '"entities"' "$work/bad.out")" = 400 ]

echo "examples/parallel: pipe and shard modes match a single run (400 documents, 1 malformed line reported)"
