# SPDX-License-Identifier: BSD-2-Clause
# The Python module `bounce` (pybind11), built when BOUNCE_PYTHON is on. Debian: python3-dev
# pybind11-dev. The module lands in <build>/python/; tests/python/ runs against it.
set(PYBIND11_FINDPYTHON ON)
find_package(Python 3.8 REQUIRED COMPONENTS Interpreter Development.Module)
find_package(pybind11 2.6 CONFIG REQUIRED)
pybind11_add_module(bounce_python "${PROJECT_SOURCE_DIR}/src/python/bounce_py.cpp")
set_target_properties(bounce_python PROPERTIES OUTPUT_NAME bounce
  LIBRARY_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/python")
target_link_libraries(bounce_python PRIVATE bounce::bounce)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(bounce_python PRIVATE -Wall -Wextra)
endif()
if(BOUNCE_INSTALL)
  set(BOUNCE_PYTHON_INSTALL_DIR "" CACHE PATH
      "where `cmake --install` puts the Python module (empty: not installed)")
  if(BOUNCE_PYTHON_INSTALL_DIR)
    install(TARGETS bounce_python LIBRARY DESTINATION "${BOUNCE_PYTHON_INSTALL_DIR}" COMPONENT python)
  endif()
endif()
