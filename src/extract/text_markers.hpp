#pragma once
// The text markers of all extractors' claims() found in one pass over a message's text.
//
// Most extractors recognise their format by a few fixed sentences in the human-readable text
// ("this is the mail system at host", "------- failure reasons"). Asked one by one, each
// marker is a full case-insensitive scan of the text, and a message that falls through to the
// last extractors is scanned some 40 times before one claims it. Instead every extractor
// lists its markers (extractor::text_markers()), run_extractors() finds all of them in one
// pass, and claims() reads the result (marker_hits).
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace bounce::extract {

/// Where each marker of one extractor's text_markers() first occurs in the message text:
/// what claims() reads instead of scanning the text itself.
class marker_hits {
 public:
  static constexpr std::size_t npos = std::string_view::npos;
  marker_hits() = default;
  marker_hits(const std::size_t* first, std::size_t count) noexcept : first_(first), count_(count) {}
  /// Marker k (an index into text_markers()) occurs in the text, ASCII case-insensitively.
  bool has(std::size_t k) const noexcept { return first(k) != npos; }
  /// Offset of the first occurrence of marker k; npos when absent.
  std::size_t first(std::size_t k) const noexcept { return k < count_ ? first_[k] : npos; }

 private:
  const std::size_t* first_ = nullptr;
  std::size_t count_ = 0;
};

/// Finds the first occurrence of each marker of a fixed set in one pass over a text, with the
/// semantics of detail::ifind (ASCII case-insensitive; markers are lower-case). A rolling
/// window of the last four folded bytes is hashed into a bucket table; only the markers
/// whose first four bytes hash to the same bucket are compared there. Markers shorter than
/// four bytes are searched with detail::ifind.
class marker_scanner {
 public:
  explicit marker_scanner(std::vector<std::string_view> lower_markers);
  std::size_t size() const noexcept { return markers_.size(); }
  /// first[k] = offset of the first occurrence of marker k in text (npos when absent).
  /// first.size() must be size().
  void scan(std::string_view text, std::span<std::size_t> first) const;

 private:
  static constexpr unsigned k_hash_bits = 10;
  static std::uint32_t bucket_of(std::uint32_t window) noexcept {
    return (window * 0x9E3779B1u) >> (32 - k_hash_bits);
  }
  std::vector<std::string_view> markers_;
  std::vector<std::uint32_t> keys_;          ///< first four folded bytes of each long marker
  std::vector<std::uint16_t> bucket_begin_;  ///< (1 << k_hash_bits) + 1 offsets into bucket_ids_
  std::vector<std::uint16_t> bucket_ids_;    ///< marker indexes, grouped by bucket
  std::vector<std::uint16_t> short_ids_;     ///< markers under four bytes
};

}  // namespace bounce::extract
