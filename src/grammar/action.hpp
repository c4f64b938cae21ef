// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// DSN Action grammar: declared here, defined in action_def.hpp, instantiated in action.cpp.
#include "bounce/record.hpp"
#include "grammar/config.hpp"

namespace bounce::grammar {

namespace parser {
using action_field_type = x3::rule<class action_field_class, bounce::action_kind>;
BOOST_SPIRIT_DECLARE(action_field_type)
}  // namespace parser

/** A whole Action field value, case-insensitive, optionally followed by a comment or text after
    a non-word character ("failed (bad address)").
    @par BNF            action-field = *WSP action-value [ (WSP / "(" / ...) *CHAR ]
                        action-value = "failed" / "delayed" / "delivered" / "relayed" / "expanded"
    @par Specification  RFC 3464 §2.3.3
    @par Example        "Failed" -> action_kind::failed; "failure" fails */
parser::action_field_type const& action_field();

}  // namespace bounce::grammar
