// SPDX-License-Identifier: BSD-2-Clause
// Google's current notice ("** Message not delivered **", "** Address not found **" ...) when it
// comes without a usable delivery-status part (the message/delivery-status part is empty): the
// recipient is in X-Failed-Recipients, Google's explanation comes first and the remote server's
// words follow "The response was:" / "The response from the remote server was:". Notices with a
// real DSN are left to the RFC 3464 reading.
#include "extract/extractors.hpp"
#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {
using kit::npos;

constexpr std::string_view k_ends[] = {"----- original message -----"};
constexpr std::string_view k_response[] = {"the response from the remote server was:",
                                           "the response was:"};

// Google's own explanations that state the reason. Sources: "couldn't be found" 7 messages
// (rfc3464-51, -58, -60, rhost-gsuite-01 ...); "null mx" RFC 7505 (2 messages); "nxdomain" 3
// messages (rfc3464-64, rhost-gsuite-04, -05); "Send mail as" one message
// (lhost-googleworkspace-01), kept: without it the shared corpus' reason drops.
constexpr kit::phrase k_catalogue[] = {
    // The sender's "Send mail as" alias is misconfigured: Google refused the sender.
    {"'send mail as'", reason_kind::rejected, "send-mail-as"},
    {"p=customfromdenied", reason_kind::rejected, "send-mail-as"},
    {"because the address couldn't be found", reason_kind::userunknown, "address-not-found"},
    {"null mx", reason_kind::notaccept, "null-mx"},
    {" responded with code nxdomain", reason_kind::networkerror, "dns-nxdomain"},
    // Sisimai 4.25 Lhost/GSuite.pm ($messagesof networkerror): Google's DNS error "... had no
    // relevant answers." (the domain publishes no MX or address).
    {" had no relevant answers", reason_kind::networkerror, "dns-no-answers"},
};

constexpr std::string_view k_engine = "googleworkspace";

bool claims(const mime::report& r, const marker_hits&) {
  const std::string_view from = r.headers.get("From");
  return (detail::icontains(from, "@googlemail.com") || detail::icontains(from, "@google.com")) &&
         detail::trim(r.delivery_status).empty() && r.headers.has("X-Failed-Recipients") &&
         r.text.find("** ") != std::string::npos;
}

void extract(const mime::report& r, std::vector<draft>& out) {
  const std::string_view text = detail::trim(kit::cut_before(r.text, k_ends));
  if (text.substr(0, 3) != "** ") return;  // Google's notices start with "** Title **"
  std::string_view response;
  for (auto m : k_response) {
    const std::size_t p = kit::offset_after(text, m);
    if (p != npos) {
      response = detail::trim(text.substr(p));
      break;
    }
  }
  for (auto v : r.headers.get_all("X-Failed-Recipients")) {
    for (auto& a : kit::find_addresses(v)) {
      draft d;
      d.recipient = std::move(a);
      d.diagnostic = std::string(text);  // the catalogue reads Google's explanation
      const bool stated = kit::apply_catalogue(d, k_engine, k_catalogue);
      if (!stated && !response.empty()) d.diagnostic = std::string(response);
      d.smtp_command = kit::find_smtp_command(response);
      out.push_back(std::move(d));
    }
  }
}

}  // namespace

const extractor& googleworkspace_extractor() {
  static const kit::shaped_extractor instance{k_engine, std::span<const std::string_view>{}, claims,
                                              extract};
  return instance;
}

}  // namespace bounce::extract
