// SPDX-License-Identifier: BSD-2-Clause
#include "extract/text_markers.hpp"

#include <algorithm>
#include <cstring>
#include <stdexcept>

#include "detail/string_util.hpp"

namespace bounce::extract {
namespace {

constexpr std::size_t L = marker_scanner::k_min_length;
static_assert(L >= 8 && L - 3 <= 0xFF);  // the window holds the eight-byte head

// The four bytes ending at p, each with bit 5 set: A-Z become a-z as with ascii_lower, and a
// few other bytes merge with a neighbour ('@' with '`', '\n' with '*'). Equal under
// ascii_lower means equal here, so shifts computed on these keys are safe (only more
// cautious), and the markers found through them are compared exactly.
inline std::uint32_t quad_key(const char* p) noexcept {
  std::uint32_t w;
  std::memcpy(&w, p - 3, 4);
  return w | 0x20202020u;
}

inline std::uint32_t slot_of(std::uint32_t key, unsigned bits) noexcept {
  return (key * 0x9E3779B1u) >> (32 - bits);
}

// Eight bytes from p with A-Z folded to a-z (SWAR: the high bit of each byte marks A-Z).
inline std::uint64_t folded8(const char* p) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
  std::uint64_t x;
  std::memcpy(&x, p, 8);
  const std::uint64_t low7 = x & ~high;
  const std::uint64_t ge_a = low7 + (0x80 - 'A') * ones;      // high bit: low7 >= 'A'
  const std::uint64_t gt_z = low7 + (0x80 - 'Z' - 1) * ones;  // high bit: low7 > 'Z'
  const std::uint64_t upper = ge_a & ~gt_z & ~x & high;
  return x | (upper >> 2);  // 0x80 >> 2 == 0x20
}

// text[at..] starts with lower_marker, ASCII case-insensitively; its first eight bytes match.
// Eight bytes at a time: markers sharing a long start ("----- the following addresses had")
// are compared at each occurrence of it.
bool rest_matches_at(std::string_view text, std::size_t at,
                     std::string_view lower_marker) noexcept {
  if (text.size() - at < lower_marker.size()) return false;
  const char* t = text.data() + at;
  std::size_t j = 8;
  for (; j + 8 <= lower_marker.size(); j += 8) {
    std::uint64_t m;  // lower-case already: folding would not change it
    std::memcpy(&m, lower_marker.data() + j, 8);
    if (folded8(t + j) != m) return false;
  }
  for (; j < lower_marker.size(); ++j)
    if (detail::ascii_lower(t[j]) != lower_marker[j]) return false;
  return true;
}

}  // namespace

std::size_t marker_hits::search(std::size_t k) const noexcept {
  return detail::ifind(text_, markers_[k]);
}

marker_scanner::marker_scanner(std::vector<std::string_view> lower_markers)
    : markers_(std::move(lower_markers)) {
  if (markers_.size() > 0xFFFF) throw std::length_error("marker_scanner: too many markers");
  constexpr std::size_t slots = std::size_t{1} << k_hash_bits;
  unscanned_.assign(markers_.size(), std::string_view::npos);
  heads_.assign(markers_.size(), 0);
  shift_.assign(slots, static_cast<std::uint8_t>(L - 3));
  std::vector<std::vector<std::uint16_t>> by_slot(slots);
  for (std::size_t k = 0; k < markers_.size(); ++k) {
    const std::string_view m = markers_[k];
    if (m.size() < L) {
      unscanned_[k] = marker_hits::unsearched;
      continue;
    }
    heads_[k] = folded8(m.data());
    // The four bytes ending at j may be the window's last when the window is L - 1 - j short
    // of the marker's first L bytes.
    for (std::size_t j = 3; j < L; ++j) {
      std::uint8_t& s = shift_[slot_of(quad_key(m.data() + j), k_hash_bits)];
      s = std::min<std::uint8_t>(s, static_cast<std::uint8_t>(L - 1 - j));
    }
    by_slot[slot_of(quad_key(m.data() + L - 1), k_hash_bits)].push_back(
        static_cast<std::uint16_t>(k));
  }
  bucket_begin_.reserve(slots + 1);
  for (const auto& ids : by_slot) {
    bucket_begin_.push_back(static_cast<std::uint16_t>(bucket_ids_.size()));
    bucket_ids_.insert(bucket_ids_.end(), ids.begin(), ids.end());
  }
  bucket_begin_.push_back(static_cast<std::uint16_t>(bucket_ids_.size()));
}

void marker_scanner::scan(std::string_view text, std::span<std::size_t> first) const {
  std::copy(unscanned_.begin(), unscanned_.end(), first.begin());
  if (bucket_ids_.empty()) return;
  const char* const t = text.data();
  const std::uint8_t* const shift = shift_.data();
  constexpr unsigned max_shift = L - 3;
  // i: the last byte of the window text[i + 1 - L .. i].
  for (std::size_t i = L - 1; i < text.size();) {
    const std::uint32_t h = slot_of(quad_key(t + i), k_hash_bits);
    const unsigned s = shift[h];
    // Most windows move by the full shift: as a (predicted) branch the next window does not
    // wait for this one's table load, where `i += s` would chain every step to the last.
    if (s == max_shift) {
      i += max_shift;
      continue;
    }
    if (s) {
      i += s;
      continue;
    }
    const std::size_t at = i + 1 - L;
    const std::uint64_t head = folded8(t + at);
    for (std::uint16_t n = bucket_begin_[h]; n < bucket_begin_[h + 1]; ++n) {
      const std::uint16_t k = bucket_ids_[n];
      if (heads_[k] == head && first[k] == std::string_view::npos &&
          rest_matches_at(text, at, markers_[k]))
        first[k] = at;
    }
    ++i;
  }
}

}  // namespace bounce::extract
