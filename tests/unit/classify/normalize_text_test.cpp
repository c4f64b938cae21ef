// normalize_text writes through a pointer into a reused buffer; the reference below is a
// push_back version, and both must agree on every text.
#include "classify/rules.hpp"
#include "grammar/reply_syntax.hpp"

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <string_view>

using namespace bounce::rules;

namespace {
// The reply folding is grammar::fold_reply's (tested in tests/unit/grammar/reply_syntax_test.cpp);
// the reference collapses and lower-cases the text it keeps one character at a time.
std::string normalize_reference(std::string_view raw) {
  std::string kept;
  bounce::grammar::fold_reply(raw, bounce::grammar::fold_options{},
                              [&](std::string_view piece) { kept.append(piece); });
  std::string out;
  bool pending = false;
  for (const char c : kept) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      pending = !out.empty();
      continue;
    }
    if (pending) out.push_back(' ');
    pending = false;
    out.push_back((c >= 'A' && c <= 'Z') ? char(c + 32) : c);
  }
  return out;
}
}  // namespace

TEST_CASE("normalize_text: examples") {
  CHECK(normalize_text("  550-5.7.1 Mailbox\r\n550-5.7.1 FULL \t") == "550-5.7.1 mailbox full");
  CHECK(normalize_text("") == "");
  CHECK(normalize_text(" \n\t") == "");
  // A reply's later lines lose their prefix; after its last line ("550 "), the rest is text.
  CHECK(normalize_text("said: 550-5.1.1 User\n550 5.1.1 UNKNOWN -> 550 : x") ==
        "said: 550-5.1.1 user unknown -> 550 : x");
}

TEST_CASE("normalize_text: agrees with the push_back version, into a reused buffer too") {
  const std::string_view pieces[] = {" ",     "\t",   "\n",  "\r\n", "\f",  "\v",   "550-", "550 ",
                                     "5.7.1", "4.2.2", "421-", "250 ", "2",   "5",    "-",    ".",
                                     "Mail",  "BOX",   "full", "x",   "\xc3\xa9", "12", "550-5.1.1 ",
                                     "451 4.", "553 5.3.", "5.0"};
  std::mt19937 rng(99);
  std::string buffer = "left over from an earlier, longer call: must not leak through";
  for (int t = 0; t < 20000; ++t) {
    std::string raw;
    for (unsigned k = rng() % 14; k > 0; --k) raw.append(pieces[rng() % std::size(pieces)]);
    const std::string want = normalize_reference(raw);
    CAPTURE(raw);
    CHECK(normalize_text(raw) == want);
    normalize_text(raw, buffer);
    CHECK(buffer == want);
  }
}
