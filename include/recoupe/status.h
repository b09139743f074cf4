// Expected failures are values: a Status says what went wrong and where; a
// Result<T> holds either a T or a non-ok Status. Nothing throws across the
// library boundary.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace recoupe {

class Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  // `message` names the file (and line when there is one), what was expected
  // and, where it helps, a hint: "a.jsonl:12: expected a JSON object (got '[')".
  static Status Error(std::string message) { return Status(std::move(message)); }

  bool ok() const { return !message_.has_value(); }
  const std::string& message() const {
    static const std::string kEmpty;
    return message_ ? *message_ : kEmpty;
  }

 private:
  explicit Status(std::string message) : message_(std::move(message)) {}
  std::optional<std::string> message_;
};

template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}                 // NOLINT: implicit by design
  Result(Status status) : state_(std::move(status)) {}         // NOLINT: REQUIRES: !status.ok()

  bool ok() const { return std::holds_alternative<T>(state_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(state_);
  }
  // REQUIRES: ok()
  T& value() & { return std::get<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> state_;
};

}  // namespace recoupe
