// SPDX-License-Identifier: BSD-2-Clause
#include "grammar/status_def.hpp"

namespace bounce::grammar::parser {
BOOST_SPIRIT_INSTANTIATE(status_code_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(status_field_type, iterator_type, context_type)
}  // namespace bounce::grammar::parser
