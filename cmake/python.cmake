# SPDX-License-Identifier: BSD-2-Clause
# The Python package `bounce` (python/bounce/ plus the pybind11 module bounce._bounce), built when
# BOUNCE_PYTHON is on. Debian: python3-dev pybind11-dev. The package is assembled in
# <build>/python/bounce/, so PYTHONPATH=<build>/python imports it; tests/python/ runs against it.
# `pip install .` (pyproject.toml, setup.py) builds the target bounce_python through this file.
set(PYBIND11_FINDPYTHON ON)
find_package(Python 3.8 REQUIRED COMPONENTS Interpreter Development.Module)
find_package(pybind11 2.6 CONFIG REQUIRED)
set(BOUNCE_PYTHON_PACKAGE_DIR "${PROJECT_BINARY_DIR}/python/bounce")
pybind11_add_module(bounce_python "${PROJECT_SOURCE_DIR}/src/python/bounce_py.cpp")
set_target_properties(bounce_python PROPERTIES OUTPUT_NAME _bounce
  LIBRARY_OUTPUT_DIRECTORY "${BOUNCE_PYTHON_PACKAGE_DIR}")
target_link_libraries(bounce_python PRIVATE bounce::bounce)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(bounce_python PRIVATE -Wall -Wextra)
endif()
find_package(Threads REQUIRED)
target_link_libraries(bounce_python PRIVATE Threads::Threads)  # parse_path's reader thread

# The pure-Python files and the stubs, copied next to the module at build time.
file(GLOB BOUNCE_PYTHON_FILES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/python/bounce/*.py"
     "${PROJECT_SOURCE_DIR}/python/bounce/*.pyi" "${PROJECT_SOURCE_DIR}/python/bounce/py.typed")
set(BOUNCE_PYTHON_COPIES)
foreach(file IN LISTS BOUNCE_PYTHON_FILES)
  get_filename_component(name "${file}" NAME)
  add_custom_command(OUTPUT "${BOUNCE_PYTHON_PACKAGE_DIR}/${name}"
    COMMAND "${CMAKE_COMMAND}" -E copy_if_different "${file}" "${BOUNCE_PYTHON_PACKAGE_DIR}/${name}"
    DEPENDS "${file}")
  list(APPEND BOUNCE_PYTHON_COPIES "${BOUNCE_PYTHON_PACKAGE_DIR}/${name}")
endforeach()
add_custom_target(bounce_python_files DEPENDS ${BOUNCE_PYTHON_COPIES})
add_dependencies(bounce_python bounce_python_files)

if(BOUNCE_INSTALL)
  set(BOUNCE_PYTHON_INSTALL_DIR "" CACHE PATH
      "where `cmake --install` puts the package bounce/ (e.g. site-packages; empty: not installed)")
  if(BOUNCE_PYTHON_INSTALL_DIR)
    install(TARGETS bounce_python LIBRARY DESTINATION "${BOUNCE_PYTHON_INSTALL_DIR}/bounce"
            COMPONENT python)
    install(FILES ${BOUNCE_PYTHON_FILES} DESTINATION "${BOUNCE_PYTHON_INSTALL_DIR}/bounce"
            COMPONENT python)
  endif()
endif()
