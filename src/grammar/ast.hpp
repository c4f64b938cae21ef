// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// Attribute types of the field grammars. Internal: the public API converts them in fields.cpp.
#include <string>

#include <boost/fusion/include/adapt_struct.hpp>
#include <boost/optional.hpp>

#include "bounce/status.hpp"

namespace bounce::grammar::ast {

/// "type ; text": the raw text still contains its folds ("\n" + blanks).
struct typed_field {
  std::string type;
  std::string text;
};

/// An RFC 5322 date-time as written; `zone` is already converted to minutes east of UTC.
struct date_time {
  int day = 0, month = 0, year = 0;
  int hour = 0, minute = 0, second = 0;
  int zone = 0;
};

/// One line of an SMTP reply: code, separator (' ' or '-'), optional enhanced code, text.
struct reply_line {
  int code = 0;
  unsigned char separator = ' ';
  boost::optional<bounce::status_code> enhanced;
  std::string text;
};

}  // namespace bounce::grammar::ast

BOOST_FUSION_ADAPT_STRUCT(bounce::status_code, cls, subject, detail)
BOOST_FUSION_ADAPT_STRUCT(bounce::grammar::ast::typed_field, type, text)
BOOST_FUSION_ADAPT_STRUCT(bounce::grammar::ast::date_time, day, month, year, hour, minute, second,
                          zone)
BOOST_FUSION_ADAPT_STRUCT(bounce::grammar::ast::reply_line, code, separator, enhanced, text)
