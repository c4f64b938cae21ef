// SPDX-License-Identifier: BSD-2-Clause
// The fields derived from a record's other fields (src/pipeline/finish_record.cpp): destination,
// sender_domain and permanent, as docs/record-schema.md defines them.
#include "pipeline/finish_record.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string_view>

using namespace bounce;

namespace {

struct permanence_case {
  std::string_view what;
  reason_kind reason;
  action_kind action;
  std::optional<status_code> status;
  std::optional<bounce::status_source> source;
  std::optional<int> reply;
  bool permanent;
};

const permanence_case permanence_cases[] = {
    {"5.x.x failure", reason_kind::userunknown, action_kind::failed, status_code{5, 1, 1},
     status_source::reply, 550, true},
    {"4.x.x from a reply in a failed text notice", reason_kind::mailboxfull, action_kind::failed,
     status_code{4, 2, 2}, status_source::reply, 452, false},
    {"4.x.x in a DSN whose action is failed: the MTA gave up", reason_kind::mailboxfull,
     action_kind::failed, status_code{4, 2, 2}, status_source::dsn, std::nullopt, true},
    {"expiry: the notice says it stopped retrying", reason_kind::expired, action_kind::failed,
     status_code{4, 4, 7}, status_source::text, std::nullopt, true},
    {"delayed is retried", reason_kind::expired, action_kind::delayed, status_code{4, 4, 7},
     status_source::dsn, std::nullopt, false},
    {"no status: a 5xx reply", reason_kind::rejected, action_kind::failed, std::nullopt,
     std::nullopt, 554, true},
    {"no status: a 4xx reply", reason_kind::ratelimited, action_kind::failed, std::nullopt,
     std::nullopt, 421, false},
    {"no code at all: failed", reason_kind::onhold, action_kind::failed, std::nullopt, std::nullopt,
     std::nullopt, true},
    {"delivered", reason_kind::delivered, action_kind::delivered, status_code{2, 0, 0},
     status_source::dsn, 250, false},
    {"feedback", reason_kind::feedback, action_kind::failed, std::nullopt, std::nullopt,
     std::nullopt, false},
    {"vacation", reason_kind::vacation, action_kind::failed, std::nullopt, std::nullopt,
     std::nullopt, false},
};

}  // namespace

TEST_CASE("permanent: a failure that will not be retried") {
  for (const permanence_case& c : permanence_cases) {
    CAPTURE(c.what);
    record r;
    r.reason = c.reason;
    r.action = c.action;
    r.status = c.status;
    r.status_source = c.source;
    r.reply_code = c.reply;
    CHECK(pipeline::is_permanent(r) == c.permanent);
    pipeline::finish_record(r, options{});
    CHECK(r.permanent == c.permanent);
  }
}

TEST_CASE("destination and sender_domain: the addresses' domains, lower case") {
  record r;
  r.recipient = "Kim.Lee@Mail.Example.NET";
  r.sender = "news@Sender.Example";
  pipeline::finish_record(r, options{});
  CHECK(r.destination == "mail.example.net");
  CHECK(r.sender_domain == "sender.example");

  record none;  // no address, or no domain: nothing invented
  none.recipient = "postmaster";
  pipeline::finish_record(none, options{});
  CHECK(none.destination.empty());
  CHECK(none.sender_domain.empty());

  record kept;  // a value set by the reader (a provider event) is kept
  kept.recipient = "a@b.example";
  kept.destination = "given.example";
  pipeline::finish_record(kept, options{});
  CHECK(kept.destination == "given.example");
}
