// SPDX-License-Identifier: BSD-2-Clause
#include "bounce/status_registry.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace reg = bounce::status_registry;
using bounce::status_code;

namespace {

const bounce::status_entry& entry(int subject, int detail) {
  const bounce::status_entry* e = reg::find(subject, detail);
  REQUIRE(e != nullptr);
  return *e;
}

std::vector<int> codes(const bounce::status_entry& e) {
  return {e.basic_codes.begin(), e.basic_codes.end()};
}

}  // namespace

TEST_SUITE("registry/status_registry") {
  TEST_CASE("counts: 81 enumerated entries, 3 classes, 8 subjects") {
    CHECK(reg::entries().size() == 81);
    CHECK(reg::classes().size() == 3);
    CHECK(reg::subjects().size() == 8);
    CHECK(reg::entries().front().code == "X.0.0");
    CHECK(reg::entries().back().code == "X.7.30");
  }

  TEST_CASE("class and subject titles from RFC 3463") {
    auto cls = reg::classes();
    CHECK(cls[0].number == 2);
    CHECK(cls[0].code == "2");
    CHECK(cls[0].title == "Success");
    CHECK(cls[1].title == "Persistent Transient Failure");
    CHECK(cls[2].number == 5);
    CHECK(cls[2].title == "Permanent Failure");
    auto sub = reg::subjects();
    const char* titles[] = {"Other or Undefined Status",
                            "Addressing Status",
                            "Mailbox Status",
                            "Mail System Status",
                            "Network and Routing Status",
                            "Mail Delivery Protocol Status",
                            "Message Content or Media Status",
                            "Security or Policy Status"};
    for (int i = 0; i < 8; ++i) {
      CAPTURE(i);
      CHECK(sub[i].number == i);
      CHECK(sub[i].code == "X." + std::to_string(i));
      CHECK(sub[i].title == titles[i]);
    }
  }

  TEST_CASE("every entry is findable, codes match subject and detail, no duplicates") {
    for (const auto& e : reg::entries()) {
      CAPTURE(e.code);
      CHECK(e.code == "X." + std::to_string(e.subject) + "." + std::to_string(e.detail));
      CHECK(reg::find(e.subject, e.detail) == &e);
    }
    CHECK(reg::find(1, 99) == nullptr);
    CHECK(reg::find(8, 0) == nullptr);
    CHECK(reg::find(-1, 0) == nullptr);
    CHECK(reg::find(1, -1) == nullptr);
    CHECK(reg::find(7, 1000) == nullptr);
  }

  TEST_CASE("multi-line cells are joined with one space") {
    CHECK(entry(6, 8).title ==
          "UTF-8 string reply is required, but not permitted by the SMTP client");
    CHECK(entry(6, 8).description.find("UTF-8 string is required") != std::string_view::npos);
    const auto& x50 = entry(5, 0);
    CHECK(x50.basic_codes_text ==
          "220, 250, 251, 252, 253, 451, 452, 454, 458, 459, 501, 502, 503, 554");
    CHECK(codes(x50) ==
          std::vector<int>{220, 250, 251, 252, 253, 451, 452, 454, 458, 459, 501, 502, 503, 554});
    for (const auto& e : reg::entries()) {
      CAPTURE(e.code);
      CHECK(e.description.find("  ") == std::string_view::npos);
      CHECK(e.title.find('|') == std::string_view::npos);
    }
  }

  TEST_CASE("X.6.10: empty title, deprecated, kept") {
    const auto& e = entry(6, 10);
    CHECK(e.code == "X.6.10");
    CHECK(e.title.empty());
    CHECK(e.deprecated);
    CHECK(e.basic_codes.empty());
    CHECK(e.basic_codes_text.empty());
    CHECK(e.description == "This is a duplicate of X.6.8 and is thus deprecated.");
    CHECK(e.reference == "[RFC6531] (Standards track)");
    auto n = std::count_if(reg::entries().begin(), reg::entries().end(),
                           [](const auto& x) { return x.deprecated; });
    CHECK(n == 1);
  }

  TEST_CASE("basic code quirks") {
    SUBCASE("Any") {
      CHECK(entry(0, 0).basic_codes_text == "Any");
      CHECK(entry(0, 0).basic_codes.empty());
    }
    SUBCASE("Not given") {
      CHECK(entry(1, 0).basic_codes_text == "Not given");
      CHECK(entry(1, 0).basic_codes.empty());
    }
    SUBCASE("5XX wildcard") {
      auto n = std::count_if(reg::entries().begin(), reg::entries().end(),
                             [](const auto& x) { return x.basic_codes_text == "5XX"; });
      CHECK(n == 3);
      for (const auto& e : reg::entries())
        if (e.basic_codes_text == "5XX") CHECK(e.basic_codes.empty());
    }
    SUBCASE("451/550 and 250 or 251") {
      auto slash = std::find_if(reg::entries().begin(), reg::entries().end(),
                                [](const auto& x) { return x.basic_codes_text == "451/550"; });
      REQUIRE(slash != reg::entries().end());
      CHECK(codes(*slash) == std::vector<int>{451, 550});
      CHECK(entry(3, 6).basic_codes_text == "250 or 251");
      CHECK(codes(entry(3, 6)) == std::vector<int>{250, 251});
    }
    SUBCASE("a lone dot (X.7.28)") {
      CHECK(entry(7, 28).basic_codes_text == ".");
      CHECK(entry(7, 28).basic_codes.empty());
      CHECK(entry(7, 28).reference == "[draft-levine-mailbomb-header]");
    }
    SUBCASE("552 with a remark") {
      auto it = std::find_if(reg::entries().begin(), reg::entries().end(), [](const auto& x) {
        return x.basic_codes_text == "552 (other 4XX or 5XX codes are allowed)";
      });
      REQUIRE(it != reg::entries().end());
      CHECK(codes(*it) == std::vector<int>{552});
    }
    SUBCASE("plain lists") {
      CHECK(codes(entry(1, 1)) == std::vector<int>{451, 550});
      CHECK(entry(1, 1).basic_codes_text == "451, 550");
    }
  }

  TEST_CASE("references are kept as written") {
    auto has = [](std::string_view ref) {
      return std::any_of(reg::entries().begin(), reg::entries().end(),
                         [&](const auto& x) { return x.reference == ref; });
    };
    CHECK(has("[RFC7372], Section 3.3 (Standards Track)"));
    CHECK(has("[RFC8617]"));
    CHECK(has("[RFC3463] (Standards Track); [RFC7504] (Standards Track)"));
  }

  TEST_CASE("lookup 5.1.1") {
    auto r = reg::lookup(status_code{5, 1, 1});
    REQUIRE(r.cls != nullptr);
    REQUIRE(r.subject != nullptr);
    REQUIRE(r.detail != nullptr);
    CHECK(r.cls->title == "Permanent Failure");
    CHECK(r.subject->title == "Addressing Status");
    CHECK(r.detail->title == "Bad destination mailbox address");
    CHECK_FALSE(r.fell_back);
  }

  TEST_CASE("lookup of an unregistered detail falls back to class and subject") {
    auto r = reg::lookup(status_code{5, 1, 99});
    CHECK(r.fell_back);
    CHECK(r.detail == nullptr);
    REQUIRE(r.cls != nullptr);
    REQUIRE(r.subject != nullptr);
    CHECK(r.cls->title == "Permanent Failure");
    CHECK(r.subject->title == "Addressing Status");

    auto r2 = reg::lookup(status_code{4, 9, 1});
    CHECK(r2.fell_back);
    CHECK(r2.subject == nullptr);
    REQUIRE(r2.cls != nullptr);
    CHECK(r2.cls->title == "Persistent Transient Failure");
  }

  TEST_CASE("lookup with an invalid class") {
    auto r = reg::lookup(status_code{3, 1, 1});
    CHECK(r.cls == nullptr);
    REQUIRE(r.subject != nullptr);
    CHECK(r.subject->title == "Addressing Status");
    REQUIRE(r.detail != nullptr);  // find() ignores the class
    CHECK(r.detail->code == "X.1.1");
    CHECK_FALSE(r.fell_back);

    auto none = reg::lookup(status_code{3, 9, 99});
    CHECK(none.cls == nullptr);
    CHECK(none.subject == nullptr);
    CHECK(none.detail == nullptr);
    CHECK_FALSE(none.fell_back);
  }

  TEST_CASE("is_registered") {
    CHECK(reg::is_registered(status_code{5, 1, 1}));
    CHECK(reg::is_registered(status_code{4, 7, 30}));
    CHECK(reg::is_registered(status_code{2, 0, 0}));
    CHECK(reg::is_registered(status_code{5, 6, 10}));  // deprecated, still registered
    CHECK_FALSE(reg::is_registered(status_code{5, 1, 99}));
    CHECK_FALSE(reg::is_registered(status_code{3, 1, 1}));
    CHECK_FALSE(reg::is_registered(status_code{5, 8, 0}));
  }
}

