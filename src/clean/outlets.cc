#include "clean/outlets.h"

#include <algorithm>
#include <sstream>

#include "util/file_io.h"

namespace recoupe {
namespace {

std::vector<std::string> SplitOn(std::string_view s, char separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(separator, start);
    if (end == std::string_view::npos) end = s.size();
    if (end > start) parts.emplace_back(s.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

bool IsWordByte(unsigned char c) { return std::isalnum(c) || c >= 0x80 || c == '-'; }

}  // namespace

Status OutletTable::Parse(std::string_view text, std::string_view name) {
  size_t line_number = 0;
  bool saw_version = false;
  for (const std::string& raw_line : SplitOn(text, '\n')) {
    ++line_number;
    std::string_view line = raw_line;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    if (line.front() == '#') {
      if (line.find("recoupe-outlets ") != std::string_view::npos) saw_version = true;
      continue;
    }
    if (!saw_version)
      return Status::Error(std::string(name) + ":" + std::to_string(line_number) +
                           ": expected the version line '# recoupe-outlets 1' first");
    std::vector<std::string> fields;
    size_t start = 0;
    while (true) {
      const size_t tab = line.find('\t', start);
      fields.emplace_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (fields.size() < 2 || fields[0].empty())
      return Status::Error(std::string(name) + ":" + std::to_string(line_number) +
                           ": expected 'name<TAB>aliases<TAB>domains<TAB>parent<TAB>kind'");
    fields.resize(5);
    outlets_.push_back({fields[0], SplitOn(fields[1], '|'), SplitOn(fields[2], '|'), fields[3],
                        fields[4].empty() ? "outlet" : fields[4]});
    const Outlet& added = outlets_.back();
    for (uint32_t a = 0; a < added.aliases.size(); ++a) {
      const std::string& alias = added.aliases[a];
      size_t first_end = 0;
      while (first_end < alias.size() && IsWordByte(alias[first_end])) ++first_end;
      by_first_word_[alias.substr(0, first_end)].emplace_back(outlets_.size() - 1, a);
    }
  }
  return Status::Ok();
}

Status OutletTable::LoadFile(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return Parse(text.value(), path);
}

const Outlet* OutletTable::FromUrl(std::string_view url) const {
  const size_t scheme = url.find("://");
  std::string_view rest = scheme == std::string_view::npos ? url : url.substr(scheme + 3);
  const std::string_view host = rest.substr(0, rest.find_first_of("/?#:"));
  std::string_view path = rest.substr(host.size());
  const Outlet* best = nullptr;
  size_t best_length = 0;
  for (const Outlet& outlet : outlets_) {
    for (const std::string& domain : outlet.domains) {
      // A domain may carry a path prefix ("rt.com/fr").
      const size_t slash = domain.find('/');
      const std::string_view domain_host = std::string_view(domain).substr(0, slash);
      const bool host_match =
          host == domain_host ||
          (host.size() > domain_host.size() && host.ends_with(domain_host) &&
           host[host.size() - domain_host.size() - 1] == '.');
      if (!host_match) continue;
      if (slash != std::string::npos && !path.starts_with(std::string_view(domain).substr(slash)))
        continue;
      if (domain.size() > best_length) best = &outlet, best_length = domain.size();
    }
  }
  return best;
}

std::vector<const Outlet*> OutletTable::MentionedIn(std::string_view text) const {
  std::vector<const Outlet*> result;
  size_t i = 0;
  while (i < text.size()) {
    if (!IsWordByte(text[i])) {
      ++i;
      continue;
    }
    size_t word_end = i;
    while (word_end < text.size() && IsWordByte(text[word_end])) ++word_end;
    const auto it = by_first_word_.find(text.substr(i, word_end - i));
    if (it != by_first_word_.end()) {
      for (const auto& [outlet_index, alias_index] : it->second) {
        const std::string& alias = outlets_[outlet_index].aliases[alias_index];
        const size_t end = i + alias.size();
        if (text.substr(i).starts_with(alias) && (end == text.size() || !IsWordByte(text[end]))) {
          const Outlet* outlet = &outlets_[outlet_index];
          if (std::find(result.begin(), result.end(), outlet) == result.end())
            result.push_back(outlet);
        }
      }
    }
    i = word_end;
  }
  return result;
}

const Outlet* OutletTable::MostSpecific(const std::vector<const Outlet*>& candidates) const {
  for (const Outlet* candidate : candidates) {
    const bool is_parent_of_another =
        std::any_of(candidates.begin(), candidates.end(),
                    [&](const Outlet* other) { return other->parent == candidate->name; });
    if (!is_parent_of_another) return candidate;
  }
  return candidates.empty() ? nullptr : candidates.front();
}

}  // namespace recoupe
