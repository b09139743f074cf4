// SHA-256 (FIPS 180-4) of a byte string, as 64 lower-case hex digits: the
// content hash by which the store recognises an article it already holds.
#pragma once

#include <string>
#include <string_view>

namespace recoupe::store {

std::string Sha256Hex(std::string_view bytes);

}  // namespace recoupe::store
