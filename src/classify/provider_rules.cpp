// Stage 3: provider tables. A provider is recognised by its host: the remote MTA, the reporting MTA or the
// recipient domain (host suffixes), or one of its own hosts / unmistakable tokens named in the
// diagnostic itself (markers: "….prod.protection.outlook.com", "gsmtp", "service.mail.qq.com").
// Its own codes ("AUP#CXBL", "OFR006_102", "IB607", "RCP-P1") and then its own wording decide.
// The tables are data (classify/providers.inc): {name, hosts, markers, code prefixes, codes,
// phrases}.
#include <initializer_list>
#include <string_view>

#include "classify/rules.hpp"

namespace bounce::rules {
namespace {

struct provider_phrase {
  std::string_view phrase;  // lower-case; matched as a substring of the normalised diagnostic
  reason_kind reason;
  std::string_view id;
};

/// A provider's error code: the token after one of the provider's code prefixes, read up to
/// the next character that is not a letter or digit, after the last '_', '-' or '#' inside
/// the token ("ofr006_102" -> "102", "aup#in-1310" -> "1310", "aup#cxbl" -> "cxbl").
struct provider_code {
  std::string_view code;  // lower-case
  reason_kind reason;
  std::string_view id;
};

struct provider {
  std::string_view name;
  std::initializer_list<std::string_view> hosts;    // suffixes of remote MTA / recipient domain
  std::initializer_list<std::string_view> markers;  // substrings of the diagnostic naming it
  std::initializer_list<std::string_view> code_prefixes;
  std::initializer_list<provider_code> codes;
  std::initializer_list<provider_phrase> phrases;
};

using R = reason_kind;
#if __has_include("classify/providers.inc")
const provider providers[] = {
#  include "classify/providers.inc"
};
#else
const provider providers[] = {
    {"microsoft",
     {"outlook.com", "hotmail.com", "live.com", "msn.com", "protection.outlook.com"},
     {},
     {},
     {},
     {{"resolver.adr.recipientnotfound", R::userunknown, "recipient-not-found"},
      {"resolver.adr.recipientlimit", R::exceedlimit, "recipient-limit"},
      {"resolver.rst.notauthorized", R::filtered, "not-authorized"},
      {"resolver.adr.exrecipnotfound", R::userunknown, "ex-recipient-not-found"}}},
};
#endif

constexpr char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; }

// host ends with the lower-case suffix on a label boundary (host in any case).
bool ends_with_host(std::string_view host, std::string_view suffix) {
  if (host.size() < suffix.size()) return false;
  const std::string_view tail = host.substr(host.size() - suffix.size());
  for (std::size_t i = 0; i < suffix.size(); ++i)
    if (lower(tail[i]) != suffix[i]) return false;
  return host.size() == suffix.size() || host[host.size() - suffix.size() - 1] == '.';
}

constexpr bool alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

bool matches(const provider& p, const evidence& ev) {
  // The remote MTA or the recipient's domain: the provider refused the message. The reporting
  // MTA: the provider wrote the report, in its own words.
  for (auto h : p.hosts)
    if (ends_with_host(ev.remote_mta, h) || ends_with_host(ev.recipient_domain, h) ||
        ends_with_host(ev.reporting_mta, h))
      return true;
  for (auto m : p.markers)
    if (ev.text.find(m) != std::string_view::npos) return true;
  return false;
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

}  // namespace

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

}  // namespace bounce::rules
