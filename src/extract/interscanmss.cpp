// SPDX-License-Identifier: BSD-2-Clause
// Trend Micro InterScan Messaging Security Suite (and InterScan MSS for SMTP): a multipart/mixed
// notice with the boundary "InterScan_NT_MIME_Boundary". Either a transcript
// ("Sent <<< RCPT TO:<addr>" / "Received >>> 550 ...", in Japanese "送信 <<<" / "受信 >>>"), or
// the catalogue sentence "Unable to deliver message to <addr> (and other recipients in the same
// domain)", which InterScan sends when the recipient's server refused the address.
// Sisimai 4.25 Lhost/InterScanMSS.pm also reads the arrows the other way round ("... >>> RCPT
// TO:<addr>" / "... <<< 550 ..."), so a transcript line is told by what follows the arrow: a
// reply code (or no SMTP command word) is the server's answer, a command word what InterScan sent.
#include "detail/string_util.hpp"
#include "extract/extractors.hpp"
#include "extract/common/kit.hpp"
#include "grammar/reply_syntax.hpp"

namespace bounce::extract {
namespace {
using namespace kit;

// "Sent <<< RCPT TO:<a@b>" -> "RCPT TO:<a@b>" (either arrow); empty when the line is not a
// transcript line.
std::string_view transcript(std::string_view line) {
  for (std::string_view arrow : {std::string_view("<<< "), std::string_view(">>> ")}) {
    auto p = line.find(arrow);
    // The arrow follows a word ("Sent", "Received", "送信", "受信"); a bare ">>> " line is a
    // sendmail transcript.
    if (p == std::string_view::npos || p == 0 || p > 16) continue;
    return detail::trim(line.substr(p + arrow.size()));
  }
  return {};
}

constexpr std::string_view k_engine = "interscanmss";

enum text_marker : std::size_t { interscan_suite, marker_count };
constexpr std::string_view markers[] = {"message from interscan messaging security suite"};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report& r, const marker_hits& text) {
  return detail::icontains(r.headers.get("Content-Type"), "interscan_nt_mime_boundary") ||
         detail::icontains(r.headers.get("From"), "\"interscan") || text.has(interscan_suite);
}

void extract(const mime::report& r, std::vector<draft>& out) {
  const std::size_t first = out.size();
  draft* cur = nullptr;
  std::string command;
  for (std::string_view line : kit::split_lines(r.text)) {
    std::string_view t = detail::trim(line);
    if (t.empty()) continue;
    const std::string_view said = transcript(t);
    const bool answer = !said.empty() &&
                        (grammar::leading_reply_code(said) || kit::normalize_command(said).empty());
    if (answer) {
      if (!cur) continue;
      append_spaced(cur->diagnostic, said);
      cur->smtp_command = command;
      continue;
    }
    if (!said.empty()) {  // what InterScan sent
      command = kit::normalize_command(said);
      if (command == "RCPT") {
        std::string addr = kit::find_address(said);
        if (!addr.empty()) {
          out.emplace_back();
          cur = &out.back();
          cur->recipient = std::move(addr);
        }
      }
      continue;
    }
    auto p = detail::ifind(t, "unable to deliver message to ");
    if (p != std::string_view::npos) {
      std::string addr = kit::find_address(t.substr(p));
      if (addr.empty()) continue;
      out.emplace_back();
      cur = &out.back();
      cur->recipient = std::move(addr);
      cur->diagnostic = std::string(t.substr(p));
      kit::set_verdict(*cur, k_engine, "unable-to-deliver", reason_kind::userunknown);
    }
  }
  for (std::size_t i = first; i < out.size(); ++i) out[i].diagnostic_type = "SMTP";
}

}  // namespace

const extractor& interscanmss_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
