// SPDX-License-Identifier: BSD-2-Clause
#include "grammar/typed_field.hpp"

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <string_view>

#include "bounce/fields.hpp"

namespace {

namespace x3 = boost::spirit::x3;

// The typed-field grammar with its text written byte by byte, as first defined: the grammar
// that reads a run of text at a time must accept the same inputs with the same attributes.
namespace reference {
namespace enc = x3::iso8859_1;
auto const fold = -x3::lit('\r') >> '\n' >> &enc::blank;
auto const text = *(~enc::char_("\r\n") | fold);
auto const type_name = x3::rule<class ref_type, std::string>{} =
    +enc::char_("-a-zA-Z0-9!#$%&'*+/=?^_`{|}~.");
auto const typed_field = x3::rule<class ref_typed, bounce::grammar::ast::typed_field>{} =
    x3::omit[*enc::blank] >> type_name >> x3::omit[*enc::blank] >> ';' >> x3::omit[*enc::space] >>
    x3::raw[text] >> x3::omit[*enc::space] >> x3::eoi;
auto const field_text = x3::rule<class ref_text, std::string>{} =
    x3::omit[*enc::space] >> x3::raw[text] >> x3::omit[*enc::space] >> x3::eoi;
}  // namespace reference

template <class Rule, class Attr>
bool parse_with(std::string_view in, Rule const& rule, Attr& attr) {
  auto const* first = reinterpret_cast<bounce::grammar::iterator_type>(in.data());
  auto const* last = first + in.size();
  return x3::parse(first, last, rule, attr) && first == last;
}

void ok(std::string_view in, std::string_view type, std::string_view value) {
  CAPTURE(in);
  auto r = bounce::parse_typed_field(in);
  REQUIRE(r.has_value());
  CHECK(r->type == type);
  CHECK(r->value == value);
}

void bad(std::string_view in) {
  CAPTURE(in);
  auto r = bounce::parse_typed_field(in);
  CHECK_FALSE(r.has_value());
  if (!r) CHECK(r.error() == bounce::errc::bad_field);
}

void address_ok(std::string_view in, std::string_view want) {
  CAPTURE(in);
  auto r = bounce::parse_address_field(in);
  REQUIRE(r.has_value());
  CHECK(*r == want);
}

void address_bad(std::string_view in) {
  CAPTURE(in);
  auto r = bounce::parse_address_field(in);
  CHECK_FALSE(r.has_value());
  if (!r) CHECK(r.error() == bounce::errc::bad_field);
}

}  // namespace

TEST_SUITE("grammar/typed_field") {
  TEST_CASE("type and text, type lower-cased, text trimmed") {
    ok("rfc822; a@b.example", "rfc822", "a@b.example");
    ok("RFC822;a@b.example", "rfc822", "a@b.example");
    ok(" rfc822 ; a@b.example  ", "rfc822", "a@b.example");
    ok("dns; mx.example.com", "dns", "mx.example.com");
    ok("smtp;550 5.1.1 user unknown", "smtp", "550 5.1.1 user unknown");
    ok("X-Postfix; host said: 550 x", "x-postfix", "host said: 550 x");
    ok("x-unix; mailbox full", "x-unix", "mailbox full");
    ok("utf-8; \\x{4E2D}@example.com", "utf-8", "\\x{4E2D}@example.com");
    ok("smtp; 550 \xe3\x81\x82", "smtp", "550 \xe3\x81\x82");
    ok("smtp;", "smtp", "");
  }

  TEST_CASE("a fold becomes one space") {
    ok("smtp; 550 5.1.1 user\n    unknown", "smtp", "550 5.1.1 user unknown");
    ok("smtp; 550 5.1.1 user  \r\n\tunknown", "smtp", "550 5.1.1 user unknown");
    ok("smtp;\n 550 a\n b\n c\n", "smtp", "550 a b c");
  }

  TEST_CASE("rejects a missing type and unfolded continuations") {
    bad("");
    bad("a@b.example");
    bad("<a@b.example>");
    bad("; a@b.example");
    bad("550 5.1.1 text; more");
    bad("smtp 550");
    bad("rf c822; a@b");
    bad("smtp; a\nb");
    bad("smtp; a\r\nb");
    bad("(x); a");
  }

  TEST_CASE("the field_text rule accepts untyped text and returns it raw") {
    std::string text;
    std::string_view in = "  <a@b>\n  (x)  \n";
    auto const* first = reinterpret_cast<bounce::grammar::iterator_type>(in.data());
    REQUIRE(
        boost::spirit::x3::parse(first, first + in.size(), bounce::grammar::field_text(), text));
    CHECK(text == "<a@b>\n  (x)  ");  // leading white space skipped, folds and blanks kept
  }
}

