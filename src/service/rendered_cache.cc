#include "service/rendered_cache.h"

namespace recoupe::service {

std::optional<std::string> RenderedCache::Find(const std::string& key, uint64_t generation) {
  std::lock_guard lock(mutex_);
  if (generation != generation_) return std::nullopt;
  auto it = bodies_.find(key);
  if (it == bodies_.end()) return std::nullopt;
  return it->second;
}

void RenderedCache::Put(const std::string& key, uint64_t generation, const std::string& body) {
  std::lock_guard lock(mutex_);
  if (generation != generation_ || bodies_.size() >= max_entries_) {
    bodies_.clear();
    generation_ = generation;
  }
  bodies_[key] = body;
}

}  // namespace recoupe::service
