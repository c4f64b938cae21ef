#include "classify/rules.hpp"

#include <doctest/doctest.h>

#include <string>

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
  auto d = run("550 5.1.0 <a@b.example> sender rejected. AUP#CXBL", "cxr.mx.a.cloudfilter.net", "cox.net");
  REQUIRE(d);
  CHECK(d->reason == reason_kind::blocked);
  CHECK(d->rule == "provider/cox/cxbl");

  d = run("550 5.5.0 Le compte du destinataire est bloque. LPN007_426", "smtpz4.laposte.net", "");
  REQUIRE(d);
  CHECK(d->reason == reason_kind::suspend);

  d = run("550 Adresse IP source bloquee. OFR006_102 [102]", "smtp-in.orange.fr", "");
  REQUIRE(d);
  CHECK(d->reason == reason_kind::blocked);

  d = run("550-5.2.1 The email account that you tried to reach is disabled.", "aspmx.l.google.com", "");
  REQUIRE(d);
  CHECK(d->reason == reason_kind::suspend);

  d = run("550 5.1.0 sender rejected. AUP#In-1310", "", "charter.net");
  REQUIRE(d);
  CHECK(d->reason == reason_kind::toomanyconn);
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
  CHECK(d->reason == reason_kind::speeding);
}
