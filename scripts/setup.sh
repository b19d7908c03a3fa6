# Shared set-up for scripts/demo.sh and scripts/test.sh; source it:
#
#   source "$(dirname "$0")/setup.sh"
#   newsie_install_packages        # apt-get, only what is missing
#   newsie_configure [CMAKE_ARGS]  # Release build tree in build/
#   newsie_build [TARGET]          # build/newsie and friends
#
# Package names come from scripts/packages.txt and scripts/packages.d/*.txt.
# Environment: NEWSIE_JOBS (parallel build jobs, default: all cores).

NEWSIE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NEWSIE_BUILD_DIR="$NEWSIE_ROOT/build"

newsie_log() { printf '==> %s\n' "$*" >&2; }

# The package names listed in packages.txt and packages.d/*.txt.
newsie_package_list() {
  local f
  for f in "$NEWSIE_ROOT/scripts/packages.txt" "$NEWSIE_ROOT"/scripts/packages.d/*.txt; do
    [ -f "$f" ] || continue
    sed -e 's/#.*//' "$f" | tr -s ' \t' '\n\n' | sed '/^$/d'
  done | sort -u
}

# Installs the listed packages that dpkg does not report as installed. Runs
# apt-get update only when something is missing; non-interactive; uses sudo
# when not root.
newsie_install_packages() {
  local missing=() p
  for p in $(newsie_package_list); do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    newsie_log "packages: all installed"
    return 0
  fi
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo="sudo"
    else
      newsie_log "missing packages (${missing[*]}) and not root; install them and retry"
      return 1
    fi
  fi
  newsie_log "installing: ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      --no-install-recommends "${missing[@]}"
}

newsie_jobs() { echo "${NEWSIE_JOBS:-$(nproc 2>/dev/null || echo 2)}"; }

# Configures a Release build in build/; extra arguments go to cmake.
newsie_configure() {
  newsie_log "configuring ${NEWSIE_BUILD_DIR#"$NEWSIE_ROOT"/}/ (Release)"
  cmake -S "$NEWSIE_ROOT" -B "$NEWSIE_BUILD_DIR" -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
}

# Builds TARGET (default: everything) with all cores.
newsie_build() {
  newsie_log "building ${1:-all} with $(newsie_jobs) jobs"
  if [ $# -gt 0 ]; then
    cmake --build "$NEWSIE_BUILD_DIR" -j "$(newsie_jobs)" --target "$@"
  else
    cmake --build "$NEWSIE_BUILD_DIR" -j "$(newsie_jobs)"
  fi
}
