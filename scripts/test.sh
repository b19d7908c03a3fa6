#!/usr/bin/env bash
# Quick start 2: install what is missing, build newsie (Release) with its
# tests into build/, and run the whole suite through ctest. Arguments go to
# ctest (e.g. `./scripts/test.sh -R pipeline` or `-LE slow`). With CI=true,
# warnings in newsie's own code fail the build, and the "any bytes in, no
# crash" tests run a second time built with AddressSanitizer and UBSan (in
# build-asan/, a few minutes more), where an out-of-range read fails even
# when it does not crash; NEWSIE_SANITIZE_CHECK=1 asks for that pass
# outside CI too.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
cd "$NEWSIE_ROOT"

newsie_install_packages
werror=OFF
[ "${CI:-}" = true ] && werror=ON
newsie_configure -DNEWSIE_BUILD_TESTS=ON -DNEWSIE_BUILD_TOOLS=ON -DNEWSIE_WERROR="$werror"
newsie_build

(cd "$NEWSIE_BUILD_DIR" && ctest --output-on-failure -j "$(newsie_jobs)" "$@")

if [ "${CI:-}" = true ] || [ "${NEWSIE_SANITIZE_CHECK:-}" = 1 ]; then
  NEWSIE_BUILD_DIR="$NEWSIE_ROOT/build-asan"
  newsie_configure -DNEWSIE_BUILD_TESTS=ON -DNEWSIE_BUILD_TOOLS=OFF -DNEWSIE_SANITIZE=ON \
    -DNEWSIE_WERROR="$werror"
  newsie_build test_extractors
  newsie_log "any-bytes tests under AddressSanitizer and UBSan"
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    "$NEWSIE_BUILD_DIR/test_extractors" -tc='Pipeline:*'
fi
