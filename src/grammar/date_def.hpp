// SPDX-License-Identifier: BSD-2-Clause
#pragma once
#include <string>

#include <boost/fusion/include/at_c.hpp>

#include "grammar/date.hpp"

namespace bounce::grammar {
namespace parser {

namespace enc = x3::iso8859_1;

namespace date_detail {

using ustring = std::basic_string<unsigned char>;
inline ustring key(const char* s) { return ustring(s, s + std::char_traits<char>::length(s)); }

struct day_names : enc::symbols<int> {
  day_names() {
    const char* names[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    for (int i = 0; i < 7; ++i) add(key(names[i]), i);
  }
};
struct month_names : enc::symbols<int> {
  month_names() {
    const char* names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                           "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < 12; ++i) add(key(names[i]), i + 1);
  }
};
// RFC 5322 §4.3 obsolete zones, in minutes east of UTC.
struct zone_names : enc::symbols<int> {
  zone_names() {
    add(key("ut"), 0)(key("utc"), 0)(key("gmt"), 0)(key("z"), 0)  //
        (key("est"), -5 * 60)(key("edt"), -4 * 60)                //
        (key("cst"), -6 * 60)(key("cdt"), -5 * 60)                //
        (key("mst"), -7 * 60)(key("mdt"), -6 * 60)                //
        (key("pst"), -8 * 60)(key("pdt"), -7 * 60);
  }
};
day_names const days;
month_names const months;
zone_names const zones;

auto const one_or_two = x3::uint_parser<int, 10, 1, 2>{};
auto const two = x3::uint_parser<int, 10, 2, 2>{};
auto const year = x3::uint_parser<int, 10, 2, 4>{};

auto const wsp = x3::omit[*enc::space];
auto const day_name = x3::omit[x3::no_case[days] >> *enc::alpha >> *(enc::space | ',')];
auto const comment = x3::omit['(' >> *(~enc::char_(')')) >> ')'];

auto const to_minutes = [](auto& ctx) {
  auto const& a = x3::_attr(ctx);
  int const hh = boost::fusion::at_c<1>(a), mm = boost::fusion::at_c<2>(a);
  x3::_pass(ctx) = mm < 60;
  x3::_val(ctx) = (boost::fusion::at_c<0>(a) == '-' ? -1 : 1) * (hh * 60 + mm);
};
using zone_rule = x3::rule<class zone_class, int>;
using numeric_zone_rule = x3::rule<class numeric_zone_class, int>;
zone_rule const zone = "zone";
numeric_zone_rule const numeric_zone = "numeric zone";
auto const numeric_zone_def = (enc::char_("+-") >> two >> -x3::lit(':') >> two)[to_minutes];
auto const zone_def = numeric_zone                              //
                      | (x3::no_case[zones] >> !enc::alpha)     //
                      | (x3::omit[+enc::alpha] >> x3::attr(0))  //
                      | x3::attr(0);
BOOST_SPIRIT_DEFINE(zone, numeric_zone)

}  // namespace date_detail

date_time_type const date_time = "date-time";

auto const date_time_def = date_detail::wsp >> -date_detail::day_name                          //
                           >> date_detail::one_or_two >> date_detail::wsp                      //
                           >> x3::no_case[date_detail::months] >> x3::omit[*enc::alpha]        //
                           >> date_detail::wsp >> date_detail::year >> !enc::digit             //
                           >> x3::omit[+enc::space]                                            //
                           >> date_detail::one_or_two >> ':' >> date_detail::two               //
                           >> ((':' >> date_detail::two) | x3::attr(0)) >> !enc::digit         //
                           >> date_detail::wsp >> date_detail::zone                            //
                           >> date_detail::wsp >> *(date_detail::comment >> date_detail::wsp)  //
                           >> x3::eoi;

BOOST_SPIRIT_DEFINE(date_time)

}  // namespace parser

parser::date_time_type const& date_time() { return parser::date_time; }

}  // namespace bounce::grammar