// The generator is strict: an unexpected file stops the build and names the line.
TEST_SUITE("registry/gen_status_registry") {
  namespace fs = std::filesystem;

  struct run_result {
    int status;
    std::string err;
    std::string out;
  };

  run_result run_generator(const std::string& input, const char* name) {
    fs::path dir = fs::temp_directory_path() / ("bounce_gen_test_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    fs::path in = dir / (std::string(name) + ".txt");
    fs::path out = dir / (std::string(name) + ".inc");
    fs::path err = dir / (std::string(name) + ".err");
    fs::remove(out);
    {
      std::ofstream f(in, std::ios::binary);
      f << input;
    }
    std::string cmd = std::string("\"") + BOUNCE_BINARY_DIR "/gen_status_registry\" \"" +
                      in.string() + "\" \"" + out.string() + "\" 2>\"" + err.string() + "\"";
    int status = std::system(cmd.c_str());
    run_result r{status, {}, {}};
    std::ifstream e(err, std::ios::binary);
    std::stringstream ss;
    ss << e.rdbuf();
    r.err = ss.str();
    if (fs::exists(out)) {
      std::ifstream o(out, std::ios::binary);
      std::stringstream os;
      os << o.rdbuf();
      r.out = os.str();
    }
    fs::remove_all(dir);
    return r;
  }

  std::string real_registry() {
    std::ifstream f(BOUNCE_SOURCE_DIR "/src/registry/iana-smtp-enhanced-status-codes.txt",
                    std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
  }

  std::string replace_once(std::string s, std::string_view from, std::string_view to) {
    auto pos = s.find(from);
    REQUIRE(pos != std::string::npos);
    return s.replace(pos, from.size(), to);
  }

  TEST_CASE("accepts the registry and writes a banner") {
    auto r = run_generator(real_registry(), "good");
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    CHECK(r.out.find("generated from good.txt") != std::string::npos);
    CHECK(r.out.find("do not edit") != std::string::npos);
  }

  TEST_CASE("rejects an entry with six cells") {
    // Drop X.1.1's reference cell (line 25): the entry has six cells and X.1.2 moves to line 27.
    auto bad =
        replace_once(real_registry(),
                     "failures. |\n[RFC3463] (Standards Track) |\nG. Vaudreuil |\nIESG |\nX.1.2 |",
                     "failures. |\nG. Vaudreuil |\nIESG |\nX.1.2 |");
    auto r = run_generator(bad, "six_cells");
    CHECK(r.status != 0);
    CHECK(r.out.empty());
    CHECK(r.err.find(":27: error: entry X.1.1 (line 18) does not have 7 cells") !=
          std::string::npos);
  }

  TEST_CASE("rejects a malformed code and names its line") {
    auto r = run_generator(replace_once(real_registry(), "X.1.3 |\n", "X.1 |\n"), "bad_code");
    CHECK(r.status != 0);
    CHECK(r.out.empty());
    CHECK(r.err.find(":39: error") != std::string::npos);  // X.1.3 is on line 39
    CHECK(r.err.find("X.n.n") != std::string::npos);
  }

  TEST_CASE("rejects an unknown basic-code cell") {
    auto r =
        run_generator(replace_once(real_registry(), "\n501 |\n", "\n501; 502 |\n"), "bad_basic");
    CHECK(r.status != 0);
    CHECK(r.err.find(":41: error") != std::string::npos);
  }

  TEST_CASE("rejects a count other than 81") {
    auto r = run_generator("X.0.0 |\nt |\nAny |\nd |\nr |\ns |\nc |\n", "one_entry");
    CHECK(r.status != 0);
    CHECK(r.err.find("expected 81") != std::string::npos);
  }

  TEST_CASE("rejects an unterminated last cell") {
    auto r = run_generator(real_registry() + "\nX.7.31\n", "unterminated");
    CHECK(r.status != 0);
    CHECK(r.err.find("not terminated") != std::string::npos);
  }
}
