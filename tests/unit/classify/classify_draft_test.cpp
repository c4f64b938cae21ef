// SPDX-License-Identifier: BSD-2-Clause
// classify_draft moves the draft's strings into the record and collapses the diagnostic in place;
// the record must say what the copying version said: the same fields, the warnings in the same
// order, and the diagnostic exactly as detail::collapse_space makes it.
#include "classify/classifier.hpp"

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <string_view>

#include "classify/reason_table.hpp"
#include "detail/string_util.hpp"

using namespace bounce;

TEST_CASE("collapse_space_in_place: examples, around the already-collapsed prefix") {
  const auto collapsed = [](std::string s) {
    rules::collapse_space_in_place(s);
    return s;
  };
  CHECK(collapsed("550 user unknown") == "550 user unknown");
  CHECK(collapsed(" 550 user") == "550 user");
  CHECK(collapsed("550 user ") == "550 user");
  CHECK(collapsed("550  user") == "550 user");
  CHECK(collapsed("550 user\n  unknown") == "550 user unknown");
  CHECK(collapsed("550\tuser") == "550 user");
  CHECK(collapsed("a \x01 b") == "a \x01 b");  // a control byte that is not white space is a word
  CHECK(collapsed(" ") == "");
  CHECK(collapsed("") == "");
}

TEST_CASE("collapse_space_in_place: agrees with detail::collapse_space") {
  const std::string_view pieces[] = {" ",  "  ", "\t",   "\n",  "\r\n",  "\f",           "\v",
                                     "a",  "BC", "\x01", "550", "5.1.1", "user unknown", "\xc3\xa9",
                                     "x y"};
  std::mt19937 rng(7);
  for (int t = 0; t < 20000; ++t) {
    std::string raw;
    for (unsigned k = rng() % 12; k > 0; --k) raw.append(pieces[rng() % std::size(pieces)]);
    CAPTURE(raw);
    std::string s = raw;
    rules::collapse_space_in_place(s);
    CHECK(s == detail::collapse_space(raw));
  }
}

TEST_CASE("classify_draft: the draft's fields reach the record") {
  extract::draft d;
  d.recipient = "someone.with.a.long.name@mail.example.org";
  d.diagnostic_type = "SMTP";
  d.diagnostic = "  550 5.1.1 <someone.with.a.long.name@mail.example.org>:\n  User unknown  ";
  d.smtp_command = "RCPT";
  d.remote_mta = "mx.long-host-name.mail.example.org";
  d.reporting_mta = "reporting.long-host-name.example.net";
  d.arrival_date = "2024-01-02T03:04:05+00:00";
  d.last_attempt_date = "2024-01-02T03:04:06+00:00";
  d.status = status_code{5, 1, 1};
  d.warnings = {"draft_warning_one", "draft_warning_two"};
  limits lim;
  record rec;
  rules::classify_draft(std::move(d), "rfc3464", lim, rec);
  CHECK(rec.recipient == "someone.with.a.long.name@mail.example.org");
  CHECK(rec.diagnostic_type == "SMTP");
  CHECK(rec.diagnostic == "550 5.1.1 <someone.with.a.long.name@mail.example.org>: User unknown");
  CHECK(rec.smtp_command == "RCPT");
  CHECK(rec.remote_mta == "mx.long-host-name.mail.example.org");
  CHECK(rec.reporting_mta == "reporting.long-host-name.example.net");
  CHECK(rec.arrival_date == "2024-01-02T03:04:05+00:00");
  CHECK(rec.last_attempt_date == "2024-01-02T03:04:06+00:00");
  CHECK(rec.engine == "rfc3464");
  CHECK(rec.reason == reason_kind::userunknown);
  CHECK(rec.status_class_title == "Permanent Failure");
  CHECK(rec.warnings == std::vector<std::string>{"draft_warning_one", "draft_warning_two"});
}

TEST_CASE("classify_draft: truncated_diagnostic comes before the draft's warnings") {
  extract::draft d;
  d.recipient = "a@example.org";
  d.diagnostic = "550 \xc3\xa9\xc3\xa9\xc3\xa9 mailbox full and a long tail of words";
  d.warnings = {"from_the_draft"};
  limits lim;
  lim.max_diagnostic = 6;  // inside the second two-byte sequence: cut before it
  record rec;
  rules::classify_draft(std::move(d), "x", lim, rec);
  CHECK(rec.diagnostic == "550 \xc3\xa9");
  CHECK(rec.warnings == std::vector<std::string>{"truncated_diagnostic", "from_the_draft"});
}

TEST_CASE("classify_draft: an extractor's rule and a feedback type are kept") {
  extract::draft d;
  d.recipient = "a@example.org";
  d.reason = reason_kind::mailboxfull;
  d.rule = "extractor/some-engine/some-long-rule-identifier";
  record rec;
  rules::classify_draft(std::move(d), "some-engine", limits{}, rec);
  CHECK(rec.reason == reason_kind::mailboxfull);
  CHECK(rec.rule == "extractor/some-engine/some-long-rule-identifier");

  extract::draft f;
  f.feedback_type = "abuse-report-with-a-long-name";
  record fr;
  rules::classify_draft(std::move(f), "arf", limits{}, fr);
  CHECK(fr.reason == reason_kind::feedback);
  CHECK(fr.feedback_type == "abuse-report-with-a-long-name");
  CHECK(fr.rule == "outcome/feedback");
}

