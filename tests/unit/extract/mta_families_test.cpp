// SPDX-License-Identifier: BSD-2-Clause
// Variants of the big MTA families (Exim, qmail, Exchange 2003) that Sisimai 4.25's Lhost
// modules accept beyond the first samples: other headers that name the MTA, other recipient
// line layouts, other messages of the MTA's own catalogue. Samples under corpus/lhost/.
#include <doctest/doctest.h>

#include <string>

#include "extract/extractors.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

TEST_SUITE("extract/mta_families") {
  TEST_CASE("exchange2003: X-MimeOLE names Exchange; MSEXCH codes of Sisimai's table") {
    sample::checked_drafts(exchange2003_extractor(), "lhost/exchange2003/mimeole-header.eml",
                           {{"warehouse@branch.example.net", reason_kind::filtered,
                             "extractor/exchange2003/ambiguous-recipient"},
                            {"stockteam@branch.example.net", reason_kind::contenterror}});
    const std::string msg = sample::read_corpus("lhost/exchange2003/mimeole-header.eml");

    // Without its MSEXCH lines the notice is known by its header alone: X-MimeOLE, or a
    // "Received: ... with Internet Mail Service (" in its place.
    std::string plain;
    for (std::size_t at = 0, nl; at < msg.size(); at = nl + 1) {
      nl = msg.find('\n', at);
      if (nl == std::string::npos) nl = msg.size();
      const std::string line = msg.substr(at, nl - at);
      if (line.find("MSEXCH:") == std::string::npos) plain += line + "\n";
    }
    CHECK(sample::winning_engine(sample::report_of(plain)) == "exchange2003");
    const std::string mimeole = "X-MimeOLE: Produced By Microsoft Exchange V6.5\n";
    plain.replace(plain.find(mimeole), mimeole.size(),
                  "Received: by mail2.branch.example.net with Internet Mail Service "
                  "(5.5.2658.3)\n\tid <2Q7KVX1M>; Tue, 07 Apr 2026 10:05:10 +0200\n");
    CHECK(sample::winning_engine(sample::report_of(plain)) == "exchange2003");
  }

  TEST_CASE("qmail: a patched preface, the qmail-ldap patch's messages, 'To: <rcpt>:' lines") {
    const std::vector<draft> out = sample::checked_drafts(
        qmail_extractor(), "lhost/qmail/ldap-custom-preface.eml",
        {{"archive@example.net", reason_kind::systemerror, "extractor/qmail/ldap-timeout"},
         {"m.adeyemi@example.net", reason_kind::systemerror}});
    CHECK(out[0].reporting_mta == "mail.example.net");
    // Greeted by another program name than qmail-send.
    std::string other = sample::read_corpus("lhost/qmail/ldap-custom-preface.eml");
    other.replace(other.find("qmail-send program"), 18, "qmail program");
    CHECK(sample::winning_engine(sample::report_of(other)) == "qmail");

    const std::vector<draft> d =
        sample::checked_drafts(qmail_extractor(), "lhost/qmail/to-prefix.eml",
                               {{"r.castillo@example.org"}, {"office@example.org"}});
    CHECK(d[0].smtp_command == "RCPT");
    CHECK(sample::diagnostic_has(d[1], "552 5.2.2"));
  }

  TEST_CASE("exim: text on the address line, a malformed address, Exim's own messages") {
    const std::vector<draft> out = sample::checked_drafts(
        exim_extractor(), "lhost/exim/inline-text-own-messages.eml",
        {{"o.berg@example.net", reason_kind::userunknown, "extractor/exim/user-not-found"},
         {"team@example.org", reason_kind::notaccept},
         {"p.silva@example.com", std::nullopt, "extractor/exim/retry-timeout"}});
    CHECK(out[2].diagnostic == "retry timeout exceeded");

    // moan.c's notice about a recipient it could not parse, without the first sentence.
    const std::vector<draft> d = sample::checked_drafts(
        exim_extractor(), "lhost/exim/malformed-recipient.eml", {{"l.fontaine@example.com"}});
    CHECK(sample::diagnostic_has(d[0], "malformed address: <lfontaine> may not follow"));
  }

  TEST_CASE("exim 4.96: each recipient its own block; an alias's members named by their blocks") {
    // Real Exim 4.96 notices: blocks with no blank line between them, a report without
    // Diagnostic-Code, whose groups come in the reverse order of the text's blocks (the records
    // follow the text); for an alias, every group names the alias (deliver.c).
    const std::vector<draft> local = sample::checked_drafts(
        exim_extractor(), "lhost/exim/real-three-local-causes.eml",
        {{"smallbox@example.net", reason_kind::mailboxfull, "extractor/exim/mailbox-full"},
         {"ghost9@example.net", reason_kind::userunknown, "extractor/exim/unknown-user"},
         {"info@nowhere.invalid", reason_kind::hostunknown, "extractor/exim/unrouteable"}});
    CHECK(local[1].diagnostic == "Unknown user");
    const std::vector<draft> alias =
        sample::checked_drafts(exim_extractor(), "lhost/exim/real-alias-three-causes.eml",
                               {{"smallbox@example.net", reason_kind::mailboxfull},
                                {"ghost1@example.net", reason_kind::userunknown},
                                {"someone@nowhere.invalid", reason_kind::hostunknown}});
    for (const draft& d : alias) CHECK(d.original_recipient == "team@example.net");
  }

  TEST_CASE(
      "exim: a frozen message's notice lists delays; a reply saying 'has been frozen' is no such "
      "notice") {
    const std::vector<draft> out =
        sample::checked_drafts(exim_extractor(), "lhost/exim/frozen.eml",
                               {{"g.rossi@example.com"}, {"staff@example.com"}});
    CHECK(out[0].action == action_kind::delayed);
    CHECK(out[0].temporary);
    CHECK(out[0].diagnostic == "forced freeze");
    CHECK(out[1].action == action_kind::delayed);

    std::string reply = sample::read_corpus("lhost/exim/frozen.eml");
    reply.replace(reply.find("Message 1vTa0P"), 8, "Account ");
    CHECK_FALSE(sample::claims(exim_extractor(), sample::report_of(reply)));
  }
}
