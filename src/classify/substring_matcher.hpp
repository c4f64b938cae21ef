// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// Which of a fixed list of patterns occur in a text, in one pass over the text: an Aho-Corasick
// automaton over bytes. The classifier builds one, once per process, at first use, over the
// phrase sets and the provider tables; the build is linear in the total pattern length (plus
// sorting the patterns), and the match costs about one table lookup per text byte.
#include <cstdint>
#include <cstddef>
#include <memory>
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
    const node* const nodes = nodes_.get();
    std::uint32_t cur = 0;
    const std::size_t size = text.size() + (space_at_end ? 1 : 0);
    for (std::size_t i = 0; i < size; ++i) {
      cur = step(cur, i < text.size() ? static_cast<unsigned char>(text[i]) : ' ');
      // The nodes on cur's failure chain that end patterns: report, then each one's own
      // failure target's report.
      for (std::uint32_t n = nodes[cur].report; n != 0; n = nodes[nodes[n].fail].report)
        for (std::uint32_t o = nodes[n].out_begin; o < nodes[n + 1].out_begin; ++o) {
          if constexpr (with_end)
            on_match(out_ids_[o], i + 1);
          else
            on_match(out_ids_[o]);
        }
    }
  }

  std::size_t node_count() const noexcept { return node_count_; }

 private:
  // The trie's nodes are numbered breadth first, each level in byte order, so the children of
  // a node are consecutive and follow those of the node before it: node v's children are
  // [child_begin of v, child_begin of v + 1), the byte into child c is bytes_[c], the root and
  // its children (depth 1) are the first nodes, and a failure target always has a smaller
  // number. Node node_count_ is a sentinel that ends the last node's ranges.
  struct node {
    std::uint32_t child_begin = 0;
    std::uint32_t fail = 0;
    /// This node if patterns end here, else the nearest node on its failure chain where some
    /// do, 0 if none (the root ends none: empty patterns are always_).
    std::uint32_t report = 0;
    std::uint32_t out_begin = 0;  ///< out_ids_[out_begin, next node's out_begin): ids ending here
  };

  // The root and depth-1 nodes have a dense row that resolves every byte at once (failures
  // included), so the failure chain of a deeper node, which always ends at one of them, ends
  // in one lookup; deeper nodes, nearly all with one or two children, search theirs.
  std::uint32_t step(std::uint32_t n, unsigned char c) const {
    const node* const nodes = nodes_.get();
    for (;;) {
      if (n < dense_rows_) return dense_[std::size_t{n} * 256 + c];
      const std::uint32_t end = nodes[n + 1].child_begin;
      for (std::uint32_t e = nodes[n].child_begin; e < end; ++e)
        if (bytes_[e] == c) return e;
      n = nodes[n].fail;
    }
  }

  // Arrays sized for the worst case (one node per pattern byte) and written only as far as the
  // trie goes: the untouched rest costs no memory, and the build no page faults (a process that
  // classifies one text pays for this build, most of it in first touches of fresh memory).
  std::unique_ptr<node[]> nodes_;
  std::unique_ptr<unsigned char[]> bytes_;
  std::size_t node_count_ = 0;
  std::uint32_t dense_rows_ = 0;
  std::vector<std::uint32_t> dense_;  ///< 256 targets per row
  std::vector<std::uint32_t> out_ids_;
  std::vector<std::uint32_t> always_;  ///< ids of the empty patterns
};

}  // namespace bounce::rules
