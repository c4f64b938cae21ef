// SPDX-License-Identifier: BSD-2-Clause
// Issue 12: Sisimai 5.8's 34 reasons, the pre-5.6 names as input aliases, the checks the issue
// names, and every rule table row naming its source.
#include "bounce/classify.hpp"
#include "bounce/record.hpp"
#include "bounce/status_registry.hpp"
#include "classify/phrase_table.hpp"
#include "classify/provider_table.hpp"
#include "classify/rules.hpp"

#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>
#include <string_view>

using namespace bounce;

TEST_CASE("taxonomy: Sisimai 5.8's 34 reasons, each written under its own name") {
  CHECK(reason_count == 34);
  std::set<std::string_view> names;
  for (int i = 0; i < reason_count; ++i) {
    const auto r = static_cast<reason_kind>(i);
    CAPTURE(i);
    names.insert(to_string(r));
    REQUIRE(reason_from_string(to_string(r)));
    CHECK(*reason_from_string(to_string(r)) == r);
  }
  CHECK(names.size() == 34);
  for (std::string_view gone : {"mesgtoobig", "exceedlimit", "speeding", "toomanyconn"})
    CHECK(names.count(gone) == 0);
  for (std::string_view added : {"ratelimited", "emailtoolarge", "failedstarttls", "suppressed"})
    CHECK(names.count(added) == 1);
}

TEST_CASE("taxonomy: the names merged by Sisimai 5.6 are accepted on input as aliases") {
  CHECK(reason_from_string("mesgtoobig") == reason_kind::emailtoolarge);
  CHECK(reason_from_string("exceedlimit") == reason_kind::emailtoolarge);
  CHECK(reason_from_string("speeding") == reason_kind::ratelimited);
  CHECK(reason_from_string("toomanyconn") == reason_kind::ratelimited);
  // The C++ enumerators of the old names are the new values, written under the new names.
  CHECK(to_string(reason_kind::mesgtoobig) == "emailtoolarge");
  CHECK(to_string(reason_kind::toomanyconn) == "ratelimited");
  CHECK_FALSE(reason_from_string("MesgTooBig"));
  CHECK_FALSE(reason_from_string("ratelimit"));
}

TEST_CASE("taxonomy: the checks of issue 12") {
  // Gmail's and Yahoo's throttling replies (../shared/reference/provider-replies.tsv).
  auto c = classify("421 4.7.0 Try again later, closing connection (throttled)");
  CHECK(c.reason == reason_kind::ratelimited);
  CHECK_FALSE(c.hard_bounce);
  // Postfix's and Sendmail's size refusal (mta-messages.tsv); X.3.4 (RFC 3463).
  c = classify("552 5.3.4 Message size exceeds fixed maximum message size");
  CHECK(c.reason == reason_kind::emailtoolarge);
  // RFC 3207, section 4: the reply of a server that requires STARTTLS first.
  c = classify("530 5.7.0 Must issue a STARTTLS command first");
  CHECK(c.reason == reason_kind::failedstarttls);
  CHECK(c.rule == "text/en/starttls");
}

TEST_CASE("taxonomy: the inferred status follows the kind of limit") {
  // A connection limit is X.4.5, a sending-rate policy X.7.0 (docs/reasons.md).
  auto c = classify("too many connections from your ip");
  CHECK(c.reason == reason_kind::ratelimited);
  REQUIRE(c.status);
  CHECK(c.status->to_string() == "5.4.5");
  c = classify("you are sending too fast, try again slower");
  CHECK(c.reason == reason_kind::ratelimited);
  REQUIRE(c.status);
  CHECK(c.status->to_string() == "5.7.0");
  // The system's maximum is X.3.4, a per-mailbox limit X.2.3.
  c = classify("message too big");
  CHECK(c.reason == reason_kind::emailtoolarge);
  REQUIRE(c.status);
  CHECK(c.status->to_string() == "5.3.4");
  c = classify("too many recipients for this mailbox");
  CHECK(c.reason == reason_kind::emailtoolarge);
  REQUIRE(c.status);
  CHECK(c.status->to_string() == "5.2.3");
}

