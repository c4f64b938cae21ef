// SPDX-License-Identifier: BSD-2-Clause
// Mimecast: "[Postmaster] Email Delivery Failure", one notice per failed recipient:
//   "... could not be delivered:" / "-- a@b", "The problem appears to be :" / "-- <Mimecast's
//   category>", "Additional information follows :" / "-- <the remote reply>".
// Some carry a delivery-status part in a non-standard "Field : value" layout, so the text is
// read first and the report only adds a status.
#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"
#include "extract/extractors.hpp"

namespace bounce::extract {
namespace {
using namespace kit;

// The "-- text" item under a label ("The problem appears to be :"); empty when absent.
std::string item_after(std::string_view text, std::string_view lower_label) {
  std::string_view rest = after_line(text, lower_label);
  std::string out;
  bool started = false;
  for (std::string_view line : kit::split_lines(rest)) {
    std::string_view t = detail::trim(line);
    if (!started) {
      if (t.empty()) continue;
      if (!t.starts_with("-- ")) break;
      started = true;
      append_spaced(out, t.substr(3));
      continue;
    }
    if (t.empty()) break;
    append_spaced(out, t);
  }
  return out;
}

constexpr std::string_view k_engine = "mimecast";

enum text_marker : std::size_t { problem_appears, marker_count };
constexpr std::string_view markers[] = {"the problem appears to be"};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report& r, const marker_hits& text) {
  return text.has(problem_appears) &&
         (r.headers.has("X-MC-System") || r.headers.has("X-Mimecast-Originator") ||
          detail::icontains(r.headers.get("Message-Id"), ".mimecast.lan>"));
}

void extract(const mime::report& r, std::vector<draft>& out) {
  // The recipient is the first "-- a@b" item of the notice.
  std::string addr;
  for (std::string_view line : kit::split_lines(r.text)) {
    std::string_view t = detail::trim(line);
    if (!t.starts_with("-- ")) continue;
    std::string_view a = address_alone(t.substr(3));
    if (!a.empty()) {
      addr = std::string(a);
      break;
    }
  }
  if (addr.empty()) return;
  std::string info = item_after(r.text, "additional information follows");
  std::string problem = item_after(r.text, "the problem appears to be");
  draft d;
  d.recipient = std::move(addr);
  d.diagnostic = info.empty() ? problem : info;
  d.diagnostic_type = "SMTP";
  std::vector<draft> dsn;
  kit::dsn_drafts(r, dsn);
  for (auto& x : dsn)
    if (detail::iequals(x.recipient, d.recipient)) {
      d.status = x.status;
      d.remote_mta = x.remote_mta;
      d.reporting_mta = x.reporting_mta;
      d.envelope_id = x.envelope_id;
    }
  out.push_back(std::move(d));
}

}  // namespace

const extractor& mimecast_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
