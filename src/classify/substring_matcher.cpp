// SPDX-License-Identifier: BSD-2-Clause
#include "classify/substring_matcher.hpp"

#include <algorithm>
#include <memory>

namespace bounce::rules {

substring_matcher::substring_matcher(const std::vector<pattern>& patterns) {
  // The trie, with the children of a node in a singly linked list (first_child, next_sibling)
  // and the root's children in a table: trie nodes past depth 1 have one or two children, so
  // the lists are short, and nothing is sorted or searched at length (this runs once per
  // process, and an earlier build that sorted was most of a small run's cost).
  std::size_t total = 0;
  for (const pattern& p : patterns) total += p.text.size();
  // Scratch sized for the worst case, left uninitialised and written by index as nodes are made
  // (push_back's checks, and zeroing what is written anyway, were much of the cost).
  const auto first_child = std::make_unique_for_overwrite<std::uint32_t[]>(total + 1);  // 0: none
  const auto next_sibling = std::make_unique_for_overwrite<std::uint32_t[]>(total + 1);
  const auto out_head = std::make_unique_for_overwrite<std::uint32_t[]>(total + 1);  // 0: none
  const auto byte_of = std::make_unique_for_overwrite<unsigned char[]>(total + 1);   // edge byte in
  first_child[0] = out_head[0] = 0;
  std::uint32_t n = 1;  // nodes so far; 0 is the root
  std::uint32_t root_child[256] = {};
  struct output {
    std::uint32_t id, next;  // next: index + 1 of the node's next output, 0 at the end
  };
  std::vector<output> outputs;
  outputs.reserve(patterns.size());
  for (const pattern& p : patterns) {
    if (p.text.empty()) {
      always_.push_back(p.id);
      continue;
    }
    std::uint32_t cur = 0;
    for (const char ch : p.text) {
      const auto c = static_cast<unsigned char>(ch);
      std::uint32_t child = 0;
      if (cur == 0) {
        child = root_child[c];
      } else {
        for (child = first_child[cur]; child != 0 && byte_of[child] != c;)
          child = next_sibling[child];
      }
      if (child == 0) {
        child = n++;
        byte_of[child] = c;
        first_child[child] = out_head[child] = 0;
        next_sibling[child] = first_child[cur];
        first_child[cur] = child;
        if (cur == 0) root_child[c] = child;
      }
      cur = child;
    }
    const std::uint32_t head = out_head[cur];
    if (head != 0 && outputs[head - 1].id == p.id) continue;  // the same phrase twice in a set
    outputs.push_back({p.id, head});
    out_head[cur] = static_cast<std::uint32_t>(outputs.size());
  }

  // Flatten: each node's edges, and its outputs, in one slice.
  nodes_.resize(n);
  edge_bytes_.resize(n - 1);
  edge_targets_.resize(n - 1);
  out_ids_.resize(outputs.size());
  {
    // Raw pointers: a store through unsigned char may alias anything, vectors' own pointers too.
    node* const nodes = nodes_.data();
    unsigned char* const edge_bytes = edge_bytes_.data();
    std::uint32_t* const edge_targets = edge_targets_.data();
    std::uint32_t* const out_ids = out_ids_.data();
    std::uint32_t edges = 0, outs = 0;
    for (std::uint32_t i = 0; i < n; ++i) {
      node& nd = nodes[i];
      nd.edge_begin = edges;
      for (std::uint32_t ch = first_child[i]; ch != 0; ch = next_sibling[ch]) {
        edge_bytes[edges] = byte_of[ch];
        edge_targets[edges++] = ch;
      }
      nd.edge_end = edges;
      nd.out_begin = outs;
      for (std::uint32_t o = out_head[i]; o != 0; o = outputs[o - 1].next)
        out_ids[outs++] = outputs[o - 1].id;
      nd.out_end = outs;
    }
  }

  // Dense rows: the root's (a missing edge stays at the root), then each depth-1 node's, which
  // is the root's row with the node's own edges over it (a depth-1 node fails to the root).
  const node& root = nodes_[0];
  const std::uint32_t depth1 = root.edge_end - root.edge_begin;
  dense_.assign((std::size_t{depth1} + 1) * 256, 0);
  for (std::uint32_t e = root.edge_begin; e < root.edge_end; ++e)
    dense_[edge_bytes_[e]] = edge_targets_[e];
  nodes_[0].row = 0;
  std::uint32_t row = 1;
  for (std::uint32_t e = nodes_[0].edge_begin; e < nodes_[0].edge_end; ++e, ++row) {
    node& d = nodes_[edge_targets_[e]];
    std::uint32_t* r = dense_.data() + std::size_t{row} * 256;
    std::copy_n(dense_.data(), 256, r);
    for (std::uint32_t de = d.edge_begin; de < d.edge_end; ++de)
      r[edge_bytes_[de]] = edge_targets_[de];
    d.row = row;
  }

  // Failure and dict links, breadth first (a failure target is always shallower). The root's
  // children fail to the root, which has no outputs: their fail and dict stay 0.
  const auto queue = std::make_unique_for_overwrite<std::uint32_t[]>(n);
  std::uint32_t tail = 0;
  for (std::uint32_t e = nodes_[0].edge_begin; e < nodes_[0].edge_end; ++e)
    queue[tail++] = edge_targets_[e];
  for (std::uint32_t head = 0; head < tail; ++head) {
    const std::uint32_t u = queue[head];
    node& nu = nodes_[u];
    nu.report = nu.out_begin != nu.out_end ? u : nu.dict;
    for (std::uint32_t e = nu.edge_begin; e < nu.edge_end; ++e) {
      const std::uint32_t child = edge_targets_[e];
      const std::uint32_t f = step(nu.fail, edge_bytes_[e]);
      const node& nf = nodes_[f];
      nodes_[child].fail = f;
      nodes_[child].dict = nf.out_begin != nf.out_end ? f : nf.dict;
      queue[tail++] = child;
    }
  }
}

}  // namespace bounce::rules
