// SPDX-License-Identifier: BSD-2-Clause
#include "grammar/date_def.hpp"

namespace bounce::grammar::parser {
BOOST_SPIRIT_INSTANTIATE(date_time_type, iterator_type, context_type)
}  // namespace bounce::grammar::parser
