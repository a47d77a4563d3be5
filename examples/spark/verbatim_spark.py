#!/usr/bin/env python3
"""Run verbatim over a JSONL archive with PySpark.

Each partition's lines are streamed through verbatim's streaming filter with RDD.pipe()
(JSONL documents on stdin -> JSONL records on stdout, logs on stderr). Records go to
OUTPUT/records, failed documents (source, line, id, reason) to OUTPUT/errors.

    LANG=C.UTF-8 python verbatim_spark.py ARCHIVE.jsonl[.gz] OUTPUT_DIR \
        --verbatim target/release/verbatim --master 'local[2]' --partitions 8

Notes from running it: pipe() needs checkCode=True, or a command that fails is ignored and its
partition silently lost; pipe() replaces the whole environment, so the binary is given by an
absolute path; the JVM needs LANG=C.UTF-8 to read and write UTF-8; in local mode Spark binds to
127.0.0.1 (SPARK_LOCAL_IP). Line numbers in OUTPUT/errors count from the start of a partition.
"""
import argparse
import json
import os
import shutil
import sys


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", help="JSONL archive (a path or glob Spark can read; .gz is decompressed)")
    ap.add_argument("output", help="output directory (must not exist)")
    ap.add_argument("--verbatim", default="verbatim", help="the verbatim binary")
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--text-field", default="text")
    ap.add_argument("--id-field", default="id")
    a = ap.parse_args()

    binary = shutil.which(a.verbatim) or a.verbatim
    binary = os.path.abspath(binary)
    if not os.access(binary, os.X_OK):
        print(f"verbatim_spark: {binary} is not an executable", file=sys.stderr)
        return 2
    # Before the JVM starts: UTF-8 everywhere, loopback only.
    os.environ.setdefault("LANG", "C.UTF-8")
    os.environ.setdefault("LC_ALL", "C.UTF-8")
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")

    from pyspark.sql import SparkSession

    spark = (
        SparkSession.builder.master(a.master)
        .appName("verbatim")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    try:
        sc = spark.sparkContext
        lines = sc.textFile(a.input, minPartitions=a.partitions)
        command = " ".join(
            [
                binary,
                "extract",
                "--quiet",
                "--threads 1",
                "--input-format jsonl",
                f"--text-field {a.text_field}",
                f"--id-field {a.id_field}",
                # Failed documents come back in the stream (not lost with the task's stderr),
                # and do not fail the task; a crash or a bad option still does (checkCode).
                "--errors - --exit-zero",
                "-",
            ]
        )
        out = lines.pipe(command, env={"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}, checkCode=True).cache()
        is_error = lambda line: "entities" not in json.loads(line)  # noqa: E731
        out.filter(lambda l: not is_error(l)).saveAsTextFile(os.path.join(a.output, "records"))
        out.filter(is_error).saveAsTextFile(os.path.join(a.output, "errors"))
        n_records = out.filter(lambda l: not is_error(l)).count()
        n_errors = out.filter(is_error).count()
        print(f"verbatim_spark: {n_records} records, {n_errors} failed documents -> {a.output}", file=sys.stderr)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
