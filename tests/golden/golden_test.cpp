// SPDX-License-Identifier: BSD-2-Clause
// Golden corpus test (style.md P8): every corpus/**/NAME.eml (and .mbox, and provider events .json,
// .ndjson, .form) is parsed and its JSON Lines compared with NAME.expected.jsonl beside it.
// BOUNCE_UPDATE_GOLDEN=1 rewrites the expectations; review the diff before committing it.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "support/read_file.hpp"
#include "bounce/bounce.hpp"

namespace fs = std::filesystem;
using bounce::testing::read_file;

namespace {

std::string error_line(std::string_view source, std::size_t index, const std::error_code& ec) {
  std::string out = "{\"source\":\"" + std::string(source) +
                    "\",\"message_index\":" + std::to_string(index) + ",\"error\":\"" +
                    ec.message() + "\"}\n";
  return out;
}

// A sample the test reads: mail (.eml, .mbox) or provider events (.json, .ndjson, .form: a
// Mandrill form body), docs/esp.md.
bool is_sample(const fs::path& p) {
  const auto x = p.extension();
  return x == ".eml" || x == ".mbox" || x == ".json" || x == ".ndjson" || x == ".form";
}

// Output for one corpus file, with sources relative to corpus/.
std::string run(const fs::path& corpus, const fs::path& file) {
  const std::string rel = fs::relative(file, corpus).generic_string();
  std::string out;
  if (file.extension() == ".mbox") {
    const fs::path old = fs::current_path();
    fs::current_path(corpus);
    auto walked = bounce::for_each_message(
        rel, {}, [&](const bounce::message_ref& ref, bounce::result<bounce::parsed_message>& r) {
          if (!r) {
            out += error_line(ref.source, ref.index, r.error());
            return;
          }
          for (const auto& rec : r->records) bounce::append_json(out, rec);
        });
    fs::current_path(old);
    REQUIRE(walked);
    return out;
  }
  // Exactly-sized heap copy so that ASan sees any over-read.
  const std::string bytes = read_file(file);
  std::unique_ptr<char[]> exact(new char[bytes.size() ? bytes.size() : 1]);
  std::copy(bytes.begin(), bytes.end(), exact.get());
  auto r = bounce::parse_message(std::string_view(exact.get(), bytes.size()));
  if (!r) return error_line(rel, 1, r.error());
  for (auto& rec : r->records) {
    rec.source = rel;
    bounce::append_json(out, rec);
  }
  return out;
}

}  // namespace

TEST_CASE("golden corpus: every sample gives its expected records") {
  const fs::path corpus = fs::path(BOUNCE_SOURCE_DIR) / "corpus";
  const bool update = std::getenv("BOUNCE_UPDATE_GOLDEN") != nullptr;
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(corpus))
    if (e.is_regular_file() && is_sample(e.path())) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 20);
  int compared = 0;
  for (const auto& file : files) {
    fs::path expected = file;
    expected.replace_extension(".expected.jsonl");
    const std::string got = run(corpus, file);
    CAPTURE(file.generic_string());
    if (update) {
      std::ofstream(expected, std::ios::binary) << got;
      continue;
    }
    REQUIRE_MESSAGE(fs::exists(expected),
                    "missing " << expected << "; run with BOUNCE_UPDATE_GOLDEN=1");
    const std::string want = read_file(expected);
    CHECK(got == want);
    ++compared;
  }
  if (!update) MESSAGE("compared ", compared, " golden files");
}

TEST_CASE("golden corpus: CRLF and CR twins give the records of their LF file") {
  const fs::path corpus = fs::path(BOUNCE_SOURCE_DIR) / "corpus";
  int pairs = 0;
  for (const auto& e : fs::recursive_directory_iterator(corpus)) {
    const std::string name = e.path().stem().string();
    for (const char* suffix : {"-crlf", "-cr"}) {
      const std::string s = suffix;
      if (name.size() <= s.size() || name.compare(name.size() - s.size(), s.size(), s) != 0)
        continue;
      fs::path lf = e.path().parent_path() / (name.substr(0, name.size() - s.size()) + ".eml");
      if (!fs::exists(lf)) continue;
      auto strip_source = [](std::string out) {
        std::string cleaned;
        std::istringstream lines(out);
        for (std::string line; std::getline(lines, line);) {
          auto a = line.find("\"source\":\"");
          auto b = line.find('"', a + 10);
          cleaned += line.substr(0, a) + line.substr(b + 1) + "\n";
        }
        return cleaned;
      };
      CAPTURE(e.path().generic_string());
      const std::string twin = strip_source(run(corpus, e.path()));
      CHECK(!twin.empty());
      CHECK(twin == strip_source(run(corpus, lf)));
      ++pairs;
    }
  }
  CHECK(pairs >= 2);
}

TEST_CASE("golden corpus: no expectation without its sample, no sample the test would skip") {
  // An expected file whose sample was renamed or removed would otherwise sit there unchecked,
  // and a sample with another extension (".EML", ".msg") would never be run.
  const fs::path corpus = fs::path(BOUNCE_SOURCE_DIR) / "corpus";
  const std::string suffix = ".expected.jsonl";
  int expectations = 0;
  for (const auto& e : fs::recursive_directory_iterator(corpus)) {
    if (!e.is_regular_file()) continue;
    const std::string rel = fs::relative(e.path(), corpus).generic_string();
    const std::string name = e.path().filename().string();
    CAPTURE(rel);
    if (name.size() > suffix.size() &&
        name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
      const fs::path stem = e.path().parent_path() / name.substr(0, name.size() - suffix.size());
      bool found = false;
      for (const char* x : {".eml", ".mbox", ".json", ".ndjson", ".form"})
        found = found || fs::exists(fs::path(stem).concat(x));
      CHECK_MESSAGE(found, "an expectation without its sample");
      ++expectations;
      continue;
    }
    const bool sample = is_sample(e.path());
    const bool documentation = rel == "README.md" || rel == ".gitattributes";
    const bool tool = rel.rfind("tools/", 0) == 0;
    // The causes of the real MTAs' samples beside it, read by tests/score/generated_truth.py.
    const bool truth = name == "generated.tsv";
    CHECK_MESSAGE((sample || documentation || tool || truth),
                  "a file the golden test does not read");
  }
  CHECK(expectations >= 20);
}
