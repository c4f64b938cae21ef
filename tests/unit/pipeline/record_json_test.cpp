// SPDX-License-Identifier: BSD-2-Clause
// The JSON writer over the schema's later keys: the headers object, and the invalid_utf8 warning
// for a bad string in a key after "warnings" (which is written before that key).
#include <doctest/doctest.h>

#include <string>

#include "bounce/jsonl.hpp"
#include "bounce/record_schema.hpp"

using namespace bounce;

TEST_CASE("keys added after warnings follow it, in the table's order") {
  const std::string json = to_json(record{});
  const auto warnings = json.find("\"warnings\":");
  REQUIRE(warnings != std::string::npos);
  std::size_t at = warnings;
  for (std::size_t i = warnings_field_index + 1; i < record_fields.size(); ++i) {
    const std::string key = "\"" + std::string(record_fields[i].name) + "\":";
    const auto found = json.find(key, at);
    CAPTURE(key);
    REQUIRE(found != std::string::npos);
    at = found;
  }
  CHECK(json.find("\"headers\":null") != std::string::npos);  // none asked for
  CHECK(json.find("\"permanent\":false") != std::string::npos);
}

TEST_CASE("headers: an object of the names asked for, null for a missing one") {
  record r;
  r.headers.push_back({"X-Campaign-Id", std::string("spring-\"26\"")});
  r.headers.push_back({"X-Missing", std::nullopt});
  const std::string json = to_json(r);
  CHECK(json.find(R"("headers":{"X-Campaign-Id":"spring-\"26\"","X-Missing":null})") !=
        std::string::npos);
  CHECK(json.find("\"warnings\":[]") != std::string::npos);
}

TEST_CASE("a bad byte after warnings is still reported in warnings") {
  record r;
  r.esp_category = "bounce\xFF";
  std::string json = to_json(r);
  CHECK(json.find("\"warnings\":[\"invalid_utf8\"]") != std::string::npos);
  CHECK(json.find("\"esp_category\":\"bounce\xEF\xBF\xBD\"") != std::string::npos);

  record h;
  h.headers.push_back({"X-Tag", std::string("\xC3(")});
  json = to_json(h);
  CHECK(json.find("\"warnings\":[\"invalid_utf8\"]") != std::string::npos);

  record clean;
  clean.sender = "a@b.example";
  CHECK(to_json(clean).find("\"warnings\":[]") != std::string::npos);
}

TEST_CASE("line separators JSON allows raw are escaped: one record, one line for every reader") {
  // U+0085, U+2028 and U+2029 break lines for Python's str.splitlines() and older JavaScript.
  record r;
  r.diagnostic =
      "a\xC2\x85"
      "b\xE2\x80\xA8"
      "c\xE2\x80\xA9"
      "d \xE2\x80\xA7 \xC2\x86";
  const std::string json = to_json(r);
  // Their neighbours (U+2027, U+0086) stay raw.
  CHECK(json.find("\"diagnostic\":\"a\\u0085b\\u2028c\\u2029d \xE2\x80\xA7 \xC2\x86\"") !=
        std::string::npos);
  CHECK(json.find("\"warnings\":[]") != std::string::npos);
}
