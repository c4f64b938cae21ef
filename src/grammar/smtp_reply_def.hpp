// SPDX-License-Identifier: BSD-2-Clause
#pragma once
#include "grammar/smtp_reply.hpp"
#include "grammar/status.hpp"

namespace bounce::grammar {
namespace parser {

namespace enc = x3::iso8859_1;

namespace reply_detail {
auto const eol = -x3::lit('\r') >> '\n';
auto const line_end = &(x3::lit('\r') | '\n') | x3::eoi;

using code_rule = x3::rule<class reply_code_class, int>;
using separator_rule = x3::rule<class reply_separator_class, unsigned char>;
using enhanced_rule = x3::rule<class reply_enhanced_class, bounce::status_code>;
code_rule const code = "reply code";
separator_rule const separator = "reply separator";
enhanced_rule const enhanced = "enhanced code";

auto const code_def = &enc::char_("2-5") >> x3::uint_parser<int, 10, 3, 3>{} >> !enc::digit;
auto const separator_def =
    enc::char_(" -") | (line_end >> x3::attr(static_cast<unsigned char>(' ')));
auto const enhanced_def = grammar::status_code() >> &(enc::blank | line_end);
auto const text = *(~enc::char_("\r\n"));

BOOST_SPIRIT_DEFINE(code, separator, enhanced)
}  // namespace reply_detail

reply_line_type const reply_line = "reply line";
smtp_reply_type const smtp_reply = "smtp reply";

auto const reply_line_def = reply_detail::code >> reply_detail::separator  //
                            >> x3::omit[*enc::blank]                       //
                            >> -(reply_detail::enhanced >> x3::omit[*enc::blank]) >>
                            reply_detail::text;

auto const smtp_reply_def = x3::omit[*enc::space] >> (reply_line % reply_detail::eol)  //
                            >> x3::omit[*enc::space] >> x3::eoi;

BOOST_SPIRIT_DEFINE(reply_line, smtp_reply)

}  // namespace parser

parser::reply_line_type const& reply_line() { return parser::reply_line; }
parser::smtp_reply_type const& smtp_reply() { return parser::smtp_reply; }

}  // namespace bounce::grammar
