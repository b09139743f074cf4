// Helpers shared by the fuzz targets: the source tree's data directory, the
// fuzz input as text, and a crash (seen by libFuzzer) when a contract breaks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "recoupe/document.h"
#include "recoupe/status.h"

namespace recoupe::fuzz {

// The data/ directory of the source tree the targets were built from.
std::string DataDir();

std::string_view AsText(const uint8_t* data, size_t size);

// The input as ingest would read it: as is when it is valid UTF-8, else
// decoded from Windows-1252. Always valid UTF-8.
std::string AsUtf8(std::string_view bytes);

// Aborts with `what` when `condition` is false: a broken contract is a crash
// for libFuzzer, which then saves the input.
void Require(bool condition, std::string_view what);

// Aborts with the violation when `doc` breaks the offset invariant.
void RequireInvariants(const Document& doc);

// Tokens of `text` (default abbreviations) with Token::sentence set from the
// sentence splitter, as the matcher's callers see them.
std::vector<Token> TokensInSentences(std::string_view text);

// Aborts with the loader's message when loading a resource fails: targets
// load the shipped data once, and a failure there is a setup error.
template <typename T>
T ValueOrDie(Result<T> result) {
  Require(result.ok(), result.ok() ? "" : result.status().message());
  return std::move(result).value();
}

}  // namespace recoupe::fuzz
