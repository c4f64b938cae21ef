// SPDX-License-Identifier: BSD-2-Clause
// The pre-scan limits and mimetic's known failure modes (stack-notes.md): each reproducer must
// give a report (usually the flat view with a warning), never a crash, hang or exception.
#include "mime/report.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <string>

#include "mime/detail.hpp"
#include "support/mime_oracles.hpp"

using namespace bounce::mime;

namespace {

std::string from_hex(std::string_view hex) {
  std::string out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
    out.push_back(static_cast<char>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16)));
  return out;
}

// Wall-clock budgets are for optimised builds; sanitizers and -O0 get ten times more.
#if defined(__SANITIZE_ADDRESS__) || !defined(__OPTIMIZE__)
constexpr double kSlowdown = 10.0;
#elif defined(__has_feature)
#  if __has_feature(address_sanitizer)
constexpr double kSlowdown = 10.0;
#  else
constexpr double kSlowdown = 1.0;
#  endif
#else
constexpr double kSlowdown = 1.0;
#endif

bool has_warning(const report& r, std::string_view w) {
  return std::find(r.warnings.begin(), r.warnings.end(), w) != r.warnings.end();
}

double seconds_for(const std::string& msg, bounce::result<report>& out,
                   const bounce::limits& lim = {}) {
  const auto t0 = std::chrono::steady_clock::now();
  out = build_report(msg, lim);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

TEST_SUITE("mime/limits") {
  TEST_CASE("mimetic length_error reproducers parse on the input-iterator path") {
    const char* hexes[] = {
        // 48 bytes: Content-Type: multipart/mixed; boundary=b LF LF CR LF --b
        "436f6e74656e742d547970653a206d756c7469706172742f6d697865643b20626f756e646172793d620a0a0d0a"
        "2d2d62",
        // 28 bytes, minimised
        "436f6e74656e742d547970653a6d756c7469706172740a0a0d0a2d2d",
        // 61 bytes, nested part
        ("436f6e74656e742d547970653a206d756c7469706172742f6d697865643b20626f756e646172793d620a0a2d2"
         "d620a"
         "413a20620a0a0d0a2d2d622d2d0a"),
    };
    for (const char* hex : hexes) {
      const std::string raw = from_hex(hex);
      CHECK(bounce::test_support::mimetic_parses(raw));  // raw bytes, CR included: no exception
      bounce::result<report> r = bounce::errc::ok;
      CHECK_NOTHROW(r = build_report(raw, bounce::limits{}));
      CHECK(r.has_value());
    }
  }

  TEST_CASE("an 8 MB header line falls back to the flat view, fast") {
    const std::string msg = "From: a@b\nX-Long: " + std::string(8u << 20, 'a') +
                            "\nSubject: s\nContent-Type: multipart/mixed; boundary=b\n\nbody\n";
    bounce::result<report> r = bounce::errc::ok;
    const double t = seconds_for(msg, r);
    REQUIRE(r.has_value());
    CHECK(has_warning(*r, "mime_limits"));
    CHECK(r->headers.get("Subject") == "s");
    CHECK(r->text == "body\n");
    CHECK(t <
          5.0 *
              kSlowdown);  // a hang guard (the failure modes take 30 s and more), not a speed test
  }

  TEST_CASE("a long folded field and a long line in a part header count too") {
    std::string folded = "From: a@b\nTo: x";
    for (int i = 0; i < 2000; ++i) folded += "\n x" + std::string(60, 'y');
    folded += "\n\nbody\n";
    CHECK_FALSE(detail::prescan_ok(folded, bounce::limits{}));
    const std::string part = "From: a@b\nContent-Type: multipart/mixed; boundary=b\n\n--b\n" +
                             std::string(70000, 'Q') + "\n\nx\n--b--\n";
    CHECK_FALSE(detail::prescan_ok(part, bounce::limits{}));
    // the same long line in a body is harmless
    const std::string body = "From: a@b\n\n" + std::string(70000, 'Q') + "\n";
    CHECK(detail::prescan_ok(body, bounce::limits{}));
    // ... but not in the header block of an embedded message
    const std::string nested =
        "From: a@b\nContent-Type: message/rfc822\n\n" + std::string(70000, 'Q') + "\n";
    CHECK_FALSE(detail::prescan_ok(nested, bounce::limits{}));
  }

  TEST_CASE("100k levels of multipart nesting do not crash") {
    std::string msg = "From: a@b\n";
    msg.reserve(100000 * 48);
    for (int i = 0; i < 100000; ++i) msg += "Content-Type: multipart/mixed; boundary=b\n\n--b\n";
    const report r = build_report(msg, bounce::limits{}).value();
    CHECK(has_warning(r, "mime_limits"));
    CHECK(r.content_type == "multipart/mixed");
  }

  TEST_CASE("100k levels of message/rfc822 nesting do not crash") {
    std::string msg = "From: a@b\nContent-Type: multipart/mixed; boundary=b\n\n--b\n";
    for (int i = 0; i < 100000; ++i) msg += "Content-Type: message/rfc822\n\n";
    const report r = build_report(msg, bounce::limits{}).value();
    CHECK(has_warning(r, "mime_limits"));
    // a single-part top level never reaches mimetic: our linear code reads one level
    std::string single = "From: a@b\n";
    for (int i = 0; i < 100000; ++i) single += "Content-Type: message/rfc822\n\n";
    const report s = build_report(single, bounce::limits{}).value();
    CHECK(s.has_original);
    CHECK(s.warnings.empty());
  }
  TEST_CASE("a long header line in a single-part message needs no fallback") {
    const std::string msg = "From: a@b\nX-Long: " + std::string(1u << 20, 'a') + "\n\nbody\n";
    const report r = build_report(msg, bounce::limits{}).value();
    CHECK(r.warnings.empty());
    CHECK(r.headers.get("X-Long").size() == (1u << 20));
    CHECK(r.text == "body\n");
  }

  TEST_CASE("a depth limit set too high is still capped below mimetic's recursion limit") {
    std::string msg = "From: a@b\n";
    for (int i = 0; i < 100000; ++i) msg += "Content-Type: multipart/mixed; boundary=b\n\n--b\n";
    bounce::limits lim;
    lim.max_depth = 1u << 30;
    lim.max_parts = 1u << 30;
    const report r = build_report(msg, lim).value();
    CHECK(has_warning(r, "mime_limits"));
  }

  TEST_CASE("nesting within the limit is walked, and the walker is iterative") {
    std::string msg = "From: a@b\n";
    for (int i = 0; i < 40; ++i)
      msg += "Content-Type: multipart/mixed; boundary=b" + std::to_string(i) + "\n\n--b" +
             std::to_string(i) + "\n";
    msg += "Content-Type: message/delivery-status\n\nStatus: 5.1.1\n";
    const report r = build_report(msg, bounce::limits{}).value();
    CHECK(r.warnings.empty());
    CHECK(r.delivery_status == "Status: 5.1.1\n");
  }

  TEST_CASE("part bomb: 10 MB of boundary lines") {
    std::string msg = "From: a@b\nContent-Type: multipart/mixed; boundary=b\n\n";
    while (msg.size() < (10u << 20)) msg += "--b\n";
    bounce::result<report> r = bounce::errc::ok;
    const double t = seconds_for(msg, r);
    REQUIRE(r.has_value());
    CHECK(has_warning(*r, "mime_limits"));
    CHECK(t <
          5.0 *
              kSlowdown);  // a hang guard (the failure modes take 30 s and more), not a speed test
  }

  TEST_CASE("10 MB of a boundary without a newline") {
    std::string msg = "From: a@b\nContent-Type: multipart/mixed; boundary=b\n\n--b";
    msg.append(10u << 20, '\x01');
    bounce::result<report> r = bounce::errc::ok;
    const double t = seconds_for(msg, r);
    CHECK(r.has_value());
    CHECK(t < 10.0 * kSlowdown);  // a hang guard, not a speed test
  }

  TEST_CASE("limits are configurable: parts and depth") {
    std::string msg = "From: a@b\nSubject: s\nContent-Type: multipart/mixed; boundary=b\n\n";
    for (int i = 0; i < 5; ++i)
      msg += "--b\nContent-Type: text/plain\n\npart " + std::to_string(i) + "\n";
    msg += "--b--\n";
    bounce::limits lim;
    lim.max_parts = 3;
    const report flat = build_report(msg, lim).value();
    CHECK(has_warning(flat, "mime_limits"));
    CHECK(flat.headers.get("Subject") == "s");
    CHECK(flat.content_type == "multipart/mixed");
    CHECK(flat.text.rfind("--b\nContent-Type: text/plain\n\npart 0\n", 0) == 0);  // raw body
    const report full = build_report(msg, bounce::limits{}).value();
    CHECK(full.warnings.empty());
    CHECK(full.text == "part 0");
    lim = {};
    lim.max_depth = 2;  // "multipart" once + "text/plain" never: within; add nesting words
    CHECK(build_report(msg, lim).value().warnings.empty());
    lim.max_depth = 0;
    CHECK(has_warning(build_report(msg, lim).value(), "mime_limits"));
  }

  TEST_CASE("a 15 MB bounce returning a large attachment is fast, original_raw capped") {
    std::string msg =
        "From: MAILER-DAEMON@example.com\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=R\n"
        "\n"
        "--R\n"
        "Content-Type: text/plain\n"
        "\n"
        "Delivery failed.\n"
        "--R\n"
        "Content-Type: message/delivery-status\n"
        "\n"
        "Final-Recipient: rfc822; u@example.net\n"
        "Status: 5.2.2\n"
        "--R\n"
        "Content-Type: message/rfc822\n"
        "\n"
        "Message-ID: <big@example.org>\n"
        "Content-Type: multipart/mixed; boundary=A\n"
        "\n"
        "--A\n"
        "Content-Type: text/plain\n"
        "\n"
        "see attachment\n"
        "--A\n"
        "Content-Type: application/octet-stream\n"
        "Content-Transfer-Encoding: base64\n"
        "\n";
    const std::string line = std::string(76, 'Q') + "\n";
    while (msg.size() < (15u << 20)) msg += line;
    msg += "--A--\n\n--R--\n";
    bounce::result<report> r = bounce::errc::ok;
    const double t = seconds_for(msg, r);
    REQUIRE(r.has_value());
    CHECK(r->warnings.empty());
    CHECK(r->text == "Delivery failed.");
    CHECK(r->delivery_status.find("Status: 5.2.2") != std::string::npos);
    CHECK(r->original.get("Message-ID") == "<big@example.org>");
    CHECK(r->original_raw.size() <= (64u << 10));
    CHECK(r->original_raw.rfind("Message-ID: <big@example.org>\n", 0) == 0);
    MESSAGE("15 MB bounce: " << t << " s");
    CHECK(t < 5.0 * kSlowdown);  // a hang guard (about 0.01 s optimised), not a speed test
  }
}
