// SPDX-License-Identifier: BSD-2-Clause
// The JSON reader of src/esp/json.cpp: values, escapes, and the errors a broken or hostile text
// gets (truncated, malformed, too deep, too large), each within the limits.
#include "esp/json.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

using namespace bounce::esp;

TEST_CASE("json: objects, arrays, strings with escapes, numbers kept as written") {
  json::value v;
  json::error err;
  REQUIRE(json::parse(R"( {"a": "x\"y\\z\u00e9\ud83d\ude00", "n": 1529701969.818328,
                           "l": [true, false, null, {"k": []}], "a": "second"} )",
                      64, v, err));
  CHECK(v.is_object());
  CHECK(v.str("a") == "x\"y\\z\xC3\xA9\xF0\x9F\x98\x80");  // the first of two equal keys
  CHECK(v.str("n") == "1529701969.818328");
  const json::value* l = v.get("l");
  REQUIRE(l);
  REQUIRE(l->items.size() == 4);
  CHECK(l->items[0].boolean);
  CHECK(l->items[2].type == json::value::kind::null);
  CHECK(l->items[3].get("k")->is_array());
  CHECK(v.str("missing").empty());
  CHECK(v.str("l").empty());  // not a scalar
}

struct bad_case {
  std::string_view what;
  std::string text;
  json::error_kind kind;
};

TEST_CASE("json: broken texts get the error that names what is wrong") {
  const bad_case cases[] = {
      {"cut in a string", R"({"a": "abc)", json::error_kind::truncated},
      {"cut after a comma", R"([1, 2,)", json::error_kind::truncated},
      {"cut in a literal", R"({"a": tr)", json::error_kind::truncated},
      {"cut in an escape", R"(["\u00)", json::error_kind::truncated},
      {"empty", "", json::error_kind::truncated},
      {"trailing comma", R"({"a": 1,})", json::error_kind::syntax},
      {"junk after the value", R"({"a": 1} x)", json::error_kind::syntax},
      {"bad escape", R"(["\q"])", json::error_kind::syntax},
      {"key not a string", R"({a: 1})", json::error_kind::syntax},
      {"10k-deep nesting", std::string(10000, '[') + std::string(10000, ']'),
       json::error_kind::too_deep},
  };
  for (const auto& c : cases) {
    CAPTURE(c.what);
    json::value v;
    json::error err;
    CHECK_FALSE(json::parse(c.text, 64, v, err));
    CHECK(err.kind == c.kind);
  }
}

TEST_CASE("json: value_extent finds a value's end without building it, within the limits") {
  std::size_t end = 0;
  json::error err;
  const std::string_view two = R"({"a": "}]"} {"b": 2})";
  REQUIRE(json::value_extent(two, 0, 64, 1000, end, err));
  CHECK(two.substr(0, end) == R"({"a": "}]"})");
  REQUIRE(json::value_extent(two, end + 1, 64, 1000, end, err));
  CHECK(end == two.size());

  const std::string deep = std::string(10000, '[') + std::string(10000, ']');
  CHECK_FALSE(json::value_extent(deep, 0, 64, deep.size(), end, err));
  CHECK(err.kind == json::error_kind::too_deep);
  CHECK(err.offset == 64);  // stops where the limit is passed, not at the end

  const std::string big = "[" + std::string(5000, '1') + "]";
  CHECK_FALSE(json::value_extent(big, 0, 64, 1000, end, err));
  CHECK(err.kind == json::error_kind::too_large);

  CHECK_FALSE(json::value_extent(R"({"a": [1, 2)", 0, 64, 1000, end, err));
  CHECK(err.kind == json::error_kind::truncated);
}
