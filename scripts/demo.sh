#!/usr/bin/env bash
# Quick start 1: install what is missing, build newsie (Release) into
# build/newsie, and run it on the bundled sample dump: two versions of one
# Washington Post story. Prints the entities, quotes with speakers and
# numeric claims of each version, then the reconciler's flagged changes.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
cd "$NEWSIE_ROOT"

newsie_install_packages
newsie_configure
newsie_build newsie

dump=examples/wapo-ukraine.jsonl
echo
echo "### newsie extract $dump --format text"
build/newsie extract "$dump" --format text

echo
echo "### newsie reconcile $dump --format text"
build/newsie reconcile "$dump" --format text
