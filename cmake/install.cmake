# SPDX-License-Identifier: BSD-2-Clause
# Install rules: headers, the static library, the CLI, a CMake package (bounce::bounce) and a
# pkg-config file. Included from CMakeLists.txt when BOUNCE_INSTALL is on (style.md P13).
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(BOUNCE_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/bounce"
    CACHE STRING "where bounce-config.cmake is installed, relative to the prefix")
mark_as_advanced(BOUNCE_CMAKE_DIR)

# Boost is used for headers only (Spirit X3 inside the library). A static library exports its
# PRIVATE link items as $<LINK_ONLY:...>, which would force every consumer to find Boost although
# it adds nothing at link time; keep Boost::headers out of the installed interface.
get_target_property(_bounce_links bounce INTERFACE_LINK_LIBRARIES)
if(_bounce_links)
  list(TRANSFORM _bounce_links REPLACE "^\\$<LINK_ONLY:Boost::headers>$"
       "$<LINK_ONLY:$<BUILD_INTERFACE:Boost::headers>>")
  set_property(TARGET bounce PROPERTY INTERFACE_LINK_LIBRARIES "${_bounce_links}")
endif()
unset(_bounce_links)

set_target_properties(bounce PROPERTIES EXPORT_NAME bounce)
install(TARGETS bounce EXPORT bounce-targets
  ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}" COMPONENT devel
  LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}" COMPONENT runtime
  INCLUDES DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(FILES "${PROJECT_SOURCE_DIR}/include/bounce.h"
  DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}" COMPONENT devel)
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/bounce"
  DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}" COMPONENT devel
  FILES_MATCHING PATTERN "*.hpp")
install(FILES "${PROJECT_BINARY_DIR}/include/bounce/version.hpp"
  DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/bounce" COMPONENT devel)
if(TARGET bounce_cli)
  install(TARGETS bounce_cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT runtime)
  if(DEFINED BOUNCE_MAN_PAGE)
    install(FILES "${BOUNCE_MAN_PAGE}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1" COMPONENT runtime)
  endif()
  install(FILES "${PROJECT_SOURCE_DIR}/src/cli/completion/bounce.bash"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions" RENAME bounce
          COMPONENT runtime)
  install(FILES "${PROJECT_SOURCE_DIR}/src/cli/completion/_bounce"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions" COMPONENT runtime)
endif()

install(EXPORT bounce-targets NAMESPACE bounce:: FILE bounce-targets.cmake
  DESTINATION "${BOUNCE_CMAKE_DIR}" COMPONENT devel)

# Iconv is a dependency of the exported target only when find_package(Iconv) made a target.
set(BOUNCE_CONFIG_USES_ICONV 0)
if(TARGET Iconv::Iconv)
  set(BOUNCE_CONFIG_USES_ICONV 1)
endif()
configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/bounce-config.cmake.in"
  "${PROJECT_BINARY_DIR}/bounce-config.cmake"
  INSTALL_DESTINATION "${BOUNCE_CMAKE_DIR}")
write_basic_package_version_file("${PROJECT_BINARY_DIR}/bounce-config-version.cmake"
  VERSION "${PROJECT_VERSION}" COMPATIBILITY SameMinorVersion)
install(FILES
  "${PROJECT_BINARY_DIR}/bounce-config.cmake"
  "${PROJECT_BINARY_DIR}/bounce-config-version.cmake"
  "${PROJECT_SOURCE_DIR}/cmake/FindMimetic.cmake"
  DESTINATION "${BOUNCE_CMAKE_DIR}" COMPONENT devel)

# pkg-config: the library is static, so its dependencies go in Libs (plain `pkg-config --libs`
# must link). A C program also needs the C++ runtime.
set(BOUNCE_PC_LIBS "-lmimetic -lz -lbz2 -llzma")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  string(APPEND BOUNCE_PC_LIBS " -lstdc++ -lm")
endif()
if(IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(BOUNCE_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
else()
  set(BOUNCE_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(BOUNCE_PC_LIBDIR "${CMAKE_INSTALL_LIBDIR}")
else()
  set(BOUNCE_PC_LIBDIR "\${prefix}/${CMAKE_INSTALL_LIBDIR}")
endif()
set(BOUNCE_INSTALL_PREFIX "@BOUNCE_INSTALL_PREFIX@")  # kept for the install step below
configure_file("${PROJECT_SOURCE_DIR}/cmake/bounce.pc.in" "${PROJECT_BINARY_DIR}/bounce.pc.in.cmake" @ONLY)
# The prefix is only known at install time (cmake --install --prefix), so write it then.
install(CODE "
  file(READ \"${PROJECT_BINARY_DIR}/bounce.pc.in.cmake\" _pc)
  string(REPLACE \"@BOUNCE_INSTALL_PREFIX@\" \"\${CMAKE_INSTALL_PREFIX}\" _pc \"\${_pc}\")
  file(WRITE \"${PROJECT_BINARY_DIR}/bounce.pc\" \"\${_pc}\")
" COMPONENT devel)
install(FILES "${PROJECT_BINARY_DIR}/bounce.pc"
  DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig" COMPONENT devel)