TEST_SUITE("grammar/address") {
  TEST_CASE("strips type, angle brackets and a trailing comment") {
    address_ok("rfc822; <a@b.example>", "a@b.example");
    address_ok("rfc822;a@b.example", "a@b.example");
    address_ok("RFC822; a@b.example", "a@b.example");
    address_ok("<a@b.example>", "a@b.example");
    address_ok("a@b.example", "a@b.example");
    address_ok(" rfc822; a@b.example (user unknown)", "a@b.example");
    address_ok("rfc822; John Doe <j@x.example>", "j@x.example");
    address_ok("rfc822; <j@x.example> (John)", "j@x.example");
    address_ok("rfc822; <a@b.example", "a@b.example");
    address_ok("rfc822; a@b.example>", "a@b.example");
    address_ok("rfc822; \"quoted local\"@x.example", "\"quoted local\"@x.example");
    address_ok("x-local; postmaster", "postmaster");
    address_ok("rfc822; a@b.example\n (folded comment)", "a@b.example");
  }

  TEST_CASE("decodes RFC 6533 embedded unicode for the utf-8 type") {
    address_ok("utf-8; \\x{4E2D}\\x{6587}@example.com", "\xe4\xb8\xad\xe6\x96\x87@example.com");
    address_ok("utf-8; j\\x{F6}rg@example.de", "j\xc3\xb6rg@example.de");
    address_ok("UTF-8; \\x{1F600}@x.example", "\xf0\x9f\x98\x80@x.example");
    address_ok("utf-8; a\\x{2B}b@x.example", "a+b@x.example");
    address_ok("utf-8; j\xc3\xb6rg@example.de", "j\xc3\xb6rg@example.de");  // raw UTF-8
    address_ok("utf-8; \\x{D800}@x.example", "\\x{D800}@x.example");        // surrogate kept
    address_ok("utf-8; \\x{110000}@x.example", "\\x{110000}@x.example");    // out of range kept
    address_ok("utf-8; \\x{}@x.example", "\\x{}@x.example");
    address_ok("utf-8; \\x{41@x.example", "\\x{41@x.example");
    address_ok("rfc822; j\\x{F6}rg@example.de", "j\\x{F6}rg@example.de");  // only for utf-8
  }

  TEST_CASE("decodes the unambiguous xtext escapes for the rfc822 type") {
    address_ok("rfc822; user+2Btag@x.example", "user+tag@x.example");
    address_ok("rfc822; a+3Db@x.example", "a=b@x.example");
    address_ok("rfc822; +C3+A9t\xc3\xa9@x.example", "\xc3\xa9t\xc3\xa9@x.example");
    address_ok("rfc822; user+tag@x.example", "user+tag@x.example");
    address_ok("rfc822; user+20@x.example", "user+20@x.example");  // a sub-address, not a space
    address_ok("rfc822; user+DE@x.example", "user+DE@x.example");  // not valid UTF-8
    address_ok("rfc822; user+2b@x.example", "user+2b@x.example");  // xtext hex is upper-case
    address_ok("utf-8; user+2B@x.example", "user+2B@x.example");   // not for utf-8
  }

  TEST_CASE("an empty address is bad_field") {
    address_bad("");
    address_bad("   ");
    address_bad("rfc822;");
    address_bad("rfc822; ");
    address_bad("rfc822; <>");
    address_bad("<>");
    address_bad("a@b\nc@d");
  }

  TEST_CASE("the grammars equal their byte-by-byte definition on random inputs") {
    std::mt19937 rng(31337);
    constexpr std::string_view pool = "rfc822;smtp; a@b.x\r\n\t-<>()\xc3\xa9\x00";
    for (int round = 0; round < 30000; ++round) {
      std::string in(rng() % 24, ' ');
      for (char& c : in) c = pool[rng() % pool.size()];
      if (rng() % 2) in = (rng() % 2 ? "smtp; " : " rfc822 ;") + in;
      CAPTURE(in);
      bounce::grammar::ast::typed_field got, want;
      bool const ok_got = parse_with(in, bounce::grammar::typed_field(), got);
      bool const ok_want = parse_with(in, reference::typed_field, want);
      CHECK(ok_got == ok_want);
      if (ok_got && ok_want) {
        CHECK(got.type == want.type);
        CHECK(got.text == want.text);
      }
      std::string got_text, want_text;
      bool const text_got = parse_with(in, bounce::grammar::field_text(), got_text);
      bool const text_want = parse_with(in, reference::field_text, want_text);
      CHECK(text_got == text_want);
      if (text_got && text_want) CHECK(got_text == want_text);
    }
  }
}
