// SPDX-License-Identifier: BSD-2-Clause
// X5: a gateway that wraps the bounce it received: its own text names nobody ("The following
// addresses had permanent delivery errors" with an empty list) and the whole original bounce,
// an RFC 3464 report, is attached as message/rfc822. This extractor only recognises the wrapper
// and says so with one draft marked wrapped_report; the pipeline's re-run reads the attached
// report with the caller's options (src/pipeline/parse_message.cpp), and its recipients become
// this message's records (engine x5).
#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"
#include "extract/extractors.hpp"

namespace bounce::extract {
namespace {

constexpr std::string_view k_engine = "x5";

enum text_marker : std::size_t { permanent_errors, marker_count };
constexpr std::string_view markers[] = {"the following addresses had permanent delivery errors"};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report& r, const marker_hits& text) {
  return r.delivery_status.empty() && r.has_original && text.has(permanent_errors) &&
         detail::icontains(r.original.get("Content-Type"), "report-type=delivery-status");
}

void extract(const mime::report&, std::vector<draft>& out) {
  out.emplace_back().wrapped_report = true;
}

}  // namespace

const extractor& x5_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
