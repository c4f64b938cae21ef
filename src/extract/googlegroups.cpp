// SPDX-License-Identifier: BSD-2-Clause
// Google Groups refusing a post: mailer-daemon@googlemail.com reports the group address in
// X-Failed-Recipients and explains, in the poster's language, that the group may not exist or
// that the sender may not post to it ("Hello a@example.org, We're writing to let you know that
// the group you tried to contact (name) may not exist, or you may not have permission to post
// messages to the group."). Whatever the language, the notice states one thing: the group refused
// this sender, so the reason is `rejected`.
#include "extract/extractors.hpp"
#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {

constexpr std::string_view k_ends[] = {"----- original message -----"};

constexpr std::string_view k_engine = "googlegroups";

enum text_marker : std::size_t { groups_site, marker_count };
constexpr std::string_view markers[] = {"groups.google.com"};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report& r, const marker_hits& text) {
  if (!text.has(groups_site)) return false;
  const std::string_view from = r.headers.get("From");
  return (detail::icontains(from, "@googlemail.com") || detail::icontains(from, "@google.com")) &&
         detail::icontains(r.headers.get("X-Failed-Recipients"), "@googlegroups.com");
}

void extract(const mime::report& r, std::vector<draft>& out) {
  const std::string_view text = detail::trim(kit::cut_before(r.text, k_ends));
  for (auto v : r.headers.get_all("X-Failed-Recipients")) {
    for (auto& a : kit::find_addresses(v)) {
      draft d;
      d.recipient = std::move(a);
      d.diagnostic = std::string(text);
      kit::set_verdict(d, k_engine, "post-refused", reason_kind::rejected);
      out.push_back(std::move(d));
    }
  }
}

}  // namespace

const extractor& googlegroups_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
