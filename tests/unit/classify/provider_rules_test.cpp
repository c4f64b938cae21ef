// SPDX-License-Identifier: BSD-2-Clause
#include "classify/provider_table.hpp"
#include "classify/rules.hpp"
#include "classify/text_hits.hpp"

#include <doctest/doctest.h>

#include <initializer_list>
#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <vector>

using namespace bounce;
using namespace bounce::rules;

namespace {
std::optional<decision> run(std::string_view text, std::string_view host, std::string_view domain) {
  static std::string t;
  t = normalize_text(text);
  evidence ev;
  ev.text = t;
  ev.remote_mta = host;
  ev.recipient_domain = domain;
  return provider_rule(ev);
}
}  // namespace

TEST_CASE("provider rules: chosen by host, decided by the provider's codes and wording") {
  auto d = run("550 5.1.0 <a@b.example> sender rejected. AUP#CXBL", "cxr.mx.a.cloudfilter.net",
               "cox.net");
  REQUIRE(d);
  CHECK(d->reason == reason_kind::blocked);
  CHECK(d->rule == "provider/cox/cxbl");

  d = run("550 5.5.0 Le compte du destinataire est bloque. LPN007_426", "smtpz4.laposte.net", "");
  REQUIRE(d);
  CHECK(d->reason == reason_kind::suspend);

  d = run("550 Adresse IP source bloquee. OFR006_102 [102]", "smtp-in.orange.fr", "");
  REQUIRE(d);
  CHECK(d->reason == reason_kind::blocked);

  d = run("550-5.2.1 The email account that you tried to reach is disabled.", "aspmx.l.google.com",
          "");
  REQUIRE(d);
  CHECK(d->reason == reason_kind::suspend);

  d = run("550 5.1.0 sender rejected. AUP#In-1310", "", "charter.net");
  REQUIRE(d);
  CHECK(d->reason == reason_kind::ratelimited);
}

TEST_CASE("provider rules: a host-less diagnostic naming the provider's own host") {
  auto d = run("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found", "", "example.com");
  REQUIRE(d);
  CHECK(d->reason == reason_kind::userunknown);
}

TEST_CASE("provider rules: codes need the provider's host and a word boundary") {
  CHECK_FALSE(run("550 AUP#CXBL", "mx.example.org", "example.org"));
  CHECK_FALSE(run("550 frequency limited", "mx.example.org", "example.org"));
  // "ib607" only as a token of its own
  auto d = run("550 sent to too many recipients this hour. IB607", "smtp.secureserver.net", "");
  REQUIRE(d);
  CHECK(d->reason == reason_kind::ratelimited);
}

