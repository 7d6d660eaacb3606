#!/usr/bin/env python3
"""Mutation testing for TenderPack: plants one realistic bug at a time in a scratch
copy of the repository, runs the test suite, and says whether the suite caught it.

Each mutation in mutations.json names a file, an exact snippet of it (which must occur
exactly once), its replacement (and optionally `more`: further [snippet, replacement]
pairs in the same file, for a bug that takes two edits) and a class (boundary, branch, rendering, reporter,
limit, classification, tie-break, writing, ...). The scratch copy is a plain copy of
the repository's tracked and untracked (not ignored) files in its own folder with its
own `.build`; it shares nothing with the working tree, which is never modified.

    python3 Tests/Mutation/run.py                 # every mutation, the whole suite each time
    python3 Tests/Mutation/run.py --only rule-hours-order-equal
    python3 Tests/Mutation/run.py --survivors     # only those not caught in the last results
    python3 Tests/Mutation/run.py --filter        # each mutation's own --filter (development only)
    python3 Tests/Mutation/run.py --list

A mutation is *caught* when the suite fails (a test reports an issue, or the test
process exits non-zero). With the whole suite (the default) the run stops at the
first failing test: the rest cannot un-fail it. A mutation whose code does not compile
is reported as `invalid` (a mutation must be a plausible bug the compiler accepts).
Results are appended to `<scratch>/results.json`; the summary prints caught/total.
Everything runs under `nice -n 15`, one mutation at a time.
"""

import argparse
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def load_mutations(path):
    with open(path, encoding="utf-8") as f:
        mutations = json.load(f)
    ids = [m["id"] for m in mutations]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        sys.exit(f"mutations.json: ids listed twice: {', '.join(duplicates)}")
    for m in mutations:
        for key in ("id", "class", "file", "original", "replacement", "why"):
            if key not in m:
                sys.exit(f"mutations.json: {m.get('id', '?')} has no `{key}`")
        if m["original"] == m["replacement"]:
            sys.exit(f"mutations.json: {m['id']} replaces a snippet with itself")
    return mutations


def edits(m):
    """Every (snippet, replacement) pair of a mutation."""
    return [(m["original"], m["replacement"])] + [tuple(pair) for pair in m.get("more", [])]


