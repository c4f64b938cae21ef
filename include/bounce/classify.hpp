// SPDX-License-Identifier: BSD-2-Clause
#pragma once
/// @file classify.hpp  The reason rules on their own, for log lines and provider webhook texts.
#include <optional>
#include <string>
#include <string_view>

#include "bounce/record.hpp"
#include "bounce/status.hpp"

namespace bounce {

struct classification {
  reason_kind reason = reason_kind::undefined;
  std::optional<status_code> status;  ///< carried by the text, else inferred (registry-valid)
  bounce::status_source status_source = bounce::status_source::inferred;
  std::optional<int> reply_code;
  bool hard_bounce = false;
  std::string rule;  ///< e.g. "status/X.1.1", "text/en/mailbox-full"
};

/** Classify a diagnostic text ("550 5.1.1 <a@b.example>: Recipient address rejected: User
   unknown").
    @par Example  classify("452 4.2.2 Mailbox full").reason == reason_kind::mailboxfull */
classification classify(std::string_view diagnostic);

}  // namespace bounce
