// SPDX-License-Identifier: BSD-2-Clause
// normalize_text: the form phrases are matched against (ASCII lower-case, white space collapsed,
// a multi-line reply's repeated "550-5.7.1" prefixes dropped after the first). A table of
// inputs with hand-written answers, then random texts without reply codes against a simple
// oracle (split on white space, lower-case, join), into a fresh and into a reused buffer.
#include "classify/rules.hpp"

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <string_view>

using namespace bounce::rules;

namespace {

// The words of s, A-Z lowered, joined by one space: normalize_text of a text with no reply code.
std::string lowered_words(std::string_view s) {
  const std::string_view space = " \t\n\r\f\v";
  std::string out;
  std::size_t i = s.find_first_not_of(space);
  while (i != std::string_view::npos) {
    const std::size_t end = std::min(s.find_first_of(space, i), s.size());
    if (!out.empty()) out += ' ';
    for (char c : s.substr(i, end - i)) out += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    i = s.find_first_not_of(space, end);
  }
  return out;
}

struct row {
  std::string_view raw, normalized;
};

const row rows[] = {
    {"", ""},
    {" \n\t\r\f\v", ""},
    {"Mailbox   UNAVAILABLE", "mailbox unavailable"},
    {"\n\n  Hello \t  World  \n", "hello world"},
    {"a\fb\vc", "a b c"},
    // Only A-Z are folded: UTF-8 bytes and the bytes next to the letter ranges stay.
    {"\xc3\x89T\xc3\xa9 \xc3\x84", "\xc3\x89t\xc3\xa9 \xc3\x84"},
    {"@AZ[`az{", "@az[`az{"},
    // One reply line: its prefix is kept.
    {"550 5.1.1 User Unknown", "550 5.1.1 user unknown"},
    // A multi-line reply: the first prefix kept, the later lines' dropped.
    {"  550-5.7.1 Mailbox\r\n550-5.7.1 FULL \t", "550-5.7.1 mailbox full"},
    {"550-5.2.2 The mailbox is full\n550-5.2.2 try again\n550 5.2.2 later",
     "550-5.2.2 the mailbox is full try again later"},
    {"451-4.7.1 Greylisted\n451-4.7.1 please retry\n451 4.7.1 in 5 minutes",
     "451-4.7.1 greylisted please retry in 5 minutes"},
    // Enhanced codes with two-digit parts.
    {"550-5.7.26 Unauthenticated\n550-5.7.26 email is not accepted",
     "550-5.7.26 unauthenticated email is not accepted"},
    // The reply inside prose; what follows its last line is text ("550 :" is no prefix).
    {"said: 550-5.1.1 User\n550 5.1.1 UNKNOWN -> 550 : x",
     "said: 550-5.1.1 user unknown -> 550 : x"},
    // A number in prose is no prefix: no '-' and no enhanced code after it.
    {"quota of 550 messages exceeded", "quota of 550 messages exceeded"},
    // Not at a word start: no prefix.
    {"id=abc550-5.1.1 x", "id=abc550-5.1.1 x"},
    // An enhanced code of another class than the reply code is text, not part of the prefix.
    {"550-4.2.2 x", "550-4.2.2 x"},
};

}  // namespace

TEST_CASE("normalize_text: a table of texts and their normal form") {
  std::string buffer = "left over from an earlier, longer call: must not leak through";
  for (const row& r : rows) {
    CAPTURE(r.raw);
    CHECK(normalize_text(r.raw) == r.normalized);
    normalize_text(r.raw, buffer);
    CHECK(buffer == r.normalized);
  }
}

TEST_CASE("normalize_text: texts without reply codes are their lower-cased words") {
  const std::string_view pieces[] = {" ",    "\t",   "\n",         "\r\n", "\f", "\v", "Mail",
                                     "BOX",  "full", "x",          "-",    ".",  "#",  "\xc3\xa9",
                                     "\xc3", "@[`{", "Over QUOTA", "a-b",  ":",  "<>"};
  std::mt19937 rng(99);
  std::string buffer = "left over from an earlier, longer call: must not leak through";
  for (int t = 0; t < 20000; ++t) {
    std::string raw;
    for (unsigned k = rng() % 14; k > 0; --k) raw.append(pieces[rng() % std::size(pieces)]);
    const std::string want = lowered_words(raw);
    CAPTURE(raw);
    CHECK(normalize_text(raw) == want);
    normalize_text(raw, buffer);
    CHECK(buffer == want);
  }
}
