// SPDX-License-Identifier: BSD-2-Clause
// The gate in front of mimetic's fast (const char*) path: where it says yes, both of mimetic's
// paths must build the same tree; the cases it refuses are the ones where they differ.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "mime/detail.hpp"
#include "mime/report.hpp"
#include "support/mime_oracles.hpp"

using bounce::mime::detail::pointer_path_safe;
using bounce::test_support::mimetic_tree;

namespace {

bool same_tree(const std::string& m) { return mimetic_tree(m, true) == mimetic_tree(m, false); }

// build_report (fast path, returned message cut off, top header left to us) against the input
// path on the whole message.
bool same_report(const std::string& m) {
  const bounce::limits lim;
  const auto a = bounce::mime::build_report(m, lim);
  const auto b = bounce::test_support::build_report_input_path(m, lim);
  if (a.has_value() != b.has_value()) return false;
  return !a || bounce::test_support::report_digest(*a) == bounce::test_support::report_digest(*b);
}

const std::string kReport =
    "From: MAILER-DAEMON@example.org\n"
    "Content-Type: multipart/report; report-type=delivery-status;\n"
    "\tboundary=\"outer/b\"\n"
    "\n"
    "--outer/b\n"
    "Content-Type: text/plain\n"
    "\n"
    "I'm sorry.\n"
    "--outer/b\n"
    "Content-Type: message/delivery-status\n"
    "\n"
    "Final-Recipient: rfc822; a@example.net\n"
    "Status: 5.1.1\n"
    "--outer/b\n"
    "Content-Type: message/rfc822\n"
    "\n"
    "Subject: hi\n"
    "Content-Type: multipart/alternative; boundary=inner\n"
    "\n"
    "--inner\n"
    "Content-Type: text/plain\n"
    "\n"
    "body\n"
    "--inner--\n"
    "--outer/b--\n";

std::string replace(std::string s, std::string_view from, std::string_view to) {
  const auto at = s.find(from);
  REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}

}  // namespace

