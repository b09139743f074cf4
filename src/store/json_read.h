// Typed access to the JSON the store wrote, for the readers of
// store/document_json.h and store/dossier_json.h. Each accessor throws
// JsonReadError naming the member that is missing or of the wrong type; the
// readers catch it at their boundary and return a Status.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "render/json_parts.h"

namespace recoupe::store {

class JsonReadError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A string member that may be absent: null when it is.
json::Json OptionalString(const std::optional<std::string>& value);

// Members of one JSON object; `what` names it in errors.
class JsonReader {
 public:
  JsonReader(const json::Json& object, std::string what);

  bool Has(const char* key) const;
  const json::Json& Member(const char* key) const;  // present, any type
  const json::Json& Array(const char* key) const;   // present, an array
  std::string String(const char* key) const;
  std::optional<std::string> OptionalString(const char* key) const;  // absent or null: none
  std::vector<std::string> Strings(const char* key) const;
  uint32_t Uint(const char* key) const;
  std::optional<uint32_t> OptionalUint(const char* key) const;
  std::optional<double> OptionalNumber(const char* key) const;
  double Number(const char* key) const;
  bool Bool(const char* key) const;
  std::optional<bool> OptionalBool(const char* key) const;
  // "begin" and "end", with begin <= end <= limit.
  std::pair<uint32_t, uint32_t> Span(size_t limit) const;

 private:
  [[noreturn]] void Fail(const char* key, const char* expected) const;
  const json::Json& object_;
  std::string what_;
};

// An array of fixed length whose items are read by position.
class JsonTuple {
 public:
  JsonTuple(const json::Json& array, size_t size, std::string what);
  std::string StringAt(size_t i) const;
  uint32_t UintAt(size_t i) const;
  // Items i and i + 1 as [begin, end), with begin <= end <= limit.
  recoupe::Span SpanAt(size_t i, size_t limit) const;

 private:
  [[noreturn]] void Fail(size_t i, const char* expected) const;
  const json::Json& array_;
  std::string what_;
};

// `a` and `b` as a span checked against `limit`; throws naming `what`.
recoupe::Span CheckedSpan(uint64_t a, uint64_t b, size_t limit, const std::string& what);

}  // namespace recoupe::store
