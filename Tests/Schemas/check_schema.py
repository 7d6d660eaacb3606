#!/usr/bin/env python3
"""Checks JSON or YAML files against a JSON Schema, offline, with format checks.

usage: check_schema.py json|yaml SCHEMA FILE...

  json  each FILE is JSON (a SARIF log, a `--format json` report);
  yaml  each FILE is a TenderPack specification, read as the YAML language server
        reads it (YAML 1.2 core types: `2013-07-31` and `09:00` stay strings,
        `yes` is a string) with the `!illustrative` tag accepted on any value (the
        tagged value is checked as the value it tags).

The validator is the one the schema's `$schema` names (draft 4 for SARIF, 2020-12
for TenderPack's own schemas). Formats are checked — `uri` and `uri-reference` with
rfc3987 — and a missing rfc3987 is a tool error, so a URI check can never be skipped.

Prints one JSON object: {"files": {path: [message, ...]}} (an empty list when the file
is valid). Exit status 0 when every file is valid, 1 otherwise, 2 when a tool, the
schema or a file cannot be read.
"""
import json
import re
import sys


def yaml_loader():
    import yaml

    class Loader(yaml.SafeLoader):
        """SafeLoader with YAML 1.2 core-schema scalars and `!illustrative`."""

    Loader.yaml_implicit_resolvers = {}
    core = [
        ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", list("~nN") + [""]),
        ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
        ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
        ("tag:yaml.org,2002:float",
         r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
         list("-+.0123456789")),
    ]
    for tag, pattern, first in core:
        Loader.add_implicit_resolver(tag, re.compile(pattern), first)

    def illustrative(loader, node):
        if isinstance(node, yaml.ScalarNode):
            # The tag replaces the implicit one: resolve the scalar as if untagged.
            plain = node.style is None
            tag = loader.resolve(yaml.ScalarNode, node.value, (plain, not plain))
            return loader.construct_object(yaml.ScalarNode(tag, node.value, node.start_mark, node.end_mark, node.style))
        if isinstance(node, yaml.SequenceNode):
            return loader.construct_sequence(node, deep=True)
        return loader.construct_mapping(node, deep=True)

    Loader.add_constructor("!illustrative", illustrative)
    return Loader


def main():
    if len(sys.argv) < 4 or sys.argv[1] not in ("json", "yaml"):
        print(__doc__, file=sys.stderr)
        return 2
    kind, schema_path, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    try:
        import jsonschema
        import rfc3987  # noqa: F401  (the `uri` and `uri-reference` format checks)
    except ImportError as error:
        print(f"{error.name} is not installed (pip install jsonschema rfc3987 pyyaml)", file=sys.stderr)
        return 2
    checker = jsonschema.FormatChecker()
    missing = {"uri", "uri-reference"} - set(checker.checkers)
    if missing:
        print(f"jsonschema cannot check the formats {sorted(missing)}", file=sys.stderr)
        return 2
    try:
        with open(schema_path, encoding="utf-8") as handle:
            schema = json.load(handle)
        validator_class = jsonschema.validators.validator_for(schema)
        validator_class.check_schema(schema)
        validator = validator_class(schema, format_checker=checker)
    except (OSError, ValueError, jsonschema.exceptions.SchemaError) as error:
        print(f"cannot read the schema {schema_path}: {error}", file=sys.stderr)
        return 2
    loader = None
    if kind == "yaml":
        try:
            import yaml  # noqa: F401
        except ImportError:
            print("PyYAML is not installed (pip install pyyaml)", file=sys.stderr)
            return 2
        loader = yaml_loader()
    results = {}
    for path in files:
        try:
            with open(path, encoding="utf-8") as handle:
                if loader is None:
                    instance = json.load(handle)
                else:
                    import yaml
                    instance = yaml.load(handle, Loader=loader)  # noqa: S506 (SafeLoader subclass)
        except Exception as error:  # a file that cannot be read at all is a tool error
            print(f"cannot read {path}: {error}", file=sys.stderr)
            return 2
        errors = sorted(validator.iter_errors(instance), key=lambda e: (list(map(str, e.absolute_path)), e.message))
        results[path] = [
            "/".join(map(str, error.absolute_path)) + ": " + error.message[:400] for error in errors
        ]
    print(json.dumps({"files": results}, indent=2, sort_keys=True))
    return 0 if all(not messages for messages in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
