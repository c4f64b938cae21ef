// SPDX-License-Identifier: BSD-2-Clause
// The fallback's diagnostic: the text that says why, not only the line with the address.
// Every notice here is a minimal invented sample.
#include "extract/extractors.hpp"
#include "claims_alone.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/common/transcript.hpp"
#include "extract/extractor.hpp"

using namespace bounce;
using namespace bounce::extract;

namespace {
std::vector<draft> run(const std::string& text,
                       const std::string& subject = "Undeliverable message") {
  mime::report r;
  r.headers.add("From", "Mail System <MAILER-DAEMON@mx.example.net>");
  r.headers.add("Subject", subject);
  r.subject = subject;
  r.text = text;
  std::vector<draft> out;
  if (claims_alone(fallback_extractor(), r)) fallback_extractor().extract(r, out);
  return out;
}
}  // namespace

TEST_SUITE("extract/fallback_diagnostic") {
  TEST_CASE("a line ending in ':' gets the reason on the next line") {
    auto out = run(
        "Your message to <kim@example.org> was automatically rejected:\nMailbox quota exceeded\n");
    REQUIRE(out.size() == 1);
    CHECK(out[0].diagnostic.find("Mailbox quota exceeded") != std::string::npos);
  }

  TEST_CASE("a sentence running on, then ':' across a blank line") {
    auto out = run(
        "Sorry, unable to deliver your message to kim@example.org for\nthe following reason:\n\n"
        " 552 Quota violation for kim@example.org\n\nA copy of the original message below this "
        "line:\n");
    REQUIRE(out.size() == 1);
    CHECK(out[0].diagnostic.find("552 Quota violation") != std::string::npos);
    CHECK(out[0].diagnostic.find("copy of the original") == std::string::npos);
  }

  TEST_CASE("a bare list gets the notice's explanation, never the next entry") {
    auto out =
        run("This message was undeliverable due to the following reason:\n\n"
            "The destination host was not reachable within the allowed queue period.\n\n"
            "The following recipients did not receive your message:\n\n    <kim@example.org>\n"
            "The following recipients did not receive your message:\n\n    <lee@example.org>\n");
    REQUIRE(out.size() == 2);
    CHECK(out[0].diagnostic.find("allowed queue period") != std::string::npos);
    CHECK(out[0].diagnostic.find("lee@example.org") == std::string::npos);
  }

  TEST_CASE("a list's intro alone is no explanation") {
    auto out =
        run("Delivery to the following recipient failed permanently:\n\n     kim@example.org\n\n"
            "   ----- Original message -----\n");
    REQUIRE(out.size() == 1);
    CHECK(out[0].diagnostic == "kim@example.org");
  }

  TEST_CASE("a session transcript gives each recipient the failing reply to its RCPT") {
    // MDaemon's form: a time stamp, then "-->" for what it sent and "<--" for the reply. The
    // "250 2.1.0" to MAIL before the failure is not the recipient's outcome.
    auto out =
        run("The attached message had PERMANENT fatal delivery errors!\n\n"
            "--- Session Transcript ---\n"
            " Fri 2026-11-06 10:00:00.400: <-- 220 mx.example.org ESMTP\n"
            " Fri 2026-11-06 10:00:00.501: --> MAIL From:<s@example.com>\n"
            " Fri 2026-11-06 10:00:00.600: <-- 250 2.1.0 Ok\n"
            " Fri 2026-11-06 10:00:00.601: --> RCPT To:<kim@example.org>\n"
            " Fri 2026-11-06 10:00:00.700: <-- 552 5.2.2 <kim@example.org>: Mailbox full\n"
            " Fri 2026-11-06 10:00:00.701: --> RCPT To:<lee@example.org>\n"
            " Fri 2026-11-06 10:00:00.800: <-- 550 5.1.1 <lee@example.org>: User unknown\n"
            "--- End Transcript ---\n");
    REQUIRE(out.size() == 2);
    CHECK(out[0].recipient == "kim@example.org");
    CHECK(out[0].diagnostic == "552 5.2.2 <kim@example.org>: Mailbox full");
    CHECK(out[0].smtp_command == "RCPT");
    CHECK(out[1].recipient == "lee@example.org");
    CHECK(out[1].diagnostic == "550 5.1.1 <lee@example.org>: User unknown");
  }

  TEST_CASE("an arrow inside prose is no transcript line") {
    const auto ex = kit::parse_transcript(
        "See the log --> 550 5.1.1 is what they said\n<!-- 250 ok -->\n"
        "Mon 2026: --> RCPT To:<kim@example.org>\nNote: <-- 550 5.1.1 unknown\n");
    // Only the stamped "--> RCPT" line counts: "Note: " holds no digit, so no reply follows it.
    CHECK(ex.empty());
  }

  TEST_CASE("a line ending in ':' that says delivery failed heads the list, whatever its words") {
    for (const char* heading : {"Delivery has failed to these recipients or groups:",
                                "This message was not delivered to:",
                                "Delivery to these recipients failed:", "Undelivered mail to:"}) {
      CAPTURE(heading);
      auto out = run(std::string(heading) +
                     "\n\nkim@example.org\n    550 5.1.1 User unknown\n\n"
                     "lee@example.org\n    552 5.2.2 Mailbox full\n");
      REQUIRE(out.size() == 2);
      CHECK(out[0].recipient == "kim@example.org");
      CHECK(out[0].diagnostic.find("550 5.1.1") != std::string::npos);
      CHECK(out[1].recipient == "lee@example.org");
      CHECK(out[1].diagnostic.find("552 5.2.2") != std::string::npos);
    }
  }

  TEST_CASE("entries of one paragraph each keep their own reply") {
    for (const char* list :
         {"kim@example.org: 550 5.1.1 User unknown\nlee@example.org: 552 5.2.2 Mailbox full\n",
          "Message not delivered to kim@example.org: 550 5.1.1 User unknown\n"
          "Message not delivered to lee@example.org: 552 5.2.2 Mailbox full\n"}) {
      CAPTURE(list);
      auto out = run(std::string("Delivery failed for the following recipients:\n\n") + list);
      REQUIRE(out.size() == 2);
      CHECK(out[0].diagnostic.find("550 5.1.1") != std::string::npos);
      CHECK(out[0].diagnostic.find("lee@") == std::string::npos);
      CHECK(out[1].diagnostic.find("552 5.2.2") != std::string::npos);
      CHECK(out[1].diagnostic.find("kim@") == std::string::npos);
    }
  }

  TEST_CASE("an entry written with a display name ends at the next entry") {
    auto out =
        run("The following addresses failed:\n\n\"Kim\" <kim@example.org> - mailbox unavailable\n"
            "\"Lee\" <lee@example.org> - mailbox full\n");
    REQUIRE(out.size() == 2);
    CHECK(out[0].diagnostic.find("lee@") == std::string::npos);
    CHECK(out[1].diagnostic.find("mailbox full") != std::string::npos);
  }

  TEST_CASE("a line naming the sender and the recipient gives the recipient") {
    // run()'s notice goes to no one: the sender here is named by the words before it.
    for (const char* line :
         {"Message from s@example.com to kim@example.org was rejected: 554 5.7.1 Spam\n",
          "An error occurred while delivering mail from s@example.com to kim@example.org:\n"
          "  550 5.1.1 User unknown\n"}) {
      CAPTURE(line);
      auto out = run(line);
      REQUIRE(out.size() == 1);
      CHECK(out[0].recipient == "kim@example.org");
    }
  }

  TEST_CASE("the only recipient gets the reply the notice gives apart from its address") {
    auto out =
        run("Your message to kim@example.org could not be delivered.\n\n"
            "Reason: 550 5.1.1 User unknown\n\n"
            "If you need help, contact help@example.org.\n");
    REQUIRE(out.size() == 1);
    CHECK(out[0].diagnostic.find("550 5.1.1 User unknown") != std::string::npos);
    CHECK(out[0].diagnostic.find("help@") == std::string::npos);
  }

  TEST_CASE("an explanation is read up to a line naming another address") {
    auto out =
        run("We could not deliver your message to the following address:\n\n  kim@example.org\n\n"
            "The error was: mailbox full.\nQuestions? Write to help@example.org\n");
    REQUIRE(out.size() == 1);
    CHECK(out[0].diagnostic.find("mailbox full") != std::string::npos);
    CHECK(out[0].diagnostic.find("help@") == std::string::npos);
  }

  TEST_CASE("a Subject that says delayed makes a recipient without a permanent reply delayed") {
    const std::string text =
        "Delivery to the following recipients has been delayed:\n\n  kim@example.org\n"
        "    451 4.7.1 Greylisted\n\n  lee@example.org\n    550 5.1.1 User unknown\n";
    auto out = run(text, "Delivery delayed: Hello");
    REQUIRE(out.size() == 2);
    CHECK(out[0].temporary);
    CHECK(out[0].action == action_kind::delayed);
    CHECK_FALSE(out[1].temporary);  // its own reply is a permanent failure
    CHECK_FALSE(out[1].action.has_value());
    auto failed = run(text);  // the same text under a failure's Subject
    REQUIRE(failed.size() == 2);
    CHECK_FALSE(failed[0].temporary);
  }

  TEST_CASE("a quoted To of the returned message is the last resort, after the entry") {
    auto out =
        run("Your message\n\n  To: kim@example.org\n  Subject: Invoice\n\n"
            "did not reach the following recipient(s):\n\n"
            "kim@example.org on Sat, 7 Nov 2026 08:00:00 +0000\n"
            "    The recipient name is not recognized\n");
    REQUIRE(out.size() == 1);
    CHECK(out[0].diagnostic.find("not recognized") != std::string::npos);
    CHECK(out[0].diagnostic.find("Invoice") == std::string::npos);
  }

  TEST_CASE("without a returned message, the To quoted in the notice is the recipient") {
    auto out =
        run("Your message was not delivered.\n\nTo:       kim@example.org\n"
            "Status:   550 5.1.1 User unknown\n");
    REQUIRE(out.size() == 1);
    CHECK(out[0].recipient == "kim@example.org");
    CHECK(out[0].diagnostic.find("550 5.1.1") != std::string::npos);
  }
}
