// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// Support for the per-extractor tests (tests/unit/extract/<name>_test.cpp): read a sample
// message from corpus/, build its report the way the pipeline does (mime::build_report), and
// ask one extractor or the whole ordered list about it, through the stable interface only
// (NAME_extractor(), extractor::claims/extract, run_extractors).
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <initializer_list>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "bounce/fields.hpp"
#include "bounce/options.hpp"
#include "extract/extractor.hpp"
#include "mime/report.hpp"

namespace bounce::extract::sample {

/// The bytes of corpus/<relative> (a sample written for the project, see corpus/README.md).
inline std::string read_corpus(std::string_view relative) {
  const std::string path = std::string(BOUNCE_SOURCE_DIR) + "/corpus/" + std::string(relative);
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "missing sample " << path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// The report the pipeline builds of a message (LF line ends, default limits).
inline mime::report report_of(std::string_view message) {
  auto r = mime::build_report(message, limits{});
  REQUIRE(r.has_value());
  return std::move(*r);
}

inline std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

/// e.claims() with its text markers found by a plain lower-case search of the whole text (an
/// oracle independent of the library's one-pass marker scanner).
inline bool claims(const extractor& e, const mime::report& r) {
  const auto markers = e.text_markers();
  const std::string text = lower(r.text);
  std::vector<std::size_t> first(markers.size());
  for (std::size_t k = 0; k < markers.size(); ++k) first[k] = text.find(markers[k]);
  return e.claims(r, marker_hits(r.text, markers, first.data()));
}

/// The drafts e makes of r; the test fails unless e claims r.
inline std::vector<draft> drafts_of(const extractor& e, const mime::report& r) {
  REQUIRE_MESSAGE(claims(e, r), e.name() << " does not claim the sample");
  std::vector<draft> out;
  e.extract(r, out);
  return out;
}

/// The engine (lower case) that wins r in the registry's order, empty when none does.
inline std::string winning_engine(const mime::report& r) {
  std::vector<draft> out;
  return lower(run_extractors(r, out));
}

/// The enhanced status code a draft carries: its own, else the one its diagnostic quotes (the
/// classifier reads it there); empty when neither has one.
inline std::string status_of(const draft& d) {
  const auto st = d.status ? d.status : find_status_in_text(d.diagnostic);
  return st ? st->to_string() : std::string();
}

/// The SMTP reply code a draft carries: its own, else the one its diagnostic starts with.
inline int reply_code_of(const draft& d) {
  const auto code = d.reply_code ? d.reply_code : find_reply_code_in_text(d.diagnostic);
  return code.value_or(0);
}

/// d's diagnostic contains part (as written, case-sensitively).
inline bool diagnostic_has(const draft& d, std::string_view part) {
  return d.diagnostic.find(part) != std::string::npos;
}

/// e's name in lower case (engine names are compared case-insensitively).
inline std::string engine_name(const extractor& e) { return lower(e.name()); }

/// One draft a sample must give: its recipient and, when given, the extractor's verdict (the
/// reason and the rule that names it).
struct expected_draft {
  std::string_view recipient;
  std::optional<reason_kind> reason = std::nullopt;
  std::string_view rule = {};
};

/// The drafts e makes of the corpus sample `file`. The test fails unless e wins the sample in
/// the registry's order and its drafts are `want`, in order (recipient, then reason and rule
/// where given); the drafts are returned for the checks particular to a test.
inline std::vector<draft> checked_drafts(const extractor& e, std::string_view file,
                                         std::initializer_list<expected_draft> want) {
  INFO("sample " << std::string(file));
  const mime::report r = report_of(read_corpus(file));
  CHECK(winning_engine(r) == engine_name(e));
  std::vector<draft> out = drafts_of(e, r);
  REQUIRE(out.size() == want.size());
  const expected_draft* w = want.begin();
  for (const draft& d : out) {
    CHECK(d.recipient == w->recipient);
    if (w->reason) CHECK(d.reason == w->reason);
    if (!w->rule.empty()) CHECK(d.rule == w->rule);
    ++w;
  }
  return out;
}

}  // namespace bounce::extract::sample
