// The phrase sets, the providers' patterns and looks_temporary's words share one automaton pass
// (text_hits). The references below read the phrase tables and the words as they are written,
// one find per phrase, and the rules must agree with them on every text: with a scan of their
// own (evidence::hits null), with a shared scan made by the first rule that asks, and with that
// scan reused, or reset for the next text.
#include "classify/phrase_table.hpp"
#include "classify/text_hits.hpp"

#include <doctest/doctest.h>

#include <initializer_list>
#include <iterator>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

using namespace bounce;
using namespace bounce::rules;

namespace reference {
// The table itself (classify/phrase_table.hpp); the reference below reads it without the automaton.
using strength = bounce::rules::phrase_strength;
using bounce::rules::phrase_set;
using bounce::rules::phrase_sets;

bool content_reason_allowed(reason_kind r, std::string_view command) {
  if (r != reason_kind::spamdetected && r != reason_kind::virusdetected &&
      r != reason_kind::contenterror)
    return true;
  return command.empty() || command == "DATA" || command == "." || command == "BDAT";
}

// phrase_rule as it read the tables before any automaton: one find per phrase, in table order.
std::optional<decision> phrase_rule(const evidence& ev, bool strong) {
  if (ev.text.empty()) return std::nullopt;
  const strength want = strong ? strength::strong : strength::weak;
  for (const phrase_set& set : phrase_sets) {
    const bool level = set.level == want || (strong && set.level == strength::local);
    if (!level || !content_reason_allowed(set.reason, ev.command)) continue;
    for (std::string_view p : set.phrases)
      if (ev.text.find(p) != std::string_view::npos)
        return decision{set.reason, std::string(set.rule), set.level == strength::local};
  }
  return std::nullopt;
}

bool temporary_words(std::string_view text) {
  for (std::string_view w : {"temporar", "try again later", "deferred", "try later"})
    if (text.find(w) != std::string_view::npos) return true;
  return false;
}
}  // namespace reference

namespace {
bool same(const std::optional<decision>& a, const std::optional<decision>& b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || (a->reason == b->reason && a->rule == b->rule && a->local_agent == b->local_agent);
}
}  // namespace

TEST_CASE("text_hits: phrase sets and temporary words agree with one find per phrase") {
  std::vector<std::string_view> words;
  for (const auto& set : reference::phrase_sets)
    for (std::string_view p : set.phrases) words.push_back(p);
  REQUIRE(words.size() > 100);
  const std::string_view fillers[] = {" ", "550 5.1.1 ", "x", "temporar", "try again later",
                                      "deferred", "try later", "try agai", "defer"};
  const std::string_view commands[] = {"", "RCPT", "DATA", "MAIL", "BDAT"};
  std::mt19937 rng(2024);
  text_hits shared;
  std::size_t decided = 0, temporary = 0;
  for (int t = 0; t < 4000; ++t) {
    std::string text;
    for (unsigned k = rng() % 5; k > 0; --k) {
      if (rng() % 2) text.append(fillers[rng() % std::size(fillers)]);
      std::string_view w = words[rng() % words.size()];
      if (rng() % 4 == 0 && !w.empty()) w = w.substr(0, rng() % w.size());
      text.append(w);
    }
    CAPTURE(text);
    evidence ev;
    ev.text = text;
    ev.command = commands[rng() % std::size(commands)];
    for (const bool strong : {true, false}) {
      const auto want = reference::phrase_rule(ev, strong);
      decided += want.has_value();
      ev.hits = nullptr;
      CHECK(same(phrase_rule(ev, strong), want));
      // The shared scan, as classify_draft passes it: reset for this text, made by the first
      // call, read by the second.
      shared.reset();
      ev.hits = &shared;
      CHECK(same(phrase_rule(ev, strong), want));
      CHECK(shared.scanned() == !text.empty());  // an empty text needs no scan
      CHECK(same(phrase_rule(ev, strong), want));
    }
    const bool want_temporary = reference::temporary_words(text);
    temporary += want_temporary;
    ev.hits = nullptr;
    CHECK(looks_temporary(ev) == want_temporary);
    ev.hits = &shared;
    CHECK(looks_temporary(ev) == want_temporary);
  }
  CHECK(decided > 1000);  // the texts did reach the tables
  CHECK(temporary > 300);
}

TEST_CASE("text_hits: first() finds the lowest id found in a range") {
  // Every id is at most end; ids found in the text are in [0, end). A text holding the phrase of
  // the first phrase set and a temporary word: those two ids and nothing between them.
  const pattern_bases& b = bases();
  REQUIRE(b.phrases < b.providers);
  REQUIRE(b.providers < b.temporary);
  REQUIRE(b.end == b.temporary + 1);
  text_hits h;
  h.scan(std::string(*reference::phrase_sets[0].phrases.begin()) + " deferred");
  CHECK(h.test(b.phrases));
  CHECK(h.test(b.temporary));
  CHECK(h.first(0, b.end) == b.phrases);
  CHECK(h.first(b.phrases + 1, b.temporary) <= b.temporary);
  CHECK(h.first(b.temporary, b.end) == b.temporary);
  CHECK(h.first(b.temporary + 1, b.end) == b.end);
  h.scan("");
  CHECK(h.first(0, b.end) == b.end);
  CHECK_FALSE(h.test(b.temporary));
}
