// SPDX-License-Identifier: BSD-2-Clause
#include "classify/text_hits.hpp"

#include <bit>
#include <cstddef>
#include <string_view>
#include <vector>

#include "classify/phrase_table.hpp"
#include "detail/string_util.hpp"

namespace bounce::rules {
namespace {

// A pattern with a '*' in it ("user <*> unknown", as Courier's source writes "User <%s>
// unknown") stands for its head, one token and its tail: the address or name a server puts
// inside its wording. The token is 1 to kMaxToken bytes without a space. The automaton looks
// for the tail; each tail found is checked backwards for the token and the head, so the text is
// still read once.
constexpr std::size_t kMaxToken = 256;

struct gap {
  std::string_view head;
  std::size_t tail_size = 0;
  std::uint32_t id = 0;  ///< the pattern's own id
};

// Whether text has the head, then a token, ending at tail_start.
bool gap_matches(std::string_view text, std::size_t tail_start, std::string_view head) {
  for (std::size_t k = tail_start; k > 0 && tail_start - k < kMaxToken;) {
    --k;
    if (detail::is_space(text[k])) return false;
    if (k >= head.size() && text.substr(k - head.size(), head.size()) == head) return true;
  }
  return false;
}

struct combined {
  pattern_bases bases;
  std::vector<gap> gaps;  ///< the automaton reports gap i as id bases.end + i
  substring_matcher matcher;

  combined() : matcher(patterns(bases, gaps)) {}

  static std::vector<substring_matcher::pattern> patterns(pattern_bases& b,
                                                          std::vector<gap>& gaps) {
    std::vector<substring_matcher::pattern> out;
    b.phrases = 0;
    b.providers = b.phrases + phrase_patterns(out, b.phrases);
    b.temporary = b.providers + provider_patterns(out, b.providers);
    for (const temporary_wording& row : temporary_words)
      for (std::string_view w : row.phrases) out.push_back({w, b.temporary});
    b.end = b.temporary + 1;
    for (substring_matcher::pattern& p : out) {
      const std::size_t star = p.text.find('*');
      if (star == std::string_view::npos) continue;
      const std::string_view tail = p.text.substr(star + 1);
      gaps.push_back({p.text.substr(0, star), tail.size(), p.id});
      p = {tail, b.end + static_cast<std::uint32_t>(gaps.size() - 1)};
    }
    return out;
  }
};

// Built once per process, at first use (its build is most of the classifier's one-time cost).
const combined& automaton() {
  static const combined c;
  return c;
}

}  // namespace

const pattern_bases& bases() { return automaton().bases; }

void text_hits::scan(std::string_view text) {
  const combined& c = automaton();
  bits_.assign((c.bases.end + 63) / 64, 0);
  std::uint64_t* const bits = bits_.data();
  c.matcher.match(
      text,
      [bits, &c, text](std::uint32_t id, std::size_t end) {
        if (id >= c.bases.end) {
          const gap& g = c.gaps[id - c.bases.end];
          if (!gap_matches(text, end - g.tail_size, g.head)) return;
          id = g.id;
        }
        bits[id / 64] |= std::uint64_t{1} << (id % 64);
      },
      /*space_at_end=*/true);
  scanned_ = true;
}

std::uint32_t text_hits::first(std::uint32_t begin, std::uint32_t end) const noexcept {
  for (std::uint32_t i = begin; i < end; i = (i / 64 + 1) * 64) {
    const std::uint64_t w = bits_[i / 64] >> (i % 64);
    if (w != 0) {
      const std::uint32_t f = i + static_cast<std::uint32_t>(std::countr_zero(w));
      return f < end ? f : end;
    }
  }
  return end;
}

const text_hits& hits_of(const evidence& ev) {
  if (ev.hits) {
    if (!ev.hits->scanned()) ev.hits->scan(ev.text);
    return *ev.hits;
  }
  thread_local text_hits own;
  own.scan(ev.text);
  return own;
}

}  // namespace bounce::rules