TEST_CASE("rule tables: every row's own inferred status is registered, in both classes") {
  const auto registered = [](rules::inferred_status s) {
    return status_registry::is_registered(status_code{5, s.subject, s.detail}) &&
           status_registry::is_registered(status_code{4, s.subject, s.detail});
  };
  std::size_t rows = 0;
  for (const auto& set : rules::phrase_sets)
    if (set.inferred.set()) {
      CAPTURE(set.rule);
      CHECK(registered(set.inferred));
      ++rows;
    }
  for (const auto& p : rules::providers) {
    for (const auto& c : p.codes)
      if (c.inferred.set()) {
        CAPTURE(c.id);
        CHECK(registered(c.inferred));
        ++rows;
      }
    for (const auto& ph : p.phrases)
      if (ph.inferred.set()) {
        CAPTURE(ph.id);
        CHECK(registered(ph.inferred));
        ++rows;
      }
  }
  CHECK(rows > 0);
}

TEST_CASE("rule tables: a rule name means one reason") {
  std::map<std::string, reason_kind> seen;
  const auto check = [&](const std::string& rule, reason_kind r) {
    CAPTURE(rule);
    const auto [it, added] = seen.emplace(rule, r);
    if (!added) CHECK(to_string(it->second) == to_string(r));
  };
  for (const auto& set : rules::phrase_sets) check(std::string(set.rule), set.reason);
  for (const auto& p : rules::providers) {
    const std::string prefix = "provider/" + std::string(p.name) + "/";
    for (const auto& c : p.codes) check(prefix + std::string(c.id), c.reason);
    for (const auto& ph : p.phrases) check(prefix + std::string(ph.id), ph.reason);
  }
  for (const auto& st : rules::provider_statuses)
    check("provider/" + std::string(st.provider) + "/" + std::string(st.id), st.reason);
}

TEST_CASE("taxonomy: a provider's sending-rate code infers X.7.0, its recipient limit X.2.3") {
  auto c = classify("550 AUP#CXMXRT", classify_context{"mx.cox.net", {}});
  CHECK(c.reason == reason_kind::ratelimited);
  CHECK(c.rule == "provider/cox/cxmxrt");
  REQUIRE(c.status);
  CHECK(c.status->to_string() == "5.7.0");
  c = classify("550 RESOLVER.ADR.RecipientLimit; too many recipients",
               classify_context{"example-com.mail.protection.outlook.com", {}});
  CHECK(c.reason == reason_kind::emailtoolarge);
  REQUIRE(c.status);
  CHECK(c.status->to_string() == "5.2.3");
}

TEST_CASE("taxonomy: an attachment refusal is a content error (Sisimai 5.6)") {
  auto c = classify(
      "552 5.7.0 Our system detected an illegal attachment on your message "
      "(in reply to end of DATA command)");
  CHECK(c.reason == reason_kind::contenterror);
  CHECK(c.rule == "text/en/attachment");
}

TEST_CASE("rule tables: every row names its source") {
  for (const auto& set : rules::phrase_sets) {
    CAPTURE(set.rule);
    CHECK_FALSE(set.source.empty());
    CHECK(set.phrases.size() > 0);
    // A '*' (one token) or a " ** " (a few words) has wording on both sides, once per phrase
    // (phrase_table.hpp).
    for (std::string_view ph : set.phrases) {
      CAPTURE(ph);
      const std::size_t star = ph.find('*');
      if (star == std::string_view::npos) continue;
      const bool words = ph.substr(star).starts_with("**");
      const std::size_t after = star + (words ? 2 : 1);
      CHECK(star > 0);
      CHECK(after < ph.size());
      if (words) {
        CHECK(ph[star - 1] == ' ');
        CHECK(ph[after] == ' ');
        CHECK(after + 1 < ph.size());
      }
      CHECK(ph.find('*', after) == std::string_view::npos);
    }
  }
  CHECK(rules::code_rules_without_source() == 0);
  for (const auto& p : rules::providers) {
    CAPTURE(p.name);
    CHECK_FALSE(p.source.empty());
  }
  for (const auto& st : rules::provider_statuses) {
    CAPTURE(st.id);
    CHECK_FALSE(st.source.empty());
    bool known = false;  // keyed by a provider of the table
    for (const auto& p : rules::providers) known = known || p.name == st.provider;
    CHECK(known);
  }
}

