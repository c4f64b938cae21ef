// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// The accessor of every extractor, one per file src/extract/NAME.cpp. The order in which they
// are tried is the one list in registry.cpp (ordered_extractors()).
#include "extract/extractor.hpp"

namespace bounce::extract {

const extractor& activehunter_extractor();
const extractor& amavis_extractor();
const extractor& amazonses_extractor();
/// The SES event an SNS e-mail notification carries in its body, as one JSON text (the body's
/// wrapped lines rejoined); "" when r is not such a notification. The pipeline reads it as a
/// provider event (src/esp/ses.cpp).
std::string ses_notification_json(const mime::report& r);
const extractor& amazonworkmail_extractor();
const extractor& apachejames_extractor();
const extractor& arf_extractor();
const extractor& barracuda_extractor();
const extractor& bigfoot_extractor();
const extractor& biglobe_extractor();
const extractor& courier_extractor();
const extractor& domino_extractor();
const extractor& dragonfly_extractor();
const extractor& haraka_extractor();
const extractor& nullmailer_extractor();
const extractor& chasquid_extractor();
const extractor& mlmmj_extractor();
const extractor& mailman_extractor();
const extractor& sympa_extractor();
const extractor& rfc5429_extractor();
const extractor& einsundeins_extractor();
const extractor& exchange2003_extractor();
const extractor& exim_extractor();
const extractor& ezweb_extractor();
const extractor& fallback_extractor();
const extractor& fml_extractor();
const extractor& gmail_extractor();
const extractor& gmx_extractor();
const extractor& googlegroups_extractor();
const extractor& googleworkspace_extractor();
const extractor& imailserver_extractor();
const extractor& interscanmss_extractor();
const extractor& kddi_extractor();
const extractor& localized_extractor();
const extractor& mailfoundry_extractor();
const extractor& mailmarshalsmtp_extractor();
const extractor& messagingserver_extractor();
const extractor& mailru_extractor();
const extractor& mcafee_extractor();
const extractor& mfilter_extractor();
const extractor& mimecast_extractor();
const extractor& mxlogic_extractor();
const extractor& notes_extractor();
const extractor& office365_extractor();
const extractor& opensmtpd_extractor();
const extractor& postfix_extractor();
const extractor& qmail_extractor();
const extractor& receivingses_extractor();
const extractor& rfc3464_extractor();
const extractor& rfc3834_extractor();
const extractor& sendmail_extractor();
const extractor& surfcontrol_extractor();
const extractor& v5sendmail_extractor();
const extractor& verizon_extractor();
const extractor& x1_extractor();
const extractor& x2_extractor();
const extractor& x3_extractor();
const extractor& x4_extractor();
const extractor& x5_extractor();
const extractor& x6_extractor();
const extractor& yahoo_extractor();
const extractor& yandex_extractor();
const extractor& zoho_extractor();

}  // namespace bounce::extract
