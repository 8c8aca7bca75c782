#!/usr/bin/env bash
# Whole-process timings of a newsroom build beside write-good's, in one run on this machine: the
# plugin's ad-hoc analyze cold (fresh output and cache), again with nothing changed, the same command
# with -Dframecheck.skip (Maven's own start-up and plugin resolution), and write-good on the same files.
#   scripts/build-timing.sh [folder]    (after mvn -B -DskipTests install; default ../shared/corpus)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
folder="$(realpath "${1:-$root/../shared/corpus}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$here/peers" && npm install --no-audit --no-fund --silent)
write_good="$here/peers/node_modules/.bin/write-good"
mapfile -t files < <(find "$folder" -type f -name '*.txt' | sort)

ms() { # the wall time of a command in milliseconds, its output discarded
  local start end
  start=$(date +%s%N)
  "$@" > /dev/null 2>&1 || true
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 ))"
}
analyze() {
  (cd "$work" && mvn -B -o org.framecheck:analyzer-maven-plugin:0.1.0-SNAPSHOT:analyze \
    -Dframecheck.contentDirectory="$folder" -Dframecheck.outputDirectory="$work/out" \
    -Dframecheck.cacheDirectory="$work/cache" "$@")
}

echo "folder $folder (${#files[@]} files) | $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
cold=$(ms analyze)
unchanged=$(ms analyze)
skip=$(ms analyze -Dframecheck.skip=true)
wg=$(ms "$write_good" "${files[@]}")
echo "ad-hoc analyze, cold:              $cold ms"
echo "ad-hoc analyze, nothing changed:   $unchanged ms"
echo "ad-hoc analyze, -Dframecheck.skip: $skip ms"
echo "write-good, same files:            $wg ms"
echo "cold vs write-good: $(( cold - wg )) ms; unchanged vs skip: $(( unchanged - skip )) ms"
