// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// The extractor toolkit, topic "catalogues": an MTA's or provider's own wording that states
// the reason of a failure (Gmail's "The recipient server did not accept our requests to
// connect", qmail's "no mailbox here by that name", Exim's "retry timeout exceeded" ...). Each
// table names the sources of its rows: the MTA's source or manual, or a family of at least
// three messages. One entry type, one way to match it, one way to record the hit in a draft:
// the hit is the extractor's evidence (draft.reason, draft.rule = "extractor/<engine>/<id>",
// draft.reason_strength), which the classifier weighs with the rest.
#include <span>
#include <string_view>

#include "bounce/record.hpp"
#include "extract/draft.hpp"

namespace bounce::extract::kit {

/// One entry of a message catalogue.
struct phrase {
  std::string_view text;  ///< lower-case; matched by contains_folded()
  reason_kind reason;
  std::string_view id;  ///< rule id, becomes "extractor/<engine>/<id>"
};

/// True when lower_phrase occurs in text, ASCII case-insensitively, a space of the phrase
/// matching any run of white space (wrapped lines put a newline and indentation inside a
/// phrase). No allocation.
bool contains_folded(std::string_view text, std::string_view lower_phrase);

/// The first entry of table whose phrase occurs in text (contains_folded); nullptr when none.
const phrase* find_phrase(std::string_view text, std::span<const phrase> table);

/// Records the extractor's verdict: d.reason, d.rule = "extractor/<engine>/<id>" and
/// d.reason_strength. `stated` only where the format itself states the outcome (an SES bounce
/// subtype, a complaint, an auto-reply); a catalogue hit is `catalogue`.
void set_verdict(draft& d, std::string_view engine, std::string_view id, reason_kind reason,
                 draft::strength strength = draft::strength::catalogue);

/// set_verdict() from the entry of table found in text; false (d untouched) when none is.
bool apply_catalogue(draft& d, std::string_view engine, std::span<const phrase> table,
                     std::string_view text);

/// apply_catalogue() on d.diagnostic.
inline bool apply_catalogue(draft& d, std::string_view engine, std::span<const phrase> table) {
  return apply_catalogue(d, engine, table, d.diagnostic);
}

/// Amazon SES and WorkMail expiry reports append the last remote reply in angle brackets
/// ("Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>"): the
/// format's verdict is expired (rule "extractor/<engine>/message-expired"), the remote's code is
/// the specific status, and the remote reply comes first in the diagnostic.
void ses_expired_reply(draft& d, std::string_view engine);

}  // namespace bounce::extract::kit
