// Page metadata from the sources a PageTree collected. Pure function.
#pragma once

#include <optional>
#include <string>

#include "html/page_tree.h"
#include "recoupe/document.h"

namespace recoupe {

// Precedence, per field:
//   title:     og:title, JSON-LD headline, <title>; the first <h1> instead when the
//              title contains it and it is at least half as long ("Headline | Site")
//   bylines:   JSON-LD author names, meta author / article:author (names, not URLs)
//   outlet:    og:site_name, JSON-LD publisher name (outlet_basis "html_meta")
//   published: article:published_time, JSON-LD datePublished, other date metas, <time>;
//              only ISO values (YYYY-MM-DD, optionally with a time) are taken
//   language:  <html lang>, og:locale
Metadata ExtractMetadata(const PageTree& tree);

// <link rel=canonical>, else og:url.
std::optional<std::string> ExtractUrl(const PageTree& tree);

}  // namespace recoupe
