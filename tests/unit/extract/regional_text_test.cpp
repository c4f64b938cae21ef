#include "extract/common/kit.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

using namespace bounce;
namespace rg = bounce::extract::kit;

TEST_SUITE("extract/regional_text") {
  TEST_CASE("bare_address accepts an address alone, quoted or bracketed, and nothing else") {
    CHECK(rg::address_alone("  a@example.org ") == "a@example.org");
    CHECK(rg::address_alone("\"a@example.org\":") == "a@example.org");
    CHECK(rg::address_alone("<a@example.org>") == "a@example.org");
    CHECK(rg::address_alone("<< 550 <a@example.org").empty());
    CHECK(rg::address_alone("mail a@example.org now").empty());
    CHECK(rg::address_alone("no address").empty());
  }

  TEST_CASE("after_marker and cut_at") {
    std::string_view t = "intro\nThe following address failed:\n  a@example.org\n------ copy\nX";
    CHECK(rg::after_line(t, "failed:") == "  a@example.org\n------ copy\nX");
    CHECK(rg::after_line(t, "absent").empty());
    CHECK(rg::cut_before(rg::after_line(t, "failed:"), {"------"}) == "  a@example.org\n");
  }

  TEST_CASE("exim_entries reads indented blocks with command, host and reply") {
    std::string_view list =
        "\n  a@example.org\n    SMTP error from remote mail server after RCPT TO:<a@example.org>:\n"
        "    host mx.example.org [192.0.2.1]: 550 5.1.1 <a@example.org>... User Unknown\n\n"
        "  b@example.net\n    SMTP error from remote mail server after end of data:\n"
        "    host mx.example.net [192.0.2.2]: 550 :\n    User unknown\n\n"
        "Next paragraph at column 0\n";
    auto e = rg::exim_entries(list);
    REQUIRE(e.size() == 2);
    CHECK(e[0].recipient == "a@example.org");
    CHECK(e[0].command == "RCPT");
    CHECK(e[0].remote_mta == "mx.example.org");
    CHECK(e[0].diagnostic == "550 5.1.1 <a@example.org>... User Unknown");
    CHECK(e[1].command == "DATA");
    CHECK(e[1].diagnostic == "550 : User unknown");
  }

  TEST_CASE("exim_entries reads the one-line \"<addr>: reply\" form") {
    auto e = rg::exim_entries(
        "  <c@example.com>: 550 5.1.1 <c@example.com>: unknown\n\nIncluded is a copy\n");
    REQUIRE(e.size() == 1);
    CHECK(e[0].recipient == "c@example.com");
    CHECK(e[0].diagnostic == "550 5.1.1 <c@example.com>: unknown");
  }

  TEST_CASE("united_internet_entries: quoted address, command, host, labels and help links") {
    std::string_view list =
        "\n\"a@example.org\":\nSMTP error from remote server after RCPT command:\nhost: "
        "mx.example.org\n"
        "5.2.2 <a@example.org>... Mailbox Full\n<b@example.net>\n\nReason:\ndelivery retry timeout "
        "exceeded\n"
        "c@example.com\nFor the following reason:\nMail size limit exceeded. For explanation "
        "visit\n"
        "https://postmaster.example/errors\n\n--- The header of the original message is following. "
        "---\n"
        "To: d@example.org\n";
    auto e = rg::united_internet_entries(list);
    REQUIRE(e.size() == 3);
    CHECK(e[0].command == "RCPT");
    CHECK(e[0].remote_mta == "mx.example.org");
    CHECK(e[0].diagnostic == "5.2.2 <a@example.org>... Mailbox Full");
    CHECK(e[1].recipient == "b@example.net");
    CHECK(e[1].diagnostic == "delivery retry timeout exceeded");
    CHECK(e[2].diagnostic == "Mail size limit exceeded. For explanation visit");
  }

  TEST_CASE(
      "united_internet_entries: the one-line \"for TEXT command, host: ... reason: ...\" form") {
    std::string_view list =
        "\na@example.fr:\nSMTP error from remote server for TEXT command, host: mx.example.fr "
        "(192.0.2.65) reason: 550 5.7.1 Message refused\n--- The header of the original message "
        "is following. ---\n";
    auto e = rg::united_internet_entries(list);
    REQUIRE(e.size() == 1);
    CHECK(e[0].command == "DATA");
    CHECK(e[0].remote_mta == "mx.example.fr");
    CHECK(e[0].diagnostic == "550 5.7.1 Message refused");

    e = rg::united_internet_entries(
        "\nb@example.org\nSMTP error from remote server for RCPT command, "
        "host: mx.example.org reason: 550 No such user\n");
    REQUIRE(e.size() == 1);
    CHECK(e[0].command == "RCPT");
    CHECK(e[0].diagnostic == "550 No such user");
  }

  TEST_CASE("Exim's own catalogue messages state a reason; remote replies do not") {
    // One table of (Exim's message, verdict, rule); a remote reply quoting the words is none.
    struct row {
      std::string_view diagnostic;
      std::optional<reason_kind> reason;
      std::string_view rule;
    };
    const row rows[] = {
        {"an MX or SRV record indicated no SMTP service", reason_kind::notaccept,
         "extractor/mailru/no-smtp-service"},
        {"Unrouteable address", reason_kind::hostunknown, "extractor/mailru/unrouteable"},
        {"mailbox is full: retry timeout exceeded", reason_kind::mailboxfull,
         "extractor/mailru/mailbox-full"},
        {"delivery retry timeout exceeded", reason_kind::expired, "extractor/mailru/retry-timeout"},
        {"550 5.1.1 Unrouteable address here", std::nullopt, ""},
    };
    for (const auto& r : rows) {
      CAPTURE(r.diagnostic);
      bounce::extract::draft d;
      d.diagnostic = std::string(r.diagnostic);
      CHECK(rg::apply_exim_catalogue(d, "mailru") == r.reason.has_value());
      CHECK(d.reason == r.reason);
      CHECK(d.rule == r.rule);
    }
  }
}
