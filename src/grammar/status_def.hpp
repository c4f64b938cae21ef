// SPDX-License-Identifier: BSD-2-Clause
#pragma once
#include "grammar/status.hpp"

namespace bounce::grammar {
namespace parser {

namespace enc = x3::iso8859_1;

status_code_type const status_code = "status code";
status_field_type const status_field = "status field";

namespace status_detail {
auto const class_digit = x3::uint_parser<int, 10, 1, 1>{};
auto const part = x3::uint_parser<int, 10, 1, 3>{};
}  // namespace status_detail

auto const status_code_def = &enc::char_("245") >> status_detail::class_digit >> !enc::digit  //
                             >> '.' >> status_detail::part >> !enc::digit                     //
                             >> '.' >> status_detail::part >> !enc::digit;

auto const status_field_def = x3::omit[*enc::space] >> status_code    //
                              >> !('.' >> enc::digit) >> !enc::alnum  //
                              >> x3::omit[*enc::char_];

BOOST_SPIRIT_DEFINE(status_code, status_field)

}  // namespace parser

parser::status_code_type const& status_code() { return parser::status_code; }
parser::status_field_type const& status_field() { return parser::status_field; }

}  // namespace bounce::grammar
