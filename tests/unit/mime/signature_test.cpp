// SPDX-License-Identifier: BSD-2-Clause
// A relay's footer under the notice's text ("-- " line, RFC 3676 section 4.3) is not the
// notice's: signature_at finds it, and build_report leaves it out of the text.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "bounce/options.hpp"
#include "mime/detail.hpp"
#include "mime/report.hpp"

using namespace bounce::mime;

namespace {

// MailScanner's default "Inline Text Signature" (MailScanner.conf).
constexpr std::string_view kFooter =
    "-- \n"
    "This message has been scanned for viruses and\n"
    "dangerous content by MailScanner, and is\n"
    "believed to be clean.\n";

constexpr std::string_view kNotice =
    "The recipient server did not accept our requests to connect.\n"
    "[example.net. 192.0.2.10: timed out]\n";

}  // namespace

TEST_CASE("signature_at: the last sig-dash line, when a short footer follows") {
  const std::string text = std::string(kNotice) + std::string(kFooter);
  CHECK(detail::signature_at(text) == kNotice.size());
  CHECK(detail::signature_at(kNotice) == std::string_view::npos);
  // Two separators: the last one starts the relay's footer.
  const std::string twice =
      std::string(kNotice) + "-- \nThe Mail System\n\n" + std::string(kFooter);
  CHECK(detail::signature_at(twice) == twice.size() - kFooter.size());
  // "--" without its space, or with text after it, is not the separator.
  CHECK(detail::signature_at(std::string(kNotice) + "--\nfooter\n") == std::string_view::npos);
  CHECK(detail::signature_at(std::string(kNotice) + "-- x\nfooter\n") == std::string_view::npos);
}

TEST_CASE("signature_at: not when a message or a long text follows the separator") {
  // A quoted message's header block after it: read_inline_original needs it.
  const std::string quoted = std::string(kNotice) +
                             "-- \n------ This is a copy of the message ------\n"
                             "From: news@example.com\nTo: a@example.org\n\nBody\n";
  CHECK(detail::signature_at(quoted) == std::string_view::npos);
  // An SMTP reply after it is the notice's own.
  CHECK(detail::signature_at(std::string(kNotice) + "-- \n550 5.1.1 <a@example.org> unknown\n") ==
        std::string_view::npos);
  CHECK(detail::signature_at(std::string(kNotice) + "-- \n5.1.1 <a@example.org> unknown\n") ==
        std::string_view::npos);
  // A footer's numbers are not replies: a street, a telephone, a scanner's version.
  for (const char* extra : {"Acme Ltd, 250 Main Street\n", "Call us: (212) 555 0100\n",
                            "Scanned by MailScanner 4.84.6\n"}) {
    const std::string text = std::string(kNotice) + std::string(kFooter) + extra;
    CAPTURE(extra);
    CHECK(detail::signature_at(text) == kNotice.size());
  }
  std::string long_tail = std::string(kNotice) + "-- \n";
  for (int i = 0; i < 41; ++i) long_tail += "line\n";
  CHECK(detail::signature_at(long_tail) == std::string_view::npos);
}

TEST_CASE("build_report: a relay's footer is not part of the notice's text") {
  const std::string message =
      "From: Mail Delivery Subsystem <mailer-daemon@example.com>\n"
      "To: news@example.com\n"
      "Subject: Delivery Status Notification (Failure)\n"
      "\n" +
      std::string(kNotice) + "\n" + std::string(kFooter);
  const auto rep = build_report(message, bounce::limits{});
  REQUIRE(rep);
  CHECK(rep->text.find("MailScanner") == std::string::npos);
  CHECK(rep->text.find("timed out") != std::string::npos);
}
