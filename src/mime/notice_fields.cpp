// SPDX-License-Identifier: BSD-2-Clause
// The notice's own Subject and From, read once here for every extractor that recognises a
// format by them. Both reach the sender's bounce mailbox in forms its MTA did not write: a
// receiving gateway or a filter puts a tag in front of the Subject ("[EXTERNAL]" by Exchange
// transport rules and mail gateways, SpamAssassin's rewrite_header "*****SPAM*****",
// Proofpoint's "{Spam?}", a list's "[name]" prefix), and RFC 5322 lets a From name its sender
// as "Name <addr>" or, in the older comment form still written, "addr (Name)".
#include <cstddef>
#include <string>
#include <string_view>

#include "detail/string_util.hpp"
#include "mime/detail.hpp"
#include "mime/report.hpp"

namespace bounce::mime::detail {
namespace {

// A tag longer than this is text, not a tag.
constexpr std::size_t kMaxTagLength = 40;

// The length of a tag at the start of s with its trailing blanks ("[EXTERNAL] "), or 0.
std::size_t leading_tag(std::string_view s) noexcept {
  if (s.empty()) return 0;
  std::size_t end = 0;
  if (s[0] == '[' || s[0] == '{') {
    const char close = s[0] == '[' ? ']' : '}';
    const std::size_t c = s.find(close);
    if (c == std::string_view::npos || c > kMaxTagLength || c < 2) return 0;
    if (s.substr(1, c - 1).find(s[0]) != std::string_view::npos) return 0;
    end = c + 1;
  } else if (s[0] == '*') {  // "*****SPAM*****", "***SPAM***"
    std::size_t i = s.find_first_not_of('*');
    if (i == std::string_view::npos) return 0;
    const std::size_t word = s.find('*', i);
    if (word == std::string_view::npos || word == i || word > kMaxTagLength) return 0;
    if (s.substr(i, word - i).find_first_of(" \t") != std::string_view::npos) return 0;
    end = s.find_first_not_of('*', word);
    if (end == std::string_view::npos) end = s.size();
  } else {
    return 0;
  }
  if (end < s.size() && s[end] != ' ' && s[end] != '\t') return 0;  // "[x]y" is not a tag
  while (end < s.size() && (s[end] == ' ' || s[end] == '\t')) ++end;
  return end;
}

}  // namespace

std::string notice_subject(std::string_view raw_value) {
  std::string subject = decode_rfc2047(bounce::detail::trim(raw_value));
  std::string_view rest = subject;
  // Tags go only while text follows them: a Subject that is a tag ("[BOUNCE]", Apache
  // James's) is what its MTA wrote.
  for (std::size_t n = leading_tag(rest); n != 0 && n < rest.size(); n = leading_tag(rest))
    rest.remove_prefix(n);
  if (rest.size() != subject.size()) subject.erase(0, subject.size() - rest.size());
  return subject;
}

void notice_from(std::string_view raw_value, std::string& name, std::string& address) {
  const std::string_view v = bounce::detail::trim(raw_value);
  const std::size_t open = v.find('<');
  const std::size_t close = open == std::string_view::npos ? open : v.find('>', open);
  std::string_view display;
  if (close != std::string_view::npos) {  // "Name <addr>"
    address = std::string(bounce::detail::trim(v.substr(open + 1, close - open - 1)));
    display = v.substr(0, open);
  } else {  // "addr (Name)" or a bare address
    const std::size_t paren = v.find('(');
    address = std::string(bounce::detail::trim(v.substr(0, paren)));
    if (paren != std::string_view::npos) {
      const std::size_t end = v.rfind(')');
      display =
          v.substr(paren + 1, end == std::string_view::npos || end < paren ? std::string_view::npos
                                                                           : end - paren - 1);
    }
  }
  display = bounce::detail::trim(display);
  if (display.size() >= 2 && display.front() == '"' && display.back() == '"')
    display = display.substr(1, display.size() - 2);
  name = decode_rfc2047(display);
}

}  // namespace bounce::mime::detail
