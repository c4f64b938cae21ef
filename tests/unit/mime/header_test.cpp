// SPDX-License-Identifier: BSD-2-Clause
#include "mime/report.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "mime/detail.hpp"

using namespace bounce::mime;

TEST_SUITE("mime/header") {
  TEST_CASE("parses and unfolds, returns the body offset") {
    const std::string text =
        "Subject: a\n  folded\tline \nX-Empty:\nTo: x@example.com\nsubject: second\n\nbody\n";
    header_block h;
    const std::size_t at = parse_header_block(text, h);
    CHECK(text.substr(at) == "body\n");
    REQUIRE(h.size() == 4);
    CHECK(h.get("SUBJECT") == "a folded\tline");
    CHECK(h.get("x-empty") == "");
    CHECK(h.has("X-Empty"));
    CHECK_FALSE(h.has("Cc"));
    CHECK(h.get("Cc").empty());
    auto all = h.get_all("Subject");
    REQUIRE(all.size() == 2);
    CHECK(all[1] == "second");
  }
  TEST_CASE("fields stay whole when the block's buffer grows, and in copies and moves") {
    // 200 fields of ~60 bytes with folds: past the first reservation of text and of fields.
    std::string text;
    for (int i = 0; i < 200; ++i)
      text += "X-Field-" + std::to_string(i) + ": value " + std::to_string(i) +
              std::string(40, 'v') + "\n\tfolded " + std::to_string(i) + "\n";
    text += "\nbody";
    header_block h;
    parse_header_block(text, h);
    REQUIRE(h.size() == 200);
    const auto check = [](const header_block& b) {
      int i = 0;
      for (const field f : b) {
        CHECK(f.name == "X-Field-" + std::to_string(i));
        CHECK(f.value ==
              "value " + std::to_string(i) + std::string(40, 'v') + " folded " + std::to_string(i));
        ++i;
      }
      CHECK(i == 200);
    };
    check(h);
    std::optional<header_block> copy(h);
    const header_block moved(std::move(h));
    check(*copy);
    copy.reset();
    check(moved);
    CHECK(moved.get("x-field-199").substr(0, 9) == "value 199");
  }
  TEST_CASE("add and unfold_into_last build the same fields as parsing") {
    header_block h;
    h.unfold_into_last("nothing to extend");
    CHECK(h.empty());
    h.add("From", "a@example.org");
    h.add("Subject", "one");
    h.unfold_into_last("two");
    h.add("X-Empty", "");
    h.unfold_into_last("first");
    CHECK(h.size() == 3);
    CHECK(h[0].value == "a@example.org");
    CHECK(h.get("subject") == "one two");
    CHECK(h.get("x-empty") == "first");
  }
  TEST_CASE("keeps raw values: no RFC 2047 decoding") {
    header_block h;
    parse_header_block("Subject: =?UTF-8?Q?x?=\n\n", h);
    CHECK(h.get("Subject") == "=?UTF-8?Q?x?=");
  }
  TEST_CASE("stops at a line that is neither a field nor a continuation") {
    const std::string text = "A: 1\nthis is body\nB: 2\n";
    header_block h;
    const std::size_t at = parse_header_block(text, h);
    CHECK(h.size() == 1);
    CHECK(text.substr(at) == "this is body\nB: 2\n");
  }
  TEST_CASE("a returned message's block: folds that lost their white space") {
    const std::string text =
        "DKIM-Signature: v=1; a=rsa-sha256; d=example.com;\n"
        "s=selector1;\n"
        "b=MUf9bOI73l9EbqRJ\n"
        "Received: from a.example.com\n"
        "(192.0.2.1) by b.example.com\n"
        "Message-ID: <m1@example.com>\n"
        "Subject: hello\n"
        "\n"
        "body\n";
    header_block strict;
    CHECK(parse_header_block(text, strict) == text.find("s=selector1"));
    CHECK_FALSE(strict.has("Message-ID"));
    header_block h;
    CHECK(detail::parse_returned_header_block(text, h) == text.find("body"));
    CHECK(h.size() == 4);
    CHECK(h.get("DKIM-Signature") ==
          "v=1; a=rsa-sha256; d=example.com; s=selector1; b=MUf9bOI73l9EbqRJ");
    CHECK(h.get("Received") == "from a.example.com (192.0.2.1) by b.example.com");
    CHECK(h.get("Message-ID") == "<m1@example.com>");
    // After the last field line, a line that is not a field ends the block as usual (a body
    // with no blank line before it).
    header_block tail;
    const std::string no_blank = "From: a@example.com\nMessage-ID: <m2@example.com>\nhi there\n";
    CHECK(detail::parse_returned_header_block(no_blank, tail) == no_blank.find("hi there"));
    CHECK(tail.get("Message-ID") == "<m2@example.com>");
    // A block that does not start with a field has none.
    header_block none;
    CHECK(detail::parse_returned_header_block("text first\nA: 1\n", none) == 0);
    CHECK(none.size() == 0);
  }
  TEST_CASE("no blank line: everything is header") {
    header_block h;
    CHECK(parse_header_block("A: 1\nB: 2", h) == 9);
    CHECK(h.get("B") == "2");
  }
  TEST_CASE("obsolete 'Name :' syntax and CRLF tolerated") {
    header_block h;
    parse_header_block("Subject : hi\r\nX: y\r\n\r\n", h);
    CHECK(h.get("Subject") == "hi");
    CHECK(h.get("X") == "y");
  }
  TEST_CASE("field line detection") {
    CHECK(detail::is_field_line("Received: from x"));
    CHECK(detail::is_field_line("X-Y:"));
    CHECK_FALSE(detail::is_field_line("Hello world: x"));
    CHECK_FALSE(detail::is_field_line(": x"));
    CHECK_FALSE(detail::is_field_line("no colon"));
    CHECK_FALSE(detail::is_field_line("\xE6\x97\xA5: x"));
  }
}

