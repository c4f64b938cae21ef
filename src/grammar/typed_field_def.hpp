#pragma once
#include "grammar/typed_field.hpp"

namespace bounce::grammar {
namespace parser {

namespace enc = x3::iso8859_1;

typed_field_type const typed_field = "typed field";
field_text_type const field_text = "field text";

namespace typed_detail {
using type_rule = x3::rule<class type_class, std::string>;
type_rule const type_name = "type";
// RFC 5322 atext plus "." ("utf-8", "x-unix", "X-Postfix", "rfc822", "x-local-hostname").
auto const type_name_def = +enc::char_("-a-zA-Z0-9!#$%&'*+/=?^_`{|}~.");
auto const fold = -x3::lit('\r') >> '\n' >> &enc::blank;
auto const text = *(~enc::char_("\r\n") | fold);
BOOST_SPIRIT_DEFINE(type_name)
}  // namespace typed_detail

auto const typed_field_def = x3::omit[*enc::blank] >> typed_detail::type_name  //
                             >> x3::omit[*enc::blank] >> ';' >> x3::omit[*enc::space]  //
                             >> x3::raw[typed_detail::text] >> x3::omit[*enc::space] >> x3::eoi;

auto const field_text_def = x3::omit[*enc::space] >> x3::raw[typed_detail::text]  //
                            >> x3::omit[*enc::space] >> x3::eoi;

BOOST_SPIRIT_DEFINE(typed_field, field_text)

}  // namespace parser

parser::typed_field_type const& typed_field() { return parser::typed_field; }
parser::field_text_type const& field_text() { return parser::field_text; }

}  // namespace bounce::grammar
