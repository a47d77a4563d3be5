#!/usr/bin/env bash
# Spread `verbatim extract` over every core (or several machines) with GNU parallel.
#
#   examples/parallel/extract.sh pipe  ARCHIVE.jsonl[.gz|.zst] > records.jsonl
#   examples/parallel/extract.sh shard INPUT... > records.jsonl
#
# pipe:  the archive is cut into ~10 MB blocks of whole lines; each block goes through the
#        streaming filter (JSONL documents on stdin -> JSONL records on stdout) and `-k` keeps
#        the blocks in input order. Add `--sshlogin host1,host2` to use other machines.
# shard: N processes each read all the inputs and process every N-th document
#        (`--shard K/N`); any input format works; shard outputs are concatenated.
#
# Failed documents are reported inline (`--errors -`: JSONL objects with source, line or
# offset, id and reason, among the records). The exit status is non-zero when a job failed,
# including when one of its documents failed.
# Environment: VERBATIM (the binary; default: verbatim on PATH), JOBS (default: all cores),
# BLOCK (default: 10M).
set -euo pipefail

VERBATIM=${VERBATIM:-verbatim}
JOBS=${JOBS:-$(nproc)}
BLOCK=${BLOCK:-10M}
mode=${1:?usage: extract.sh pipe ARCHIVE | extract.sh shard INPUT...}
shift

case "$mode" in
  pipe)
    archive=${1:?usage: extract.sh pipe ARCHIVE}
    case "$archive" in
      *.gz) reader=(gzip -dc -- "$archive") ;;
      *.zst) reader=(zstd -dc -- "$archive") ;;
      *) reader=(cat -- "$archive") ;;
    esac
    "${reader[@]}" | parallel --pipe --block "$BLOCK" -k -j "$JOBS" \
      "$VERBATIM" extract --quiet --threads 1 --input-format jsonl --errors - -
    ;;
  shard)
    [ $# -gt 0 ] || { echo "usage: extract.sh shard INPUT..." >&2; exit 2; }
    seq 1 "$JOBS" | parallel -k -j "$JOBS" \
      "$VERBATIM" extract --quiet --threads 1 --errors - --shard "{}/$JOBS" "$(printf '%q ' "$@")"
    ;;
  *)
    echo "extract.sh: unknown mode $mode (pipe or shard)" >&2
    exit 2
    ;;
esac
