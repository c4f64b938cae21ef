// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// The single iterator and context every grammar is instantiated for (style.md P5).
//
// Input is iterated as unsigned bytes and every character parser uses the iso8859_1 encoding:
// with the default encoding, bytes >= 0x80 reach the C classification functions as negative
// values (stack-notes.md, Spirit X3 pitfall 1).
#include <boost/spirit/home/x3.hpp>

namespace bounce::grammar {

namespace x3 = boost::spirit::x3;

using iterator_type = const unsigned char*;
using context_type = x3::unused_type;  // x3::parse without a skipper

}  // namespace bounce::grammar
