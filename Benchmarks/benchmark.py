#!/usr/bin/env python3
"""TenderPack benchmark: whole-process wall time, CPU time and peak memory of
`tenderpack validate`, `build` and `diff` on synthetic specifications at k = 1, 10
and 100 (and the Norfolk tender pack), on a release build.

    python3 Benchmarks/benchmark.py                 # the README's table
    python3 Benchmarks/benchmark.py --scales 1 --runs 1   # a smoke test

Each figure is the median of --runs runs of the whole process: wall time, CPU time
(user + system) and peak resident memory from the process's rusage, as /usr/bin/time -v
reports them. Growth is
the ratio between successive scales.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_timed(argv, cwd):
    """Runs argv; returns (wall s, CPU s, peak MB, exit status).

    CPU time and peak resident memory come from the child's rusage (wait4) — the
    figures /usr/bin/time -v prints, at microsecond rather than centisecond
    resolution; wall time from a monotonic clock around the process.
    """
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    return wall, cpu, usage.ru_maxrss / 1024, proc.returncode


def median_of(runs, argv, cwd, before=None):
    results = []
    for _ in range(runs):
        if before:
            before()
        wall, cpu, peak, status = run_timed(argv, cwd)
        if status not in (0,):
            raise RuntimeError(f"{' '.join(argv)} exited {status}")
        results.append((wall, cpu, peak))
    return tuple(statistics.median(r[i] for r in results) for i in range(3))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", default="1,10,100")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-build", action="store_true", help="use the existing release build")
    args = parser.parse_args()
    scales = [int(s) for s in args.scales.split(",")]

    if not args.no_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "tenderpack"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
    binary = os.path.join(ROOT, ".build", "release", "tenderpack")
    has_diff = subprocess.run([binary, "diff", "--help"], capture_output=True).returncode == 0

    work = tempfile.mkdtemp(prefix="tenderpack-bench-")
    rows = []
    try:
        out = os.path.join(work, "out")
        def clean_output():
            shutil.rmtree(out, ignore_errors=True)

        norfolk = os.path.join(ROOT, "Specs", "norfolk-remodel-tender-2013.yaml")
        rows.append(("Norfolk tender", "build", median_of(args.runs, [binary, "build", norfolk, "--output", out], ROOT, clean_output)))
        for k in scales:
            spec = os.path.join(work, f"k{k}.yaml")
            revised = os.path.join(work, f"k{k}-revised.yaml")
            subprocess.run([binary, "synth", "--scale", str(k), "--output", spec], check=True)
            subprocess.run([binary, "synth", "--scale", str(k), "--revised", "--output", revised], check=True)
            size = os.path.getsize(spec) / 1024
            label = f"k={k} ({size:,.0f} KB)"
            rows.append((label, "validate", median_of(args.runs, [binary, "validate", spec], ROOT)))
            rows.append((label, "build", median_of(args.runs, [binary, "build", spec, "--output", out], ROOT, clean_output)))
            if has_diff:
                rows.append((label, "diff", median_of(args.runs, [binary, "diff", spec, revised], ROOT)))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"Median of {args.runs} runs, release build, whole process (rusage, as /usr/bin/time -v), {os.cpu_count()} cores.\n")
    print("| input | command | wall | CPU | peak memory | wall growth | CPU growth | memory growth |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    previous = {}
    for label, command, (wall, cpu, peak) in rows:
        growth = ("", "", "")
        if command in previous and label.startswith("k="):
            pw, pc, pp = previous[command]
            growth = (f"{wall / pw:.1f}×", f"{cpu / pc:.1f}×" if pc > 0 else "–", f"{peak / pp:.1f}×")
        if label.startswith("k="):
            previous[command] = (wall, cpu, peak)
        print(f"| {label} | {command} | {wall * 1000:.0f} ms | {cpu * 1000:.0f} ms | {peak:.0f} MB | {growth[0]} | {growth[1]} | {growth[2]} |")
    if not has_diff:
        print("\n(`tenderpack diff` is not in this build; diff rows omitted.)")


if __name__ == "__main__":
    sys.exit(main())
