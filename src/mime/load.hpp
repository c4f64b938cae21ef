// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// mimetic's load(), on its fast or its input-iterator path (fast_path.cpp). Only for the MIME
// layer's .cpp files: the one header of ours that names a mimetic type.
#include <string_view>

namespace mimetic {
class MimeEntity;
}

namespace bounce::mime::detail {

/// me.load() over bytes inside try/catch; fast selects the const char* path (only when
/// pointer_path_safe said so). False when mimetic threw.
bool load_mimetic(std::string_view bytes, bool fast, mimetic::MimeEntity& me) noexcept;

}  // namespace bounce::mime::detail
