#!/usr/bin/env bash
# The developer entry point: ./dev.sh <setup|build|run|test|asan|lint|fuzz|bench|shots> [args]
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

BUILD_DIR=${MTVW_BUILD_DIR:-build}
JOBS=${MTVW_JOBS:-$(nproc)}

say() { printf '%s\n' "$*" >&2; }

packages() { grep -v '^\s*#' packages.txt | grep -v '^\s*$'; }

cmd_setup() {
  local missing=()
  for p in $(packages); do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  ((${#missing[@]} == 0)) && return 0
  say "dev.sh setup: installing ${missing[*]}"
  local sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

configure() { # configure <dir> [cmake args...]
  local dir=$1; shift
  if [[ ! -f $dir/build.ninja ]]; then
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  fi
}

cmd_build() {
  configure "$BUILD_DIR"
  cmake --build "$BUILD_DIR" -j "$JOBS"
}

cmd_run() {
  cmd_setup
  cmd_build
  exec "$BUILD_DIR/app/gui/mtvw" "${@:-resources/example/tinydense.tar}"
}

cmd_test() {
  cmd_setup
  cmd_build
  (cd "$BUILD_DIR" && ctest --output-on-failure -j "$JOBS" "$@")
}

# Every test again (backend, CLI, models and the offscreen widget tests; the slow host-sim test
# stays out) under AddressSanitizer + UndefinedBehaviorSanitizer, leaks included.
cmd_asan() {
  cmd_setup
  local dir=${BUILD_DIR}-asan
  # Configured every time: a folder from the backend-only days is switched to the whole build.
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMTVW_BACKEND_ONLY=OFF -DMTVW_SANITIZE=ON >/dev/null
  cmake --build "$dir" -j "$JOBS"
  (cd "$dir" && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
     ctest --output-on-failure -j "$JOBS" -E "^test_hostsim$" "$@")
}

cmd_lint() {
  local files
  files=$(git ls-files '*.cpp' '*.h')
  say "clang-format: $(echo "$files" | wc -l) files"
  # shellcheck disable=SC2086
  clang-format --dry-run --Werror $files
  configure "$BUILD_DIR"
  local changed
  changed=$(git diff --name-only --diff-filter=AM HEAD -- '*.cpp'; git diff --name-only --diff-filter=AM HEAD~1 -- '*.cpp' 2>/dev/null || true)
  changed=$(echo "$changed" | sort -u | grep -v '^$' || true)
  if [[ -n $changed ]]; then
    say "clang-tidy: $changed"
    # shellcheck disable=SC2086
    clang-tidy -p "$BUILD_DIR" --quiet $changed
  fi
}

cmd_fuzz() {
  local seconds=${1:-60}
  cmd_setup
  local dir=${BUILD_DIR}-fuzz
  if [[ ! -f $dir/build.ninja ]]; then
    CXX=clang++ cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMTVW_BACKEND_ONLY=ON -DMTVW_FUZZ=ON >/dev/null
  fi
  cmake --build "$dir" -j "$JOBS"
  local failed=0
  for target in "$dir"/tests/fuzz/fuzz_*; do
    [[ -f $target && -x $target ]] || continue
    local name; name=$(basename "$target")
    local corpus="$dir/fuzz-corpus/$name"
    mkdir -p "$corpus" "$dir/fuzz-artifacts"
    cp -n tests/fuzz/seeds/"${name#fuzz_}"/* "$corpus"/ 2>/dev/null || true
    say "== $name for ${seconds}s"
    if ! "$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
         -artifact_prefix="$dir/fuzz-artifacts/$name-" "$corpus" 2>"$dir/$name.log"; then
      say "$name FAILED: see $dir/$name.log and $dir/fuzz-artifacts/"
      tail -30 "$dir/$name.log" >&2
      failed=1
    else
      grep -E '^(Done|#[0-9]+ *DONE)' "$dir/$name.log" | tail -1 >&2 || true
    fi
  done
  return $failed
}

cmd_bench() {
  cmd_setup
  cmd_build
  local data=${MTVW_BENCH_DIR:-$BUILD_DIR/bench-data}
  mkdir -p "$data"
  if [[ ! -f $data/large.tar ]]; then
    say "generating the 500 MB benchmark archive in $data (once)"
    python3 tests/data/mlfgen.py large "$data/large.tar"
  fi
  "$BUILD_DIR/tests/bench/bench_open" "$data/large.tar" ../shared/corpus
  "$BUILD_DIR/tests/bench/bench_graphlayout"
  "$BUILD_DIR/tests/bench/bench_projectapi"
  "$BUILD_DIR/tests/bench/bench_wire" "$BUILD_DIR/app/cli/mtvw-cli"
  "$BUILD_DIR/tests/bench/bench_rpc" "$BUILD_DIR/app/cli/mtvw-cli"
  "$BUILD_DIR/tests/bench/bench_timing"
  QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tests/bench/bench_live"
  if [[ ! -f $data/bigc.tar ]]; then
    say "generating the archive with a 100 MB C file in $data (once)"
    python3 tests/data/mlfgen.py bigc "$data/bigc.tar" --mb 100
  fi
  # Peak memory on crafted inputs: as large as the limits let through ("limits"), and ten times
  # that ("over": refused at once), each against the example archive's peak.
  if [[ ! -f $data/hostile-limits/many_nodes.tar ]]; then
    say "generating the crafted inputs in $data/hostile-* (once)"
    python3 tests/bench/hostile_inputs.py "$data/hostile-limits" --modules 9999 --operators 150000 --tensors 99999 \
      --nodes 99999 --zip-mib 250 --bigc-mib 20 >/dev/null
    python3 tests/bench/hostile_inputs.py "$data/hostile-over" --no-fit --only many_modules,many_operators,many_tensors,many_nodes \
      --modules 100000 --operators 1000000 --tensors 1000000 --nodes 1000000 >/dev/null
  fi
  MTVW_CLI=$BUILD_DIR/app/cli/mtvw-cli tests/bench/hostile_rss.sh "$data/hostile-limits"
  MTVW_CLI=$BUILD_DIR/app/cli/mtvw-cli INPUTS="many_modules.tar many_operators.tar many_tensors.tar many_nodes.tar" \
    tests/bench/hostile_rss.sh "$data/hostile-over"
  local config; config=$(mktemp -d)
  XDG_CONFIG_HOME=$config xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$BUILD_DIR/tests/bench/bench_gui" "$BUILD_DIR/app/gui/mtvw" "$data/bigc.tar" ../shared/corpus
  rm -rf "$config"
}

# Each pane of the window rendered under Xvfb to docs/screenshots/<pane>.png (the README shows them).
cmd_shots() {
  cmd_setup
  cmd_build
  local out=${1:-docs/screenshots}
  local config lang dir tour=()
  # The Inspector shows the spec's host <-> CRT transcript as a capture, when ../shared is there.
  if [[ -f ../shared/spec/microtvm-reference.md ]]; then
    python3 tests/data/transcriptcapture.py ../shared/spec/microtvm-reference.md "$BUILD_DIR/transcript.pcapng" > /dev/null
    tour=(--inspect "$BUILD_DIR/transcript.pcapng")
  fi
  # The Profile pane profiles a corpus model that takes long enough for its shares to add up.
  local yesno=../shared/corpus/guberti-arduino/v4_graph_yes_no_nrf5340.tar
  [[ -f $yesno ]] && tour+=(--profile "$yesno")
  # A laptop screen (1366×768), in English (the README's set) and in German (de/).
  for lang in en de; do
    dir=$out; [[ $lang == en ]] || dir=$out/$lang
    mkdir -p "$dir"
    config=$(mktemp -d)
    say "rendering the panes into $dir ($lang)"
    LANG=$([[ $lang == en ]] && echo en_US.UTF-8 || echo de_DE.UTF-8) LANGUAGE= LC_ALL= XDG_CONFIG_HOME=$config \
      xvfb-run -a -s "-screen 0 1366x768x24" \
      "$BUILD_DIR/app/gui/mtvw" --screenshots "$dir" --compare "$BUILD_DIR/fixtures/v7_aot.tar" "${tour[@]}" \
      resources/example/tinydense.tar "$BUILD_DIR/fixtures/v7_graph.tar"
    rm -rf "$config"
    ls "$dir"
  done
}

cmd=${1:-}
[[ -n $cmd ]] || { say "usage: ./dev.sh <setup|build|run|test|asan|lint|fuzz [seconds]|bench|shots [dir]>"; exit 2; }
shift
case $cmd in
  setup|build|run|test|asan|lint|fuzz|bench|shots) "cmd_$cmd" "$@" ;;
  *) say "unknown subcommand: $cmd"; exit 2 ;;
esac
