// SPDX-License-Identifier: BSD-2-Clause
#include "classify/text_hits.hpp"

#include <bit>
#include <cstddef>
#include <string_view>
#include <vector>

#include "classify/phrase_table.hpp"
#include "detail/string_util.hpp"

namespace bounce::rules {
namespace {

// A pattern with a '*' in it ("user <*> unknown", as Courier's source writes "User <%s>
// unknown") stands for its head, one token and its tail: the address or name a server puts
// inside its wording. The token is 1 to kMaxToken bytes without a space.
// A pattern with " ** " in it ("mailbox ** disabled") stands for its head, one to kMaxGapWords
// words and its tail, within one clause: the same subject and state in the word orders servers
// write them ("this mailbox is disabled", "the mailbox you tried to reach is disabled"; the
// words side by side are a literal phrase of their own). The head starts a word; no word of the
// gap ends a clause (. , ; : ! ?) or is "not" (the state denied); for a state of the recipient's
// mailbox, account or domain, neither a gap word nor the word before the head may name another
// subject the state could belong to (a domain, a host, the sender: names_another_subject).
// The automaton looks for the tail; each tail found is checked backwards for the gap and the
// head, so the text is still read once.
constexpr std::size_t kMaxToken = 256;
constexpr int kMaxGapWords = 6;

struct gap {
  std::string_view head;
  std::size_t tail_size = 0;
  std::uint32_t id = 0;  ///< the pattern's own id
  bool words = false;    ///< " ** ": up to kMaxGapWords words, else '*': one token
  /// A word gap of a state of the recipient's own mailbox, account or domain: no word of the
  /// gap, nor the one before the head, may name another subject (names_another_subject).
  bool own_subject = false;
};

bool is_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool ends_clause(char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?';
}

// A word that names what else a state may belong to: "recipient domain is unknown" is the
// domain's state, "sender account is disabled" the sender's, so neither a gap holding one of
// these nor a subject right after one matches (English and the other languages of the
// word-order sets).
bool names_another_subject(std::string_view word) {
  static constexpr std::string_view others[] = {
      "domain",   "domaine",    "domäne",    "dominio",   "domínio",  "host",
      "hôte",     "server",     "serveur",   "servidor",  "mx",       "sender",
      "absender", "expéditeur", "remitente", "remetente", "mittente", "ip"};
  for (std::string_view o : others) {
    if (word.size() < o.size() || word.substr(0, o.size()) != o) continue;
    const std::string_view rest = word.substr(o.size());  // a plural or a possessive
    if (rest.empty() || rest == "s" || rest == "'s" || rest == "s'") return true;
  }
  return false;
}

// Whether text has the head, then a token, ending at tail_start. The token is an address or a
// name, never a word that names another subject ("recipient domain was not found in" is the
// domain's state, where "recipient * was not found in" awaits an address).
bool token_gap_matches(std::string_view text, std::size_t tail_start, std::string_view head) {
  for (std::size_t k = tail_start; k > 0 && tail_start - k < kMaxToken;) {
    --k;
    if (detail::is_space(text[k])) return false;
    if (k >= head.size() && text.substr(k - head.size(), head.size()) == head)
      return !names_another_subject(text.substr(k, tail_start - k));
  }
  return false;
}

// The word that ends at end (exclusive), at most kMaxToken bytes.
std::string_view word_before(std::string_view text, std::size_t end) {
  std::size_t begin = end;
  while (begin > 0 && !detail::is_space(text[begin - 1]) && end - begin < kMaxToken) --begin;
  return text.substr(begin, end - begin);
}

// Whether text has the head at a word start, then one to kMaxGapWords words each after one
// space, ending at tail_start (where the tail's own leading space is); with own_subject, none of
// them and not the word before the head names another subject.
bool word_gap_matches(std::string_view text, std::size_t tail_start, std::string_view head,
                      bool own_subject) {
  std::size_t end = tail_start;  // one past the text before the tail or the next gap word
  for (int words = 0;; ++words) {
    // The head, or its plural ("recipients were not found", "mailboxes are full": a notice
    // about several recipients states each one's state).
    for (const std::string_view plural :
         {std::string_view(), std::string_view("s"), std::string_view("es")}) {
      if (words == 0 || end < head.size() + plural.size() ||
          text.substr(end - plural.size(), plural.size()) != plural ||
          text.substr(end - plural.size() - head.size(), head.size()) != head)
        continue;
      const std::size_t start = end - plural.size() - head.size();
      // The head starts a word, and the word before it does not make it another's ("sender
      // domain ... does not exist" is the sender's).
      if (start == 0) return true;
      if (!is_word_byte(text[start - 1]))
        return !own_subject || !detail::is_space(text[start - 1]) ||
               !names_another_subject(word_before(text, start - 1));
    }
    if (words == kMaxGapWords || end == 0 || ends_clause(text[end - 1])) return false;
    const std::string_view word = word_before(text, end);  // the gap word before end
    const std::size_t begin = end - word.size();
    if (word.empty() || begin == 0 || !detail::is_space(text[begin - 1])) return false;
    if (word == "not" || (own_subject && names_another_subject(word))) return false;
    end = begin - 1;
  }
}

// The states of the recipient's own mailbox, account or domain: the word-order sets whose
// subject another subject's name takes over ("sender account ... disabled"). A relay refusal,
// a size, a check or a listing names the domain, the server or the sender as a matter of course
// ("relaying to that domain is not permitted", "the IP of your server is listed").
bool is_recipient_state(reason_kind r) {
  return r == reason_kind::suspend || r == reason_kind::userunknown ||
         r == reason_kind::hostunknown || r == reason_kind::mailboxfull;
}

struct combined {
  pattern_bases bases;
  std::vector<gap> gaps;  ///< the automaton reports gap i as id bases.end + i
  substring_matcher matcher;

