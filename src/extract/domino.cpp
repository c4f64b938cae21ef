// SPDX-License-Identifier: BSD-2-Clause
// HCL/IBM Lotus Domino failure reports ("DELIVERY FAILURE: ..." from Postmaster):
//   Your message
//     Subject: Test
//   was not delivered to:
//     a@example.org
//   because:
//     User name (a@example.org) not listed in Domino Directory
// A report on several recipients repeats the "was not delivered to:" ... "because:" block, one per
// recipient, each with its own reason (Sisimai 4.25 Lhost/Domino.pm starts a new recipient at every
// "was not delivered to:"). Newer Domino servers wrap the same text in an RFC 3464 report
// (Diagnostic-Type X-Notes); then the DSN names the recipients and the "because:" text of the
// block naming a recipient (unwrapped, unlike the folded Diagnostic-Code) is its diagnostic.
#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"
#include "extract/extractors.hpp"

namespace bounce::extract {
namespace {
using kit::npos;

// Domino's own sentences, in the languages it is localised to. Source: a family of 4 messages
// (lhost-domino-01, lhost-notes-03, corpus/lhost/domino/not-in-directory.eml,
// corpus/lhost/notes/not-in-address-book.eml); the localised rows are Domino's translations of
// the same sentence.
constexpr kit::phrase k_catalogue[] = {
    {"not listed in domino directory", reason_kind::userunknown, "not-in-directory"},
    {"not listed in public name & address book", reason_kind::userunknown, "not-in-directory"},
    {"no se encuentra en el directorio de domino", reason_kind::userunknown, "not-in-directory"},
    {"non è elencato nella directory di domino", reason_kind::userunknown, "not-in-directory"},
    {"domino ディレクトリには見つかりません", reason_kind::userunknown, "not-in-directory"},
    // Sisimai 4.25 Lhost/Domino.pm ($messagesof): the French translation, "Cannot route mail to
    // user" (filtered) and "Several matches found in Domino Directory" (systemerror: the
    // directory names the recipient twice).
    {"non répertorié dans l'annuaire domino", reason_kind::userunknown, "not-in-directory"},
    {"cannot route mail to user", reason_kind::filtered, "cannot-route"},
    {"several matches found in domino directory", reason_kind::systemerror, "several-matches"},
};

// The text after "because:" up to the end of its paragraph group.
std::string because_text(std::string_view text) {
  std::size_t p = kit::offset_after(text, "because:");
  if (p == npos) return {};
  std::string_view rest = detail::trim(text.substr(p));
  const std::size_t end = rest.find("\n\n");
  return detail::collapse_space(rest.substr(0, end));
}

// One "was not delivered to:" block: the addresses before its "because:" and that reason.
struct failure_block {
  std::vector<std::string> recipients;
  std::string because;
};

constexpr std::string_view k_not_delivered = "was not delivered to:";

// Every block of the text, in order; a block without "because:" names no recipient.
std::vector<failure_block> failure_blocks(std::string_view text) {
  std::vector<failure_block> out;
  for (std::size_t b = kit::offset_after(text, k_not_delivered); b != npos;) {
    const std::size_t next = detail::ifind(text, k_not_delivered, b);
    const std::string_view block = text.substr(b, next == npos ? npos : next - b);
    b = next == npos ? npos : next + k_not_delivered.size();
    const std::size_t e = detail::ifind(block, "because:");
    if (e == npos) continue;
    out.push_back({kit::find_addresses(block.substr(0, e)), because_text(block.substr(e))});
  }
  return out;
}

// The reason of the block that names recipient; with a single block, that block's (the DSN may
// spell the recipient otherwise); else empty.
const std::string* because_of(const std::vector<failure_block>& blocks,
                              std::string_view recipient) {
  for (const failure_block& f : blocks)
    for (const std::string& a : f.recipients)
      if (detail::iequals(a, recipient)) return &f.because;
  return blocks.size() == 1 ? &blocks.front().because : nullptr;
}

constexpr std::string_view k_engine = "domino";

enum text_marker : std::size_t { not_delivered_to, marker_count };
constexpr std::string_view markers[] = {"was not delivered to:"};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report& r, const marker_hits& text) {
  if (!text.has(not_delivered_to)) return false;
  const std::string_view subject = r.subject;
  return detail::istarts_with(subject, "delivery failure:") ||
         detail::istarts_with(subject, "delivery_failure:");
}

void extract(const mime::report& r, std::vector<draft>& out) {
  const std::vector<failure_block> blocks = failure_blocks(r.text);
  const std::size_t first = out.size();
  kit::dsn_drafts(r, out);
  if (out.size() == first) {
    // Plain-text report: the addresses between "was not delivered to:" and "because:".
    for (const failure_block& f : blocks)
      for (const std::string& a : f.recipients) out.push_back(kit::make_draft(a, f.because));
  }
  for (std::size_t i = first; i < out.size(); ++i) {
    draft& d = out[i];
    if (const std::string* because = because_of(blocks, d.recipient); because && !because->empty())
      d.diagnostic = *because;
    kit::apply_catalogue(d, k_engine, k_catalogue);
  }
}

}  // namespace

const extractor& domino_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
