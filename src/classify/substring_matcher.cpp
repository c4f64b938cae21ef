// SPDX-License-Identifier: BSD-2-Clause
#include "classify/substring_matcher.hpp"

#include <algorithm>
#include <numeric>

namespace bounce::rules {

substring_matcher::substring_matcher(const std::vector<pattern>& patterns) {
  // The patterns in byte order, then by id: those that share a prefix are consecutive at every
  // length, so the trie is built one level at a time with nothing searched, and a phrase listed
  // twice in a set is one output. Each is sorted by its first eight bytes as one number first
  // (a pattern has no NUL byte, so padding a shorter one with zeros keeps the byte order), which
  // leaves few comparisons to the whole texts.
  struct sort_key {
    std::uint64_t head;
    std::uint32_t index;
  };
  std::vector<sort_key> keys;
  keys.reserve(patterns.size());
  std::size_t total = 0;
  for (std::uint32_t i = 0; i < patterns.size(); ++i) {
    const std::string_view t = patterns[i].text;
    if (t.empty()) {
      always_.push_back(patterns[i].id);
      continue;
    }
    std::uint64_t head = 0;
    for (std::size_t b = 0; b < 8; ++b)
      head = (head << 8) | (b < t.size() ? static_cast<unsigned char>(t[b]) : 0u);
    keys.push_back({head, i});
    total += t.size();
  }
  std::sort(keys.begin(), keys.end(), [&patterns](const sort_key& a, const sort_key& b) {
    if (a.head != b.head) return a.head < b.head;
    const pattern& pa = patterns[a.index];
    const pattern& pb = patterns[b.index];
    return pa.text != pb.text ? pa.text < pb.text : pa.id < pb.id;
  });
  std::vector<std::uint32_t> order;
  order.reserve(keys.size());
  for (const sort_key& k : keys) {
    const std::uint32_t i = k.index;
    if (!order.empty() && patterns[order.back()].id == patterns[i].id &&
        patterns[order.back()].text == patterns[i].text)
      continue;
    order.push_back(i);
  }

  // One node per distinct prefix, at most one per pattern byte, plus the root and the sentinel.
  nodes_ = std::make_unique_for_overwrite<node[]>(total + 2);
  bytes_ = std::make_unique_for_overwrite<unsigned char[]>(total + 2);
  node* const nodes = nodes_.get();
  unsigned char* const bytes = bytes_.get();
  nodes[0] = node{};
  bytes[0] = 0;
  std::uint32_t n = 1;

  // Level d makes the nodes of the prefixes of length d + 1. at[k]: the node of pattern
  // order[k]'s prefix read so far; active: the patterns longer than the level, in order.
  const std::size_t count = order.size();
  std::vector<std::uint32_t> active(count);
  std::iota(active.begin(), active.end(), 0u);
  std::vector<std::uint32_t> at(count, 0), ends_at(count, 0);
  std::uint32_t level_begin = 0, level_end = 1;  // the nodes of the level's parents
  for (std::size_t d = 0; !active.empty(); ++d) {
    std::uint32_t next_parent = level_begin;  // the first parent whose children are not placed
    std::uint32_t prev_parent = n;            // no node yet
    unsigned char prev_byte = 0;
    std::size_t kept = 0;
    for (const std::uint32_t k : active) {
      const std::string_view t = patterns[order[k]].text;
      const std::uint32_t parent = at[k];
      const auto c = static_cast<unsigned char>(t[d]);
      if (parent != prev_parent || c != prev_byte) {
        // A new child: its parent's children start here, and those of the parents before it
        // that have none start (and end) here too.
        for (; next_parent <= parent; ++next_parent) nodes[next_parent].child_begin = n;
        nodes[n] = node{};
        bytes[n] = c;
        ++n;
        prev_parent = parent;
        prev_byte = c;
      }
      at[k] = n - 1;
      if (t.size() == d + 1)
        ends_at[k] = n - 1;
      else
        active[kept++] = k;
    }
    for (; next_parent < level_end; ++next_parent) nodes[next_parent].child_begin = n;
    active.resize(kept);
    level_begin = level_end;
    level_end = n;
  }
  for (std::uint32_t v = level_begin; v < n; ++v) nodes[v].child_begin = n;  // the leaves
  nodes[n] = node{};
  nodes[n].child_begin = n;
  node_count_ = n;

  // Outputs, grouped by node: count each node's, turn the counts into range ends, and fill each
  // range from its end, which leaves out_begin at its start.
  for (std::size_t k = 0; k < count; ++k) ++nodes[ends_at[k]].out_begin;
  std::uint32_t outs = 0;
  for (std::uint32_t v = 0; v <= n; ++v) {
    outs += nodes[v].out_begin;
    nodes[v].out_begin = outs;
  }
  out_ids_.resize(outs);
  for (std::size_t k = 0; k < count; ++k)
    out_ids_[--nodes[ends_at[k]].out_begin] = patterns[order[k]].id;

  // Dense rows: the root's (a missing byte stays at the root), then each depth-1 node's, which
  // is the root's row with the node's own children over it (a depth-1 node fails to the root).
  dense_rows_ = nodes[1].child_begin;  // the root and its children (the sentinel's when alone)
  dense_.assign(std::size_t{dense_rows_} * 256, 0);
  for (std::uint32_t c = nodes[0].child_begin; c < nodes[1].child_begin; ++c) dense_[bytes[c]] = c;
  for (std::uint32_t v = 1; v < dense_rows_; ++v) {
    std::uint32_t* const row = dense_.data() + std::size_t{v} * 256;
    std::copy_n(dense_.data(), 256, row);
    for (std::uint32_t c = nodes[v].child_begin; c < nodes[v + 1].child_begin; ++c)
      row[bytes[c]] = c;
  }

  // Failure links and reports in node order, which is breadth first: a node's failure target
  // is shallower, so its own link and report are known. The root's children fail to the root.
  for (std::uint32_t v = 0; v < n; ++v) {
    node& nv = nodes[v];
    nv.report = nv.out_begin != nodes[v + 1].out_begin ? v : nodes[nv.fail].report;
    for (std::uint32_t c = nv.child_begin; c < nodes[v + 1].child_begin; ++c)
      nodes[c].fail = v == 0 ? 0 : step(nv.fail, bytes[c]);
  }
}

}  // namespace bounce::rules
