// SPDX-License-Identifier: BSD-2-Clause
// Stage 3: provider tables. A provider is recognised by its host: the remote MTA, the reporting MTA
// or the recipient domain (host suffixes), or one of its own hosts / unmistakable tokens named in
// the diagnostic itself (markers: "….prod.protection.outlook.com", "gsmtp", "service.mail.qq.com").
// Its own codes ("AUP#CXBL", "OFR006_102", "IB607", "RCP-P1") and then its own wording decide.
// The tables are data: the literal table of provider_table.hpp.
#include <array>
#include <bitset>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "classify/provider_table.hpp"
#include "classify/rules.hpp"
#include "classify/text_hits.hpp"

namespace bounce::rules {
namespace {

constexpr std::size_t kProviders = std::size(providers);
using provider_bits = std::bitset<kProviders>;

constexpr char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; }

constexpr bool alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

// The provider tables turned into two lookups, built once: which providers a host names (a
// hash of every host suffix), and which markers and phrases a text holds (the classifier's one
// automaton, text_hits). provider_rule then walks the providers in table order as before: the
// lookups only replace one ends_with_host or find per suffix, marker and phrase.
//
// Pattern ids (own ids, before text_hits' base): a marker of provider p is p; the k-th phrase
// of the whole table is kProviders + k, so that provider p's phrases are the contiguous ids
// from kProviders + phrase_begin(p), in table order.
class provider_index {
 public:
  provider_index() {
    std::uint32_t phrases = 0;
    for (std::uint32_t p = 0; p < kProviders; ++p) {
      phrase_begin_[p] = phrases;
      phrases += static_cast<std::uint32_t>(providers[p].phrases.size());
    }
    phrase_begin_[kProviders] = phrases;
    for (std::uint32_t p = 0; p < kProviders; ++p)
      for (std::string_view h : providers[p].hosts) hosts_.push_back({h, p});
    std::size_t size = 16;
    while (size < hosts_.size() * 4) size *= 2;
    slots_.assign(size, slot{});
    for (std::uint32_t e = 0; e < hosts_.size(); ++e) {
      const std::uint32_t h = hash_suffix(hosts_[e].suffix);
      std::size_t i = h & (slots_.size() - 1);
      while (slots_[i].entry != 0) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = {h, e + 1};
    }
  }

  /// Adds the providers one of whose host suffixes host ends with, on a label boundary, in any
  /// case (what ends_with_host(host, suffix) said for every suffix of the table).
  void hosts_of(std::string_view host, provider_bits& out) const {
    // The hash of host[s..] is built from the end, so every label start s gets its suffix's
    // hash on the way (the end itself too: an empty suffix would match a host ending in '.').
    std::uint32_t h = kHashSeed;
    for (std::size_t s = host.size();; --s) {
      if (s == 0 || host[s - 1] == '.') probe(host.substr(s), h, out);
      if (s == 0) break;
      h = mix(h, lower(host[s - 1]));
    }
  }

  /// Adds the providers with a marker in the text of hits.
  static void markers_of(const text_hits& hits, provider_bits& out) {
    const std::uint32_t base = bases().providers;
    for (std::uint32_t p = 0; p < kProviders; ++p)
      if (hits.test(base + p)) out.set(p);
  }

  /// The index in providers[p].phrases of its first phrase in the text of hits, or kNone.
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
  std::uint32_t first_phrase(const text_hits& hits, std::uint32_t p) const {
    const std::uint32_t begin = bases().providers + kProviders + phrase_begin_[p];
    const std::uint32_t end = bases().providers + kProviders + phrase_begin_[p + 1];
    const std::uint32_t f = hits.first(begin, end);
    return f == end ? kNone : f - begin;
  }

 private:
  struct host_entry {
    std::string_view suffix;
    std::uint32_t provider;
  };
  struct slot {
    std::uint32_t hash = 0;
    std::uint32_t entry = 0;  // index + 1 in hosts_; 0: empty
  };

  static constexpr std::uint32_t kHashSeed = 2166136261u;
  static constexpr std::uint32_t mix(std::uint32_t h, char c) {
    return (h ^ static_cast<unsigned char>(c)) * 16777619u;
  }
  static std::uint32_t hash_suffix(std::string_view suffix) {
    std::uint32_t h = kHashSeed;
    for (std::size_t i = suffix.size(); i > 0; --i) h = mix(h, suffix[i - 1]);
    return h;
  }

