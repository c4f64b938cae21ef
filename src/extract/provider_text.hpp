#pragma once
// Small scanning helpers shared by the provider extractors (Gmail, Yahoo, Exchange, Zoho ...):
// most of these formats are free text with a fixed skeleton ("Delivery to the following
// recipient failed permanently:", "Remote host said:"), so the extractors find markers, cut
// blocks between them and look phrases up in their own message catalogues.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "bounce/record.hpp"
#include "detail/string_util.hpp"
#include "extract/draft.hpp"
#include "mime/report.hpp"

namespace bounce::extract::ptext {

inline constexpr std::size_t npos = std::string_view::npos;

/// Offset just after the first lower-case marker in text at or after from; npos when absent.
std::size_t after(std::string_view text, std::string_view lower_marker, std::size_t from = 0);

/// text cut before the first of the lower-case markers found (text itself when none is).
std::string_view cut_before(std::string_view text, std::span<const std::string_view> markers);

/// The line containing offset pos (without its newline).
std::string_view line_at(std::string_view text, std::size_t pos);

/// Offset of the start of the line after the one containing pos (text.size() at the end).
std::size_t next_line(std::string_view text, std::size_t pos);

/// True when the line is empty or only whitespace.
bool blank(std::string_view line);

/// One entry of an MTA's message catalogue: wording that states the reason in that format.
struct phrase_reason {
  std::string_view phrase;  ///< lower-case; matched ASCII case-insensitively, spaces collapsed
  reason_kind reason;
  std::string_view id;      ///< rule id, becomes "extractor/<engine>/<id>"
};

/// The first entry whose phrase occurs in text; nullptr when none.
const phrase_reason* match(std::string_view text, std::span<const phrase_reason> table);

/// Sets d.reason and d.rule from the entry matching d.diagnostic (nothing when none matches).
bool apply_catalogue(draft& d, std::string_view engine, std::span<const phrase_reason> table);

/// True when the header value contains the lower-case needle.
inline bool header_has(const mime::report& r, std::string_view name, std::string_view lower) {
  return detail::icontains(r.headers.get(name), lower);
}

/// RFC 3464 groups that name the same recipient twice in a row (a group split in two by an
/// Original-Recipient after Final-Recipient) are merged into one draft, from index `first` on.
void merge_split_groups(std::vector<draft>& out, std::size_t first);

/// Folds whitespace runs in s into single spaces (for matching wrapped lines).
std::string fold(std::string_view s);

}  // namespace bounce::extract::ptext

namespace bounce::extract {
/// Amazon SES and WorkMail expiry reports append the last remote reply in angle brackets
/// ("Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>"): the
/// format states the reason (expired) and the remote's code is the specific status.
void ses_expired_reply(draft& d, std::string_view engine);
}  // namespace bounce::extract
