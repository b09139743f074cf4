// Rendered responses kept while the store does not change: an event's
// dossier takes a few milliseconds to read and render, and the web page asks
// for the same one again and again. Entries are valid for one store
// generation (Store::Generation) and dropped together when it moves on.
// Thread-safe.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace recoupe::service {

class RenderedCache {
 public:
  explicit RenderedCache(size_t max_entries = 128) : max_entries_(max_entries) {}
  std::optional<std::string> Find(const std::string& key, uint64_t generation);
  // Keeps `body` for `key` at `generation`; when full, starts over.
  void Put(const std::string& key, uint64_t generation, const std::string& body);

 private:
  std::mutex mutex_;
  size_t max_entries_;
  uint64_t generation_ = 0;
  std::unordered_map<std::string, std::string> bodies_;
};

}  // namespace recoupe::service
