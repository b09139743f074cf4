// Reading whole files for the data-file loaders.
#pragma once

#include <string>
#include <string_view>

#include "recoupe/status.h"

namespace recoupe {

// The bytes of the file at `path`; an error names the path and the cause.
Result<std::string> ReadWholeFile(const std::string& path);

// A line of a data file without its leading and trailing white space.
std::string_view TrimBlanks(std::string_view line);

}  // namespace recoupe
