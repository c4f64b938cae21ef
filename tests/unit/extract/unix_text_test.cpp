// SPDX-License-Identifier: BSD-2-Clause
#include "extract/common/kit.hpp"
#include "grammar/reply_syntax.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace bounce::extract;
namespace ut = bounce::extract::kit;

TEST_SUITE("extract/unix_text") {
  TEST_CASE("until_line and after_line cut a notice off the returned message") {
    std::string_view t =
        "head\n<a@example.org>:\nbad\n--- Below this line is a copy of the message.\nx\n";
    CHECK(ut::until_line(t, {"--- Below this line"}) == "head\n<a@example.org>:\nbad\n");
    CHECK(ut::after_line(t, "<a@example.org>") ==
          "bad\n--- Below this line is a copy of the message.\nx\n");
    CHECK(ut::after_line(t, "absent").empty());
  }

  TEST_CASE("reply codes, qmail codes and bare addresses") {
    CHECK(bounce::grammar::leading_reply_code("550 5.1.1 no") == 550);
    CHECK(bounce::grammar::leading_reply_code("  421-busy") == 421);
    CHECK_FALSE(bounce::grammar::leading_reply_code("5500 x"));
    CHECK_FALSE(bounce::grammar::leading_reply_code("192.0.2.1 said"));
    auto st = bounce::grammar::hash_status("Sorry, no mailbox here by that name. (#5.1.1)");
    REQUIRE(st);
    CHECK(st->to_string() == "5.1.1");
    CHECK(bounce::grammar::hash_status("(#5.1.1 - chkusr)")->to_string() == "5.1.1");
    CHECK_FALSE(bounce::grammar::hash_status("issue (#1234)"));
    CHECK(ut::strip_address(" <a@example.org>: ") == "a@example.org");
  }

  TEST_CASE("hosts serve the recipient's domain") {
    CHECK(ut::host_serves("mx1.example.org", "kim@example.org"));
    CHECK(ut::host_serves("example.org.", "kim@example.org"));
    CHECK_FALSE(ut::host_serves("badexample.org", "kim@example.org"));
    CHECK(ut::host_name("host mx.example.net[192.0.2.1] said:") == "mx.example.net");
    CHECK(ut::host_name("mx.example.net. [192.0.2.1]") == "mx.example.net");
  }

  TEST_CASE("quoted lines lose their quote marks but keep a transcript's >>>") {
    std::string u =
        ut::unquote("> Final-Recipient: rfc822; a@example.org\n>>>> DATA\n> <<< 550 no\n");
    CHECK(u == "Final-Recipient: rfc822; a@example.org\n>>> DATA\n<<< 550 no\n");
  }

  TEST_CASE("delivery-status fields inside text end at a MIME boundary") {
    std::string_view t =
        "text\nReporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; a@example.org\n"
        "Status: 5.1.1\n\n--b0undary\nContent-Type: message/rfc822\n";
    CHECK(ut::embedded_delivery_status(t) ==
          "Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; a@example.org\nStatus: "
          "5.1.1\n\n");
    CHECK(ut::embedded_delivery_status("no fields here").empty());
  }

  TEST_CASE("a Sendmail transcript: host, command and the whole multi-line reply") {
    std::string_view t =
        "... while talking to mx.example.net.:\n"
        ">>> DATA\n"
        "<<< 552-5.7.0 This message was blocked because its content presents a potential\n"
        "<<< 552 5.7.0 security issue.\n"
        "554 5.0.0 Service unavailable\n";
    auto ex = ut::parse_transcript(t);
    REQUIRE(ex.size() == 1);
    CHECK(ex[0].host == "mx.example.net");
    CHECK(ex[0].command == "DATA");
    CHECK(ex[0].code == 552);
    CHECK(ex[0].reply ==
          "552-5.7.0 This message was blocked because its content presents a potential security "
          "issue.");
  }

  TEST_CASE("a reply before DATA's own reply answered the pipelined RCPT") {
    std::string_view t =
        "... while talking to mx.example.net.:\n"
        ">>> DATA\n"
        "<<< 550 5.1.1 <kim@example.net>... User Unknown\n"
        "550 5.1.1 <kim@example.net>... User unknown\n"
        "<<< 503 5.0.0 Need RCPT (recipient)\n";
    auto ex = ut::parse_transcript(t);
    REQUIRE(ex.size() == 2);
    CHECK(ex[0].command == "RCPT");
    CHECK(ex[1].command == "DATA");
    const ut::smtp_exchange* e = ut::exchange_naming(ex, "kim@example.net");
    REQUIRE(e);
    CHECK(e->code == 550);
  }

  TEST_CASE("a reply with no command before it is the greeting") {
    auto ex = ut::parse_transcript(
        "... while talking to mx.example.org.:\n<<< 554 not accepting connections\n");
    REQUIRE(ex.size() == 1);
    CHECK(ex[0].command == "CONN");
  }

  TEST_CASE("<address>: paragraphs, with Postfix's folded (expanded from <alias>)") {
    std::string_view t =
        "<a@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1\n"
        "    user unknown (in reply to RCPT TO command)\n"
        "\n"
        "<b@example.net> (expanded from\n"
        "    <list@example.com>): delivery temporarily suspended\n"
        "\n"
        "<postmaster>: not a recipient\n";
    auto blocks = ut::angle_address_blocks(t);
    REQUIRE(blocks.size() == 2);
    CHECK(blocks[0].recipient == "a@example.org");
    CHECK(blocks[0].text ==
          "host mx.example.org[192.0.2.1] said: 550 5.1.1\nuser unknown (in reply to RCPT TO "
          "command)");
    CHECK(blocks[1].recipient == "b@example.net");
    CHECK(blocks[1].alias == "list@example.com");
    CHECK(blocks[1].text == "delivery temporarily suspended");

    // One or two blanks before a block's first line are tolerated after a blank line; an
    // indented "<addr>:" inside a block is the block's text.
    blocks = ut::angle_address_blocks(
        " <c@example.org>: host mx.example.org[192.0.2.1] said:\n"
        "    554 5.7.9 not accepted\n"
        "    <d@example.org>: quoted inside the reply\n");
    REQUIRE(blocks.size() == 1);
    CHECK(blocks[0].recipient == "c@example.org");
    CHECK(blocks[0].text ==
          "host mx.example.org[192.0.2.1] said:\n554 5.7.9 not accepted\n<d@example.org>: quoted "
          "inside the reply");

    // A transcript's reply line at column 0 ("<<< 550 5.1.1 <a@b>: ...", Courier) is the
    // block's text, not the start of a block for "<< 550 5.1.1 <a@b".
    blocks = ut::angle_address_blocks(
        "<e@example.net>:\n"
        "    mx.example.net [192.0.2.10]:\n"
        ">>> RCPT TO:<e@example.net>\n"
        "<<< 550 5.1.1 <e@example.net>: Recipient address rejected: User unknown\n");
    REQUIRE(blocks.size() == 1);
    CHECK(blocks[0].recipient == "e@example.net");
    CHECK(blocks[0].text ==
          "mx.example.net [192.0.2.10]:\n>>> RCPT TO:<e@example.net>\n<<< 550 5.1.1 "
          "<e@example.net>: Recipient address rejected: User unknown");
  }

  TEST_CASE("qmail paragraphs: remote reply, command, (#x.y.z) and qmail's own messages") {
    std::string_view t =
        "<a@example.org>:\n"
        "192.0.2.1 does not like recipient.\n"
        "Remote host said: 550-5.1.1 first line\n"
        "550 5.1.1 second line\n"
        "Giving up on 192.0.2.1.\n"
        "\n"
        "<b@example.net>:\n"
        "Sorry, I couldn't find any host named example.net. (#5.1.2)\n";
    std::vector<draft> d;
    ut::qmail_style_drafts(t, "qmail", d);
    REQUIRE(d.size() == 2);
    CHECK(d[0].recipient == "a@example.org");
    CHECK(d[0].smtp_command == "RCPT");
    CHECK(d[0].diagnostic == "550-5.1.1 first line second line");
    CHECK_FALSE(d[0].reason);
    CHECK(d[1].status->to_string() == "5.1.2");
    REQUIRE(d[1].reason);
    CHECK(*d[1].reason == bounce::reason_kind::hostunknown);
    CHECK(d[1].rule == "extractor/qmail/host-not-found");
  }
}
