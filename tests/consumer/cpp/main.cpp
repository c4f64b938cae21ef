// SPDX-License-Identifier: BSD-2-Clause
// A consumer of the public C++ API: includes every public header, parses the message file named
// on the command line and prints one line per record, the first record's JSON and the version.
// Built by tests/consumer/cpp (find_package of the installed package) and, as C++17, by
// tests/consumer/fetchcontent (which defines BOUNCE_CONSUMER_CXX17).
#include <bounce/bounce.hpp>
#include <bounce/span.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#ifdef BOUNCE_CONSUMER_CXX17
static_assert(__cplusplus == 201703L, "this consumer checks the public headers as C++17");
#endif

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
  std::cout << "version " << BOUNCE_VERSION_STRING << " fields " << bounce::record_field_count
            << " registry " << bounce::status_registry::entries().size() << '\n';
  return 0;
}
