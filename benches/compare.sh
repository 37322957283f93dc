#!/usr/bin/env bash
# Candor against Hugo on the same synthetic sites, measured in the same run, release build.
#   benches/compare.sh [ENTRIES...]        (default: 1000 10000)
# Needs hugo and hyperfine (Debian: apt-get install hugo hyperfine). Sites and output go under
# $TMPDIR (default /tmp): TMPDIR=/dev/shm measures on tmpfs instead of the disk. For each size: median
# wall time (hyperfine, alternating, after a warm-up), CPU time and peak RSS (/usr/bin/time),
# pages per second, and the Hugo/Candor ratios.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v hugo >/dev/null && command -v hyperfine >/dev/null || { echo "needs hugo and hyperfine (apt-get install hugo hyperfine)" >&2; exit 2; }
cargo build --release --quiet
cargo build --release --quiet --example synth
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
echo "working in $work ($(df --output=fstype "$work" | tail -1))"
printf '%-8s %-7s %10s %10s %10s %12s\n' entries tool "wall (s)" "cpu (s)" "rss (MiB)" "pages/s"
for n in "${sizes[@]}"; do
  site="$work/candor-$n"; hugo_site="$work/hugo-$n"
  ./target/release/examples/synth --entries "$n" --out "$site" --hugo "$hugo_site" >/dev/null
  runs=5; [ "$n" -ge 50000 ] && runs=3
  hyperfine --style none --warmup 1 --runs "$runs" --export-json "$work/h-$n.json" \
    -n candor "./target/release/candor build --root $site --date 2026-06-01 --output $work/out-c-$n" \
    -n hugo "hugo --quiet --source $hugo_site --destination $work/out-h-$n" >/dev/null
  pages_c=$(find "$work/out-c-$n" -name '*.html' | wc -l)
  pages_h=$(find "$work/out-h-$n" -name '*.html' | wc -l)
  for tool in candor hugo; do
    if [ "$tool" = candor ]; then
      cmd=(./target/release/candor build --root "$site" --date 2026-06-01 --output "$work/out-c-$n"); pages=$pages_c
    else
      cmd=(hugo --quiet --source "$hugo_site" --destination "$work/out-h-$n"); pages=$pages_h
    fi
    /usr/bin/time -f '%U %S %M' -o "$work/t" "${cmd[@]}" >/dev/null
    read -r user sys rss < "$work/t"
    wall=$(python3 -c "import json,sys; d=json.load(open('$work/h-$n.json')); print([r['median'] for r in d['results'] if r['command']=='$tool'][0])")
    cpu=$(python3 -c "print($user+$sys)")
    eval "wall_$tool=$wall; rss_$tool=$rss; cpu_$tool=$cpu"
    printf '%-8s %-7s %10.2f %10.2f %10.0f %12.0f\n' "$n" "$tool" "$wall" "$cpu" "$((rss / 1024))" "$(python3 -c "print($pages/$wall)")"
  done
  python3 -c "print(f'{$n:<8} hugo/candor: wall {$wall_hugo/$wall_candor:.2f}x, peak RSS {$rss_hugo/$rss_candor:.2f}x, CPU/wall for candor {$cpu_candor/$wall_candor:.2f}')"
done