TEST_SUITE("mime/content-type") {
  TEST_CASE("type, subtype and parameters") {
    auto ct = detail::parse_content_type(
        "Multipart/Report; report-type=Delivery-Status;\n\tboundary=\"=_a b;c\\\"d\" (comment)");
    CHECK(ct.present);
    CHECK(ct.full() == "multipart/report");
    CHECK(ct.param("report-type") == "Delivery-Status");
    CHECK(ct.param("boundary") == "=_a b;c\"d");
  }
  TEST_CASE("absent or invalid is text/plain") {
    CHECK(detail::parse_content_type("").full() == "text/plain");
    CHECK_FALSE(detail::parse_content_type("multipart").present);
    CHECK(detail::parse_content_type("text").full() == "text/plain");
  }
  TEST_CASE("unquoted values and empty boundary") {
    auto ct = detail::parse_content_type("multipart/mixed; boundary=abc ; charset=utf-8");
    CHECK(ct.param("boundary") == "abc");
    CHECK(ct.param("charset") == "utf-8");
    CHECK(detail::parse_content_type("multipart/mixed; boundary=\"\"").param("boundary").empty());
  }
  TEST_CASE("RFC 2231 continuations and charsets") {
    auto ct = detail::parse_content_type(
        "text/plain; name*0=\"long\"; name*1=\"name.txt\"; title*=iso-8859-1'en'caf%E9");
    CHECK(ct.param("name") == "longname.txt");
    CHECK(ct.param("title") == "caf\xC3\xA9");
  }
  TEST_CASE("content-transfer-encoding") {
    CHECK(detail::parse_cte(" Base64 ") == "base64");
    CHECK(detail::parse_cte("quoted-printable (comment)") == "quoted-printable");
    CHECK(detail::parse_cte("") == "");
  }

  TEST_CASE(
      "a comment ending in a lone backslash ends the value (fuzz finding: read past the end)") {
    for (const char* raw :
         {"multipart/mixed; (\\", "text/plain;(a\\", "text/plain; charset=(\\", "(\\"}) {
      INFO(raw);
      const auto ct = detail::parse_content_type(raw);
      CHECK(ct.param("charset").empty());
    }
    CHECK(detail::parse_content_type("multipart/mixed; (\\").full() == "multipart/mixed");
  }
}
