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
    const std::string msg = sample::read_corpus("lhost/exchange2003/mimeole-header.eml");
    const mime::report r = sample::report_of(msg);
    CHECK(sample::winning_engine(r) == "exchange2003");
    const std::vector<draft> out = sample::drafts_of(exchange2003_extractor(), r);
    REQUIRE(out.size() == 2);
    CHECK(out[0].recipient == "warehouse@branch.example.net");
    REQUIRE(out[0].reason);
    CHECK(*out[0].reason == reason_kind::filtered);
    CHECK(out[0].rule == "extractor/exchange2003/ambiguous-recipient");
    CHECK(out[1].recipient == "stockteam@branch.example.net");
    REQUIRE(out[1].reason);
    CHECK(*out[1].reason == reason_kind::contenterror);

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
    const mime::report r =
        sample::report_of(sample::read_corpus("lhost/qmail/ldap-custom-preface.eml"));
    CHECK(sample::winning_engine(r) == "qmail");
    const std::vector<draft> out = sample::drafts_of(qmail_extractor(), r);
    REQUIRE(out.size() == 2);
    CHECK(out[0].recipient == "archive@example.net");
    CHECK(out[0].reporting_mta == "mail.example.net");
    REQUIRE(out[0].reason);
    CHECK(*out[0].reason == reason_kind::systemerror);
    CHECK(out[0].rule == "extractor/qmail/ldap-timeout");
    CHECK(out[1].recipient == "m.adeyemi@example.net");
    REQUIRE(out[1].reason);
    CHECK(*out[1].reason == reason_kind::systemerror);
    // Greeted by another program name than qmail-send.
    std::string other = sample::read_corpus("lhost/qmail/ldap-custom-preface.eml");
    other.replace(other.find("qmail-send program"), 18, "qmail program");
    CHECK(sample::winning_engine(sample::report_of(other)) == "qmail");

    const mime::report to = sample::report_of(sample::read_corpus("lhost/qmail/to-prefix.eml"));
    CHECK(sample::winning_engine(to) == "qmail");
    const std::vector<draft> d = sample::drafts_of(qmail_extractor(), to);
    REQUIRE(d.size() == 2);
    CHECK(d[0].recipient == "r.castillo@example.org");
    CHECK(d[0].smtp_command == "RCPT");
    CHECK(d[1].recipient == "office@example.org");
    CHECK(sample::diagnostic_has(d[1], "552 5.2.2"));
  }

  TEST_CASE("exim: text on the address line, a malformed address, Exim's own messages") {
    const mime::report r =
        sample::report_of(sample::read_corpus("lhost/exim/inline-text-own-messages.eml"));
    const std::vector<draft> out = sample::drafts_of(exim_extractor(), r);
    REQUIRE(out.size() == 3);
    CHECK(out[0].recipient == "o.berg@example.net");
    REQUIRE(out[0].reason);
    CHECK(*out[0].reason == reason_kind::userunknown);
    CHECK(out[0].rule == "extractor/exim/user-not-found");
    CHECK(out[1].recipient == "team@example.org");
    REQUIRE(out[1].reason);
    CHECK(*out[1].reason == reason_kind::notaccept);
    CHECK(out[2].recipient == "p.silva@example.com");
    CHECK(out[2].diagnostic == "retry timeout exceeded");
    CHECK(out[2].rule == "extractor/exim/retry-timeout");

    // moan.c's notice about a recipient it could not parse, without the first sentence.
    const mime::report m =
        sample::report_of(sample::read_corpus("lhost/exim/malformed-recipient.eml"));
    CHECK(sample::winning_engine(m) == "exim");
    const std::vector<draft> d = sample::drafts_of(exim_extractor(), m);
    REQUIRE(d.size() == 1);
    CHECK(d[0].recipient == "l.fontaine@example.com");
    CHECK(sample::diagnostic_has(d[0], "malformed address: <lfontaine> may not follow"));
  }

  TEST_CASE(
      "exim: a frozen message's notice lists delays; a reply saying 'has been frozen' is no such "
      "notice") {
    const std::string msg = sample::read_corpus("lhost/exim/frozen.eml");
    const mime::report r = sample::report_of(msg);
    CHECK(sample::winning_engine(r) == "exim");
    const std::vector<draft> out = sample::drafts_of(exim_extractor(), r);
    REQUIRE(out.size() == 2);
    CHECK(out[0].recipient == "g.rossi@example.com");
    CHECK(out[0].action == action_kind::delayed);
    CHECK(out[0].temporary);
    CHECK(out[0].diagnostic == "forced freeze");
    CHECK(out[1].recipient == "staff@example.com");
    CHECK(out[1].action == action_kind::delayed);

    std::string reply = msg;
    reply.replace(reply.find("Message 1vTa0P"), 8, "Account ");
    CHECK_FALSE(sample::claims(exim_extractor(), sample::report_of(reply)));
  }
}