  combined() : matcher(patterns(bases, gaps)) {}

  static std::vector<substring_matcher::pattern> patterns(pattern_bases& b,
                                                          std::vector<gap>& gaps) {
    std::vector<substring_matcher::pattern> out;
    b.phrases = 0;
    b.providers = b.phrases + phrase_patterns(out, b.phrases);
    b.temporary = b.providers + provider_patterns(out, b.providers);
    for (const temporary_wording& row : temporary_words)
      for (std::string_view w : row.phrases) out.push_back({w, b.temporary});
    b.end = b.temporary + 1;
    for (substring_matcher::pattern& p : out) {
      const std::size_t words = p.text.find(" ** ");
      const std::size_t star = p.text.find('*');
      if (star == std::string_view::npos) continue;
      // "head ** tail": the tail keeps its leading space; "head*tail": the token is between.
      const std::size_t tail_at = words != std::string_view::npos ? words + 3 : star + 1;
      const std::string_view tail = p.text.substr(tail_at);
      const std::string_view head =
          p.text.substr(0, words != std::string_view::npos ? words : star);
      const bool own_subject = words != std::string_view::npos && p.id >= b.phrases &&
                               p.id < b.providers &&
                               is_recipient_state(phrase_sets[p.id - b.phrases].reason);
      gaps.push_back({head, tail.size(), p.id, words != std::string_view::npos, own_subject});
      p = {tail, b.end + static_cast<std::uint32_t>(gaps.size() - 1)};
    }
    return out;
  }
};

// Built once per process, at first use (its build is most of the classifier's one-time cost).
const combined& automaton() {
  static const combined c;
  return c;
}

}  // namespace

const pattern_bases& bases() { return automaton().bases; }

void text_hits::scan(std::string_view text) {
  const combined& c = automaton();
  bits_.assign((c.bases.end + 63) / 64, 0);
  std::uint64_t* const bits = bits_.data();
  c.matcher.match(
      text,
      [bits, &c, text](std::uint32_t id, std::size_t end) {
        if (id >= c.bases.end) {
          const gap& g = c.gaps[id - c.bases.end];
          const std::size_t tail_start = end - g.tail_size;
          if (!(g.words ? word_gap_matches(text, tail_start, g.head, g.own_subject)
                        : token_gap_matches(text, tail_start, g.head)))
            return;
          id = g.id;
        }
        bits[id / 64] |= std::uint64_t{1} << (id % 64);
      },
      /*space_at_end=*/true);
  scanned_ = true;
}

std::uint32_t text_hits::first(std::uint32_t begin, std::uint32_t end) const noexcept {
  for (std::uint32_t i = begin; i < end; i = (i / 64 + 1) * 64) {
    const std::uint64_t w = bits_[i / 64] >> (i % 64);
    if (w != 0) {
      const std::uint32_t f = i + static_cast<std::uint32_t>(std::countr_zero(w));
      return f < end ? f : end;
    }
  }
  return end;
}

const text_hits& hits_of(const evidence& ev) {
  if (ev.hits) {
    if (!ev.hits->scanned()) ev.hits->scan(ev.text);
    return *ev.hits;
  }
  thread_local text_hits own;
  own.scan(ev.text);
  return own;
}

}  // namespace bounce::rules
