// SPDX-License-Identifier: BSD-2-Clause
// prescan_ok skips body lines 16 bytes a step; this checks it against a plain line-by-line
// reading of the same rules on random messages, with small limits so that every one is hit.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "detail/string_util.hpp"
#include "mime/detail.hpp"

namespace {

using bounce::mime::detail::content_type_colon;

std::size_t count_word(std::string_view line, std::string_view lower_word) {
  const std::string lower = bounce::detail::to_lower(line);
  std::size_t count = 0;
  for (std::size_t at = lower.find(lower_word); at != std::string::npos;
       at = lower.find(lower_word, at + 1))
    ++count;
  return count;
}

bool reference_prescan(std::string_view msg, const bounce::limits& lim,
                       std::vector<std::size_t>* ct_lines) {
  const std::size_t max_depth =
      std::min<std::size_t>(lim.max_depth, bounce::mime::detail::kHardMaxDepth);
  std::size_t dash_lines = 0, nesting = 0, field_len = 0;
  bool header = true, rfc822 = false, in_ct = false;
  for (std::size_t pos = 0; pos < msg.size();) {
    const std::size_t nl = msg.find('\n', pos);
    const std::size_t end = nl == std::string_view::npos ? msg.size() : nl;
    const std::string_view line = msg.substr(pos, end - pos);
    const std::size_t start = pos;
    pos = nl == std::string_view::npos ? msg.size() : nl + 1;
    if (ct_lines && !line.empty() && content_type_colon(line) != std::string_view::npos)
      ct_lines->push_back(start);
    if (line.substr(0, 2) == "--") {
      if (++dash_lines > lim.max_parts) return false;
      if (line.size() > lim.max_header_line && header) return false;
      header = true;
      rfc822 = in_ct = false;
      field_len = 0;
      continue;
    }
    if (!header) continue;
    if (line.empty() || line == "\r") {
      header = rfc822;
      rfc822 = in_ct = false;
      field_len = 0;
      continue;
    }
    const bool continuation = line[0] == ' ' || line[0] == '\t';
    field_len = continuation ? field_len + line.size() + 1 : line.size();
    if (field_len > lim.max_header_line) return false;
    if (!continuation) in_ct = content_type_colon(line) != std::string_view::npos;
    if (!in_ct) continue;
    const std::size_t rfc = count_word(line, "rfc822");
    rfc822 = rfc822 || rfc > 0;
    nesting += rfc + count_word(line, "multipart");
    if (nesting > max_depth) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("mime/prescan: same verdict and Content-Type lines as a line-by-line reading") {
  const std::vector<std::string> lines = {"Content-Type: multipart/mixed; boundary=b",
                                          "content-type: message/rfc822",
                                          "Content-Type : text/plain",
                                          " multipart/alternative",
                                          "\tRFC822",
                                          "Subject: a long subject line here",
                                          "",
                                          "\r",
                                          "--b",
                                          "--b--",
                                          "-x",
                                          "c",
                                          "charset=x",
                                          "body text",
                                          "Content-Typo: multipart",
                                          "Cc: x",
                                          "MULTIPART rfc822 multipart",
                                          "-- ",
                                          "--a-very-long-delimiter-line-over-the-limit"};
  bounce::limits lim;
  lim.max_parts = 6;
  lim.max_header_line = 40;
  lim.max_depth = 4;
  std::mt19937 rng(12);
  std::uniform_int_distribution<std::size_t> count(0, 30), pick(0, lines.size() - 1), coin(0, 3);
  int accepted = 0, refused = 0;
  for (int round = 0; round < 30000; ++round) {
    std::string msg;
    const std::size_t k = count(rng);
    for (std::size_t i = 0; i < k; ++i) {
      msg += lines[pick(rng)];
      if (i + 1 < k || coin(rng) != 0) msg += '\n';
    }
    std::vector<std::size_t> want_lines, got_lines;
    const bool want = reference_prescan(msg, lim, &want_lines);
    INFO(msg);
    REQUIRE(bounce::mime::detail::prescan_ok(msg, lim, &got_lines) == want);
    if (want) REQUIRE(got_lines == want_lines);  // on refusal the walk stops early in both
    (want ? accepted : refused) += 1;
  }
  CHECK(accepted > 3000);
  CHECK(refused > 3000);
}
