// SPDX-License-Identifier: BSD-2-Clause
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
  /// A first[] entry of a marker not searched yet (a short one: searched when asked about).
  static constexpr std::size_t unsearched = npos - 1;
  marker_hits() = default;
  /// first[k] for markers[k] in text; unsearched entries are filled in when asked about.
  marker_hits(std::string_view text, std::span<const std::string_view> markers,
              std::size_t* first) noexcept
      : text_(text), markers_(markers), first_(first) {}
  /// Marker k (an index into text_markers()) occurs in the text, ASCII case-insensitively.
  bool has(std::size_t k) const noexcept { return first(k) != npos; }
  /// Offset of the first occurrence of marker k; npos when absent.
  std::size_t first(std::size_t k) const noexcept {
    if (k >= markers_.size()) return npos;
    if (first_[k] == unsearched) first_[k] = search(k);
    return first_[k];
  }

 private:
  std::size_t search(std::size_t k) const noexcept;
  std::string_view text_;
  std::span<const std::string_view> markers_;
  std::size_t* first_ = nullptr;
};

/// Finds the first occurrence of each marker of a fixed set in one pass over a text, with the
/// semantics of detail::ifind (ASCII case-insensitive; markers are lower-case).
///
/// Multi-pattern Horspool (Wu-Manber): a window as long as the shortest marker slides over the
/// text; the four bytes at its end, folded and hashed, give how far it may move before any
/// marker can end in it, and when that is zero, the markers whose start ends with those four
/// bytes are compared there. Markers are long sentences, so the window moves by about ten
/// bytes a step. Markers shorter than k_min_length are not scanned for: marker_hits searches
/// them when a claims() asks (they are few, and asked only after cheaper checks).
class marker_scanner {
 public:
  static constexpr std::size_t k_min_length = 11;  ///< the window (at least 8)
  explicit marker_scanner(std::vector<std::string_view> lower_markers);
  std::span<const std::string_view> markers() const noexcept { return markers_; }
  std::size_t size() const noexcept { return markers_.size(); }
  /// first[k] = offset of the first occurrence of marker k in text, npos when absent, or
  /// marker_hits::unsearched for a marker shorter than k_min_length. first.size() == size().
  void scan(std::string_view text, std::span<std::size_t> first) const;

 private:
  static constexpr unsigned k_hash_bits = 12;
  std::vector<std::string_view> markers_;
  std::vector<std::size_t> unscanned_;       ///< first[] before the scan: npos or unsearched
  std::vector<std::uint64_t> heads_;         ///< first eight folded bytes of each long marker
  std::vector<std::uint8_t> shift_;          ///< by hash of four folded bytes: safe window move
  std::vector<std::uint16_t> bucket_begin_;  ///< (1 << k_hash_bits) + 1 offsets into bucket_ids_
  std::vector<std::uint16_t> bucket_ids_;    ///< long markers by hash of their bytes 12 to 15
};

}  // namespace bounce::extract
