#!/usr/bin/env bash
# Peak memory and time of mtvw-cli on the crafted inputs of tests/bench/hostile_inputs.py.
#
#   tests/bench/hostile_rss.sh OUTDIR
#
# For each input in OUTDIR and each command (inspect, memory, params, graph) runs
#   /usr/bin/time -v timeout $TIMEOUT mtvw-cli <cmd> <file>
# one at a time, under `ulimit -v $VLIMIT_KB` so a run that balloons fails its allocations
# instead of taking the machine, and prints a table: input, command, exit code, peak RSS (MB),
# wall seconds, stdout bytes, first line of stderr.  The table also goes to OUTDIR/hostile_rss.tsv.
#
# Environment: MTVW_CLI (default build/app/cli/mtvw-cli), TIMEOUT (120 s), VLIMIT_KB (10000000,
# about 9.5 GiB of address space), INPUTS / COMMANDS (space-separated lists to run instead).
# Exit codes in the table: 124 = timed out, 134 = abort (e.g. std::bad_alloc once the address
# space limit is hit), 137 = killed.
set -u

OUT=${1:?usage: $0 OUTDIR}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CLI=${MTVW_CLI:-$ROOT/build/app/cli/mtvw-cli}
TIMEOUT=${TIMEOUT:-120}
VLIMIT_KB=${VLIMIT_KB:-10000000}
INPUTS=${INPUTS:-"zip_shared_stream.zip zip_shared_stream_quoted.zip many_modules.tar many_operators.tar many_tensors.tar many_nodes.tar big_c_sources.tar.gz"}
COMMANDS=${COMMANDS:-"inspect memory params graph"}

if [ ! -x /usr/bin/time ]; then
    echo "/usr/bin/time is missing: it is in the Debian package 'time' (apt-get install -y time)" >&2
    exit 1
fi
if [ ! -x "$CLI" ]; then
    echo "no mtvw-cli at $CLI (set MTVW_CLI)" >&2
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tsv=$OUT/hostile_rss.tsv
printf 'input\tcommand\texit\tmax_rss_mb\twall_s\tstdout_bytes\tstderr_first_line\n' >"$tsv"

fmt='%-30s %-8s %5s %10s %7s %8s %12s  %s\n'
printf "$fmt" input command exit max_rss_MB x_ref wall_s stdout_B "first line of stderr"
printf "$fmt" ------------------------------ -------- ----- ---------- ------- -------- ------------ --------------------
# The reference: the same command on the bundled example archive, in the same run. x_ref is a
# row's peak over the reference's peak for that command.
declare -A ref_kb
for cmd in $COMMANDS; do
    (
        exec /usr/bin/time -v -o "$work/time" "$CLI" "$cmd" "$ROOT/resources/example/tinydense.tar" >/dev/null 2>&1
    )
    ref_kb[$cmd]=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$work/time")
    printf "$fmt" "(reference) tinydense.tar" "$cmd" 0 "$(awk -v k="${ref_kb[$cmd]}" 'BEGIN { printf "%.1f", k / 1024 }')" 1.0 - - -
done

# "h:mm:ss.ss" or "m:ss.ss" -> seconds
to_seconds() {
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$1"
}

for input in $INPUTS; do
    file=$OUT/$input
    if [ ! -f "$file" ]; then
        printf "$fmt" "$input" - - - - - - "(missing: run tests/bench/hostile_inputs.py $OUT)"
        continue
    fi
    for cmd in $COMMANDS; do
        rm -f "$work"/*
        (
            ulimit -v "$VLIMIT_KB"
            exec /usr/bin/time -v -o "$work/time" timeout "$TIMEOUT" "$CLI" "$cmd" "$file" \
                >"$work/out" 2>"$work/err"
        )
        rc=$?
        rss_kb=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$work/time" 2>/dev/null)
        wall=$(sed -n 's/^[[:space:]]*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time" 2>/dev/null)
        rss_mb=$([ -n "$rss_kb" ] && awk -v k="$rss_kb" 'BEGIN { printf "%.1f", k / 1024 }' || echo "?")
        ratio=$([ -n "$rss_kb" ] && awk -v k="$rss_kb" -v r="${ref_kb[$cmd]:-0}" 'BEGIN { if (r > 0) printf "%.1f", k / r; else print "?" }' || echo "?")
        wall_s=$([ -n "$wall" ] && to_seconds "$wall" || echo "?")
        out_bytes=$(stat -c %s "$work/out" 2>/dev/null || echo "?")
        first=$(grep -m1 -v '^[[:space:]]*$' "$work/err" 2>/dev/null | cut -c1-160)
        note=""
        case $rc in
            124) note="[timeout ${TIMEOUT}s] " ;;
            134) note="[abort] " ;;
            137) note="[killed] " ;;
        esac
        if grep -qE 'bad_alloc|Cannot allocate|out of memory|qBadAlloc' "$work/err" 2>/dev/null; then
            note="${note}[over the ulimit -v ${VLIMIT_KB} kB (~10 GB)] "
        fi
        [ -z "$first" ] && first="-"
        printf "$fmt" "$input" "$cmd" "$rc" "$rss_mb" "$ratio" "$wall_s" "$out_bytes" "$note$first"
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$input" "$cmd" "$rc" "$rss_mb" "$wall_s" "$out_bytes" \
            "$note$first" >>"$tsv"
    done
done
