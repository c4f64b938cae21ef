// SPDX-License-Identifier: BSD-2-Clause
#pragma once
#include <string>

#include "grammar/action.hpp"

namespace bounce::grammar {
namespace parser {

namespace enc = x3::iso8859_1;

namespace action_detail {
// Keys are unsigned-char strings because the iso8859_1 symbol table is keyed on unsigned char.
struct action_symbols : enc::symbols<bounce::action_kind> {
  action_symbols() {
    using ustring = std::basic_string<unsigned char>;
    auto key = [](const char* s) { return ustring(s, s + std::char_traits<char>::length(s)); };
    add(key("failed"), action_kind::failed)         //
        (key("delayed"), action_kind::delayed)      //
        (key("delivered"), action_kind::delivered)  //
        (key("relayed"), action_kind::relayed)      //
        (key("expanded"), action_kind::expanded);
  }
};
action_symbols const actions;
}  // namespace action_detail

action_field_type const action_field = "action field";

auto const action_field_def = x3::omit[*enc::space] >> x3::no_case[action_detail::actions]  //
                              >> !(enc::alnum | '-' | '_') >> x3::omit[*enc::char_];

BOOST_SPIRIT_DEFINE(action_field)

}  // namespace parser

parser::action_field_type const& action_field() { return parser::action_field; }

}  // namespace bounce::grammar
