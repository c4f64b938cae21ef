// SPDX-License-Identifier: BSD-2-Clause
// 1&1 / IONOS (kundenserver.de): the same platform text as GMX, "The following address
// failed:", the address, "For the following reason:" and 1&1's own message with a help link
// at postmaster.1and1.com.
#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {
using namespace kit;

constexpr std::string_view k_engine = "einsundeins";

enum text_marker : std::size_t { help_pages, header_separator, marker_count };
constexpr std::string_view markers[] = {"postmaster.1and1.",
                                        "--- the header of the original message is following. ---"};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report& r, const marker_hits& text) {
  const std::string_view from = r.headers.get("From");
  if (detail::icontains(from, "kundenserver") || detail::icontains(from, "1and1") ||
      detail::icontains(from, "ionos"))
    return detail::icontains(from, "mailer-daemon");
  // The 1&1 text names its help pages; the header separator is the platform's own.
  return text.has(help_pages) && text.has(header_separator);
}

void extract(const mime::report& r, std::vector<draft>& out) {
  united_internet_drafts(r.text, k_engine, out);
}

}  // namespace

const extractor& einsundeins_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
