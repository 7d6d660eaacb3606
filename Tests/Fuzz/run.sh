#!/bin/sh
# Builds the libFuzzer target for the loader and the rules (Sources/TenderFuzz) with
# AddressSanitizer and runs it for SECONDS (default 60):
#
#   Tests/Fuzz/run.sh 600
#
# The seed corpus is Tests/Fuzz/corpus (committed, small); what the fuzzer learns goes
# to .build-fuzz/corpus, crashes and hangs to .build-fuzz/artifacts/. An input that
# runs longer than 2 s is a finding (-timeout=2), as is one using more than 2 GB.
# Replay a finding with a normal build: swift run tenderpack-fuzz FILE
set -eu
seconds=${1:-60}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
# swiftc keeps only the last -sanitize= it is given, so fuzzer and address go together
# in one flag after SwiftPM's own; clang adds them up.
flags="-c release --product tenderpack-fuzz --build-path .build-fuzz --sanitize fuzzer -Xcc -fsanitize=address \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DTENDERPACK_FUZZ -Xswiftc -parse-as-library"
# shellcheck disable=SC2086
swift build $flags
# shellcheck disable=SC2086
bin="$(swift build $flags --show-bin-path)/tenderpack-fuzz"
mkdir -p .build-fuzz/corpus .build-fuzz/artifacts
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 "$bin" .build-fuzz/corpus Tests/Fuzz/corpus \
    -dict=Tests/Fuzz/yaml.dict -max_total_time="$seconds" -max_len=16384 -timeout=2 -rss_limit_mb=2048 \
    -artifact_prefix=.build-fuzz/artifacts/ -print_final_stats=1
