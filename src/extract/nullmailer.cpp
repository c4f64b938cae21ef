// SPDX-License-Identifier: BSD-2-Clause
// nullmailer (a relay-only MTA, Debian nullmailer 2.2): nullmailer-send hands a message to
// nullmailer-dsn only when it gives up on it (src/send.cc send_all(): a permanent refusal, or a
// temporary one older than queuelifetime; bounce_msg() moves the message to failed/). Every
// notice it writes is therefore final, the one nullmailer-dsn words as a delay too ("has not been
// delivered", Action: delayed), which it does whenever the last reply carried a 4.x.x code
// (src/dsn.cc, opt_ddn). Its text only lists the recipients; the report carries the reply.
#include "extract/common/kit.hpp"
#include "extract/extractors.hpp"

namespace bounce::extract {
namespace {

constexpr std::string_view k_engine = "nullmailer";

enum text_marker : std::size_t { greeting, marker_count };
constexpr std::string_view markers[] = {"this is the nullmailer delivery system."};
static_assert(std::size(markers) == marker_count);

// protocols/protocol.cc: what nullmailer-send says when it cannot connect. It retries that, so
// a notice carrying it came after queuelifetime: the attempts expired.
constexpr kit::phrase messages[] = {
    {"connect failed", reason_kind::expired, "connect-failed"},
};

bool claims(const mime::report& r, const marker_hits& text) {
  return text.has(greeting) && !r.delivery_status.empty();
}

void extract(const mime::report& r, std::vector<draft>& out) {
  std::vector<draft> drafts;
  kit::dsn_drafts(r, drafts);
  for (auto& d : drafts) {
    d.action = action_kind::failed;
    d.temporary = false;
    kit::apply_catalogue(d, k_engine, messages);
    out.push_back(std::move(d));
  }
}

}  // namespace

const extractor& nullmailer_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
