// Stage 3: provider tables. A provider is recognised by its remote MTA host (or the recipient
// domain); its own wording or codes then decide. Rules are data: {provider, hosts, phrase, reason}.
#include <initializer_list>
#include <string_view>

#include "classify/rules.hpp"

namespace bounce::rules {
namespace {

struct provider_phrase {
  std::string_view phrase;  // lower-case
  reason_kind reason;
  std::string_view id;
};

struct provider {
  std::string_view name;
  std::initializer_list<std::string_view> host_suffixes;  // matched against remote MTA and domain
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
     {{"resolver.adr.recipientnotfound", R::userunknown, "recipient-not-found"},
      {"resolver.adr.recipientlimit", R::exceedlimit, "recipient-limit"},
      {"resolver.rst.notauthorized", R::filtered, "not-authorized"},
      {"resolver.adr.exrecipnotfound", R::userunknown, "ex-recipient-not-found"}}},
};
#endif

bool ends_with_host(std::string_view host, std::string_view suffix) {
  if (host.size() < suffix.size()) return false;
  if (host.substr(host.size() - suffix.size()) != suffix) return false;
  return host.size() == suffix.size() || host[host.size() - suffix.size() - 1] == '.';
}

}  // namespace

std::optional<decision> provider_rule(const evidence& ev) {
  if (ev.text.empty()) return std::nullopt;
  for (const provider& p : providers) {
    bool matched = false;
    for (auto suffix : p.host_suffixes)
      if (ends_with_host(ev.remote_mta, suffix) || ends_with_host(ev.recipient_domain, suffix)) {
        matched = true;
        break;
      }
    if (!matched) continue;
    for (const auto& ph : p.phrases)
      if (ev.text.find(ph.phrase) != std::string_view::npos)
        return decision{ph.reason, "provider/" + std::string(p.name) + "/" + std::string(ph.id)};
  }
  return std::nullopt;
}

}  // namespace bounce::rules
