#!/usr/bin/env bash
# Quick start 2: install what is missing, build newsie (Release) with its
# tests into build/, and run the whole suite through ctest. Arguments go to
# ctest (e.g. `./scripts/test.sh -R pipeline` or `-LE slow`). With CI=true,
# warnings in newsie's own code fail the build, and the "any bytes in, no
# crash" tests run a second time built with AddressSanitizer and UBSan (in
# build-asan/, a few minutes more), where an out-of-range read fails even
# when it does not crash; NEWSIE_SANITIZE_CHECK=1 asks for that pass
# outside CI too. Where clang++ is installed, CI also builds the libFuzzer
# target (build-fuzz/, as the README's fuzzing recipe does) and runs it over
# its seeds, so the fuzzing build keeps compiling (NEWSIE_FUZZ_CHECK=1
# outside CI); without clang it says so and skips.
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

if [ "${CI:-}" = true ] || [ "${NEWSIE_FUZZ_CHECK:-}" = 1 ]; then
  if command -v clang++ >/dev/null 2>&1; then
    NEWSIE_BUILD_DIR="$NEWSIE_ROOT/build-fuzz"
    newsie_log "configuring build-fuzz/ (clang, libFuzzer, ASan+UBSan)"
    cmake -S "$NEWSIE_ROOT" -B "$NEWSIE_BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_COMPILER=clang++ -DNEWSIE_FUZZ=ON -DNEWSIE_BUILD_TESTS=OFF \
      -DNEWSIE_BUILD_TOOLS=OFF >/dev/null
    newsie_build pipeline_fuzzer
    newsie_log "fuzz target over its seeds and the sample dump (no mutation)"
    # Files, not directories: libFuzzer only runs them and writes nothing.
    "$NEWSIE_BUILD_DIR/pipeline_fuzzer" -rss_limit_mb=2048 "$NEWSIE_ROOT"/tests/fuzz/seeds/* \
      "$NEWSIE_ROOT"/examples/*.jsonl "$NEWSIE_ROOT"/examples/seeds/*
  else
    newsie_log "SKIPPED: the fuzz target's build (clang++ not installed; see README, Fuzzing)"
  fi
fi
