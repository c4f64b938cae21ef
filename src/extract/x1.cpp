// SPDX-License-Identifier: BSD-2-Clause
// X1: an unnamed MTA's notice ("---The following addresses had delivery errors---" then one
// "rcpt@example.org [error words]" line per recipient).
#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {

constexpr std::string_view k_engine = "x1";

enum text_marker : std::size_t { delivery_errors, marker_count };
constexpr std::string_view markers[] = {"---the following addresses had delivery errors---"};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report&, const marker_hits& text) { return text.has(delivery_errors); }
void extract(const mime::report& r, std::vector<draft>& out) {
  std::string_view list =
      kit::after_line(r.text, "---the following addresses had delivery errors---");
  for (std::string_view raw : kit::split_lines(list)) {
    std::string_view line = detail::trim(raw);
    if (line.empty()) continue;
    if (line.substr(0, 2) == "--") break;
    auto sp = line.find(' ');
    std::string_view who = kit::strip_address(line.substr(0, sp));
    if (!kit::is_address(who)) continue;
    std::string_view why =
        sp == std::string_view::npos ? std::string_view{} : detail::trim(line.substr(sp));
    if (why.size() >= 2 && why.front() == '[' && why.back() == ']')
      why = why.substr(1, why.size() - 2);
    out.push_back(kit::make_draft(who, std::string(why)));
  }
}

}  // namespace

const extractor& x1_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
