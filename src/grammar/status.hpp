// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// Enhanced status code grammar: declared here, defined in status_def.hpp, instantiated once in
// status.cpp for the iterator and context of grammar/config.hpp.
#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace bounce::grammar {

namespace parser {
using status_code_type = x3::rule<class status_code_class, bounce::status_code>;
using status_field_type = x3::rule<class status_field_class, bounce::status_code>;
BOOST_SPIRIT_DECLARE(status_code_type, status_field_type)
}  // namespace parser

/** An enhanced status code standing on its own (no digit after any part).
    @par BNF            status-code = class "." 1*3DIGIT "." 1*3DIGIT ; class = "2" / "4" / "5"
    @par Specification  RFC 3463 §2, RFC 3464 §2.3.4
    @par Example        "5.1.1" -> {5, 1, 1}; "5.1.1234", "3.1.1", "55.1.1", "5.1" fail */
parser::status_code_type const& status_code();

/** A whole Status field value: blanks, the code, then the end or text after a character that is
    neither alphanumeric nor "." + digit ("5.0.0 (permanent failure)"). "5.1.1.2", "5.1.1a" fail.
    @par BNF            status-field = *WSP status-code [ (WSP / "(" / ";" / ...) *CHAR ]
    @par Specification  RFC 3464 §2.3.4
    @par Example        "5.0.0 (permanent failure)" -> {5, 0, 0} */
parser::status_field_type const& status_field();

}  // namespace bounce::grammar
