// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// One automaton pass over a normalised diagnostic for every pattern the rules look for in it:
// the phrase sets (phrase_rules.cpp), the providers' markers and phrases (provider_rules.cpp)
// and looks_temporary's words. Each of these used to scan the same text on its own; now the
// first rule that asks scans it once (classify_draft keeps the result in evidence::hits) and
// the others read bits.
#include <cstdint>
#include <string_view>
#include <vector>

#include "classify/rules.hpp"
#include "classify/substring_matcher.hpp"

namespace bounce::rules {

/// Where each table's pattern ids start in the combined automaton: a table's own id k is
/// base + k.
struct pattern_bases {
  std::uint32_t phrases = 0;    ///< own id: the index of the phrase set
  std::uint32_t providers = 0;  ///< own ids: see provider_patterns
  std::uint32_t temporary = 0;  ///< one id for all of looks_temporary's words
  std::uint32_t end = 0;        ///< one past the last id
};
const pattern_bases& bases();

/// The tables' patterns with their own ids plus base; each returns how many ids it uses.
/// Defined beside the tables (phrase_rules.cpp, provider_rules.cpp).
std::uint32_t phrase_patterns(std::vector<substring_matcher::pattern>& out, std::uint32_t base);
std::uint32_t provider_patterns(std::vector<substring_matcher::pattern>& out, std::uint32_t base);

/// The pattern ids found in one text, as bits.
class text_hits {
 public:
  /// Replaces the hits with those of text (keeps the buffer: no allocation once warm).
  void scan(std::string_view text);
  bool scanned() const noexcept { return scanned_; }
  /// Forgets the last scan (the next hits_of scans again).
  void reset() noexcept { scanned_ = false; }

  bool test(std::uint32_t id) const noexcept { return (bits_[id / 64] >> (id % 64)) & 1u; }
  /// The lowest id in [begin, end) found, or end.
  std::uint32_t first(std::uint32_t begin, std::uint32_t end) const noexcept;

 private:
  std::vector<std::uint64_t> bits_;
  bool scanned_ = false;
};

/// The hits of ev.text: ev.hits, scanned at the first call; without ev.hits, a fresh scan (valid
/// until the next call on this thread).
const text_hits& hits_of(const evidence& ev);

}  // namespace bounce::rules
