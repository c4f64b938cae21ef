// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// Typed field grammar ("type ; text"): declared here, defined in typed_field_def.hpp,
// instantiated in typed_field.cpp.
#include <string>

#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace bounce::grammar {

namespace parser {
using typed_field_type = x3::rule<class typed_field_class, ast::typed_field>;
using field_text_type = x3::rule<class field_text_class, std::string>;
BOOST_SPIRIT_DECLARE(typed_field_type, field_text_type)
}  // namespace parser

/** A typed field value: Final-/Original-Recipient, Remote-/Reporting-/Received-From-MTA,
    Diagnostic-Code. The text is returned raw, folds included; a line break that is not a fold
    (not followed by a blank) fails.
    @par BNF            typed-field = *WSP type *WSP ";" *(WSP / fold) text *(WSP / CRLF)
                        type = 1*(ALPHA / DIGIT / "-" / "!" / "#" / ... / "." )   ; RFC 5322 atext +
   "." text = *(%x00-09 / %x0B-0C / %x0E-FF / fold)  ; fold = [CR] LF 1*WSP
    @par Specification  RFC 3464 §2.1.2, §2.2.2, §2.3.2, §2.3.5, §2.3.6; RFC 6533 §3 (utf-8)
    @par Example        "rfc822; a@b.example" -> {"rfc822", "a@b.example"} */
parser::typed_field_type const& typed_field();

/** Unstructured field text (no type), folds allowed, anything else as typed-field text.
    @par BNF            field-text = *(WSP / CRLF) text *(WSP / CRLF)
    @par Example        "<a@b.example>" -> "<a@b.example>" */
parser::field_text_type const& field_text();

}  // namespace bounce::grammar
