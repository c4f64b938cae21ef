// SPDX-License-Identifier: BSD-2-Clause
#include "grammar/action_def.hpp"

namespace bounce::grammar::parser {
BOOST_SPIRIT_INSTANTIATE(action_field_type, iterator_type, context_type)
}  // namespace bounce::grammar::parser