  void probe(std::string_view tail, std::uint32_t h, provider_bits& out) const {
    for (std::size_t i = h & (slots_.size() - 1); slots_[i].entry != 0;
         i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i].hash != h) continue;
      const host_entry& e = hosts_[slots_[i].entry - 1];
      if (e.suffix.size() != tail.size()) continue;
      std::size_t k = 0;
      while (k < tail.size() && lower(tail[k]) == e.suffix[k]) ++k;
      if (k == tail.size()) out.set(e.provider);
    }
  }

  std::array<std::uint32_t, kProviders + 1> phrase_begin_;  // see the class comment
  std::vector<host_entry> hosts_;
  std::vector<slot> slots_;
};

const provider_index& index() {
  static const provider_index ix;
  return ix;
}

// The codes of p in text, in order of appearance; the first known one decides.
const provider_code* find_code(const provider& p, std::string_view text) {
  for (auto prefix : p.code_prefixes) {
    for (std::size_t at = text.find(prefix); at != std::string_view::npos;
         at = text.find(prefix, at + 1)) {
      if (at > 0 && alnum(text[at - 1])) continue;  // inside another word
      std::size_t end = at + prefix.size();
      std::size_t code_start = end;
      while (end < text.size() &&
             (alnum(text[end]) || text[end] == '_' || text[end] == '-' || text[end] == '#')) {
        if (text[end] == '_' || text[end] == '-' || text[end] == '#') code_start = end + 1;
        ++end;
      }
      const std::string_view code = text.substr(code_start, end - code_start);
      if (code.empty()) continue;
      for (const auto& c : p.codes)
        if (c.code == code) return &c;
    }
  }
  return nullptr;
}

// The provider's own meaning of the status, if its table gives one.
const provider_status* find_status(const provider& p, const std::optional<status_code>& st) {
  if (!st) return nullptr;
  for (const provider_status& s : provider_statuses)
    if (s.provider == p.name && (s.cls == 0 || s.cls == st->cls) && s.subject == st->subject &&
        st->detail >= s.detail_lo && st->detail <= s.detail_hi)
      return &s;
  return nullptr;
}

std::string rule_name(std::string_view provider, std::string_view id) {
  std::string r;
  r.reserve(9 + provider.size() + 1 + id.size());
  r.append("provider/").append(provider).append(1, '/').append(id);
  return r;
}

}  // namespace

std::optional<decision> provider_rule(const evidence& ev) {
  if (ev.text.empty()) return std::nullopt;
  const provider_index& ix = index();
  // A provider is in play when the remote MTA, the recipient's domain (it refused the message)
  // or the reporting MTA (it wrote the report, in its own words) is one of its hosts, or when
  // the diagnostic names one of its markers.
  provider_bits named;
  ix.hosts_of(ev.remote_mta, named);
  ix.hosts_of(ev.recipient_domain, named);
  ix.hosts_of(ev.reporting_mta, named);
  const text_hits& hits = hits_of(ev);
  provider_index::markers_of(hits, named);
  if (named.none()) return std::nullopt;
  for (std::uint32_t i = 0; i < kProviders; ++i) {
    if (!named.test(i)) continue;
    const provider& p = providers[i];
    if (const provider_code* c = find_code(p, ev.text))
      return decision{c->reason, rule_name(p.name, c->id), false, c->inferred};
    if (const std::uint32_t f = ix.first_phrase(hits, i); f != provider_index::kNone) {
      const provider_phrase& ph = p.phrases.begin()[f];
      return decision{ph.reason, rule_name(p.name, ph.id), false, ph.inferred};
    }
    // The provider's own wording is more specific than its code ranges ("rate limited due to IP
    // reputation" under 4.7.650).
    if (const provider_status* s = find_status(p, ev.status))
      return decision{s->reason, rule_name(p.name, s->id)};
  }
  return std::nullopt;
}

std::uint32_t provider_patterns(std::vector<substring_matcher::pattern>& out, std::uint32_t base) {
  std::uint32_t phrase = 0;  // index in the whole table, as provider_index numbers them
  for (std::uint32_t p = 0; p < kProviders; ++p) {
    for (std::string_view m : providers[p].markers) out.push_back({m, base + p});
    for (const provider_phrase& ph : providers[p].phrases)
      out.push_back({ph.phrase, base + static_cast<std::uint32_t>(kProviders) + phrase++});
  }
  return static_cast<std::uint32_t>(kProviders) + phrase;
}

}  // namespace bounce::rules
