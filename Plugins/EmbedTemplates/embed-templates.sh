#!/bin/sh
# embed-templates.sh TEMPLATES_FOLDER WORK_FOLDER OUTPUT.swift
#
# Run by the EmbedTemplates plugin when anything under Templates/ changes: writes every
# regular file under TEMPLATES_FOLDER (hidden files and folders skipped), sorted by
# path, into OUTPUT.swift as base64 text, so the `tenderpack` binary carries its
# default templates. The folder is walked here, not listed by hand, so what is
# embedded is the whole folder as it is. POSIX sh, find, sort, base64, tr and mv, and
# sha256sum (Linux) or shasum (macOS): on Linux and macOS alike.
set -eu
templates=$1
work=$2
output=$3
mkdir -p "$work"
partial="$work/EmbeddedTemplates.swift.partial"
{
    printf '// Generated at build time from Templates/ by Plugins/EmbedTemplates/embed-templates.sh.\n'
    printf '// Do not edit: edit Templates/ and build.\n\n'
    printf 'let embeddedTemplateFiles: [(path: String, base64: String)] = [\n'
    (cd "$templates" && find . -type f ! -path '*/.*' | LC_ALL=C sort) | while IFS= read -r file; do
        path=${file#./}
        case $path in
            *\"* | *\\*) echo "embed-templates.sh: Templates/$path: a template path may not hold \" or \\" >&2; exit 1 ;;
        esac
        printf '    ("%s", "' "$path"
        base64 < "$templates/$path" | tr -d '\n\r'
        printf '"),\n'
    done
    printf ']\n\n'
    # The SHA-256 of each file, so that a pack's manifest.json need not hash the
    # built-in templates on every build (a tenth of a Norfolk build's instructions).
    printf 'let embeddedTemplateDigests: [String: String] = [\n'
    (cd "$templates" && find . -type f ! -path '*/.*' | LC_ALL=C sort) | while IFS= read -r file; do
        path=${file#./}
        if command -v sha256sum >/dev/null 2>&1; then
            digest=$(sha256sum < "$templates/$path")
        else
            digest=$(shasum -a 256 < "$templates/$path")
        fi
        printf '    "%s": "%s",\n' "$path" "${digest%% *}"
    done
    printf ']\n'
} > "$partial"
mv "$partial" "$output"
