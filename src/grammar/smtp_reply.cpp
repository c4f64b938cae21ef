// SPDX-License-Identifier: BSD-2-Clause
#include "grammar/smtp_reply_def.hpp"

namespace bounce::grammar::parser {
BOOST_SPIRIT_INSTANTIATE(reply_line_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(smtp_reply_type, iterator_type, context_type)
}  // namespace bounce::grammar::parser