TEST_CASE("classify_draft: each record reads its own text, not the previous record's scan") {
  // The rules share one scan per record (text_hits), kept per thread: it must be made again for
  // the next record's text.
  const auto reason_of = [](std::string_view diagnostic) {
    extract::draft d;
    d.recipient = "a@example.org";
    d.diagnostic = std::string(diagnostic);
    d.smtp_command = "RCPT";
    record rec;
    rules::classify_draft(std::move(d), "x", limits{}, rec);
    return rec.reason;
  };
  CHECK(reason_of("550 mailbox full") == reason_kind::mailboxfull);
  CHECK(reason_of("550 user unknown") == reason_kind::userunknown);
  CHECK(reason_of("550 mailbox full") == reason_kind::mailboxfull);
}

TEST_CASE("classify_draft: the step named in the diagnostic, when the extractor found none") {
  // A DSN group whose human text names no step: Postfix's Diagnostic-Code ends with the step.
  const auto classified = [](std::string command, std::string_view diagnostic, bool prose) {
    extract::draft d;
    d.recipient = "a@example.org";
    d.status = status_code{5, 0, 0};
    d.smtp_command = std::move(command);
    d.diagnostic = std::string(diagnostic);
    d.prose = prose;
    record rec;
    rules::classify_draft(std::move(d), "rfc3464", limits{}, rec);
    return rec;
  };
  constexpr std::string_view unavailable =
      "host mx.example.org[192.0.2.1] said: 550 Requested action not taken: mailbox "
      "unavailable (in reply to RCPT TO\n    command)";
  const record rcpt = classified("", unavailable, false);
  CHECK(rcpt.smtp_command == "RCPT");
  CHECK(rcpt.reason == reason_kind::userunknown);  // at RCPT: the address (docs/reasons.md)
  // The extractor's own step stands.
  CHECK(classified("DATA", unavailable, false).smtp_command == "DATA");
  CHECK(classified("DATA", unavailable, false).reason == reason_kind::filtered);
  // A notice's prose is no reply: its words name no step.
  CHECK(classified("", "We could not deliver it after data was sent.", true).smtp_command.empty());
  CHECK(classified("", "550 5.1.1 User unknown", false).smtp_command.empty());
}

TEST_CASE("reason table: is_hard looks at temporary only where hard_needs_temporary says so") {
  // classify_draft skips looks_temporary for the other reasons.
  for (int i = 0; i < reason_count; ++i) {
    const auto r = static_cast<reason_kind>(i);
    CAPTURE(to_string(r));
    if (!rules::hard_needs_temporary(r)) CHECK(rules::is_hard(r, true) == rules::is_hard(r, false));
  }
  CHECK(rules::is_hard(reason_kind::notaccept, false) !=
        rules::is_hard(reason_kind::notaccept, true));
}

TEST_CASE("classify_draft: the extractor's verdict is evidence, weighed by decide()") {
  const auto classify = [](reason_kind verdict, std::string rule, extract::draft::strength strength,
                           std::string_view diagnostic) {
    extract::draft d;
    d.recipient = "a@example.org";
    d.diagnostic = std::string(diagnostic);
    d.reason = verdict;
    d.rule = std::move(rule);
    d.reason_strength = strength;
    record rec;
    rules::classify_draft(std::move(d), "exim", limits{}, rec);
    return rec;
  };
  using S = extract::draft::strength;
  const std::string_view full = "save to x generated by x mailbox is full: retry timeout exceeded";
  // Exim's catalogue reads "retry timeout exceeded" as expired; the text names the cause.
  record rec = classify(reason_kind::expired, "extractor/exim/retry-timeout", S::catalogue, full);
  CHECK(rec.reason == reason_kind::mailboxfull);
  CHECK(rec.rule == "text/en/mailbox-full");
  CHECK(rec.status == status_code{5, 2, 2});
  // A format that states a generic outcome is weighed the same way: the cause beside it wins.
  rec = classify(reason_kind::expired, "extractor/exim/retry-timeout", S::stated, full);
  CHECK(rec.reason == reason_kind::mailboxfull);
  CHECK(rec.rule == "text/en/mailbox-full");
  // A format that states a cause is not overridden.
  rec = classify(reason_kind::hostunknown, "extractor/exim/no-route", S::stated, full);
  CHECK(rec.reason == reason_kind::hostunknown);
  CHECK(rec.rule == "extractor/exim/no-route");
  // No more specific cause: the catalogue's verdict and rule stay (an empty rule names the engine).
  rec = classify(reason_kind::expired, "extractor/exim/retry-timeout", S::catalogue,
                 "retry timeout exceeded");
  CHECK(rec.reason == reason_kind::expired);
  CHECK(rec.rule == "extractor/exim/retry-timeout");
  rec = classify(reason_kind::expired, "", S::catalogue, "retry timeout exceeded");
  CHECK(rec.rule == "extractor/exim");
}
