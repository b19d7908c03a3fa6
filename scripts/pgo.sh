#!/usr/bin/env bash
# Profile-guided build of the newsie command (GCC; docs/performance.md):
# builds an instrumented newsie into build-pgo/ (NEWSIE_PGO=GENERATE), runs
# it once to write the profile, then rebuilds the same tree with the profile
# (NEWSIE_PGO=USE). The result, build-pgo/newsie, writes the same records as
# build/newsie, faster. Both phases compile everything without ccache, so
# this takes about two uncached builds.
#
# Training run: `newsie bench` over a generated dump of
# NEWSIE_PGO_TRAIN_MB (default 5) MB when the evaluation corpora are there
# ($NEWSIE_CORPORA or ../shared/corpora), else `newsie extract` over the
# bundled examples/*.jsonl, 50 times. Environment: NEWSIE_JOBS as for
# scripts/setup.sh; NEWSIE_PGO_BUILD_DIR (default build-pgo).
set -euo pipefail
source "$(dirname "$0")/setup.sh"
cd "$NEWSIE_ROOT"

NEWSIE_BUILD_DIR="${NEWSIE_PGO_BUILD_DIR:-$NEWSIE_ROOT/build-pgo}"
profile="$NEWSIE_BUILD_DIR/pgo-profile"
common=(-DNEWSIE_BUILD_TESTS=OFF -DNEWSIE_BUILD_TOOLS=ON -DNEWSIE_PGO_DIR="$profile")

newsie_configure "${common[@]}" -DNEWSIE_PGO=GENERATE
newsie_build newsie
rm -rf "$profile"

corpora="${NEWSIE_CORPORA:-$NEWSIE_ROOT/../shared/corpora}"
if [ -d "$corpora" ]; then
  newsie_log "training run: newsie bench over ${NEWSIE_PGO_TRAIN_MB:-5} MB from $corpora"
  "$NEWSIE_BUILD_DIR/newsie" bench --corpora "$corpora" --size-mb "${NEWSIE_PGO_TRAIN_MB:-5}" -j 1
else
  newsie_log "training run: newsie extract over examples/*.jsonl (no corpora at $corpora)"
  for _ in $(seq 50); do
    "$NEWSIE_BUILD_DIR/newsie" extract "$NEWSIE_ROOT"/examples/*.jsonl -o /dev/null 2>/dev/null
  done
fi
[ -d "$profile" ] || { newsie_log "the training run wrote no profile into $profile"; exit 1; }

newsie_configure "${common[@]}" -DNEWSIE_PGO=USE
newsie_build newsie
newsie_log "built $NEWSIE_BUILD_DIR/newsie with the profile in $profile"
