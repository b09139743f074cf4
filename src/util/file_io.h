// Reading whole files for the data-file loaders.
#pragma once

#include <string>

#include "recoupe/status.h"

namespace recoupe {

// The bytes of the file at `path`; an error names the path and the cause.
Result<std::string> ReadWholeFile(const std::string& path);

}  // namespace recoupe
