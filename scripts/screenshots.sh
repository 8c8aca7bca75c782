#!/usr/bin/env bash
# Regenerates docs/screenshots/overview.png and docs/screenshots/article.png: renders the report of the
# seed articles (seeds/) and photographs it in headless chromium, through BrowserReportTest's
# screenshot mode. Needs /usr/bin/chromium (apt-get install -y chromium). Extra arguments go to Maven,
# e.g. -o to stay offline.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl analyzer-core test -Dtest='BrowserReportTest#screenshots' -Dsurefire.failIfNoSpecifiedTests=false \
    -Dframecheck.screenshots="$PWD/docs/screenshots" "$@"
ls -l docs/screenshots/overview.png docs/screenshots/article.png
