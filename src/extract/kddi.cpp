// SPDX-License-Identifier: BSD-2-Clause
// KDDI (au one net, dion.ne.jp): "Your mail sent on: DATE / Could not be delivered to: <addr> /
// As their mailbox is full." from no-reply@*.dion.ne.jp with Reply-To no-reply@app.auone-net.jp,
// after an optional Japanese preface. The closing sentence comes from a small catalogue.
#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {
using namespace kit;

// Source: one message (corpus/lhost/kddi/no-domain.eml), the catalogue's last row (its neighbours
// with no or one message were removed: no corpus result changed without them).
// Sisimai 4.25 Lhost/KDDI.pm ($messagesof) lists the two other closing sentences.
constexpr phrase catalogue[] = {
    {"as the remote domain doesnt exist", reason_kind::hostunknown, "no-domain"},
    {"as their mailbox is full", reason_kind::mailboxfull, "mailbox-full"},
    {"due to the following smtp relay error", reason_kind::norelaying, "relay-error"},
};

constexpr std::string_view k_engine = "kddi";

enum text_marker : std::size_t { not_delivered_to, marker_count };
constexpr std::string_view markers[] = {"could not be delivered to:"};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report& r, const marker_hits& text) {
  if (!text.has(not_delivered_to)) return false;
  const std::string_view from = r.headers.get("From");
  return (detail::icontains(from, "no-reply@") && detail::icontains(from, ".dion.ne.jp")) ||
         detail::icontains(r.headers.get("Reply-To"), "no-reply@app.auone-net.jp") ||
         detail::icontains(r.headers.get("Message-ID"), ".auone-net.jp>") ||
         // au's relays (Sisimai 4.25 Lhost/KDDI.pm: "ezweb.ne.jp (" or ".au.com (" in Received).
         header_contains(r, "Received", "ezweb.ne.jp (") ||
         header_contains(r, "Received", ".au.com (");
}

void extract(const mime::report& r, std::vector<draft>& out) {
  std::string_view rest = r.text;
  draft* cur = nullptr;
  while (!rest.empty()) {
    auto nl = rest.find('\n');
    std::string_view t = detail::trim(rest.substr(0, nl));
    rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
    if (t.empty()) continue;
    if (detail::istarts_with(t, "could not be delivered to:")) {
      std::string addr = kit::find_address(t);
      if (addr.empty()) continue;
      out.emplace_back();
      cur = &out.back();
      cur->recipient = std::move(addr);
      cur->diagnostic_type = "SMTP";
      continue;
    }
    if (!cur || detail::istarts_with(t, "your mail ")) continue;
    append_spaced(cur->diagnostic, t);
  }
  for (auto& d : out) {
    if (d.reason) continue;
    apply_catalogue(d, k_engine, catalogue);
  }
}

}  // namespace

const extractor& kddi_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
