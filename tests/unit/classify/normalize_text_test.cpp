// normalize_text writes through a pointer into a reused buffer; the reference below is the
// push_back version it replaced, and both must agree on every text.
#include "classify/rules.hpp"

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <string_view>

using namespace bounce::rules;

namespace {
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::size_t reply_prefix_reference(std::string_view s, std::size_t i) {
  if (i + 4 > s.size() || (s[i] != '2' && s[i] != '4' && s[i] != '5') || !is_digit(s[i + 1]) ||
      !is_digit(s[i + 2]) || (s[i + 3] != '-' && s[i + 3] != ' '))
    return 0;
  std::size_t j = i + 4;
  std::size_t k = j;
  if (k < s.size() && s[k] == s[i] && k + 1 < s.size() && s[k + 1] == '.') {
    k += 2;
    int dots = 1, digits = 0;
    while (k < s.size() && (is_digit(s[k]) || (s[k] == '.' && dots < 2))) {
      if (s[k] == '.') ++dots, digits = 0; else ++digits;
      ++k;
    }
    if (dots == 2 && digits > 0 && (k == s.size() || s[k] == ' ')) j = k + (k < s.size());
  }
  return s[i + 3] == '-' || j > i + 4 ? j - i : 0;
}

std::string normalize_reference(std::string_view raw) {
  std::string out;
  bool pending = false;
  const auto put = [&](char c) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      pending = !out.empty();
      return;
    }
    if (pending) out.push_back(' ');
    pending = false;
    out.push_back((c >= 'A' && c <= 'Z') ? char(c + 32) : c);
  };
  bool seen_prefix = false;
  for (std::size_t i = 0; i < raw.size();) {
    const bool word_start = i == 0 || raw[i - 1] == ' ' || raw[i - 1] == '\n' || raw[i - 1] == '\t';
    if (word_start) {
      if (std::size_t n = reply_prefix_reference(raw, i)) {
        if (!seen_prefix)
          for (std::size_t k = i; k < i + n; ++k) put(raw[k]);
        seen_prefix = true;
        i += n;
        continue;
      }
    }
    put(raw[i++]);
  }
  return out;
}
}  // namespace

TEST_CASE("normalize_text: examples") {
  CHECK(normalize_text("  550-5.7.1 Mailbox\r\n550-5.7.1 FULL \t") == "550-5.7.1 mailbox full");
  CHECK(normalize_text("") == "");
  CHECK(normalize_text(" \n\t") == "");
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
