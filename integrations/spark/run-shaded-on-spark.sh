#!/usr/bin/env bash
# Runs the shaded jar (target/zhnews-spark-*-all.jar, built by `mvn verify`) the way spark-submit does: its
# main class on the class path of a plain Spark 4.0.1 installation (cluster-classpath/pom.xml: Spark's own
# Jackson 2.18, not the one the tests lift), in local[2], over JSON Lines made from the test sentences plus
# one line that is not JSON. Fails unless the job reports every record: read N+1, analysed N, failed 1.
set -euo pipefail
cd "$(dirname "$0")"

jar=$(ls target/zhnews-spark-*-all.jar)
java_options=$(sed -n 's:.*<spark.java.options>\(.*\)</spark.java.options>.*:\1:p' pom.xml)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -B -q -f cluster-classpath/pom.xml dependency:build-classpath -Dmdep.outputFile="$work/spark.cp"
spark_cp=$(cat "$work/spark.cp")
grep -v '^#' src/test/resources/io/github/zhnews/spark/sentences.txt \
    | awk '{ printf "{\"id\":\"s%d\",\"text\":\"%s\"}\n", NR, $0 }' > "$work/in.jsonl"
n=$(wc -l < "$work/in.jsonl")
echo '{"id":"broken","text":' >> "$work/in.jsonl"

# shellcheck disable=SC2086 # the options are a list
SPARK_LOCAL_IP=127.0.0.1 java -Xmx2g $java_options -cp "$jar:$spark_cp" io.github.zhnews.spark.AnalyzeJob \
    --master 'local[2]' --input "$work/in.jsonl" --output "$work/out.parquet" \
    --reference-time 2024-06-01T08:00 2> "$work/spark.log" | tee "$work/job.out" \
    || { tail -40 "$work/spark.log" >&2; exit 1; }

expected="zhnews-spark: read $((n + 1)), analysed $n, failed 1,"
if ! grep -q "^$expected" "$work/job.out"; then
  echo "expected a line starting '$expected'" >&2
  tail -40 "$work/spark.log" >&2
  exit 1
fi
echo "shaded jar on a plain Spark $(basename "$(tr ':' '\n' <<< "$spark_cp" | grep -m1 'spark-core')" .jar) class path: ok"
