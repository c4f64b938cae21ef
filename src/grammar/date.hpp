// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// RFC 5322 date-time grammar: declared here, defined in date_def.hpp, instantiated in date.cpp.
#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace bounce::grammar {

namespace parser {
using date_time_type = x3::rule<class date_time_class, ast::date_time>;
BOOST_SPIRIT_DECLARE(date_time_type)
}  // namespace parser

/** An RFC 5322 date-time, tolerant of the obsolete syntax and of extra blanks. The zone is
    converted to minutes east of UTC (obsolete and unknown alphabetic zones: see below); the
    year is returned as written (2- and 3-digit years are widened by the caller); a missing
    zone gives 0. Field ranges are not checked here.
    @par BNF            date-time = [day-name *("," / WSP)] day month year 1*WSP
                                    hour ":" minute [":" second] *WSP [zone] *WSP *(comment *WSP)
                        day-name  = "Mon" / ... / "Sun" [*ALPHA]       ; full names tolerated
                        month     = "Jan" / ... / "Dec" [*ALPHA]
                        zone      = ("+" / "-") 2DIGIT [":"] 2DIGIT
                                  / "UT" / "GMT" / "UTC" / "Z" / "EST" / "EDT" / "CST" / "CDT"
                                  / "MST" / "MDT" / "PST" / "PDT"    ; RFC 5322 §4.3
                                  / 1*ALPHA                           ; military, unknown: -0000
    @par Specification  RFC 5322 §3.3, §4.3; RFC 3464 §2.2.5, §2.3.7
    @par Example        "Wed, 16 Oct 2013 14:15:35 +0900 (JST)" -> {16, 10, 2013, 14, 15, 35, 540}
 */
parser::date_time_type const& date_time();

}  // namespace bounce::grammar
