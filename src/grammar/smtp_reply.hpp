// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// SMTP reply grammar: declared here, defined in smtp_reply_def.hpp, instantiated in
// smtp_reply.cpp. Uses the status_code rule of status.hpp.
#include <vector>

#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace bounce::grammar {

namespace parser {
using reply_line_type = x3::rule<class reply_line_class, ast::reply_line>;
using smtp_reply_type = x3::rule<class smtp_reply_class, std::vector<ast::reply_line>>;
BOOST_SPIRIT_DECLARE(reply_line_type, smtp_reply_type)
}  // namespace parser

/** One reply line: code, separator, optional enhanced code, text up to the line end. The
    enhanced code counts only when a blank or the line end follows it ("5.7.1234" is text).
    @par BNF            reply-line = code (SP / "-" / &eol) *WSP [status-code 1*WSP] *(%x00-09 /
   %x0B-0C / %x0E-FF) code = %x32-35 2DIGIT   ; 2xx..5xx, no digit after
    @par Specification  RFC 5321 §4.2, RFC 2034 §4
    @par Example        "550-5.1.1 The email account" -> {550, '-', 5.1.1, "The email account"} */
parser::reply_line_type const& reply_line();

/** A whole reply: one or more lines separated by LF or CRLF, surrounding white space allowed.
    Codes and separators are not cross-checked here (fields.cpp does).
    @par BNF            smtp-reply = *(WSP / CRLF) reply-line *(CRLF reply-line) *(WSP / CRLF)
    @par Specification  RFC 5321 §4.2.1
    @par Example        "550-5.1.1 a\n550 5.1.1 b" -> two lines */
parser::smtp_reply_type const& smtp_reply();

}  // namespace bounce::grammar
