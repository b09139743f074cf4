#include <array>
#include <utility>

#include "recoupe/document.h"

namespace recoupe {
namespace {

constexpr std::array<std::pair<BlockKind, std::string_view>, 15> kBlockKindNames = {{
    {BlockKind::kBody, "body"},         {BlockKind::kHeading, "heading"},
    {BlockKind::kTitle, "title"},       {BlockKind::kSubtitle, "subtitle"},
    {BlockKind::kByline, "byline"},     {BlockKind::kDateline, "dateline"},
    {BlockKind::kCaption, "caption"},   {BlockKind::kCredit, "credit"},
    {BlockKind::kNotice, "notice"},     {BlockKind::kCookie, "cookie"},
    {BlockKind::kDonation, "donation"}, {BlockKind::kComments, "comments"},
    {BlockKind::kRelated, "related"},   {BlockKind::kNavigation, "navigation"},
    {BlockKind::kOther, "other"},
}};

}  // namespace

std::string_view BlockKindName(BlockKind kind) {
  for (const auto& [k, name] : kBlockKindNames)
    if (k == kind) return name;
  return "other";
}

std::optional<BlockKind> BlockKindFromName(std::string_view name) {
  for (const auto& [k, n] : kBlockKindNames)
    if (n == name) return k;
  return std::nullopt;
}

bool IsBodyKind(BlockKind kind) {
  return kind == BlockKind::kBody || kind == BlockKind::kHeading || kind == BlockKind::kSubtitle;
}

}  // namespace recoupe
