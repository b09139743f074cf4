// Known outlets and agencies (data/common/outlets.tsv, format in
// docs/data-files.md): recognises an outlet from a URL or from its name in
// the page's own furniture (bylines, banners, comment prompts).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "recoupe/status.h"
#include "util/string_hash.h"

namespace recoupe {

struct Outlet {
  std::string name;                  // canonical name
  std::vector<std::string> aliases;  // as written in text
  std::vector<std::string> domains;
  std::string parent;                // e.g. franceinfo → Radio France
  std::string kind;                  // "outlet" or "agency"
};

class OutletTable {
 public:
  Status Parse(std::string_view text, std::string_view name);
  Status LoadFile(const std::string& path);

  // The outlet whose domain the URL's host ends with (the longest domain wins).
  const Outlet* FromUrl(std::string_view url) const;

  // Outlets named in `text` (whole-word, case-sensitive alias match: "RT" must
  // not match "rt" inside a word), each once, in order of first mention.
  std::vector<const Outlet*> MentionedIn(std::string_view text) const;

  // Of several candidates, the most specific: a child outlet is preferred to
  // its parent ("franceinfo" over "Radio France").
  const Outlet* MostSpecific(const std::vector<const Outlet*>& candidates) const;

  const std::vector<Outlet>& outlets() const { return outlets_; }

 private:
  std::vector<Outlet> outlets_;
  // First word of each alias → (outlet, alias) indexes, so that a text is
  // scanned once whatever the number of outlets.
  StringMap<std::vector<std::pair<uint32_t, uint32_t>>> by_first_word_;
};

}  // namespace recoupe
