#include "store/json_read.h"

#include <limits>

namespace recoupe::store {

using json::Json;

Json OptionalString(const std::optional<std::string>& value) {
  return value ? Json(*value) : Json(nullptr);
}

recoupe::Span CheckedSpan(uint64_t a, uint64_t b, size_t limit, const std::string& what) {
  if (a > b || b > limit)
    throw JsonReadError(what + ": span [" + std::to_string(a) + ", " + std::to_string(b) +
                        ") outside the text (" + std::to_string(limit) + " bytes)");
  return {static_cast<uint32_t>(a), static_cast<uint32_t>(b)};
}

namespace {

bool IsUint32(const Json& value) {
  return value.is_number_unsigned() &&
         value.get<uint64_t>() <= std::numeric_limits<uint32_t>::max();
}

}  // namespace

JsonReader::JsonReader(const Json& object, std::string what)
    : object_(object), what_(std::move(what)) {
  if (!object_.is_object()) throw JsonReadError(what_ + ": expected an object");
}

void JsonReader::Fail(const char* key, const char* expected) const {
  throw JsonReadError(what_ + "." + key + ": expected " + expected);
}

bool JsonReader::Has(const char* key) const { return object_.contains(key); }

const Json& JsonReader::Member(const char* key) const {
  const auto it = object_.find(key);
  if (it == object_.end()) Fail(key, "a member");
  return *it;
}

const Json& JsonReader::Array(const char* key) const {
  const Json& value = Member(key);
  if (!value.is_array()) Fail(key, "an array");
  return value;
}

std::string JsonReader::String(const char* key) const {
  const Json& value = Member(key);
  if (!value.is_string()) Fail(key, "a string");
  return value.get<std::string>();
}

std::optional<std::string> JsonReader::OptionalString(const char* key) const {
  const auto it = object_.find(key);
  if (it == object_.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) Fail(key, "a string or null");
  return it->get<std::string>();
}

std::vector<std::string> JsonReader::Strings(const char* key) const {
  std::vector<std::string> out;
  for (const Json& item : Array(key)) {
    if (!item.is_string()) Fail(key, "an array of strings");
    out.push_back(item.get<std::string>());
  }
  return out;
}

uint32_t JsonReader::Uint(const char* key) const {
  const Json& value = Member(key);
  if (!IsUint32(value)) Fail(key, "an unsigned 32-bit integer");
  return value.get<uint32_t>();
}

std::optional<uint32_t> JsonReader::OptionalUint(const char* key) const {
  const auto it = object_.find(key);
  if (it == object_.end() || it->is_null()) return std::nullopt;
  return Uint(key);
}

double JsonReader::Number(const char* key) const {
  const Json& value = Member(key);
  if (!value.is_number()) Fail(key, "a number");
  return value.get<double>();
}

std::optional<double> JsonReader::OptionalNumber(const char* key) const {
  const auto it = object_.find(key);
  if (it == object_.end() || it->is_null()) return std::nullopt;
  return Number(key);
}

bool JsonReader::Bool(const char* key) const {
  const Json& value = Member(key);
  if (!value.is_boolean()) Fail(key, "true or false");
  return value.get<bool>();
}

std::optional<bool> JsonReader::OptionalBool(const char* key) const {
  const auto it = object_.find(key);
  if (it == object_.end() || it->is_null()) return std::nullopt;
  return Bool(key);
}

std::pair<uint32_t, uint32_t> JsonReader::Span(size_t limit) const {
  const recoupe::Span span = CheckedSpan(Uint("begin"), Uint("end"), limit, what_);
  return {span.begin, span.end};
}

JsonTuple::JsonTuple(const Json& array, size_t size, std::string what)
    : array_(array), what_(std::move(what)) {
  if (!array_.is_array() || array_.size() != size)
    throw JsonReadError(what_ + ": expected an array of " + std::to_string(size) + " items");
}

void JsonTuple::Fail(size_t i, const char* expected) const {
  throw JsonReadError(what_ + "[" + std::to_string(i) + "]: expected " + expected);
}

std::string JsonTuple::StringAt(size_t i) const {
  if (!array_[i].is_string()) Fail(i, "a string");
  return array_[i].get<std::string>();
}

uint32_t JsonTuple::UintAt(size_t i) const {
  if (!IsUint32(array_[i])) Fail(i, "an unsigned 32-bit integer");
  return array_[i].get<uint32_t>();
}

recoupe::Span JsonTuple::SpanAt(size_t i, size_t limit) const {
  return CheckedSpan(UintAt(i), UintAt(i + 1), limit, what_);
}

}  // namespace recoupe::store
