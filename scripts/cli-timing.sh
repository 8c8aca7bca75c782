#!/usr/bin/env bash
# Whole-process timings of the framecheck command beside write-good's, in one run on this machine:
# one article cold (process start included), then the whole corpus, each command run fresh.
#   scripts/cli-timing.sh [folder]      (after mvn -B -DskipTests install; default ../shared/corpus)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
folder="$(realpath "${1:-$root/../shared/corpus}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && unzip -q "$root"/analyzer-cli/target/framecheck-*.zip)
framecheck="$(ls -d "$work"/framecheck-*/bin/framecheck)"
(cd "$here/peers" && npm install --no-audit --no-fund --silent)
write_good="$here/peers/node_modules/.bin/write-good"
mapfile -t files < <(find "$folder" -type f -name '*.txt' | sort)
one="${files[0]}"

seconds() { # the wall time of a command, its output discarded; findings make both tools exit non-zero
  local start end
  start=$(date +%s%N)
  "$@" > /dev/null 2>&1 || true
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) ms"
}

echo "folder $folder (${#files[@]} files) | $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "framecheck first run (writes lib/framecheck.jsa): $(seconds "$framecheck" check "$one")"
for run in 1 2 3; do
  echo "framecheck check, one article, run $run: $(seconds "$framecheck" check "$one")"
done
echo "write-good, one article: $(seconds "$write_good" "$one")"
echo "framecheck check, whole folder: $(seconds "$framecheck" check "$folder")"
echo "write-good, whole folder: $(seconds "$write_good" "${files[@]}")"
