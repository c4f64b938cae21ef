// SPDX-License-Identifier: BSD-2-Clause
// Parses the message file named on the command line and prints one line per record.
#include <bounce/bounce.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  std::ifstream in(argv[1], std::ios::binary);
  const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  auto r = bounce::parse_message(bytes);
  if (!r) {
    std::cerr << "error: " << r.error().message() << '\n';
    return 1;
  }
  if (r->records.empty()) return 1;
  for (const auto& rec : r->records)
    std::cout << rec.recipient << ' ' << bounce::to_string(rec.reason) << ' '
              << (rec.status ? rec.status->to_string() : "-") << '\n';
  std::cout << bounce::to_json(r->records.front());
  return 0;
}
