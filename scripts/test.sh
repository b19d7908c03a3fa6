#!/usr/bin/env bash
# Quick start 2: install what is missing, build newsie (Release) with its
# tests into build/, and run the whole suite through ctest. Arguments go to
# ctest (e.g. `./scripts/test.sh -R pipeline` or `-LE slow`). With CI=true,
# warnings in newsie's own code fail the build.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
cd "$NEWSIE_ROOT"

newsie_install_packages
werror=OFF
[ "${CI:-}" = true ] && werror=ON
newsie_configure -DNEWSIE_BUILD_TESTS=ON -DNEWSIE_BUILD_TOOLS=ON -DNEWSIE_WERROR="$werror"
newsie_build

cd "$NEWSIE_BUILD_DIR"
ctest --output-on-failure -j "$(newsie_jobs)" "$@"
