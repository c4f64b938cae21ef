// SPDX-License-Identifier: BSD-2-Clause
#include "grammar/typed_field_def.hpp"

namespace bounce::grammar::parser {
BOOST_SPIRIT_INSTANTIATE(typed_field_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(field_text_type, iterator_type, context_type)
}  // namespace bounce::grammar::parser
