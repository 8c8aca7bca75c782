#!/bin/sh
# Unpacks the distribution as a user would and runs bin/framecheck: the launcher finds its jars, writes
# the class-data sharing archive on the first run and uses it on the second, and exit codes hold.
set -eu
zip="$1" # run with JAVA_HOME set: the launcher and the jar tool come from it
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && "$JAVA_HOME/bin/jar" xf "$zip") # the JDK's jar: no unzip needed; it drops the execute bit, hence "sh"
launcher=$(ls -d "$work"/framecheck-*/bin/framecheck)
framecheck() { sh "$launcher" "$@"; }
printf 'The senator slammed the proposal on Tuesday.\n' > "$work/draft.md"
cd "$work"
for run in first second; do
  set +e
  out=$(framecheck check draft.md)
  code=$?
  set -e
  expected="draft.md:1:13 warning [criticism-verb] 'slammed' dramatises criticism"
  [ "$out" = "$expected" ] || { echo "launcher test ($run run): expected '$expected', got '$out'"; exit 1; }
  [ "$code" -eq 1 ] || { echo "launcher test ($run run): exit code $code, expected 1"; exit 1; }
done
ls "$work"/framecheck-*/lib/framecheck.jsa > /dev/null || { echo "launcher test: no class-data sharing archive written"; exit 1; }
printf 'The council met on Monday.\n' > "$work/clean.txt"
framecheck check clean.txt || { echo "launcher test: a clean article did not exit 0"; exit 1; }
set +e
framecheck check --min-severity loud draft.md 2> "$work/err"
code=$?
set -e
[ "$code" -eq 2 ] || { echo "launcher test: a bad option exited $code, expected 2"; exit 1; }
echo "launcher test: passed"
