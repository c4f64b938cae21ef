// SPDX-License-Identifier: BSD-2-Clause
// The toolkit's merged primitives (src/extract/common), as tables of inputs and outputs.
#include "extract/common/kit.hpp"
#include "extract_sample.hpp"

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

  TEST_CASE("lists_addresses_only: a list of recipients is no diagnostic") {
    CHECK(kit::lists_addresses_only("<a@example.org>:\n<b@example.org>:\n"));
    CHECK(kit::lists_addresses_only("  a@example.org\n\n  b@example.org"));
    CHECK_FALSE(kit::lists_addresses_only("<a@example.org>:\n    Unrouteable address\n"));
    CHECK_FALSE(kit::lists_addresses_only(""));
    CHECK_FALSE(kit::lists_addresses_only("\n  \n"));
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

  TEST_CASE("exim_entries: the one reader of Exim-style failure lists, in its three layouts") {
    using L = kit::exim_layout;
    struct entry {
      std::string_view recipient, generated, command, remote_mta, diagnostic;
      bool is_pipe = false;
    };
    struct row {
      std::string_view name;
      L layout;
      std::string_view list;
      std::vector<entry> entries;
    };
    const row rows[] = {
        {"Exim: host line, command, a reply over two lines",
         L::exim,
         "  a@example.org\n    host mx.example.org [192.0.2.1]\n"
         "    SMTP error from remote mail server after RCPT TO:<a@example.org>:\n"
         "    550 5.1.1 <a@example.org>: user\n    unknown\n",
         {{"a@example.org", "", "RCPT", "mx.example.org",
           "550 5.1.1 <a@example.org>: user unknown"}}},
        {"Exim: the reply on the host line; prose at column 0 between blocks is skipped",
         L::exim,
         "  a@example.org\n    SMTP error from remote mail server after end of data:\n"
         "    host mx.example.org [192.0.2.1]: 554 rejected\nSome prose.\n"
         "  b@example.net\n    retry timeout exceeded\n",
         {{"a@example.org", "", "DATA", "mx.example.org", "554 rejected"},
          {"b@example.net", "", "", "", "retry timeout exceeded"}}},
        {"Exim: a pipe and the address it was generated from",
         L::exim,
         "  pipe to |/usr/bin/filter\n    generated by a@example.org\n"
         "    local delivery failed\n",
         {{"pipe to |/usr/bin/filter", "a@example.org", "", "", "local delivery failed", true}}},
        {"Exim: a bare local part, \"(ultimately generated from ...)\"",
         L::exim,
         "  kijitora:\n    (ultimately generated from <k@example.org>)\n    Unrouteable address\n",
         {{"kijitora", "k@example.org", "", "", "Unrouteable address"}}},
        {"Exim: \"(GENERATED FROM ...)\" in capitals",
         L::exim,
         "  an undisclosed address\n    (GENERATED FROM USERX@EXAMPLE.COM)\n",
         {{"an undisclosed address", "USERX@EXAMPLE.COM", "", "", ""}}},
        {"Exim: the folded \"after RCPT TO:\" and a \"host\" line inside the reply",
         L::exim,
         "  a@example.org\n    SMTP error from remote mailer after RCPT TO:\n"
         "    <a@example.org>:\n    host mx.example.org said: 550 no such user\n",
         {{"a@example.org", "", "RCPT", "", "host mx.example.org said: 550 no such user"}}},
        {"Exim: a delay warning's \"Delay reason:\"; \"host\" at address depth is the block's",
         L::exim,
         "  a@example.org\n  host mx.example.org [192.0.2.1]\n"
         "    Delay reason: SMTP error from remote mail server after MAIL FROM:<>:\n"
         "    451 4.7.1 greylisted\n------ This is a copy\n  b@example.net\n",
         {{"a@example.org", "", "MAIL", "mx.example.org", "451 4.7.1 greylisted"}}},
        {"address lines: indented blocks, column 0 ends the list",
         L::address_lines,
         "\n  a@example.org\n    SMTP error from remote mail server after RCPT "
         "TO:<a@example.org>:\n"
         "    host mx.example.org [192.0.2.1]: 550 5.1.1 <a@example.org>... User Unknown\n\n"
         "  b@example.net\n    SMTP error from remote mail server after end of data:\n"
         "    host mx.example.net [192.0.2.2]: 550 :\n    User unknown\n\n"
         "Next paragraph at column 0\n  c@example.com\n",
         {{"a@example.org", "", "RCPT", "mx.example.org",
           "550 5.1.1 <a@example.org>... User Unknown"},
          {"b@example.net", "", "DATA", "mx.example.net", "550 : User unknown"}}},
        {"address lines: the one-line \"<addr>: reply\" form",
         L::address_lines,
         "  <c@example.com>: 550 5.1.1 <c@example.com>: unknown\n"
         "  <d@example.com>: 552 quota\n\nIncluded is a copy\n",
         {{"c@example.com", "", "", "", "550 5.1.1 <c@example.com>: unknown"},
          {"d@example.com", "", "", "", "552 quota"}}},
        {"flush: quoted address, command, host, labels and help links",
         L::flush,
         "\n\"a@example.org\":\nSMTP error from remote server after RCPT command:\n"
         "host: mx.example.org\n5.2.2 <a@example.org>... Mailbox Full\n<b@example.net>\n\n"
         "Reason:\ndelivery retry timeout exceeded\nc@example.com\nFor the following reason:\n"
         "Mail size limit exceeded. For explanation visit\nhttps://postmaster.example/errors\n\n"
         "--- The header of the original message is following. ---\nTo: d@example.org\n",
         {{"a@example.org", "", "RCPT", "mx.example.org", "5.2.2 <a@example.org>... Mailbox Full"},
          {"b@example.net", "", "", "", "delivery retry timeout exceeded"},
          {"c@example.com", "", "", "", "Mail size limit exceeded. For explanation visit"}}},
        {"flush: 1&1's one-line \"for TEXT command, host: ... reason: ...\"",
         L::flush,
         "\na@example.fr:\nSMTP error from remote server for TEXT command, host: mx.example.fr "
         "(192.0.2.65) reason: 550 5.7.1 Message refused\n"
         "b@example.org\nSMTP error from remote server for RCPT command, "
         "host: mx.example.org reason: 550 No such user\n",
         {{"a@example.fr", "", "DATA", "mx.example.fr", "550 5.7.1 Message refused"},
          {"b@example.org", "", "RCPT", "mx.example.org", "550 No such user"}}},
        {"no address, no entry", L::flush, "Reason:\nsomething failed\n", {}},
    };
    for (const auto& r : rows) {
      CAPTURE(r.name);
      const auto got = kit::exim_entries(r.list, r.layout);
      REQUIRE(got.size() == r.entries.size());
      for (std::size_t i = 0; i < got.size(); ++i) {
        CAPTURE(i);
        CHECK(got[i].recipient == r.entries[i].recipient);
        CHECK(got[i].generated == r.entries[i].generated);
        CHECK(got[i].command == r.entries[i].command);
        CHECK(got[i].remote_mta == r.entries[i].remote_mta);
        CHECK(got[i].diagnostic == r.entries[i].diagnostic);
        CHECK(got[i].is_pipe == r.entries[i].is_pipe);
      }
    }
  }

  TEST_CASE("dsn_drafts_with_text: the text's drafts without groups, else what a group lacks") {
    const std::string head =
        "From: MAILER-DAEMON@example.net\nTo: s@example.org\nSubject: Delivery Status\n"
        "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; "
        "boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\nThe message was not delivered.\n\n";
    const std::string group_without_diagnostic =
        "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n"
        "Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.0.0\n\n--b--\n";
    const std::string group_with_diagnostic =
        "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n"
        "Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.0.0\n"
        "Remote-MTA: dns; in.example.org\nDiagnostic-Code: smtp; 552 quota\n\n--b--\n";
    struct row {
      std::string_view name;
      std::string message;
      std::vector<std::string_view> recipients, diagnostics, remote_mtas;
    };
    const row rows[] = {
        {"no delivery-status part: the text's drafts",
         head + "--b--\n",
         {"a@example.org", "b@example.org"},
         {"550 unknown", "551 moved"},
         {"192.0.2.1", ""}},
        {"a group without Diagnostic-Code takes the text's, of its recipient only",
         head + group_without_diagnostic,
         {"a@example.org"},
         {"550 unknown"},
         {"192.0.2.1"}},
        {"a group's own fields stay",
         head + group_with_diagnostic,
         {"a@example.org"},
         {"552 quota"},
         {"in.example.org"}},
    };
    for (const auto& r : rows) {
      CAPTURE(r.name);
      const auto report = extract::sample::report_of(r.message);
      std::vector<extract::draft> text{kit::make_draft("A@example.org", "550 unknown"),
                                       kit::make_draft("b@example.org", "551 moved")};
      text[0].remote_mta = "192.0.2.1";
      std::vector<extract::draft> out;
      kit::dsn_drafts_with_text(report, std::move(text), out);
      REQUIRE(out.size() == r.recipients.size());
      for (std::size_t i = 0; i < out.size(); ++i) {
        CHECK(extract::sample::lower(out[i].recipient) == r.recipients[i]);
        CHECK(out[i].diagnostic == r.diagnostics[i]);
        CHECK(out[i].remote_mta == r.remote_mtas[i]);
        CHECK(out[i].diagnostic_type == "SMTP");
      }
    }
  }

  TEST_CASE("find_command_phrase: the first sentence of the table that occurs, any case") {
    constexpr kit::command_phrase table[] = {
        {"does not like recipient", "RCPT"},
        {"failed after i sent the message", "DATA"},
    };
    struct row {
      std::string_view text, command;
    };
    const row rows[] = {
        {"Remote host said: 550 no\nGiving up. It Does Not Like Recipient.", "RCPT"},
        {"Connected but it failed after I sent the message.", "DATA"},
        {"does not like recipient and failed after i sent the message", "RCPT"},
        {"does not like\nrecipient", ""},
        {"", ""},
    };
    for (const auto& r : rows) {
      CAPTURE(r.text);
      CHECK(kit::find_command_phrase(r.text, table) == r.command);
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

  TEST_CASE("merge_split_group: a recipient reported delayed and failed is failed") {
    for (const bool failed_first : {false, true}) {
      CAPTURE(failed_first);
      extract::draft delayed, failed;
      delayed.recipient = failed.recipient = "a@example.org";
      delayed.action = action_kind::delayed;
      delayed.status = status_code{4, 4, 1};
      delayed.temporary = true;
      delayed.remote_mta = "mx1.example.org";
      failed.action = action_kind::failed;
      failed.status = status_code{5, 4, 7};
      failed.diagnostic_type = "SMTP";
      failed.diagnostic = "550 5.4.7 gave up";
      extract::draft prev = failed_first ? failed : delayed;
      extract::draft cur = failed_first ? delayed : failed;
      kit::merge_split_group(prev, cur);
      CHECK(prev.action == action_kind::failed);
      CHECK(prev.status == status_code{5, 4, 7});
      CHECK(prev.diagnostic == "550 5.4.7 gave up");
      CHECK_FALSE(prev.temporary);
      CHECK(prev.remote_mta == "mx1.example.org");  // what only the delay's group said
    }
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
    // Separators are found in any case, as the markers that made the extractor claim the text.
    CHECK(kit::until_line("a@example.org\n  ORIGINAL MESSAGE FOLLOWS.\nTo: b@example.org\n",
                          {"Original message follows."}) == "a@example.org\n");
    CHECK(kit::has_line_starting("x\n  ----- MESSAGE HEADER FOLLOWS -----\n",
                                 "----- Message header follows"));
    CHECK_FALSE(
        kit::has_line_starting("x ----- Message header follows\n", "----- Message header follows"));
  }
}
