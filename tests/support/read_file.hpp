// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// A test's sample file, whole, as bytes (empty when it cannot be read: the test's own checks
// then fail on the content).
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace bounce::testing {

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace bounce::testing
