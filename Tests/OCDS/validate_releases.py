#!/usr/bin/env python3
"""Validates OCDS release packages offline with the standard's own tools.

For each release package given:
  1. libcoveocds (PyPI), given the OCDS 1.1.5 schema zip with --standard-zip (so it
     never downloads it): its JSON result's validation_errors and
     additional_closed_codelist_values must both be empty (libcoveocds exits 0 even
     when the data has errors);
  2. jsonschema (PyPI), Draft 4 with format checks: every release validates against the
     1.1.5 release schema with the lots extension's JSON Merge Patch applied, and
     tender.lots against the patched Lot definition.

Prints one JSON object: {"files": {path: {"validationErrors": n, "closedCodelistViolations": n,
"lotsExtensionErrors": n, "lots": n, "messages": [...]}}}. Exit status 0 when every count
is 0, 1 otherwise, 2 when a tool or the schema is missing.

usage: validate_releases.py STANDARD_ZIP LOTS_PATCH RELEASE_PACKAGE...
"""
import json
import os
import subprocess
import sys
import tempfile
import zipfile


def merge_patch(target, patch):
    """RFC 7386 JSON Merge Patch."""
    if not isinstance(patch, dict):
        return patch
    result = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merge_patch(result.get(key), value)
    return result


def main():
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    standard_zip, lots_patch_path, files = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3:]
    try:
        import jsonschema
    except ImportError:
        print("jsonschema is not installed (pip install jsonschema)", file=sys.stderr)
        return 2
    try:
        with zipfile.ZipFile(standard_zip) as archive:
            name = next(n for n in archive.namelist() if n.endswith("/schema/release-schema.json"))
            core = json.loads(archive.read(name))
        with open(lots_patch_path, encoding="utf-8") as handle:
            patch = json.load(handle)
    except (OSError, StopIteration, zipfile.BadZipFile, ValueError) as error:
        print(f"cannot read the schemas: {error}", file=sys.stderr)
        return 2
    schema = merge_patch(core, patch)
    checker = jsonschema.Draft4Validator.FORMAT_CHECKER
    release_validator = jsonschema.Draft4Validator(schema, format_checker=checker)
    lot_schema = {"definitions": schema["definitions"], "type": "array",
                  "items": {"$ref": "#/definitions/Lot"}, "minItems": 1}
    lots_validator = jsonschema.Draft4Validator(lot_schema, format_checker=checker)

    results = {}
    failed = False
    for path in files:
        entry = {"validationErrors": 0, "closedCodelistViolations": 0, "lotsExtensionErrors": 0, "lots": 0,
                 "messages": []}
        with tempfile.TemporaryDirectory() as scratch:
            try:
                run = subprocess.run(
                    ["libcoveocds", "--standard-zip", standard_zip, "--additional-checks", "none",
                     "-o", os.path.join(scratch, "out"), "-d", path],
                    capture_output=True, text=True, timeout=300)
            except FileNotFoundError:
                print("libcoveocds is not installed (pip install libcoveocds)", file=sys.stderr)
                return 2
        try:
            cove = json.loads(run.stdout)
        except ValueError:
            print(f"{path}: libcoveocds gave no JSON result (exit {run.returncode}): {run.stderr[-2000:]}",
                  file=sys.stderr)
            return 2
        errors = cove.get("validation_errors") or []
        closed = cove.get("additional_closed_codelist_values") or {}
        entry["validationErrors"] = len(errors)
        entry["closedCodelistViolations"] = len(closed)
        entry["messages"] += [f"libcoveocds: {json.dumps(error)[:400]}" for error in errors]
        entry["messages"] += [f"closed codelist: {key}: {json.dumps(value)[:300]}" for key, value in closed.items()]

        with open(path, encoding="utf-8") as handle:
            package = json.load(handle)
        for release in package.get("releases", []):
            for error in release_validator.iter_errors(release):
                entry["lotsExtensionErrors"] += 1
                entry["messages"].append(f"release {'/'.join(map(str, error.path))}: {error.message}")
            lots = (release.get("tender") or {}).get("lots")
            if lots is not None:
                entry["lots"] += len(lots)
                for error in lots_validator.iter_errors(lots):
                    entry["lotsExtensionErrors"] += 1
                    entry["messages"].append(f"tender.lots {'/'.join(map(str, error.path))}: {error.message}")
        if entry["validationErrors"] or entry["closedCodelistViolations"] or entry["lotsExtensionErrors"]:
            failed = True
        results[path] = entry
    print(json.dumps({"files": results}, indent=2, sort_keys=True))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
