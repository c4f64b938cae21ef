// SPDX-License-Identifier: BSD-2-Clause
// repair_unfolded_params visits only Content-Type fields; this checks it against the line-by-line
// walk it replaced, kept here as the reference.
#include <doctest/doctest.h>

#include <cctype>
#include <random>
#include <string>
#include <vector>

#include "detail/string_util.hpp"
#include "mime/detail.hpp"

namespace {

bool reference_looks_like_param(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && (std::isalnum(static_cast<unsigned char>(line[i])) || line[i] == '-' ||
                             line[i] == '_' || line[i] == '*' || line[i] == '.'))
    ++i;
  if (i == 0) return false;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  return i < line.size() && line[i] == '=';
}

// A line-by-line walk: each line is kept, indented (an unfolded parameter) or joined to the
// Content-Type line before it (the field's first line had no value).
std::string reference_repair(std::string_view msg) {
  const std::size_t n = msg.size();
  std::string out;
  bool changed = false;
  bool in_ct = false, ends_semicolon = false, empty_first = false, first_continuation = false;
  std::size_t pos = 0;
  while (pos < n) {
    const std::size_t nl = msg.find('\n', pos);
    const std::size_t end = nl == std::string_view::npos ? n : nl;
    std::string_view line = msg.substr(pos, end - pos);
    const std::string_view whole = msg.substr(pos, (end < n ? end + 1 : n) - pos);
    pos = end < n ? end + 1 : n;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const bool continuation = !line.empty() && (line[0] == ' ' || line[0] == '\t');
    if (in_ct && (continuation || (ends_semicolon && reference_looks_like_param(line)))) {
      const std::string_view t = bounce::detail::trim(line);
      ends_semicolon = !t.empty() && t.back() == ';';
      if (continuation && empty_first && first_continuation) {
        // Join: the Content-Type line lost its end (and trailing blanks), this line its blanks.
        while (!out.empty() && (out.back() == '\n' || out.back() == '\r' || out.back() == ' ' ||
                                out.back() == '\t'))
          out.pop_back();
        std::size_t k = 0;
        while (k < whole.size() && (whole[k] == ' ' || whole[k] == '\t')) ++k;
        out += ' ';
        out += whole.substr(k);
        changed = true;
      } else {
        if (!continuation) {
          out += '\t';
          changed = true;
        }
        out += whole;
      }
      first_continuation = false;
      continue;
    }
    out += whole;
    in_ct = bounce::detail::istarts_with(line, "content-type:");
    if (in_ct) {
      const std::string_view t = bounce::detail::trim(line.substr(13));
      ends_semicolon = !t.empty() && t.back() == ';';
      empty_first = t.empty();
      first_continuation = true;
    }
  }
  return changed ? out : std::string();
}

}  // namespace

TEST_CASE("mime/repair: same result as the line-by-line walk on random messages") {
  const std::vector<std::string> lines = {"Content-Type: text/plain;",
                                          "content-type:multipart/mixed ;  ",
                                          "CONTENT-TYPE: a/b",
                                          "Content-Type : x/y;",
                                          "charset=x",
                                          "boundary = \"y\"",
                                          " format=flowed",
                                          "\tname=z;",
                                          "",
                                          "Subject: a;",
                                          "b=c",
                                          "x;",
                                          "C",
                                          "c=1",
                                          "Content-Typo: q;",
                                          "--b",
                                          "text; more",
                                          "Content-Type: x/y;\r",
                                          "charset=u\r",
                                          "\r",
                                          "report-type=dsn;",
                                          "Content-Type:",
                                          "content-type:  \r",
                                          " multipart/mixed;",
                                          "\t boundary=\"q\""};
  std::mt19937 rng(11);
  std::uniform_int_distribution<std::size_t> count(0, 14), pick(0, lines.size() - 1), coin(0, 3);
  int repaired = 0;
  for (int round = 0; round < 30000; ++round) {
    std::string msg;
    const std::size_t k = count(rng);
    for (std::size_t i = 0; i < k; ++i) {
      msg += lines[pick(rng)];
      if (i + 1 < k || coin(rng) != 0) msg += '\n';  // sometimes no newline at the very end
    }
    const std::string want = reference_repair(msg);
    repaired += !want.empty();
    INFO(msg);
    REQUIRE(bounce::mime::detail::repair_unfolded_params(msg) == want);
  }
  CHECK(repaired > 1000);  // the generator does reach the repair
}

TEST_CASE("mime/repair: a Content-Type folded right after its colon is joined") {
  using bounce::mime::detail::repair_unfolded_params;
  CHECK(repair_unfolded_params("Content-Type: \n multipart/mixed;boundary=\"b\"\n\nx\n") ==
        "Content-Type: multipart/mixed;boundary=\"b\"\n\nx\n");
  CHECK(repair_unfolded_params("Content-Type:\r\n\tmultipart/report;\r\nboundary=b\r\n") ==
        "Content-Type: multipart/report;\r\n\tboundary=b\r\n");
  CHECK(repair_unfolded_params("Content-Type: text/plain\n charset=x\n").empty());
}