def fingerprint(m):
    """Identifies a mutation's content, so a result recorded for an edited mutation is not reused."""
    text = "\0".join([m["file"]] + [part for pair in edits(m) for part in pair])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def repository_files(root):
    listing = subprocess.run(["git", "-C", root, "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                             check=True, capture_output=True).stdout
    return sorted({p for p in listing.decode("utf-8").split("\0") if p})


def sync(scratch):
    """Makes `scratch` an exact copy of the repository's files (its `.build` kept for
    incremental builds). Unchanged files keep their times, so a rebuild is small."""
    os.makedirs(scratch, exist_ok=True)
    wanted = set()
    for path in repository_files(REPO):
        source = os.path.join(REPO, path)
        if not os.path.isfile(source) or os.path.islink(source):
            continue
        wanted.add(path)
        target = os.path.join(scratch, path)
        with open(source, "rb") as f:
            data = f.read()
        if os.path.isfile(target):
            with open(target, "rb") as f:
                if f.read() == data:
                    continue
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as f:
            f.write(data)
        shutil.copymode(source, target)
    for folder, dirs, files in os.walk(scratch, topdown=True):
        relative = os.path.relpath(folder, scratch)
        if relative == ".":
            dirs[:] = [d for d in dirs if d not in (".build", ".mutation")]
        for name in files:
            path = os.path.normpath(os.path.join(relative, name))
            if path not in wanted:
                os.remove(os.path.join(folder, name))


def run(command, cwd, log, timeout, stop_at_failure=False):
    """Runs `command` under nice in its own process group; returns (status, seconds,
    failed_early). With `stop_at_failure`, the first failing test ends the run."""
    started = time.time()
    with open(log, "w", encoding="utf-8") as out:
        process = subprocess.Popen(["nice", "-n", "15"] + command, cwd=cwd, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, start_new_session=True)
        failed_early = False
        try:
            for raw in process.stdout:
                line = ANSI.sub("", raw.decode("utf-8", "replace"))
                out.write(line)
                if stop_at_failure and line.lstrip().startswith("✘"):
                    failed_early = True
                    break
                if time.time() - started > timeout:
                    out.write(f"\n[mutation] timed out after {timeout} s\n")
                    break
        finally:
            if process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            process.wait()
    return process.returncode, time.time() - started, failed_early


def build(scratch, log):
    status, seconds, _ = run(["swift", "build", "--build-tests"], scratch, log, timeout=3600)
    return status == 0, seconds


def test(scratch, log, test_filter, timeout):
    command = ["swift", "test", "--skip-build"]
    if test_filter:
        command += ["--filter", test_filter]
    status, seconds, failed_early = run(command, scratch, log, timeout=timeout, stop_at_failure=True)
    with open(log, encoding="utf-8") as f:
        text = f.read()
    failed = failed_early or status != 0 or "✘" in text
    return failed, seconds, text


def first_failure(text):
    for line in text.splitlines():
        if line.lstrip().startswith("✘"):
            return line.strip()[:200]
    return ""


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mutations", default=os.path.join(HERE, "mutations.json"))
    parser.add_argument("--scratch", default=os.path.join("/tmp", f"tenderpack-mutation-{os.getuid()}"),
                        help="the scratch copy (kept between runs for incremental builds)")
    parser.add_argument("--only", nargs="*", default=[], help="mutation ids to run")
    parser.add_argument("--survivors", action="store_true",
                        help="run only mutations with no `caught` result for their current content")
    parser.add_argument("--filter", action="store_true",
                        help="run each mutation's own `filter` instead of the whole suite (development only)")
    parser.add_argument("--skip-baseline", action="store_true", help="do not first check the unmutated suite passes")
    parser.add_argument("--timeout", type=int, default=1200, help="seconds allowed for one suite run")
    parser.add_argument("--list", action="store_true", help="list the mutations and exit")
    args = parser.parse_args()

    mutations = load_mutations(args.mutations)
    if args.list:
        for m in mutations:
            print(f"{m['id']:45} {m['class']:15} {m['file']}")
        print(f"{len(mutations)} mutations")
        return 0

    scratch = os.path.join(args.scratch, "repo")
    state = os.path.join(args.scratch, "results.json")
    logs = os.path.join(args.scratch, "logs")
    os.makedirs(logs, exist_ok=True)
    results = {}
    if os.path.exists(state):
        with open(state, encoding="utf-8") as f:
            results = json.load(f)

    print(f"[mutation] copying {REPO} to {scratch}", flush=True)
    sync(scratch)

    # Every snippet must occur exactly once, or the mutation is ambiguous or stale.
    problems = []
    for m in mutations:
        path = os.path.join(scratch, m["file"])
        text = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if text is None:
            problems.append(f"{m['id']}: no file {m['file']}")
            continue
        for original, _ in edits(m):
            count = text.count(original)
            if count != 1:
                problems.append(f"{m['id']}: {m['file']}: the snippet {original[:60]!r} occurs {count} times")
    if problems:
        print("\n".join(problems))
        sys.exit("[mutation] fix mutations.json first")

    selected = [m for m in mutations if not args.only or m["id"] in args.only]
    if args.survivors:
        selected = [m for m in selected
                    if results.get(m["id"], {}).get("fingerprint") != fingerprint(m)
                    or results[m["id"]]["outcome"] != "caught"]

    if not args.skip_baseline:
        print("[mutation] baseline: building and running the unmutated suite", flush=True)
        ok, seconds = build(scratch, os.path.join(logs, "baseline-build.log"))
        if not ok:
            sys.exit(f"[mutation] the unmutated copy does not build; see {logs}/baseline-build.log")
        failed, seconds, text = test(scratch, os.path.join(logs, "baseline-test.log"), None, args.timeout)
        if failed:
            sys.exit(f"[mutation] the unmutated suite fails ({first_failure(text)}); see {logs}/baseline-test.log")
        print(f"[mutation] baseline passes ({seconds:.0f} s)", flush=True)

    for number, m in enumerate(selected, 1):
        path = os.path.join(scratch, m["file"])
        with open(path, encoding="utf-8") as f:
            original_text = f.read()
        mutated = original_text
        for original, replacement in edits(m):
            mutated = mutated.replace(original, replacement, 1)
        print(f"[mutation] {number}/{len(selected)} {m['id']} ({m['class']}): {m['file']}", flush=True)
        outcome, detail, seconds = "survived", "", 0.0
        try:
            with open(path, "w", encoding="utf-8") as f:
                f.write(mutated)
            ok, build_seconds = build(scratch, os.path.join(logs, f"{m['id']}-build.log"))
            if not ok:
                outcome, detail = "invalid", "does not compile"
            else:
                test_filter = m.get("filter") if args.filter else None
                failed, seconds, text = test(scratch, os.path.join(logs, f"{m['id']}-test.log"), test_filter, args.timeout)
                if failed:
                    outcome, detail = "caught", first_failure(text) or "the test process failed"
        finally:
            with open(path, "w", encoding="utf-8") as f:
                f.write(original_text)
        print(f"    {outcome.upper()} {detail}", flush=True)
        results[m["id"]] = {"fingerprint": fingerprint(m), "outcome": outcome, "detail": detail,
                            "class": m["class"], "whole_suite": not args.filter,
                            "seconds": round(seconds, 1), "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        with open(state + ".tmp", "w", encoding="utf-8") as f:
            json.dump(results, f, indent=2, sort_keys=True)
        os.replace(state + ".tmp", state)

    # The score over every listed mutation, from results recorded for its current content.
    caught, survivors, unknown = [], [], []
    for m in mutations:
        r = results.get(m["id"])
        if not r or r["fingerprint"] != fingerprint(m):
            unknown.append(m["id"])
        elif r["outcome"] == "caught" and r.get("whole_suite", True):
            caught.append(m["id"])
        else:
            survivors.append(f"{m['id']} ({r['outcome']}{'' if r.get('whole_suite', True) else ', filtered run only'})")
    print(f"\n[mutation] score: {len(caught)}/{len(mutations)} caught by the whole suite")
    for s in survivors:
        print(f"    not caught: {s}")
    for u in unknown:
        print(f"    not run yet: {u}")
    return 0 if len(caught) == len(mutations) else 1


if __name__ == "__main__":
    sys.exit(main())
