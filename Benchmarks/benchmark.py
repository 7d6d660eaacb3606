#!/usr/bin/env python3
"""TenderPack benchmark: whole-process wall time, CPU time and peak memory of
`tenderpack validate`, `build` and `diff` on synthetic specifications at k = 1, 10
and 100 (and the Norfolk tender pack), on a release build; with --large also at
k = 1000 and 3000 (about 9 and 28 MB of YAML; a few minutes).

    python3 Benchmarks/benchmark.py                 # the README's table
    python3 Benchmarks/benchmark.py --scales 1 --runs 1   # a smoke test
    python3 Benchmarks/benchmark.py --instructions   # adds callgrind instruction counts
    python3 Benchmarks/benchmark.py --large --runs 3 # k = 1 … 3000, with the floors

The floors, measured in the same run the same way (whole process, median of --runs):
Benchmarks/floor.c, compiled here against Debian's libyaml-dev and libxml2-dev, loads
the specification into a libyaml document (validate's floor; both files for diff's),
and for build also parses the pack's two XML and two HTML files with libxml2,
validates the XML against Templates/schema/ and serialises all four (the OCDS JSON
release is not in the floor). The second table gives each command's CPU time as a
multiple of its floor, and diff's peak memory as a multiple of validate's.
--no-floors skips them (when libyaml-dev is not installed).

Timings on a shared machine are noisy; instruction counts (valgrind's callgrind, one
run each) repeat exactly, so use them to judge whether a change made things faster.

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


def instructions(argv, cwd, before=None):
    """Instructions executed by the whole process, counted by callgrind.

    argv[0] is a stripped copy of the binary: valgrind cannot read the debug
    information Swift's release build emits ("Possibly corrupted debuginfo file").
    """
    if before:
        before()
    result = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + argv,
                            cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    for line in result.stderr.splitlines():
        if "Collected :" in line:
            return int(line.split(":")[-1].strip())
    raise RuntimeError(f"callgrind printed no count for {' '.join(argv)}")


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
    parser.add_argument("--large", action="store_true", help="also k = 1000 and 3000")
    parser.add_argument("--no-floors", action="store_true", help="skip the libyaml / libxml2 floors")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-build", action="store_true", help="use the existing release build")
    parser.add_argument("--instructions", action="store_true",
                        help="also count instructions with valgrind --tool=callgrind (slow: one run each)")
    args = parser.parse_args()
    scales = [int(s) for s in args.scales.split(",")]
    if args.large:
        scales += [k for k in (1000, 3000) if k not in scales]

    if not args.no_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "tenderpack"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
    binary = os.path.join(ROOT, ".build", "release", "tenderpack")

    work = tempfile.mkdtemp(prefix="tenderpack-bench-")
    rows = []
    floors = {}
    try:
        out = os.path.join(work, "out")
        def clean_output():
            shutil.rmtree(out, ignore_errors=True)

        stripped = os.path.join(work, "tenderpack")
        if args.instructions:
            subprocess.run(["strip", "-o", stripped, binary], check=True)

        floor = None if args.no_floors else compile_floor(work)

        def measure(label, command, argv, before=None):
            figures = median_of(args.runs, argv, ROOT, before)
            count = instructions([stripped] + argv[1:], ROOT, before) if args.instructions else None
            rows.append((label, command, figures, count))

        def measure_floor(label, command, argv):
            figures = median_of(args.runs, argv, ROOT)
            count = instructions(argv, ROOT) if args.instructions else None
            floors[(label, command)] = (figures, count)

        norfolk = os.path.join(ROOT, "Specs", "norfolk-remodel-tender-2013.yaml")
        measure("Norfolk tender", "build", [binary, "build", norfolk, "--output", out], clean_output)
        for k in scales:
            spec = os.path.join(work, f"k{k}.yaml")
            revised = os.path.join(work, f"k{k}-revised.yaml")
            subprocess.run([binary, "synth", "--scale", str(k), "--output", spec], check=True)
            subprocess.run([binary, "synth", "--scale", str(k), "--revised", "--output", revised], check=True)
            size = os.path.getsize(spec) / 1024
            label = f"k={k} ({size:,.0f} KB)"
            measure(label, "validate", [binary, "validate", spec])
            measure(label, "build", [binary, "build", spec, "--output", out], clean_output)
            measure(label, "diff", [binary, "diff", spec, revised])
            if floor:
                # The pack the last build run wrote: its only folder under out/.
                packs = [os.path.join(out, name) for name in os.listdir(out) if os.path.isdir(os.path.join(out, name))]
                if len(packs) != 1:
                    raise RuntimeError(f"expected one pack folder in {out}, found {len(packs)}")
                measure_floor(label, "validate", [floor, "yaml", spec])
                measure_floor(label, "build", [floor, "build", spec, packs[0], os.path.join(ROOT, "Templates", "schema")])
                measure_floor(label, "diff", [floor, "yaml", spec, revised])
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"Median of {args.runs} runs, release build, whole process (rusage, as /usr/bin/time -v), {os.cpu_count()} cores.\n")
    extra = (" instructions | instruction growth |", "---:|---:|") if args.instructions else ("", "")
    print("| input | command | wall | CPU | peak memory | wall growth | CPU growth | memory growth |" + extra[0])
    print("|---|---|---:|---:|---:|---:|---:|---:|" + extra[1])
    previous = {}
    for label, command, (wall, cpu, peak), count in rows:
        growth = ("", "", "", "")
        scaled = label.startswith("k=")
        if command in previous and scaled:
            pw, pc, pp, pi = previous[command]
            growth = (f"{wall / pw:.1f}×", f"{cpu / pc:.1f}×" if pc > 0 else "–", f"{peak / pp:.1f}×",
                      f"{count / pi:.1f}×" if count and pi else "")
        if scaled:
            previous[command] = (wall, cpu, peak, count)
        line = f"| {label} | {command} | {wall * 1000:.0f} ms | {cpu * 1000:.0f} ms | {peak:.0f} MB | {growth[0]} | {growth[1]} | {growth[2]} |"
        if args.instructions:
            line += f" {count / 1e6:,.0f} M | {growth[3]} |"
        print(line)
    if floors:
        print_floors(rows, floors, args.instructions)


def compile_floor(work):
    """Compiles Benchmarks/floor.c against libyaml and libxml2; returns its path."""
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "yaml-0.1", "libxml-2.0"],
                           capture_output=True, text=True)
    if flags.returncode != 0:
        sys.exit("benchmark: the floors need libyaml-dev and libxml2-dev (apt-get install libyaml-dev "
                 "libxml2-dev pkg-config), or pass --no-floors\n" + flags.stderr)
    floor = os.path.join(work, "floor")
    subprocess.run(["cc", "-O2", "-o", floor, os.path.join(ROOT, "Benchmarks", "floor.c")] + flags.stdout.split(),
                   check=True)
    return floor


def print_floors(rows, floors, with_instructions):
    """Each command against its floor, and diff's memory against validate's."""
    figures = {(label, command): (values, count) for label, command, values, count in rows}
    print("\nAgainst the floors (validate: libyaml loads the file; build: libyaml loads it and libxml2 parses, "
          "schema-validates and serialises the pack's XML and HTML; diff: libyaml loads both files).\n")
    extra = (" floor instructions | instruction ratio |", "---:|---:|") if with_instructions else ("", "")
    print("| input | command | CPU | floor CPU | CPU ratio | peak memory | floor peak memory | memory vs validate |" + extra[0])
    print("|---|---|---:|---:|---:|---:|---:|---:|" + extra[1])
    for (label, command), ((_, floor_cpu, floor_peak), floor_count) in floors.items():
        (_, cpu, peak), count = figures[(label, command)]
        validate_peak = figures[(label, "validate")][0][2]
        memory = f"{peak / validate_peak:.1f}×" if command == "diff" else ""
        ratio = f"{cpu / floor_cpu:.1f}×" if floor_cpu > 0 else "–"
        line = (f"| {label} | {command} | {cpu * 1000:.0f} ms | {floor_cpu * 1000:.0f} ms | {ratio} | {peak:.0f} MB | "
                f"{floor_peak:.0f} MB | {memory} |")
        if with_instructions:
            line += f" {floor_count / 1e6:,.0f} M | {count / floor_count:.1f}× |"
        print(line)


if __name__ == "__main__":
    sys.exit(main())