TEST_SUITE("mime/fast_path") {
  TEST_CASE("a well-formed report with a folded, quoted boundary takes the fast path") {
    CHECK(pointer_path_safe(kReport));
    CHECK(same_tree(kReport));
    CHECK(mimetic_tree(kReport, true).find(">>entity\nContent-Type: text/plain") !=
          std::string::npos);
  }

  TEST_CASE("boundary text in mid-line: refused, and the paths do differ there") {
    const std::string m = replace(kReport, "I'm sorry.\n", "I'm sorry. --outer/b is not a line\n");
    CHECK_FALSE(pointer_path_safe(m));
    CHECK_FALSE(same_tree(m));
  }

  TEST_CASE("a boundary's text before its declaration is text to both paths: accepted") {
    const std::string m = replace(kReport, "I'm sorry.\n", "I'm sorry. See --inner below.\n");
    CHECK(pointer_path_safe(m));
    CHECK(same_tree(m));
    CHECK(same_report(m));
  }

  TEST_CASE("a boundary with a byte past 0x7F: refused (mimetic's fast loader never finds it)") {
    const std::string m =
        "Subject: x\nContent-Type: multipart/report; boundary=\"b\xD3\x98z\"\n\n"
        "--b\xD3\x98z\nContent-Type: text/plain\n\nhello\n"
        "--b\xD3\x98z\nContent-Type: message/delivery-status\n\nStatus: 5.1.1\n"
        "--b\xD3\x98z--\n";
    CHECK_FALSE(pointer_path_safe(m));
    CHECK_FALSE(same_tree(m));  // the fast loader finds no part
    CHECK(same_report(m));
    const auto r = bounce::mime::build_report(m, bounce::limits{});
    REQUIRE(r.has_value());
    CHECK(r->delivery_status == "Status: 5.1.1");
  }

  TEST_CASE("an inner multipart left open before the outer boundary: refused, the paths differ") {
    const std::string m = replace(kReport, "--inner--\n", "");
    CHECK_FALSE(pointer_path_safe(m));
    CHECK_FALSE(same_tree(m));
  }

  TEST_CASE("an unterminated closing line ends the input: refused, the paths differ") {
    std::string m = kReport;
    m.pop_back();
    CHECK_FALSE(pointer_path_safe(m));
    const std::string leaf_last =
        "Subject: x\nContent-Type: multipart/mixed; boundary=A\n\n--A\nSubject: s\n\nline\n--A--";
    CHECK_FALSE(pointer_path_safe(leaf_last));
    CHECK_FALSE(same_tree(leaf_last));  // the input path keeps "--A--" in the body
  }

  TEST_CASE("a delimiter right after a delimiter is read as a header line: refused") {
    const std::string m =
        replace(kReport, "--inner--\n--outer/b--\n", "--inner\n--inner--\n--outer/b--\ntrailer\n");
    CHECK_FALSE(pointer_path_safe(m));
    CHECK_FALSE(same_tree(m));
  }

  TEST_CASE("a returned message cut before its inner boundary, closed at the end: the fast path") {
    const std::string m =
        replace(kReport, "--inner\nContent-Type: text/plain\n\nbody\n--inner--\n", "");
    CHECK(pointer_path_safe(m));
    CHECK(same_tree(m));
    // ... but not when a part follows it (the gate does not model what each path does then).
    const std::string more =
        m.substr(0, m.size() - 12) + "--outer/b\nContent-Type: text/plain\n\nmore\n--outer/b--\n";
    CHECK_FALSE(pointer_path_safe(more));
  }

  TEST_CASE("a delimiter with trailing text or blanks is refused") {
    CHECK_FALSE(pointer_path_safe(replace(kReport, "--outer/b\nContent-Type: message/d",
                                          "--outer/b  \nContent-Type: message/d")));
    CHECK_FALSE(pointer_path_safe(replace(kReport, "--outer/b\nContent-Type: message/d",
                                          "--outer/bx\nContent-Type: message/d")));
  }

  TEST_CASE("one boundary a prefix of another is refused") {
    const std::string m = replace(replace(kReport, "boundary=inner", "boundary=outer/bb"),
                                  "--inner\n", "--outer/bb\n");
    CHECK_FALSE(pointer_path_safe(replace(m, "--inner--\n", "--outer/bb--\n")));
  }

  TEST_CASE("a multipart type without a boundary is refused: mimetic would split on every \"--\"") {
    CHECK_FALSE(pointer_path_safe(
        replace(kReport, "multipart/alternative; boundary=inner", "multipart/alternative")));
    CHECK_FALSE(pointer_path_safe(replace(kReport, "multipart/alternative; boundary=inner",
                                          "multipart/alternative; boundary=\"\"")));
  }

  TEST_CASE("a CR anywhere, the same boundary twice, or a NUL in a Content-Type: refused") {
    CHECK_FALSE(pointer_path_safe(replace(kReport, "body\n", "body\r\n")));
    CHECK_FALSE(pointer_path_safe(replace(kReport, "boundary=inner", "boundary=\"outer/b\"")));
    CHECK_FALSE(pointer_path_safe(
        replace(kReport, "text/plain\n\nbody", std::string("text/plain; x=\0\n\nbody", 22))));
    CHECK_FALSE(pointer_path_safe(""));
  }

  TEST_CASE("no boundary anywhere and no multipart type: safe") {
    const std::string m = "Subject: x\nContent-Type: text/plain\n\n-- \nsignature\n";
    CHECK(pointer_path_safe(m));
    CHECK(same_tree(m));
  }

  TEST_CASE("the returned message at the end is found, so that mimetic need not parse it") {
    using bounce::mime::detail::returned_last_part;
    const auto cut = returned_last_part(kReport, "outer/b");
    REQUIRE(cut.has_value());
    CHECK(cut->substr(0, 12) == "Subject: hi\n");
    CHECK(cut->substr(cut->size() - 9) == "--inner--");  // up to the newline before "--outer/b--"
    CHECK(same_report(kReport));
    // Not when the last part is something else, or its header block is not clean.
    CHECK_FALSE(returned_last_part(
        replace(kReport, "Content-Type: message/rfc822", "Content-Type: text/plain"), "outer/b"));
    CHECK_FALSE(returned_last_part(replace(kReport, "Content-Type: message/rfc822\n",
                                           "Content-Type: message/rfc822\nnot a field\n"),
                                   "outer/b"));
    // A blank-led first line is no continuation for mimetic: its body starts there (fuzz finding).
    const std::string tab_led = replace(kReport, "--outer/b\nContent-Type: message/rfc822",
                                        "--outer/b\n\t\te\nContent-Type: message/rfc822");
    CHECK_FALSE(returned_last_part(tab_led, "outer/b"));
    CHECK(same_report(tab_led));
    // text/rfc822-headers, unclosed at the end of the input: the rest of the message.
    const std::string headers_part =
        replace(kReport, "Content-Type: message/rfc822", "Content-Type: text/rfc822-headers");
    const std::string unclosed = headers_part.substr(0, headers_part.size() - 12);
    const auto open_cut = returned_last_part(unclosed, "outer/b");
    REQUIRE(open_cut.has_value());
    CHECK(open_cut->substr(open_cut->size() - 10) == "--inner--\n");
    CHECK(same_report(headers_part));
    CHECK(same_report(unclosed));
  }

  TEST_CASE(
      "a returned message cut short inside its own multipart is cut off, and the rest is fast") {
    using bounce::mime::detail::returned_last_part;
    const std::string truncated = replace(kReport, "--inner--\n", "body goes on and is cut\n");
    CHECK_FALSE(pointer_path_safe(truncated));  // the whole message: an inner boundary left open
    const auto cut = returned_last_part(truncated, "outer/b");
    REQUIRE(cut.has_value());
    const std::string_view before(truncated.data(),
                                  static_cast<std::size_t>(cut->data() - truncated.data()));
    CHECK(pointer_path_safe(before));  // what mimetic is given
    CHECK(same_report(truncated));
    // A line inside the part that starts with "--outer/b" is a delimiter to the input path: no cut.
    CHECK_FALSE(returned_last_part(replace(truncated, "body goes on", "--outer/bx\nbody goes on"),
                                   "outer/b"));
    CHECK(same_report(replace(truncated, "body goes on", "--outer/bx\nbody goes on")));
  }

  TEST_CASE("mimetic gets the structure only: a Content-Type field and the body") {
    using bounce::mime::detail::structure_for_mimetic;
    const std::size_t body_at = kReport.find("\n\n") + 2;
    std::string s;
    REQUIRE(
        structure_for_mimetic(kReport, body_at, "multipart/report", "outer/b", kReport.size(), s));
    CHECK(s.rfind("Content-Type: multipart/report; boundary=\"outer/b\"\n\n--outer/b\n", 0) == 0);
    CHECK(s.size() == kReport.size() - body_at + 52);
    // A top header block mimetic might end elsewhere (a line that is no field): not used.
    const std::string odd = replace(kReport, "From: MAILER-DAEMON@example.org\n",
                                    "From: MAILER-DAEMON@example.org\nno colon here\n");
    bounce::mime::header_block top;
    const std::size_t odd_body_at =
        bounce::mime::parse_header_block(odd, top);  // as build_report gets it
    std::string none = "stale";
    CHECK_FALSE(
        structure_for_mimetic(odd, odd_body_at, "multipart/report", "outer/b", odd.size(), none));
    CHECK(none.empty());
    CHECK(same_report(odd));
  }

  TEST_CASE(
      "a plain Content-Type value reads the same by our quick reader, mimetic and our parser") {
    using bounce::mime::detail::mimetic_boundary;
    using bounce::mime::detail::simple_boundary;
    const std::vector<std::string> types = {"multipart/mixed", "MULTIPART/Report", "text/plain",
                                            "message/rfc822", "multipart"};
    const std::vector<std::string> names = {"boundary", "BOUNDARY",  "Boundary", "report-type",
                                            "charset",  "boundary*", "x"};
    const std::vector<std::string> values = {"abc",     "\"a b\"", "\"=_Part_1.2/x\"", "=_x",
                                             "\"a;b\"", "\"\"",    "\"q\\\"x\"",       "a'b",
                                             "\"(c)\"", "x y"};
    const std::vector<std::string> glue = {";", "; ", " ; ", ";\t", ";;", " "};
    std::mt19937 rng(7);
    int simple = 0;
    for (int round = 0; round < 20000; ++round) {
      std::string v = (rng() % 4 ? "" : " ") + types[rng() % types.size()];
      for (int k = static_cast<int>(rng() % 4); k > 0; --k)
        v += glue[rng() % glue.size()] + names[rng() % names.size()] + (rng() % 5 ? "=" : " = ") +
             values[rng() % values.size()];
      if (rng() % 5 == 0) v += ";";
      std::string quick, theirs;
      bool quick_multipart = false, their_multipart = false;
      if (!simple_boundary(v, quick, quick_multipart)) continue;
      ++simple;
      INFO(v);
      std::string serialized;
      REQUIRE(mimetic_boundary(v, theirs, their_multipart, &serialized));
      CHECK(quick == theirs);
      CHECK(quick_multipart == their_multipart);
      CHECK(std::string(bounce::mime::detail::parse_content_type(v).param("boundary")) == quick);
      CHECK((bounce::mime::detail::parse_content_type(v).type == "multipart") == quick_multipart);
      // What the walker reads once mimetic's loader has re-serialised the field.
      CHECK(std::string(bounce::mime::detail::parse_content_type(serialized).param("boundary")) ==
            quick);
    }
    CHECK(simple > 2000);
    std::string b;
    bool multipart = false;
    CHECK_FALSE(
        simple_boundary("multipart/mixed; boundary=\"a;b\"", b, multipart));  // mimetic reads "\"a"
    CHECK_FALSE(simple_boundary("multipart/mixed; boundary=a; boundary=b", b, multipart));
    CHECK_FALSE(simple_boundary("multipart/mixed; boundary*0=a", b, multipart));
    CHECK_FALSE(simple_boundary("multipart/mixed (comment); boundary=a", b, multipart));
  }

  TEST_CASE(
      "a value our parser reads differently once mimetic re-serialised it is refused (fuzz "
      "finding)") {
    // mimetic writes `differences=Content-Type\;` back as `differences="Content-Type\"`, whose
    // escaped quote would hide the boundary from our parser in the walker.
    const std::string m =
        replace(kReport, "multipart/alternative; boundary=inner",
                "multipart/alternative; differences=Content-Type\\;\n\tboundary=\"inner\"");
    CHECK_FALSE(pointer_path_safe(m));
    CHECK(same_report(m));
  }

  TEST_CASE(
      "a top Content-Type whose value starts on a continuation line: mimetic reads no multipart "
      "(CI fuzz finding)") {
    const std::string m =
        replace(kReport, "Content-Type: multipart/report; report-type=delivery-status;\n",
                "Content-Type:\n multipart/report; report-type=delivery-status;\n");
    CHECK_FALSE(pointer_path_safe(m));
    CHECK(same_report(m));
  }

  TEST_CASE("random multipart messages: wherever the gate says yes, both paths agree") {
    // Messages built from the lines that matter to the two paths: delimiters of two nested
    // boundaries (whole, closing, mid-line, with trailing text), part headers, text lines.
    const std::vector<std::string> pieces = {"--A\n",
                                             "--A--\n",
                                             "--B\n",
                                             "--B--\n",
                                             "x --A\n",
                                             "--A \n",
                                             "--Bx\n",
                                             "--\n",
                                             "Content-Type: multipart/mixed; boundary=B\n",
                                             "Content-Type: text/plain\n",
                                             "Content-Type: message/rfc822\n",
                                             "\n",
                                             "\n",
                                             "text line\n",
                                             "Subject: s\n",
                                             "-- \n",
                                             "X: y\n",
                                             "Content-Type: multipart/digest; boundary=\"B\"\n",
                                             "last",
                                             "--A--",
                                             "--B",
                                             "Content-Type: multipart/mixed\n",
                                             "Content-Type: text/rfc822-headers\n",
                                             "\t\tcontinued\n",
                                             ":x\n",
                                             "Content-Type: message/rfc822\n\nSubject: "
                                             "in\nContent-Type: multipart/mixed; boundary=B\n\n"};
    std::mt19937 rng(20261129);
    int safe = 0, differ = 0;
    for (int round = 0; round < 20000; ++round) {
      std::string m = "From: a@b\nContent-Type: multipart/report; boundary=A\n\n";
      const int n = 4 + static_cast<int>(rng() % 24);
      for (int i = 0; i < n; ++i) m += pieces[rng() % pieces.size()];
      if (!same_report(m)) {
        ++differ;
        INFO(m);
        CHECK(same_report(m));
      }
      if (!pointer_path_safe(m)) continue;
      ++safe;
      if (!same_tree(m)) {
        ++differ;
        INFO(m);
        CHECK(same_tree(m));
      }
    }
    CHECK(differ == 0);
    CHECK(safe > 500);  // the generator reaches the fast path often enough to mean something
  }
}
