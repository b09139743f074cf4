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
  std::vector<std::pair<size_t, const Outlet*>> found;
  for (const Outlet& outlet : outlets_) {
    size_t first = std::string_view::npos;
    for (const std::string& alias : outlet.aliases) {
      for (size_t at = text.find(alias); at != std::string_view::npos;
           at = text.find(alias, at + 1)) {
        const bool starts = at == 0 || !IsWordByte(text[at - 1]);
        const size_t end = at + alias.size();
        const bool ends = end == text.size() || !IsWordByte(text[end]);
        if (starts && ends) {
          first = std::min(first, at);
          break;
        }
      }
    }
    if (first != std::string_view::npos) found.emplace_back(first, &outlet);
  }
  std::sort(found.begin(), found.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<const Outlet*> result;
  for (const auto& [at, outlet] : found) result.push_back(outlet);
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
