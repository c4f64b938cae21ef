// Stages 4 and 6: phrase sets per language (phrases/<lang>.inc). The order of the sets in this
// table is the priority: the first matching set wins, so the result never depends on hashing.
//
// Matching: one Aho-Corasick automaton over every phrase of every set, built once at first use,
// finds in a single pass over the text which sets have a phrase in it; the sets are then tried
// in table order exactly as before (same filters, same first winner).
#include <algorithm>
#include <bitset>
#include <cstdint>
#include <deque>
#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "classify/rules.hpp"

namespace bounce::rules {
namespace {

// local: a local delivery agent's own message ("mail.local: unknown user:"); tried with the
// strong sets, and its verdict stands whatever the SMTP step.
enum class strength { strong, weak, local };

struct phrase_set {
  strength level;
  reason_kind reason;
  std::string_view rule;
  std::initializer_list<std::string_view> phrases;
};

#define BOUNCE_PHRASES(st, r, id, ...) \
  {strength::st, reason_kind::r, "text/" BOUNCE_LANG "/" id, {__VA_ARGS__}},

const phrase_set phrase_sets[] = {
#define BOUNCE_LANG "en"
#include "classify/phrases/en.inc"
#undef BOUNCE_LANG
#if __has_include("classify/phrases/intl.inc")
#  include "classify/phrases/intl.inc"
#endif
};
#undef BOUNCE_PHRASES

constexpr std::size_t kSets = std::size(phrase_sets);
using set_bits = std::bitset<kSets>;

// spamdetected, virusdetected and contenterror judge content, so they need the failure to come
// at or after DATA (or at an unknown step): a content verdict at RCPT is a misreading.
bool content_reason_allowed(reason_kind r, std::string_view command) {
  if (r != reason_kind::spamdetected && r != reason_kind::virusdetected &&
      r != reason_kind::contenterror)
    return true;
  return command.empty() || command == "DATA" || command == "." || command == "BDAT";
}

/// Aho-Corasick over bytes. The root has a direct 256-entry table; other nodes keep their few
/// edges in one sorted array slice. Each node lists the sets of the phrases ending there, and
/// links to the nearest node on its failure chain that has any (dict), so a match walks only
/// nodes with outputs.
class phrase_matcher {
 public:
  phrase_matcher() {
    // The trie is built from the phrases in sorted order: each phrase shares its path with the
    // previous one up to their common prefix, so no per-node child list is searched or
    // allocated (this build runs once per process, and was most of a small run's cost).
    struct entry {
      std::string_view phrase;
      std::uint32_t set;
    };
    std::vector<entry> entries;
    for (std::size_t s = 0; s < kSets; ++s)
      for (std::string_view p : phrase_sets[s].phrases) {
        if (p.empty())  // find("") matches any text
          always_.set(s);
        else
          entries.push_back({p, static_cast<std::uint32_t>(s)});
      }
    std::sort(entries.begin(), entries.end(), [](const entry& a, const entry& b) {
      return a.phrase < b.phrase || (a.phrase == b.phrase && a.set < b.set);
    });
    struct edge {
      std::uint32_t parent;
      unsigned char c;
      std::uint32_t child;
    };
    std::vector<edge> edges;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> outputs;  // (node, set)
    std::vector<std::uint32_t> path;  // path[d]: the node at depth d + 1 of the previous phrase
    std::string_view prev;
    nodes_.push_back({});
    for (const entry& e : entries) {
      std::size_t common = 0;
      while (common < prev.size() && common < e.phrase.size() && prev[common] == e.phrase[common]) ++common;
      path.resize(common);
      std::uint32_t cur = common == 0 ? 0 : path[common - 1];
      for (std::size_t i = common; i < e.phrase.size(); ++i) {
        const auto child = static_cast<std::uint32_t>(nodes_.size());
        nodes_.push_back({});
        edges.push_back({cur, static_cast<unsigned char>(e.phrase[i]), child});
        path.push_back(child);
        cur = child;
      }
      outputs.emplace_back(cur, e.set);
      prev = e.phrase;
    }
    // Flatten: a node's edges in one slice, in byte order (siblings were made in sorted order).
    std::stable_sort(edges.begin(), edges.end(), [](const edge& a, const edge& b) { return a.parent < b.parent; });
    std::sort(outputs.begin(), outputs.end());
    outputs.erase(std::unique(outputs.begin(), outputs.end()), outputs.end());
    edge_bytes_.reserve(edges.size());
    edge_targets_.reserve(edges.size());
    std::size_t ei = 0, oi = 0;
    for (std::uint32_t n = 0; n < nodes_.size(); ++n) {
      nodes_[n].edge_begin = static_cast<std::uint32_t>(edge_bytes_.size());
      for (; ei < edges.size() && edges[ei].parent == n; ++ei) {
        edge_bytes_.push_back(edges[ei].c);
        edge_targets_.push_back(edges[ei].child);
      }
      nodes_[n].edge_end = static_cast<std::uint32_t>(edge_bytes_.size());
      nodes_[n].out_begin = static_cast<std::uint32_t>(out_sets_.size());
      for (; oi < outputs.size() && outputs[oi].first == n; ++oi) out_sets_.push_back(outputs[oi].second);
      nodes_[n].out_end = static_cast<std::uint32_t>(out_sets_.size());
    }
    for (std::uint32_t& r : root_) r = 0;
    for (std::uint32_t e = nodes_[0].edge_begin; e < nodes_[0].edge_end; ++e) root_[edge_bytes_[e]] = edge_targets_[e];
    // Failure and dict links, breadth first.
    std::deque<std::uint32_t> queue;
    for (std::uint32_t e = nodes_[0].edge_begin; e < nodes_[0].edge_end; ++e) {
      nodes_[edge_targets_[e]].fail = 0;
      queue.push_back(edge_targets_[e]);
    }
    while (!queue.empty()) {
      const std::uint32_t n = queue.front();
      queue.pop_front();
      for (std::uint32_t e = nodes_[n].edge_begin; e < nodes_[n].edge_end; ++e) {
        const unsigned char c = edge_bytes_[e];
        const std::uint32_t child = edge_targets_[e];
        nodes_[child].fail = step(nodes_[n].fail, c);
        const node& f = nodes_[nodes_[child].fail];
        nodes_[child].dict = f.out_begin != f.out_end ? nodes_[child].fail : f.dict;
        queue.push_back(child);
      }
    }
  }

