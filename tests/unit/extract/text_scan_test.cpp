// SPDX-License-Identifier: BSD-2-Clause
#include "extract/common/kit.hpp"

#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "detail/string_util.hpp"

using namespace bounce;
using namespace bounce::extract;
using namespace bounce::extract::kit;

namespace {

// find_smtp_command as it was before it read the text in one pass without copying it: the
// reference the one-pass version must agree with.
std::string find_smtp_command_reference(std::string_view raw) {
  const std::string collapsed = detail::collapse_space(raw.substr(0, 1 << 16));
  const std::string_view text = collapsed;
  static constexpr std::string_view markers[] = {
      "in reply to ", "after ",    ">>> ",
      "error after ", "during ",   "while sending ",
      "response to ", "reply to ", "smtp error from remote mail server after ",
  };
  std::string best;
  std::size_t best_pos = std::string_view::npos;
  for (auto m : markers) {
    for (std::size_t p = detail::ifind(text, m); p != std::string_view::npos;
         p = detail::ifind(text, m, p + 1)) {
      std::string cmd = normalize_command(text.substr(p + m.size(), 16));
      if (cmd.empty()) continue;
      if (p < best_pos) {
        best_pos = p;
        best = std::move(cmd);
      }
      break;
    }
  }
  return best;
}

}  // namespace

TEST_CASE("find_smtp_command: wrapped and mixed-case markers") {
  CHECK(find_smtp_command("550 5.1.1 unknown (in reply to\n    RCPT TO command)") == "RCPT");
  CHECK(find_smtp_command("SMTP error from remote mail server after end of data:") == "DATA");
  CHECK(find_smtp_command("delivered after connect... after MAIL FROM:<a@b>") == "CONN");
  CHECK(find_smtp_command("an error after\t\n  ") == "");
  CHECK(find_smtp_command("nothing here") == "");
}

// Random texts built of the markers, command words, white-space runs and filler, in random
// case: the one-pass reading must give what the copy-and-search reading gave.
TEST_CASE("find_smtp_command: same answers as the reference on random texts") {
  std::mt19937 rng(7);
  const std::vector<std::string> pieces = {"in reply to ",
                                           "after ",
                                           ">>> ",
                                           "error after ",
                                           "during ",
                                           "while sending ",
                                           "response to ",
                                           "reply to ",
                                           "smtp error from remote mail server after ",
                                           "in reply",
                                           "afte",
                                           "rcpt to",
                                           "RCPT",
                                           "mail from",
                                           "data",
                                           "end of data",
                                           "end of message",
                                           "ehlo",
                                           "helo",
                                           "lhlo",
                                           "connect",
                                           "conn ",
                                           "conn",
                                           "starttls",
                                           "auth ",
                                           "auth",
                                           "bdat",
                                           "quit",
                                           "xyz",
                                           "e",
                                           "r",
                                           "a",
                                           " ",
                                           "  ",
                                           "\n",
                                           "\n    ",
                                           "\t",
                                           " \n\t ",
                                           ":",
                                           "<a@b>",
                                           "(",
                                           ")"};
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const std::size_t n = rng() % 14;
    for (std::size_t k = 0; k < n; ++k) {
      std::string p = pieces[rng() % pieces.size()];
      for (char& c : p)
        if (rng() % 3 == 0 && c >= 'a' && c <= 'z') c = char(c - 32);
      text += p;
    }
    INFO("text=[", text, "]");
    CHECK(find_smtp_command(text) == find_smtp_command_reference(text));
  }
}