TEST_CASE("phrase table: no phrase is dead under a shorter phrase tried before it") {
  // The first set with a phrase in the text wins, so a phrase that contains a phrase of an
  // earlier set of the same stage, with another reason, can never decide: "sender domain does
  // not exist" under host-unknown's "domain does not exist" made a sender's problem a hard bounce.
  // The specific phrase belongs in a set above the general one.
  using rules::phrase_strength;
  const auto stage = [](phrase_strength l) {
    return l == phrase_strength::weak ? 1 : l == phrase_strength::refused_recipient ? 2 : 0;
  };
  // Set i is tried before set j: earlier in the same stage, or in an earlier stage (the strong
  // sets, stage 5, come before the weak ones, stage 8).
  const auto before = [&](std::size_t i, std::size_t j) {
    const int si = stage(rules::phrase_sets[i].level), sj = stage(rules::phrase_sets[j].level);
    return si == sj ? i < j : (si == 0 && sj == 1);
  };
  // Dead only where the earlier set may act: a content set needs the DATA step (docs/reasons.md).
  const std::set<std::string_view> allowed = {
      // Stalwart's loop at DATA reads as the content set's "too many received" (Sisimai's
      // ContentError); the Stalwart set decides it when the step is known and not DATA.
      "too many received headers. possible loop detected",
  };
  int dead = 0;
  const auto& sets = rules::phrase_sets;
  for (std::size_t j = 0; j < std::size(sets); ++j)
    for (std::string_view p : sets[j].phrases) {
      if (p.find('*') != std::string_view::npos || allowed.count(p)) continue;
      for (std::size_t i = 0; i < std::size(sets); ++i) {
        if (!before(i, j) || sets[i].reason == sets[j].reason) continue;
        for (std::string_view q : sets[i].phrases)
          if (q.find('*') == std::string_view::npos && p.find(q) != std::string_view::npos) {
            CAPTURE(sets[j].rule);
            CAPTURE(p);
            CAPTURE(sets[i].rule);
            CAPTURE(q);
            CHECK_MESSAGE(false, "a dead phrase");
            ++dead;
          }
      }
    }
  CHECK(dead == 0);
}

TEST_CASE("phrase table: each phrase is listed once") {
  // One place for each piece of knowledge: a second copy of a phrase never decides (the first
  // set with it wins) and drifts from the first when one of them is edited.
  std::map<std::string_view, std::string_view> first;
  int copies = 0;
  for (const auto& set : rules::phrase_sets)
    for (std::string_view p : set.phrases) {
      // Not a structured binding: clang 14 cannot capture one in CAPTURE's lambda.
      const auto inserted = first.emplace(p, set.rule);
      if (inserted.second) continue;
      const std::string_view earlier = inserted.first->second;
      CAPTURE(p);
      CAPTURE(earlier);
      CAPTURE(set.rule);
      CHECK_MESSAGE(false, "a phrase listed twice");
      ++copies;
    }
  CHECK(copies == 0);
}