  /// The sets with at least one phrase in text.
  set_bits match(std::string_view text) const {
    set_bits found = always_;
    std::uint32_t cur = 0;
    for (const char ch : text) {
      cur = step(cur, static_cast<unsigned char>(ch));
      for (std::uint32_t n = cur; n != 0; n = nodes_[n].dict)
        for (std::uint32_t o = nodes_[n].out_begin; o < nodes_[n].out_end; ++o) found.set(out_sets_[o]);
    }
    return found;
  }

 private:
  struct node {
    std::uint32_t edge_begin = 0, edge_end = 0;
    std::uint32_t out_begin = 0, out_end = 0;
    std::uint32_t fail = 0, dict = 0;  // dict 0: no output further down the failure chain
  };

  std::uint32_t child_of(std::uint32_t n, unsigned char c) const {
    if (n == 0) return root_[c];
    const unsigned char* b = edge_bytes_.data() + nodes_[n].edge_begin;
    const unsigned char* e = edge_bytes_.data() + nodes_[n].edge_end;
    for (const unsigned char* p = b; p != e; ++p)
      if (*p == c) return edge_targets_[static_cast<std::size_t>(p - edge_bytes_.data())];
    return kNoChild;
  }

  std::uint32_t step(std::uint32_t n, unsigned char c) const {
    for (;;) {
      const std::uint32_t next = child_of(n, c);
      if (next != kNoChild) return next;  // at the root, 0 means "stay at the root"
      n = nodes_[n].fail;
    }
  }

  static constexpr std::uint32_t kNoChild = 0xFFFFFFFFu;
  std::vector<node> nodes_;
  std::vector<unsigned char> edge_bytes_;
  std::vector<std::uint32_t> edge_targets_;
  std::vector<std::uint32_t> out_sets_;
  std::uint32_t root_[256];
  set_bits always_;
};

const phrase_matcher& matcher() {
  static const phrase_matcher m;
  return m;
}

}  // namespace

std::optional<decision> phrase_rule(const evidence& ev, bool strong,
                                    std::optional<reason_kind> only) {
  if (ev.text.empty()) return std::nullopt;
  const strength want = strong ? strength::strong : strength::weak;
  // decide() asks up to three times about the same text (strong, X-UNIX, weak sets): scan it
  // once. The cache is keyed by the text itself, so it can never answer for another text.
  thread_local std::string last_text;
  thread_local set_bits last_found;
  if (ev.text != last_text) {
    last_found = matcher().match(ev.text);
    last_text.assign(ev.text);
  }
  const set_bits found = last_found;
  if (found.none()) return std::nullopt;
  for (std::size_t s = 0; s < kSets; ++s) {
    const phrase_set& set = phrase_sets[s];
    const bool level = set.level == want || (strong && set.level == strength::local);
    if (!level || !content_reason_allowed(set.reason, ev.command)) continue;
    if (only && set.reason != *only) continue;
    if (found.test(s))
      return decision{set.reason, std::string(set.rule), set.level == strength::local};
  }
  return std::nullopt;
}

}  // namespace bounce::rules
