// SPDX-License-Identifier: BSD-2-Clause
// The constraints between extractors that the order of ordered_extractors() (registry.cpp)
// must keep: each row says why. Breaking the order makes one of these fail.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>

#include "extract/extractors.hpp"

using namespace bounce::extract;

namespace {

using accessor = const extractor& (*)();

std::size_t position(accessor a) {
  const auto list = ordered_extractors();
  const auto it = std::find(list.begin(), list.end(), &a());
  REQUIRE_MESSAGE(it != list.end(), a().name());
  return static_cast<std::size_t>(it - list.begin());
}

// Extractors that claim formats built on RFC 3464 or on a Unix MTA's notice with their own
// additions: they must see the message before the generic readers.
constexpr accessor providers[] = {
    office365_extractor, gmail_extractor,   googlegroups_extractor,   googleworkspace_extractor,
    yahoo_extractor,     zoho_extractor,    exchange2003_extractor,   domino_extractor,
    notes_extractor,     verizon_extractor, amazonworkmail_extractor, receivingses_extractor,
    amazonses_extractor};
constexpr accessor regional[] = {
    ezweb_extractor,   kddi_extractor,         biglobe_extractor,   mfilter_extractor,
    gmx_extractor,     einsundeins_extractor,  mailru_extractor,    yandex_extractor,
    mcafee_extractor,  interscanmss_extractor, barracuda_extractor, mimecast_extractor,
    mxlogic_extractor, surfcontrol_extractor,  bigfoot_extractor};
constexpr accessor unix_families[] = {activehunter_extractor,
                                      amavis_extractor,
                                      fml_extractor,
                                      mlmmj_extractor,
                                      mailman_extractor,
                                      sympa_extractor,
                                      imailserver_extractor,
                                      mailfoundry_extractor,
                                      mailmarshalsmtp_extractor,
                                      messagingserver_extractor,
                                      apachejames_extractor,
                                      dragonfly_extractor,
                                      nullmailer_extractor,
                                      chasquid_extractor,
                                      opensmtpd_extractor,
                                      courier_extractor,
                                      exim_extractor,
                                      postfix_extractor,
                                      sendmail_extractor,
                                      v5sendmail_extractor,
                                      haraka_extractor,
                                      qmail_extractor,
                                      x1_extractor,
                                      x2_extractor,
                                      x3_extractor,
                                      x4_extractor,
                                      x5_extractor,
                                      x6_extractor};

struct before_after {
  accessor before, after;
  const char* why;
};

}  // namespace

TEST_CASE("order: pairs of extractors whose formats overlap") {
  const before_after rows[] = {
      {receivingses_extractor, amazonses_extractor, "SES inbound reports carry SES headers too"},
      {activehunter_extractor, sendmail_extractor, "Active!Hunter writes Sendmail-like text"},
      {activehunter_extractor, postfix_extractor, "Active!Hunter writes Sendmail-like text"},
      {amavis_extractor, sendmail_extractor, "amavis reports quote any MTA"},
      {amavis_extractor, postfix_extractor, "amavis reports quote any MTA"},
      {sendmail_extractor, v5sendmail_extractor, "v5sendmail takes what sendmail leaves"},
      {haraka_extractor, qmail_extractor, "Haraka's bounce template copies qmail's wording"},
      {qmail_extractor, x2_extractor, "X2 notices are qmail-derived"},
      {qmail_extractor, x4_extractor, "X4 notices are qmail-derived"},
      {mailru_extractor, exim_extractor, "Mail.Ru is Exim underneath"},
      {yandex_extractor, exim_extractor, "Yandex is Exim underneath"},
      {gmx_extractor, exim_extractor, "GMX is Exim underneath"},
      {einsundeins_extractor, exim_extractor, "1&1 is Exim underneath"},
      {mxlogic_extractor, exim_extractor, "MXLogic is Exim underneath"},
      {yandex_extractor, postfix_extractor, "Yandex notices look like Postfix's"},
      {rfc3464_extractor, arf_extractor, "ARF reports have no delivery-status part"},
      {rfc3464_extractor, rfc3834_extractor, "auto-replies have no delivery-status part"},
      {rfc5429_extractor, rfc3834_extractor,
       "a Sieve reject's notice says Auto-Submitted: auto-replied (rejected)"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.why);
    CHECK(position(r.before) < position(r.after));
  }
}

TEST_CASE("order: every family before the generic rfc3464 reader") {
  const std::size_t generic = position(rfc3464_extractor);
  for (auto group : {std::span<const accessor>(providers), std::span<const accessor>(regional),
                     std::span<const accessor>(unix_families)})
    for (accessor a : group) {
      CAPTURE(a().name());
      CHECK(position(a) < generic);
    }
}

TEST_CASE("order: the regional extractors before the Unix families, localized last of them") {
  const std::size_t localized = position(localized_extractor);
  for (accessor a : regional) {
    CAPTURE(a().name());
    CHECK(position(a) < localized);
  }
  for (accessor a : unix_families) {
    CAPTURE(a().name());
    CHECK(localized < position(a));
  }
}

TEST_CASE("order: fallback last, every extractor once") {
  const auto list = ordered_extractors();
  REQUIRE(!list.empty());
  CHECK(list.back() == &fallback_extractor());
  std::set<std::string> names;
  for (const extractor* e : list)
    CHECK_MESSAGE(names.insert(std::string(e->name())).second, e->name());
  CHECK(list.size() == std::size(providers) + std::size(regional) + std::size(unix_families) + 6);
}
