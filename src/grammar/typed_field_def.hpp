// SPDX-License-Identifier: BSD-2-Clause
#pragma once
#include <cstring>

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
// One or more bytes other than CR and LF: what +~char_("\r\n") matches, taken as one run
// rather than a byte at a time through the character-set test (Diagnostic-Code values run to
// hundreds of bytes, and every DSN field goes through here).
struct line_run_parser : x3::parser<line_run_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <class Context, class RContext, class Attribute>
  bool parse(iterator_type& first, iterator_type const& last, Context const& context,
             RContext const&, Attribute&) const {
    x3::skip_over(first, last, context);
    auto const n = static_cast<std::size_t>(last - first);
    auto const* lf = static_cast<iterator_type>(std::memchr(first, '\n', n));
    iterator_type end = lf ? lf : last;
    // Input is LF-normalized: a CR is rare, and looked for only before the LF.
    if (auto const* cr = static_cast<iterator_type>(std::memchr(first, '\r', end - first)))
      end = cr;
    if (end == first) return false;
    first = end;
    return true;
  }
};
line_run_parser const line_run{};
auto const fold = -x3::lit('\r') >> '\n' >> &enc::blank;
auto const text = *(line_run | fold);
BOOST_SPIRIT_DEFINE(type_name)
}  // namespace typed_detail

auto const typed_field_def = x3::omit[*enc::blank] >> typed_detail::type_name          //
                             >> x3::omit[*enc::blank] >> ';' >> x3::omit[*enc::space]  //
                             >> x3::raw[typed_detail::text] >> x3::omit[*enc::space] >> x3::eoi;

auto const field_text_def = x3::omit[*enc::space] >> x3::raw[typed_detail::text]  //
                            >> x3::omit[*enc::space] >> x3::eoi;

BOOST_SPIRIT_DEFINE(typed_field, field_text)

}  // namespace parser

parser::typed_field_type const& typed_field() { return parser::typed_field; }
parser::field_text_type const& field_text() { return parser::field_text; }

}  // namespace bounce::grammar
