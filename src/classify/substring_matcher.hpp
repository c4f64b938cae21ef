// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// Which of a fixed list of patterns occur in a text, in one pass over the text: an Aho-Corasick
// automaton over bytes. The phrase sets and the provider tables each build one, once per
// process, at first use; the build is linear in the total pattern length (a small run pays for
// it), and the match costs about one table lookup per text byte.
#include <cstdint>
#include <cstddef>
#include <string_view>
#include <type_traits>
#include <vector>

namespace bounce::rules {

class substring_matcher {
 public:
  struct pattern {
    std::string_view text;  ///< must outlive the matcher (the tables are static)
    std::uint32_t id;       ///< reported when text occurs; ids may repeat across patterns
  };

  explicit substring_matcher(const std::vector<pattern>& patterns);

  /// Calls on_match(id) for every pattern that occurs in text (as std::string_view::find would
  /// find it: an empty pattern occurs in every text), or on_match(id, end) with the offset just
  /// past the occurrence when on_match takes two arguments (0 for an empty pattern). An id may
  /// be reported more than once.
  /// With space_at_end, the end of the text also reads as one space after it, so a pattern
  /// whose trailing space marks the end of a word ("rbl ") occurs at the end of the text too;
  /// such an occurrence ends at text.size() + 1.
  template <class F>
  void match(std::string_view text, F&& on_match, bool space_at_end = false) const {
    constexpr bool with_end = std::is_invocable_v<F&, std::uint32_t, std::size_t>;
    for (const std::uint32_t id : always_) {
      if constexpr (with_end)
        on_match(id, std::size_t{0});
      else
        on_match(id);
    }
    std::uint32_t cur = 0;
    const std::size_t size = text.size() + (space_at_end ? 1 : 0);
    for (std::size_t i = 0; i < size; ++i) {
      cur = step(cur, i < text.size() ? static_cast<unsigned char>(text[i]) : ' ');
      for (std::uint32_t n = nodes_[cur].report; n != 0; n = nodes_[n].dict)
        for (std::uint32_t o = nodes_[n].out_begin; o < nodes_[n].out_end; ++o) {
          if constexpr (with_end)
            on_match(out_ids_[o], i + 1);
          else
            on_match(out_ids_[o]);
        }
    }
  }

  std::size_t node_count() const noexcept { return nodes_.size(); }

 private:
  static constexpr std::uint32_t kNoRow = 0xFFFFFFFFu;

  struct node {
    std::uint32_t row = kNoRow;  ///< dense transition row (the root and depth-1 nodes), else kNoRow
    std::uint32_t edge_begin = 0, edge_end = 0;  ///< sparse edges (the other nodes)
    std::uint32_t fail = 0;
    std::uint32_t out_begin = 0, out_end = 0;  ///< ids of the patterns ending here
    /// The nearest node on the failure chain (excluding this one) with outputs, 0 if none.
    std::uint32_t dict = 0;
    /// This node if it has outputs, else dict: where a match starts listing outputs.
    std::uint32_t report = 0;
  };

  // Nodes with a dense row resolve every byte at once (failures included), so the failure
  // chain of a deeper node, which always ends at the root or a depth-1 node, ends in one
  // lookup; deep nodes, nearly all with one or two edges, keep a short sparse list.
  std::uint32_t step(std::uint32_t n, unsigned char c) const {
    for (;;) {
      const node& nd = nodes_[n];
      if (nd.row != kNoRow) return dense_[std::size_t{nd.row} * 256 + c];
      for (std::uint32_t e = nd.edge_begin; e < nd.edge_end; ++e)
        if (edge_bytes_[e] == c) return edge_targets_[e];
      n = nd.fail;
    }
  }

  std::vector<node> nodes_;
  std::vector<std::uint32_t> dense_;  ///< 256 targets per row
  std::vector<unsigned char> edge_bytes_;
  std::vector<std::uint32_t> edge_targets_;
  std::vector<std::uint32_t> out_ids_;
  std::vector<std::uint32_t> always_;  ///< ids of the empty patterns
};

}  // namespace bounce::rules
