#include "extract/text_markers.hpp"

#include <algorithm>
#include <stdexcept>

#include "detail/string_util.hpp"

namespace bounce::extract {
namespace {

constexpr std::size_t k_window = 4;  // bytes hashed per position

constexpr std::uint8_t fold(char c) noexcept {
  return static_cast<std::uint8_t>(detail::ascii_lower(c));
}

std::uint32_t key_of(std::string_view m) noexcept {
  std::uint32_t w = 0;
  for (std::size_t i = 0; i < k_window; ++i) w = (w << 8) | fold(m[i]);
  return w;
}

// text[at..] starts with lower_marker, ASCII case-insensitively (the first `skip` bytes known).
bool matches_at(std::string_view text, std::size_t at, std::string_view lower_marker,
                std::size_t skip) noexcept {
  if (text.size() - at < lower_marker.size()) return false;
  const char* t = text.data() + at;
  for (std::size_t j = skip; j < lower_marker.size(); ++j)
    if (detail::ascii_lower(t[j]) != lower_marker[j]) return false;
  return true;
}

}  // namespace

marker_scanner::marker_scanner(std::vector<std::string_view> lower_markers)
    : markers_(std::move(lower_markers)) {
  if (markers_.size() > 0xFFFF) throw std::length_error("marker_scanner: too many markers");
  constexpr std::size_t buckets = std::size_t{1} << k_hash_bits;
  keys_.assign(markers_.size(), 0);
  std::vector<std::vector<std::uint16_t>> by_bucket(buckets);
  for (std::size_t k = 0; k < markers_.size(); ++k) {
    if (markers_[k].size() < k_window) {
      short_ids_.push_back(static_cast<std::uint16_t>(k));
      continue;
    }
    keys_[k] = key_of(markers_[k]);
    by_bucket[bucket_of(keys_[k])].push_back(static_cast<std::uint16_t>(k));
  }
  bucket_begin_.reserve(buckets + 1);
  for (const auto& ids : by_bucket) {
    bucket_begin_.push_back(static_cast<std::uint16_t>(bucket_ids_.size()));
    bucket_ids_.insert(bucket_ids_.end(), ids.begin(), ids.end());
  }
  bucket_begin_.push_back(static_cast<std::uint16_t>(bucket_ids_.size()));
}

void marker_scanner::scan(std::string_view text, std::span<std::size_t> first) const {
  std::fill(first.begin(), first.end(), std::string_view::npos);
  for (std::uint16_t k : short_ids_) first[k] = detail::ifind(text, markers_[k]);
  if (bucket_ids_.empty()) return;
  const std::uint16_t* const begin = bucket_begin_.data();
  std::uint32_t window = 0;  // the last four folded bytes, oldest in the high byte
  for (std::size_t i = 0; i < text.size(); ++i) {
    window = (window << 8) | fold(text[i]);
    const std::uint32_t b = bucket_of(window);
    if (begin[b] == begin[b + 1] || i + 1 < k_window) continue;
    const std::size_t at = i + 1 - k_window;
    for (std::uint16_t n = begin[b]; n < begin[b + 1]; ++n) {
      const std::uint16_t k = bucket_ids_[n];
      if (first[k] == std::string_view::npos && keys_[k] == window &&
          matches_at(text, at, markers_[k], k_window))
        first[k] = at;
    }
  }
}

}  // namespace bounce::extract
