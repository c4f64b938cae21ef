// SPDX-License-Identifier: BSD-2-Clause
// SMTP reply syntax in running text, as tables of accepted and rejected inputs.
#include "grammar/reply_syntax.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

using bounce::status_code;
using namespace bounce::grammar;

namespace {
constexpr std::nullopt_t none = std::nullopt;
}  // namespace

TEST_SUITE("grammar/reply_syntax") {
  TEST_CASE("reply_prefix_at: accepted") {
    struct row {
      std::string_view in;
      std::size_t at;
      int code;
      std::optional<status_code> enhanced;
      bool continuation;
      std::size_t length;
    };
    const row rows[] = {
        {"550-5.7.1 text", 0, 550, status_code{5, 7, 1}, true, 10},
        {"550 5.7.1 text", 0, 550, status_code{5, 7, 1}, false, 10},
        {"550-text", 0, 550, none, true, 4},
        {"550 text", 0, 550, none, false, 4},
        {"550", 0, 550, none, false, 3},
        {"550-", 0, 550, none, true, 4},
        {"550 5.1.1", 0, 550, status_code{5, 1, 1}, false, 9},
        {"550  5.1.1   spaced", 0, 550, status_code{5, 1, 1}, false, 13},
        {"550\t5.1.1\ttext", 0, 550, status_code{5, 1, 1}, false, 10},
        {"550-5.1.1\nnext", 0, 550, status_code{5, 1, 1}, true, 9},
        {"550\r\n", 0, 550, none, false, 3},
        {"421-4.7.0 later", 0, 421, status_code{4, 7, 0}, true, 10},
        {"354 go ahead", 0, 354, none, false, 4},
        {"said: 550 5.1.10 x", 6, 550, status_code{5, 1, 10}, false, 11},
        {"552-5.2.123 x", 0, 552, status_code{5, 2, 123}, true, 12},
        // The enhanced code must be the reply's class (RFC 2034 §4) and stand alone: else text.
        {"550 4.2.2 x", 0, 550, none, false, 4},
        {"550 5.7.1234 x", 0, 550, none, false, 4},
        {"550 5.1.1x y", 0, 550, none, false, 4},
        {"550-5.1.1.2 y", 0, 550, none, true, 4},
        {"550 5.1 y", 0, 550, none, false, 4},
        {"555-250-1234", 0, 555, none, true, 4},
    };
    for (const auto& r : rows) {
      CAPTURE(r.in);
      const auto p = reply_prefix_at(r.in, r.at);
      REQUIRE(p.has_value());
      CHECK(p->code == r.code);
      CHECK(p->enhanced == r.enhanced);
      CHECK(p->continuation == r.continuation);
      CHECK(p->length == r.length);
    }
  }

  TEST_CASE("reply_prefix_at: rejected") {
    const std::string_view rows[] = {"",      "55",    "5500 x", "550x",  "550.1", "150 x", "650 x",
                                     "055 x", "5a0 x", "550:x",  "550/x", "55 0",  "x550 "};
    for (std::string_view in : rows) {
      CAPTURE(in);
      CHECK_FALSE(reply_prefix_at(in, 0).has_value());
    }
    CHECK_FALSE(reply_prefix_at("550", 1).has_value());
    CHECK_FALSE(reply_prefix_at("550", 3).has_value());
  }

  TEST_CASE("leading_reply_code") {
    struct row {
      std::string_view in;
      std::optional<int> code;
    };
    const row rows[] = {
        {"550 5.1.1 user unknown", 550},
        {"550-5.1.1 more", 550},
        {"550", 550},
        {"  \t250 ok", 250},
        {"354 go ahead", 354},
        {"421\tlater", 421},
        {"550\nnext", 550},
        {"5500 x", none},
        {"550x", none},
        {"\n550 x", none},
        {"host 550 x", none},
        {"150 x", none},
        {"", none},
        {"55", none},
        {"5.1.1 x", none},
    };
    for (const auto& r : rows) {
      CAPTURE(r.in);
      CHECK(leading_reply_code(r.in) == r.code);
    }
  }

  TEST_CASE("status_at") {
    struct row {
      std::string_view in;
      std::size_t at;
      std::optional<status_code> code;
      std::size_t end;
    };
    const row rows[] = {
        {"5.1.1", 0, status_code{5, 1, 1}, 5},
        {"said 4.7.0 later", 5, status_code{4, 7, 0}, 10},
        {"(5.1.10)", 1, status_code{5, 1, 10}, 7},
        {"5.123.456.", 0, status_code{5, 123, 456}, 9},
        {"2.0.0,", 0, status_code{2, 0, 0}, 5},
        {"3.1.1", 0, none, 0},
        {"5.1", 0, none, 0},
        {"5.1.", 0, none, 0},
        {"5..1", 0, none, 0},
        {"5.1.1234", 0, none, 0},
        {"5.1234.1", 0, none, 0},
        {"5.1.1a", 0, none, 0},
        {"5.1.1.2", 0, none, 0},
        {"v5.1.1", 1, none, 0},
        {"1.5.1.1", 2, none, 0},
        {"55.1.1", 1, none, 0},
    };
    for (const auto& r : rows) {
      CAPTURE(r.in);
      status_code code;
      std::size_t end = 0;
      const bool ok = status_at(r.in, r.at, code, end);
      REQUIRE(ok == r.code.has_value());
      if (ok) {
        CHECK(code == *r.code);
        CHECK(end == r.end);
      }
    }
  }

  TEST_CASE("reply_code_in_prose_at") {
    struct row {
      std::string_view in;
      std::size_t at;
      std::optional<int> code;
    };
    const row rows[] = {
        {"said: 550 5.1.1", 6, 550}, {"550-5.1.1 x", 0, 550},   {"550", 0, 550},
        {"(550 x)", 1, 550},         {"x\n421\n", 2, 421},      {"550-x", 0, 550},
        {"12:550 x", 3, none},       {"10.0.0.250 x", 7, none}, {"555-250-1234", 0, none},
        {"555-250-1234", 4, none},   {"a550 x", 1, none},       {"5501", 0, none},
        {"550x", 0, none},           {"354 x", 0, none},        {"550.", 0, none},
    };
    for (const auto& r : rows) {
      CAPTURE(r.in);
      int code = 0;
      const bool ok = reply_code_in_prose_at(r.in, r.at, code);
      REQUIRE(ok == r.code.has_value());
      if (ok) CHECK(code == *r.code);
    }
  }

  TEST_CASE("hash_status") {
    struct row {
      std::string_view in;
      std::optional<status_code> code;
    };
    const row rows[] = {
        {"Sorry, no mailbox here by that name. (#5.1.1)", status_code{5, 1, 1}},
        {"(#4.4.1) later", status_code{4, 4, 1}},
        {"(#x) then (#5.2.2)", status_code{5, 2, 2}},
        {"(#5.1.10)", status_code{5, 1, 10}},
        {"(5.1.1)", none},
        {"#5.1.1", none},
        {"(#3.1.1)", none},
        {"(#5.1)", none},
        {"(#5.1.1234)", none},
        {"(#55.1.1)", none},
        {"", none},
    };
    for (const auto& r : rows) {
      CAPTURE(r.in);
      CHECK(hash_status(r.in) == r.code);
    }
  }

  TEST_CASE("fold_reply: to a string") {
    struct row {
      std::string_view in;
      bool keep_first;
      bool line_starts_only;
      std::string_view out;
    };
    const row rows[] = {
        // A reply with its line breaks, and unfolded onto one line.
        {"550-5.7.1 mailbox\n550-5.7.1 is\n550 5.7.1 full", true, false,
         "550-5.7.1 mailbox is full"},
        {"550-5.7.1 mailbox\n550-5.7.1 is\n550 5.7.1 full", false, false, "mailbox is full"},
        {"550-5.7.1 mailbox 550-5.7.1 is 550 5.7.1 full", false, false, "mailbox is full"},
        {"550-5.1.1 a\r\n550 5.1.1 b\r\n", false, false, "a b"},
        {"  550-a\n  550 b  ", true, false, "550-a b"},
        {"554-mx.example ESMTP\n554 no service", false, false, "mx.example ESMTP no service"},
        {"450-\n450 4.2.0 greylisted", false, false, "greylisted"},
        // Later lines may carry another enhanced code of the class; it goes with its prefix.
        {"550-5.1.1 a 550 5.1.2 b", false, false, "a b"},
        // The reply starts in the text after a marker; a bare number before it is prose.
        {"host said: 550-5.1.1 a 550 5.1.1 b", true, false, "host said: 550-5.1.1 a b"},
        {"error 550 seen; 550-x 550 y", true, false, "error 550 seen; 550-x y"},
        // Another code is another reply, not a line of this one; glued numbers are not prefixes.
        {"550-5.1.1 a 421 4.7.0 b", false, false, "a 421 4.7.0 b"},
        {"550-a x550 b 5501 c", false, false, "a x550 b 5501 c"},
        // A line without '-' is the reply's last: what follows is text (here another reply quoted).
        {"550 5.1.351 a -> 550 : b", true, false, "550 5.1.351 a -> 550 : b"},
        {"550-a 550 b 550 c", false, false, "a b 550 c"},
        {"550-a 550-b 550 5.1.1", false, false, "a b"},
        // keep_first == false drops the first prefix wherever the reply starts.
        {"a 550-5.1.1 b 550 c", false, false, "a b c"},
        // line_starts_only: a code inside a line is text.
        {"550-a 550 b\n550 c", false, true, "a 550 b c"},
        {"550-a\n   550 c", false, true, "a c"},
        // No reply: the text with its line breaks folded.
        {"no reply here\n  at all ", true, false, "no reply here at all"},
        {"", true, false, ""},
        {"550", false, false, ""},
        {"550", true, false, "550"},
    };
    for (const auto& r : rows) {
      CAPTURE(r.in);
      CAPTURE(r.keep_first);
      fold_options opt;
      opt.keep_first = r.keep_first;
      opt.line_starts_only = r.line_starts_only;
      CHECK(fold_reply(r.in, opt) == r.out);
    }
  }

  TEST_CASE("fold_reply: the reply's code given") {
    fold_options opt;
    opt.keep_first = false;
    opt.code = 550;
    CHECK(fold_reply("a 550-5.1.1 b 550 c 550 d", opt) == "a b c 550 d");
    CHECK(fold_reply("a 421-4.7.0 b", opt) == "a 421-4.7.0 b");
  }

  TEST_CASE("fold_reply: pieces, white space untouched, none empty") {
    std::vector<std::string> pieces;
    fold_reply("x  550-5.7.1 a\n550-5.7.1\n550 5.7.1  b", fold_options{},
               [&](std::string_view p) { pieces.emplace_back(p); });
    CHECK(pieces == std::vector<std::string>{"x  550-5.7.1 a\n", "\n", "b"});
    pieces.clear();
    fold_reply("550-a 550-b", fold_options{false, false},
               [&](std::string_view p) { pieces.emplace_back(p); });
    CHECK(pieces == std::vector<std::string>{"a ", "b"});
  }
}
