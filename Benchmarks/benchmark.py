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

The binary is built with `swift build -c release --static-swift-stdlib` (the single
binary the README installs; --dynamic measures the plain release build instead), and
its start-up is measured as `tenderpack --help`.

What `build` is measured on: `--formats xml,html`, exactly the four files its floor
parses, validates and serialises (with TENDERPACK_PDF_ENGINE=none, so no PDF engine
runs whatever the environment says). A default build also writes the OCDS release, the
ODT and DOCX files (ODT compiles the OASIS ODF 1.3 RELAX NG schema) and PDFs through
WeasyPrint, about a second of CPU per PDF; the Norfolk tender is also built with every
format but PDF ("build (all but PDF)"), and once more with `--formats html,pdf` to
give what a PDF costs, per PDF and per printed page (pdfinfo counts the pages), as the
CPU time beyond `--formats html` (WeasyPrint's CPU is counted: it is a child the build
waits for). --no-pdf skips that (WeasyPrint or poppler-utils not installed).

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


# The formats the floor covers (Benchmarks/floor.c), and every format but PDF.
FLOOR_FORMATS = "xml,html"
ALL_BUT_PDF = "xml,html,ocds,odt,docx"
# No PDF engine runs unless a row asks for PDFs.
ENVIRONMENT = dict(os.environ, TENDERPACK_PDF_ENGINE="none")


def run_timed(argv, cwd, env=None):
    """Runs argv; returns (wall s, CPU s, peak MB, exit status).

    CPU time and peak resident memory come from the child's rusage (wait4) — the
    figures /usr/bin/time -v prints, at microsecond rather than centisecond
    resolution; wall time from a monotonic clock around the process.
    """
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env or ENVIRONMENT)
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
                            cwd=cwd, env=ENVIRONMENT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    for line in result.stderr.splitlines():
        if "Collected :" in line:
            return int(line.split(":")[-1].strip())
    raise RuntimeError(f"callgrind printed no count for {' '.join(argv)}")


def median_of(runs, argv, cwd, before=None, env=None):
    results = []
    for _ in range(runs):
        if before:
            before()
        wall, cpu, peak, status = run_timed(argv, cwd, env)
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
    parser.add_argument("--dynamic", action="store_true",
                        help="build without --static-swift-stdlib (the Swift runtime's 20 libraries linked dynamically)")
    parser.add_argument("--no-pdf", action="store_true", help="skip the PDF cost (needs weasyprint and pdfinfo)")
    parser.add_argument("--instructions", action="store_true",
                        help="also count instructions with valgrind --tool=callgrind (slow: one run each)")
    args = parser.parse_args()
    scales = [int(s) for s in args.scales.split(",")]
    if args.large:
        scales += [k for k in (1000, 3000) if k not in scales]

    if not args.no_build:
        # The single binary the README installs (Swift runtime and Foundation linked in),
        # unless --dynamic: what `swift run -c release` runs. Switching between the two
        # recompiles every module (the flag changes how each links Foundation).
        static = [] if args.dynamic else ["--static-swift-stdlib"]
        subprocess.run(["swift", "build", "-c", "release", "--product", "tenderpack"] + static, cwd=ROOT, check=True,
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
        measure("start-up", "--help", [binary, "--help"])
        measure("Norfolk tender", "build", [binary, "build", norfolk, "--output", out, "--formats", FLOOR_FORMATS],
                clean_output)
        measure("Norfolk tender", "build (all but PDF)",
                [binary, "build", norfolk, "--output", out, "--formats", ALL_BUT_PDF], clean_output)
        if not args.no_pdf:
            pdf_cost = measure_pdf(args.runs, binary, norfolk, out, clean_output)
        for k in scales:
            spec = os.path.join(work, f"k{k}.yaml")
            revised = os.path.join(work, f"k{k}-revised.yaml")
            subprocess.run([binary, "synth", "--scale", str(k), "--output", spec], check=True)
            subprocess.run([binary, "synth", "--scale", str(k), "--revised", "--output", revised], check=True)
            size = os.path.getsize(spec) / 1024
            label = f"k={k} ({size:,.0f} KB)"
            measure(label, "validate", [binary, "validate", spec])
            measure(label, "build", [binary, "build", spec, "--output", out, "--formats", FLOOR_FORMATS], clean_output)
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

    libraries = subprocess.run(["ldd", binary], capture_output=True, text=True).stdout
    linking = "Swift runtime linked dynamically" if "libswiftCore" in libraries else "--static-swift-stdlib"
    size = os.path.getsize(binary) / 1e6
    print(f"Median of {args.runs} runs, release build ({linking}, {size:.0f} MB unstripped), whole process "
          f"(rusage, as /usr/bin/time -v), {os.cpu_count()} cores.\n")
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
    if not args.no_pdf:
        print(f"\nPDF (Norfolk tender, WeasyPrint): {pdf_cost}")


def measure_pdf(runs, binary, norfolk, out, clean_output):
    """What the PDFs add: CPU of `build --formats html,pdf` beyond `--formats html`
    (WeasyPrint included: the build waits for it), per PDF and per printed page."""
    if not shutil.which("weasyprint") or not shutil.which("pdfinfo"):
        sys.exit("benchmark: the PDF cost needs weasyprint and pdfinfo (poppler-utils); or pass --no-pdf")
    html = median_of(runs, [binary, "build", norfolk, "--output", out, "--formats", "html"], ROOT, clean_output)
    with_pdf = median_of(runs, [binary, "build", norfolk, "--output", out, "--formats", "html,pdf",
                                "--pdf-engine", "weasyprint"], ROOT, clean_output)
    pack = [os.path.join(out, name) for name in os.listdir(out) if os.path.isdir(os.path.join(out, name))][0]
    pdfs = sorted(name for name in os.listdir(pack) if name.endswith(".pdf"))
    pages = 0
    for name in pdfs:
        info = subprocess.run(["pdfinfo", os.path.join(pack, name)], capture_output=True, text=True, check=True).stdout
        pages += int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    cpu = with_pdf[1] - html[1]
    wall = with_pdf[0] - html[0]
    return (f"{len(pdfs)} PDFs, {pages} pages: {cpu * 1000:.0f} ms CPU and {wall * 1000:.0f} ms wall beyond the HTML, "
            f"{cpu * 1000 / len(pdfs):.0f} ms CPU per PDF, {cpu * 1000 / pages:.0f} ms per page (median of {runs})")


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
