// The toolkit's merged primitives (src/extract/common), as tables of inputs and outputs.
#include "extract/common/kit.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace bounce;
namespace kit = bounce::extract::kit;

TEST_SUITE("extract/kit") {
  TEST_CASE("contains_folded: case-insensitive, a space matches any white-space run") {
    struct row {
      std::string_view text, phrase;
      bool found;
    };
    const row rows[] = {
        {"Mailbox is FULL", "mailbox is full", true},
        {"mailbox\n    is\tfull", "mailbox is full", true},
        {"delivery retry timeout exceeded", "retry timeout exceeded", true},
        {"mailboxis full", "mailbox is full", false},
        {"mailbox is ful", "mailbox is full", false},
        {"Delivery failed 20 attempts", " attempts", true},
        {"attempts", " attempts", false},
        {"", "x", false},
        {"anything", "", true},
    };
    for (const auto& r : rows) {
      CAPTURE(r.text);
      CAPTURE(r.phrase);
      CHECK(kit::contains_folded(r.text, r.phrase) == r.found);
    }
  }

  TEST_CASE("find_phrase and apply_catalogue: the first entry that occurs, its verdict") {
    constexpr kit::phrase table[] = {
        {"mailbox is full", reason_kind::mailboxfull, "mailbox-full"},
        {"retry timeout exceeded", reason_kind::expired, "retry-timeout"},
    };
    struct row {
      std::string_view diagnostic;
      std::optional<reason_kind> reason;
      std::string_view rule;
    };
    const row rows[] = {
        {"mailbox is full: retry timeout exceeded", reason_kind::mailboxfull,
         "extractor/x/mailbox-full"},
        {"retry timeout\n exceeded", reason_kind::expired, "extractor/x/retry-timeout"},
        {"550 user unknown", std::nullopt, ""},
    };
    for (const auto& r : rows) {
      CAPTURE(r.diagnostic);
      extract::draft d;
      d.diagnostic = std::string(r.diagnostic);
      CHECK(kit::apply_catalogue(d, "x", table) == r.reason.has_value());
      CHECK(d.reason == r.reason);
      CHECK(d.rule == r.rule);
      CHECK(d.reason_strength == extract::draft::strength::catalogue);
    }
  }

  TEST_CASE("set_verdict: stated only when asked") {
    extract::draft d;
    kit::set_verdict(d, "amazonses", "Suppressed", reason_kind::suppressed,
                     extract::draft::strength::stated);
    CHECK(d.reason == reason_kind::suppressed);
    CHECK(d.rule == "extractor/amazonses/Suppressed");
    CHECK(d.reason_strength == extract::draft::strength::stated);
  }

  TEST_CASE("address_alone and strip_address: two readings of an address on a line") {
    struct row {
      std::string_view line, alone, stripped;
    };
    const row rows[] = {
        {"  a@example.org ", "a@example.org", "a@example.org"},
        {"<a@example.org>:", "a@example.org", "a@example.org"},
        {"\"a@example.org\":", "a@example.org", "\"a@example.org\""},
        {"<kijitora>:", "", "kijitora"},
        {"mail a@example.org now", "", "mail a@example.org now"},
        {"a@example.org.", "", "a@example.org"},
    };
    for (const auto& r : rows) {
      CAPTURE(r.line);
      CHECK(kit::address_alone(r.line) == r.alone);
      CHECK(kit::strip_address(r.line) == r.stripped);
    }
  }

  TEST_CASE("exim_command: the one reading of Exim's \"after ...\"") {
    struct row {
      std::string_view line, command;
    };
    const row rows[] = {
        {"SMTP error from remote mail server after RCPT TO:<a@example.org>:", "RCPT"},
        {"SMTP error from remote mail server after end of data:", "DATA"},
        {"SMTP error from remote mail server after MAIL FROM:<> SIZE=1234:", "MAIL"},
        {"SMTP error from remote mail server after initial connection:", "CONN"},
        {"SMTP error from remote mailer after pipelined RCPT TO:<a@example.org>:", "RCPT"},
        {"LMTP error after sending data block:", "DATA"},
        {"SMTP error from remote mail server:", ""},
    };
    for (const auto& r : rows) {
      CAPTURE(r.line);
      CHECK(kit::exim_command(r.line) == r.command);
    }
  }

  TEST_CASE("merge_split_group: each field from the half that has it, Diagnostic-Code first") {
    extract::draft prev, cur;
    prev.recipient = "a@example.org";
    prev.diagnostic = "paragraph of the human text";
    cur.recipient = "a@example.org";
    cur.status = status_code{5, 1, 1};
    cur.diagnostic_type = "SMTP";
    cur.diagnostic = "550 5.1.1 no such user";
    cur.remote_mta = "mx.example.org";
    kit::merge_split_group(prev, cur);
    CHECK(prev.diagnostic == "550 5.1.1 no such user");
    CHECK(prev.diagnostic_type == "SMTP");
    CHECK(prev.status == status_code{5, 1, 1});
    CHECK(prev.remote_mta == "mx.example.org");
    // A typed but empty Diagnostic-Code does not wipe out the text.
    extract::draft p2, c2;
    p2.diagnostic = "text";
    c2.diagnostic_type = "SMTP";
    kit::merge_split_group(p2, c2);
    CHECK(p2.diagnostic == "text");
  }

  TEST_CASE("cutting a notice: offset_after, after_line, cut_before, until_line") {
    const std::string_view t =
        "Head\nThe following address(es) failed:\n  a@example.org\n------ copy\nX";
    CHECK(kit::offset_after(t, "failed:") == t.find(":\n") + 1);
    CHECK(kit::after_line(t, "failed:") == "  a@example.org\n------ copy\nX");
    CHECK(kit::cut_before(kit::after_line(t, "failed:"), {"------"}) == "  a@example.org\n");
    CHECK(kit::until_line(t, {"------ copy"}) ==
          "Head\nThe following address(es) failed:\n  a@example.org\n");
    CHECK(kit::after_line(t, "absent").empty());
  }
}