// provider_rule reads the tables through a host hash and one automaton pass; the reference
// below reads them as they are written (one ends_with_host or find per entry), and the two
// must agree on every text and host, the rule string included.
namespace reference {
// The table itself (classify/provider_table.hpp); the reference below reads it without the
// index.
using bounce::rules::provider;
using bounce::rules::provider_code;
using bounce::rules::providers;

constexpr char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; }
constexpr bool alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}
bool ends_with_host(std::string_view host, std::string_view suffix) {
  if (host.size() < suffix.size()) return false;
  const std::string_view tail = host.substr(host.size() - suffix.size());
  for (std::size_t i = 0; i < suffix.size(); ++i)
    if (lower(tail[i]) != suffix[i]) return false;
  return host.size() == suffix.size() || host[host.size() - suffix.size() - 1] == '.';
}
bool matches(const provider& p, const evidence& ev) {
  for (auto h : p.hosts)
    if (ends_with_host(ev.remote_mta, h) || ends_with_host(ev.recipient_domain, h) ||
        ends_with_host(ev.reporting_mta, h))
      return true;
  for (auto m : p.markers)
    if (ev.text.find(m) != std::string_view::npos) return true;
  return false;
}
const provider_code* find_code(const provider& p, std::string_view text) {
  for (auto prefix : p.code_prefixes) {
    for (std::size_t at = text.find(prefix); at != std::string_view::npos;
         at = text.find(prefix, at + 1)) {
      if (at > 0 && alnum(text[at - 1])) continue;
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
std::optional<decision> provider_rule(const evidence& ev) {
  if (ev.text.empty()) return std::nullopt;
  for (const provider& p : providers) {
    if (!matches(p, ev)) continue;
    if (const provider_code* c = find_code(p, ev.text))
      return decision{c->reason, "provider/" + std::string(p.name) + "/" + std::string(c->id)};
    for (const auto& ph : p.phrases)
      if (ev.text.find(ph.phrase) != std::string_view::npos)
        return decision{ph.reason, "provider/" + std::string(p.name) + "/" + std::string(ph.id)};
  }
  return std::nullopt;
}
}  // namespace reference

TEST_CASE("provider rules: the indexed tables decide as the tables read entry by entry") {
  std::vector<std::string_view> hosts, words;
  for (const auto& p : reference::providers) {
    for (auto h : p.hosts) hosts.push_back(h);
    for (auto m : p.markers) words.push_back(m);
    for (auto c : p.code_prefixes) words.push_back(c);
    for (const auto& c : p.codes) words.push_back(c.code);
    for (const auto& ph : p.phrases) words.push_back(ph.phrase);
  }
  REQUIRE(hosts.size() > 20);
  const std::string_view fillers[] = {" ", "550 5.1.1 ", "x", ".", "-", "#", "_", "user unknown"};
  std::mt19937 rng(4242);
  // A host: nothing, a table suffix, or one with a label, a letter or a dot before it, or a cut
  // of it; sometimes upper-cased (the reporting MTA comes in any case).
  const auto host = [&]() {
    // The prefix as a view appended to an empty string: assigning the literals made GCC 12
    // warn (-Wrestrict, a false positive) once this test was inlined differently.
    std::string h;
    std::string_view prefix;
    switch (rng() % 6) {
      case 0:
        return h;
      case 1:
        prefix = "mx1.";
        break;
      case 2:
        prefix = "x";
        break;
      case 3:
        prefix = ".";
        break;
      default:
        break;
    }
    h.append(prefix);
    std::string_view s = hosts[rng() % hosts.size()];
    if (rng() % 5 == 0) s = s.substr(rng() % s.size());
    h.append(s);
    if (rng() % 4 == 0) h.push_back('.');
    if (rng() % 3 == 0)
      for (char& c : h) c = (c >= 'a' && c <= 'z') ? char(c - 32) : c;
    return h;
  };
  std::size_t decided = 0;
  text_hits shared;
  for (int t = 0; t < 3000; ++t) {
    std::string text;
    for (unsigned k = rng() % 6; k > 0; --k) {
      if (rng() % 2) text.append(fillers[rng() % std::size(fillers)]);
      std::string_view w = words[rng() % words.size()];
      if (rng() % 4 == 0 && !w.empty()) w = w.substr(0, rng() % w.size());
      text.append(w);
    }
    const std::string remote = host(), domain = host(), reporting = host();
    evidence ev;
    ev.text = text;
    ev.remote_mta = rng() % 2 ? std::string_view(remote) : std::string_view{};
    ev.recipient_domain = domain;
    ev.reporting_mta = reporting;
    const auto want = reference::provider_rule(ev);
    const auto got = provider_rule(ev);
    // With the scan shared with the other rules (text_hits): made by this call, then reused.
    shared.reset();
    ev.hits = &shared;
    const auto got_shared = provider_rule(ev);
    const auto got_reused = provider_rule(ev);
    CAPTURE(text);
    CAPTURE(remote);
    CAPTURE(domain);
    CAPTURE(reporting);
    REQUIRE(want.has_value() == got.has_value());
    REQUIRE(want.has_value() == got_shared.has_value());
    REQUIRE(want.has_value() == got_reused.has_value());
    if (!want) continue;
    ++decided;
    CHECK(want->rule == got->rule);
    CHECK(want->reason == got->reason);
    CHECK(want->rule == got_shared->rule);
    CHECK(want->rule == got_reused->rule);
  }
  CHECK(decided > 300);  // the texts and hosts did reach the tables
}

TEST_CASE("provider table: every provider names its source and has something to match") {
  for (const provider& p : providers) {
    CAPTURE(p.name);
    CHECK_FALSE(p.source.empty());
    CHECK(p.hosts.size() + p.markers.size() > 0);
    CHECK(p.codes.size() + p.phrases.size() > 0);
    // Codes need a prefix to be found after.
    CHECK((p.codes.size() == 0) == (p.code_prefixes.size() == 0));
  }
}
