#!/usr/bin/env bash
# Quick start 2: install what is missing, build newsie (Release) with its
# tests into build/, and run the whole suite through ctest. Arguments go to
# ctest (e.g. `./scripts/test.sh -R pipeline` or `-LE slow`). With CI=true,
# warnings in newsie's own code fail the build, and the whole suite runs a
# second time built with AddressSanitizer, UBSan and libstdc++'s assertions
# (_GLIBCXX_ASSERTIONS; in build-asan/, every test binary and the newsie
# command), where an out-of-range read, an index past a vector's size or a
# dangling view fails even when it does not crash; the corpus-driven CTests
# (label corpus) and the Slurm ones are left out there: they score or
# set up a cluster rather than probe memory (docs/testing.md).
# NEWSIE_SANITIZE_CHECK=1 asks for that pass outside CI too. Where clang++
# is installed, CI also builds every libFuzzer target (tests/fuzz/*_fuzzer.cc,
# into build-fuzz/, as the fuzzing recipe in docs/testing.md does) and runs each over
# its seeds, so the fuzzing build keeps compiling and past findings stay
# fixed (NEWSIE_FUZZ_CHECK=1 outside CI); without clang it says so and skips.
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
  # -O1, as the sanitizers' authors advise: it compiles in less time than
  # Release's -O3 and keeps the reports' stacks readable. No -Werror here:
  # the Release build above enforces warnings, and GCC 12 at -O1 with ASan
  # warns maybe-uninitialized inside libstdc++'s <regex> (test_pipeline).
  newsie_configure -DNEWSIE_BUILD_TESTS=ON -DNEWSIE_BUILD_TOOLS=ON -DNEWSIE_SANITIZE=ON \
    -DNEWSIE_WERROR=OFF -DCMAKE_CXX_FLAGS_RELEASE="-O1 -DNDEBUG"
  newsie_build
  newsie_log "the doctest suites and CLI tests under AddressSanitizer and UBSan"
  # halt_on_error: a UBSan report fails its test instead of scrolling by.
  (cd "$NEWSIE_BUILD_DIR" &&
    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
      ctest --output-on-failure -j "$(newsie_jobs)" -LE 'corpus|slurm' "$@")
fi

if [ "${CI:-}" = true ] || [ "${NEWSIE_FUZZ_CHECK:-}" = 1 ]; then
  if command -v clang++ >/dev/null 2>&1; then
    NEWSIE_BUILD_DIR="$NEWSIE_ROOT/build-fuzz"
    newsie_log "configuring build-fuzz/ (clang, libFuzzer, ASan+UBSan)"
    cmake -S "$NEWSIE_ROOT" -B "$NEWSIE_BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_COMPILER=clang++ -DNEWSIE_FUZZ=ON -DNEWSIE_BUILD_TESTS=OFF \
      -DNEWSIE_BUILD_TOOLS=OFF >/dev/null
    targets=()
    for src in "$NEWSIE_ROOT"/tests/fuzz/*_fuzzer.cc; do
      targets+=("$(basename "$src" .cc)")
    done
    newsie_build "${targets[@]}"
    newsie_log "fuzz targets over their seeds (no mutation)"
    # Files, not directories: libFuzzer only runs them and writes nothing.
    # pipeline_fuzzer's seeds are tests/fuzz/seeds/ and the sample dump;
    # NAME_fuzzer's are tests/fuzz/seeds_NAME/.
    "$NEWSIE_BUILD_DIR/pipeline_fuzzer" -rss_limit_mb=2048 "$NEWSIE_ROOT"/tests/fuzz/seeds/* \
      "$NEWSIE_ROOT"/examples/*.jsonl "$NEWSIE_ROOT"/examples/seeds/*
    for t in "${targets[@]}"; do
      [ "$t" = pipeline_fuzzer ] && continue
      seeds="$NEWSIE_ROOT/tests/fuzz/seeds_${t%_fuzzer}"
      [ -d "$seeds" ] || { newsie_log "$t has no seed directory $seeds"; exit 1; }
      "$NEWSIE_BUILD_DIR/$t" -rss_limit_mb=2048 "$seeds"/*
    done
  else
    newsie_log "SKIPPED: the fuzz target's build (clang++ not installed; see docs/testing.md)"
  fi
fi
