#!/usr/bin/env bash
# Builds the library, the CLI and the whole test suite with AddressSanitizer
# and UndefinedBehaviorSanitizer in build-asan/ and runs CTest there. Any
# memory error, leak or undefined behaviour fails the test that hit it.
#
#   bash scripts/sanitize.sh [ctest arguments, e.g. -L unit]
#   CXX=g++ to use GCC instead of clang++ (the default when it is installed).
set -euo pipefail
cd "$(dirname "$0")/.."
compiler=${CXX:-$(command -v clang++ || command -v g++)}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$compiler" \
  -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
  -DRECOUPE_BUILD_BENCH=OFF "${launcher[@]}" >/dev/null
cmake --build build-asan -j"$(nproc)"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
cd build-asan
ctest --output-on-failure -j"$(nproc)" "$@"