TEST_CASE("MTA and provider wording: each phrase of their sets gives its set's reason on its own") {
  // The sets of the MTA and provider blocks (rule "text/en/<reason>-<mta or provider>"): nothing
  // above them in the table may claim their words, or the set would be dead weight.
  const std::string_view mtas[] = {
      "-postfix", "-exim",     "-sendmail",  "-qmail",       "-opensmtpd", "-stalwart",
      "-maddy",   "-exchange", "-courier",   "-hmailserver", "-dovecot",   "-cyrus",
      "-kumomta", "-chasquid", "-haraka",    "-postal",      "-google",    "-microsoft",
      "-outlook", "-yahoo",    "-ironport",  "-zoho",        "-yandex",    "-mimecast",
      "-netease", "-amavis",   "-mimedefang"};
  int sets = 0;
  for (const auto& set : rules::phrase_sets) {
    bool mta = false;
    for (std::string_view m : mtas)
      if (set.rule.size() > m.size() && set.rule.substr(set.rule.size() - m.size()) == m)
        mta = true;
    if (!mta) continue;
    ++sets;
    const bool content = set.reason == reason_kind::contenterror ||
                         set.reason == reason_kind::spamdetected ||
                         set.reason == reason_kind::virusdetected;
    for (std::string_view p : set.phrases) {
      std::string text(p);
      if (content) text += " (in reply to end of DATA command)";
      CAPTURE(text);
      const auto c = classify(text);
      CHECK(c.reason == set.reason);
      CHECK(c.rule == set.rule);
    }
  }
  CHECK(sets > 100);
}

TEST_CASE("taxonomy: what a receiving server deferred on, read by its own words") {
  // Postfix access(5): a client access DEFER without text. The client was refused.
  CHECK(classify("450 4.7.1 <client.example.com[192.0.2.5]>: Client host rejected: Access denied")
            .reason == reason_kind::blocked);
  // Exim verify.c: the receiver's callout to its own downstream did not complete; "retry timeout
  // exceeded" after it is the callout cache's state, not another cause.
  CHECK(classify("451 Could not complete recipient verify callout").reason ==
        reason_kind::systemerror);
  CHECK(
      classify("451 Could not complete recipient verify callout: retry timeout exceeded").reason ==
      reason_kind::systemerror);
  // Postfix smtp_proto.c (TLS_README, level verify): the certificate could not be verified.
  const classification tls = classify("Server certificate not verified");
  CHECK(tls.reason == reason_kind::failedstarttls);
  CHECK(classify("4.7.5 Server certificate not verified").reason == reason_kind::failedstarttls);
  // Postfix smtpd_check.c: a verification probe without a result yet is no unknown user, and
  // not a hard bounce; its result, when it names one, still is.
  const classification pending = classify(
      "450 4.1.1 <jack@example.org>: Recipient address rejected: unverified address: Address "
      "verification in progress");
  CHECK(pending.reason == reason_kind::systemerror);
  CHECK_FALSE(pending.hard_bounce);
  const classification failed = classify(
      "450 4.1.1 <jack@example.org>: Recipient address rejected: unverified address: host "
      "backend.example.org[192.0.2.9] said: 550 5.1.1 <jack@example.org>: Recipient address "
      "rejected: User unknown in local recipient table");
  CHECK(failed.reason == reason_kind::userunknown);
}

TEST_CASE("taxonomy: a receiver's limit beats the code its sender's notice made up") {
  // Sendmail derives 5.2.2 from a bare 552 (deliver.c) and reports its give-up as 4.4.7; the
  // receiving Exim's words name the cause (smtp_in.c, receive.c).
  CHECK(classify("552 5.2.2 too many recipients").reason == reason_kind::ratelimited);
  CHECK(classify("452 4.5.3 Error: too many recipients").reason == reason_kind::ratelimited);
  CHECK(classify("452 4.4.7 Space shortage, please try later").reason == reason_kind::systemfull);
  CHECK(classify("552 5.2.2 Message header is ridiculously long (in reply to end of DATA command)")
            .reason == reason_kind::contenterror);
  // A mailbox's own recipient limit stays a size limit.
  CHECK(classify("552 5.2.2 too many recipients for this mailbox").reason ==
        reason_kind::emailtoolarge);
}
