#!/usr/bin/env bash
# Throughput of peer prose linters (write-good, alex, LanguageTool) over the benchmark corpus on this
# machine, so the README can put framecheck's figures beside theirs. One summary line per peer.
#   scripts/peers/run.sh [folder] [LanguageTool: only the first N files]
# LT_VERSION (default 6.6) picks the LanguageTool release; LT_THREADS=N (default 1) also times N threads.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
folder="$(realpath "${1:-$here/../../../shared/corpus}")" # default: ../shared/corpus from the repo root
lt_limit="${2:-}"
lt_version="${LT_VERSION:-6.6}"
work=/tmp/framecheck-peers
jars="$work/languagetool-$lt_version"

# write-good and alex at the exact versions in package.json, into scripts/peers/node_modules.
(cd "$here" && npm install --no-audit --no-fund --silent)

# LanguageTool jars through a throwaway pom outside the repository (no Maven build runs in it).
# slf4j-nop only silences LanguageTool's "no SLF4J provider" warnings.
if [ ! -d "$jars" ]; then
  mkdir -p "$work"
  cat > "$work/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>tmp</groupId><artifactId>lt-fetch</artifactId><version>0</version>
  <dependencies>
    <dependency><groupId>org.languagetool</groupId><artifactId>language-en</artifactId><version>$lt_version</version></dependency>
    <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-nop</artifactId><version>2.0.16</version></dependency>
  </dependencies>
</project>
EOF
  # Debian's mvn writes bare colour resets even with -q; strip them so the summary stays clean.
  mvn -B -q -f "$work/pom.xml" dependency:copy-dependencies -DoutputDirectory="$jars.part" 2>&1 | sed 's/\x1b\[0m//g'
  mv "$jars.part" "$jars" # only a complete download counts as fetched
fi

# The machine is shared: record the load so the figures can be read in context.
echo "folder $folder | node $(node -v) | $(java -version 2>&1 | head -1) | $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
node "$here/write-good-bench.mjs" "$folder"
node "$here/alex-bench.mjs" "$folder"
java -cp "$jars/*" "$here/LanguageToolBench.java" "$folder" "${LT_THREADS:-1}" $lt_limit
