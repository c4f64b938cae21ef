// SPDX-License-Identifier: BSD-2-Clause
// Every extractor in the registry, each with one sample of its format from corpus/ (written for
// the project, see corpus/README.md): the sample must be claimed by that extractor, won by it
// in the registry's order, and give a draft for its first recipient. A new extractor without a
// row here fails the last test case; its own behaviour is pinned in <name>_test.cpp and by the
// golden records of its samples.
#include <doctest/doctest.h>

#include <iterator>
#include <string_view>

#include "extract/extractors.hpp"
#include "extract_sample.hpp"

using namespace bounce;
using namespace bounce::extract;

namespace {

struct sample_row {
  const extractor& (*accessor)();
  std::string_view sample;     // under corpus/
  std::string_view recipient;  // the first draft's; empty: a wrapper's draft names nobody
};

const sample_row rows[] = {
    {&activehunter_extractor, "lhost/activehunter/no-mailbox.eml", "m.ogawa@example.jp"},
    {&amavis_extractor, "lhost/amavis/banned-attachment.eml", "s.ferri@example.net"},
    // Its SNS e-mail notifications are read as events (src/esp/ses.cpp); its own DSNs here.
    {&amazonses_extractor, "lhost/amazonses/suppression-list.eml", "h.tan@example.net"},
    {&amazonworkmail_extractor, "lhost/amazonworkmail/mailbox-full.eml", "g.nakamura@example.net"},
    {&apachejames_extractor, "lhost/apachejames/invalid-user.eml", "o.eze@example.org"},
    {&arf_extractor, "arf/abuse-report.eml", "w.chen@feedback.example.net"},
    {&barracuda_extractor, "lhost/barracuda/bulk-filter.eml", "leo@example.org"},
    {&bigfoot_extractor, "lhost/bigfoot/user-unknown.eml", "zoe@example.org"},
    {&biglobe_extractor, "lhost/biglobe/user-unknown.eml", "kenta.no.such@biglobe.ne.jp"},
    {&courier_extractor, "lhost/courier/data-rejected.eml", "s.ito@example.net"},
    {&haraka_extractor, "lhost/haraka/real-rcpt-and-data-rejections.eml", "mru@provider.example"},
    {&chasquid_extractor, "lhost/chasquid/real-rcpt-user-unknown.eml", "nosuch@example.com"},
    {&mlmmj_extractor, "rhost/mailing-lists/real-mlmmj-subonlypost-denied.eml",
     "members@lists.example.org"},
    {&mailman_extractor, "rhost/mailing-lists/real-mailman-nonmember-reject.eml",
     "nmreject@mm.example.org"},
    {&sympa_extractor, "rhost/sympa/real-sympa-moderator-reject.eml", "modlist@lists.example.org"},
    {&nullmailer_extractor, "lhost/nullmailer/real-dsn-no-such-user.eml", "ghost@qp.example.org"},
    {&rfc5429_extractor, "rhost/delivery-agents/real-dovecot-lda-sieve-reject.eml",
     "sieverej@lda.example.org"},
    {&domino_extractor, "lhost/domino/not-in-directory.eml", "j.svoboda@example.com"},
    {&dragonfly_extractor, "lhost/dragonfly/rcpt-rejected.eml", "r.mensah@example.org"},
    {&einsundeins_extractor, "lhost/einsundeins/quota.eml", "anna@example.net"},
    {&exchange2003_extractor, "lhost/exchange2003/recipient-not-recognized.eml",
     "facilities@corp.example.com"},
    {&exim_extractor, "lhost/exim/rcpt-user-unknown.eml", "p.moreno@example.net"},
    {&ezweb_extractor, "lhost/ezweb/over-quota.eml", "haruto.mobile@ezweb.ne.jp"},
    {&fallback_extractor, "lhost/fallback/bare-local-name.eml", "erin.k@example.com"},
    {&fml_extractor, "lhost/fml/not-member.eml", "team@lists.example.jp"},
    {&gmail_extractor, "lhost/gmail/failed-permanently.eml", "f.haddad@example.net"},
    {&gmx_extractor, "lhost/gmx/two-recipients.eml", "jonas@example.org"},
    {&googlegroups_extractor, "lhost/googlegroups/no-permission.eml",
     "cycling-club@googlegroups.com"},
    {&googleworkspace_extractor, "lhost/googleworkspace/address-not-found.eml",
     "t.walker@example.org"},
    {&imailserver_extractor, "lhost/imailserver/retry-limit.eml", "y.sato@example.org"},
    {&interscanmss_extractor, "lhost/interscanmss/transcript.eml", "yui@example.org"},
    {&kddi_extractor, "lhost/kddi/no-domain.eml", "sora@a1b2c3d4e5.dion.ne.jp"},
    {&localized_extractor, "lhost/localized/de-benutzer-unbekannt.eml",
     "j.hoffmann@posteingang.example"},
    {&mailfoundry_extractor, "lhost/mailfoundry/user-unknown.eml", "d.okafor@example.org"},
    {&mailmarshalsmtp_extractor, "lhost/mailmarshalsmtp/mailbox-full.eml",
     "w.harris@example.com.au"},
    {&mailru_extractor, "lhost/mailru/mailbox-full.eml", "olga@example.org"},
    {&messagingserver_extractor, "lhost/messagingserver/text-only-alias.eml",
     "t.okonkwo@mail.example.net"},
    {&mcafee_extractor, "lhost/mcafee/mailbox-full.eml", "riku@example.net"},
    {&mfilter_extractor, "lhost/mfilter/mailbox-full.eml", "yamada.taro@example.net"},
    {&mimecast_extractor, "lhost/mimecast/quota.eml", "grace@example.com"},
    {&mxlogic_extractor, "lhost/mxlogic/user-unknown.eml", "chloe@example.org"},
    {&notes_extractor, "lhost/notes/not-in-address-book.eml", "s.mori@example.com"},
    {&office365_extractor, "rfc3464/office365-base64.eml", "r.haddad@northwind.example"},
    {&opensmtpd_extractor, "lhost/opensmtpd/error-two-recipients.eml", "p.ruiz@example.net"},
    {&postfix_extractor, "lhost/postfix/text-only-two-recipients.eml", "inge.berg@example.net"},
    {&qmail_extractor, "lhost/qmail/local-and-remote.eml", "sales@example.com"},
    {&receivingses_extractor, "lhost/receivingses/content-rejected.eml",
     "support@helpdesk.example.org"},
    {&rfc3464_extractor, "rfc3464/final-recipient-no-type.eml", "dana@example.org"},
    {&rfc3834_extractor, "rfc3834/no-longer-in-use.eml", "former.staff@example.org"},
    {&sendmail_extractor, "lhost/sendmail/transcript-multiline-reply.eml", "m.okafor@example.net"},
    {&surfcontrol_extractor, "lhost/surfcontrol/no-mailbox.eml", "ava@example.net"},
    {&v5sendmail_extractor, "lhost/sendmail-v5/transcript-user-unknown.eml",
     "terry@lab.example.net"},
    {&verizon_extractor, "lhost/verizon/no-such-user.eml", "5550100@vtext.com"},
    {&x1_extractor, "lhost/x1/delivery-errors.eml", "q.lindgren@example.org"},
    {&x2_extractor, "lhost/x2/queue-too-long.eml", "h.ng@example.net"},
    {&x3_extractor, "lhost/x3/permanent-failure.eml", "p.virtanen@example.org"},
    {&x4_extractor, "lhost/x4/delivery-agent-rcpt.eml", "m.tanaka@example.org"},
    {&x5_extractor, "lhost/x5/wrapped-dsn.eml", ""},
    {&x6_extractor, "lhost/x6/rejected-recipient.eml", "u.mensah@example.org"},
    {&yahoo_extractor, "lhost/yahoo/no-account.eml", "v.costa@yahoo.example.com"},
    {&yandex_extractor, "lhost/yandex/user-unknown.eml", "nina@example.net"},
    {&zoho_extractor, "lhost/zoho/mailbox-full.eml", "m.osei@example.net"},
};

}  // namespace

TEST_CASE("every extractor: its sample is claimed and won by it, with its first recipient") {
  for (const sample_row& row : rows) {
    const extractor& e = row.accessor();
    CAPTURE(e.name());
    CAPTURE(row.sample);
    const mime::report r = sample::report_of(sample::read_corpus(row.sample));
    CHECK(sample::winning_engine(r) == sample::engine_name(e));
    const std::vector<draft> out = sample::drafts_of(e, r);
    REQUIRE_FALSE(out.empty());
    if (!row.recipient.empty()) CHECK(out[0].recipient == row.recipient);
  }
}

TEST_CASE("every extractor in the registry has exactly one row above") {
  const auto registered = ordered_extractors();
  CHECK(std::size(rows) == registered.size());
  for (const extractor* e : registered) {
    CAPTURE(e->name());
    int found = 0;
    for (const sample_row& row : rows) found += &row.accessor() == e;
    CHECK(found == 1);
  }
}
