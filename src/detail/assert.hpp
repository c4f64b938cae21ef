// SPDX-License-Identifier: BSD-2-Clause
#pragma once
// BOUNCE_ASSERT compiles away unless BOUNCE_DEVELOPMENT_CHECKS is on.
#if defined(BOUNCE_DEVELOPMENT_CHECKS) && BOUNCE_DEVELOPMENT_CHECKS
#  include <cstdio>
#  include <cstdlib>
#  define BOUNCE_ASSERT(cond)                                                             \
    do {                                                                                  \
      if (!(cond)) {                                                                      \
        std::fprintf(stderr, "%s:%d: assertion failed: %s\n", __FILE__, __LINE__, #cond); \
        std::abort();                                                                     \
      }                                                                                   \
    } while (0)
#else
#  define BOUNCE_ASSERT(cond) ((void)0)
#endif
