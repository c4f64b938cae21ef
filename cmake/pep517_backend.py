# SPDX-License-Identifier: BSD-2-Clause
"""The PEP 517 build backend of `pip install .` (pyproject.toml): CMake builds bounce._bounce.

Standard library only, so that `pip install --no-build-isolation .` works with nothing but pip,
CMake and a compiler (no setuptools, no wheel, no package index). build_wheel configures the
source tree into build/pip/ with -DBOUNCE_PYTHON=ON and everything else off, builds the one target
bounce_python (library and module) and packs the package directory it assembles
(python/bounce/*.py, *.pyi, py.typed and the module) into a wheel. The metadata comes from
pyproject.toml's [project] table; the version from project(bounce VERSION ...) in CMakeLists.txt.

Settings: `pip install --config-settings=cmake-args="-DX=Y ..."` or the environment variable
BOUNCE_CMAKE_ARGS (extra configure arguments), CMAKE_BUILD_PARALLEL_LEVEL (jobs, default 2).
ccache is the compiler launcher when it is installed.
"""
import base64
import hashlib
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

try:
    import tomllib  # Python >= 3.11
except ImportError:  # pragma: no cover - older Pythons get tomli from build-system.requires
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "bounce"


def project_version() -> str:
    """The one version: project(bounce VERSION x.y.z) in CMakeLists.txt."""
    text = (ROOT / "CMakeLists.txt").read_text(encoding="utf-8")
    m = re.search(r"project\(\s*bounce\s+VERSION\s+([0-9]+\.[0-9]+\.[0-9]+)", text)
    if not m:
        raise RuntimeError("no project(bounce VERSION x.y.z) in CMakeLists.txt")
    return m.group(1)


def _project_table() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]


def _metadata() -> str:
    p = _project_table()
    lines = [
        "Metadata-Version: 2.1",
        f"Name: {p['name']}",
        f"Version: {project_version()}",
        f"Summary: {p.get('description', '')}",
    ]
    if "requires-python" in p:
        lines.append(f"Requires-Python: {p['requires-python']}")
    if "license" in p and "text" in p["license"]:
        lines.append(f"License: {p['license']['text']}")
    if p.get("keywords"):
        lines.append("Keywords: " + ",".join(p["keywords"]))
    lines += [f"Classifier: {c}" for c in p.get("classifiers", [])]
    body = ""
    readme = p.get("readme")
    if isinstance(readme, str):
        lines.append("Description-Content-Type: text/markdown")
        body = "\n" + (ROOT / readme).read_text(encoding="utf-8")
    return "\n".join(lines) + "\n" + body


def _wheel_tag() -> str:
    """cp311-cp311-linux_x86_64 style: the interpreter running the build (CPython)."""
    ver = f"{sys.version_info.major}{sys.version_info.minor}"
    impl = {"cpython": "cp", "pypy": "pp"}.get(sys.implementation.name, "py")
    if impl == "cp":
        abi = f"cp{ver}{getattr(sys, 'abiflags', '')}"
    else:
        abi = (sysconfig.get_config_var("SOABI") or "none").replace("-", "_").replace(".", "_")
    plat = sysconfig.get_platform().replace("-", "_").replace(".", "_")
    return f"{impl}{ver}-{abi}-{plat}"


def _cmake_build(config_settings) -> Path:
    cmake = shutil.which("cmake")
    if not cmake:
        raise RuntimeError("cmake not found (Debian: apt-get install cmake)")
    build_dir = ROOT / "build" / "pip"
    args = [
        "-S", str(ROOT), "-B", str(build_dir),
        "-DCMAKE_BUILD_TYPE=Release",
        "-DBOUNCE_PYTHON=ON",
        "-DBOUNCE_DEVELOPER_MODE=OFF", "-DBOUNCE_BUILD_TESTS=OFF", "-DBOUNCE_BUILD_CLI=OFF",
        "-DBOUNCE_BUILD_FUZZERS=OFF", "-DBOUNCE_BUILD_BENCHMARKS=OFF", "-DBOUNCE_INSTALL=OFF",
        # The interpreter pip runs (a venv's python included) is the one the module is for.
        f"-DPython_EXECUTABLE={sys.executable}",
    ]
    try:
        import pybind11  # a pip-installed pybind11 where pybind11-dev is missing

        args.append(f"-Dpybind11_DIR={pybind11.get_cmake_dir()}")
    except ImportError:
        pass
    if shutil.which("ccache"):
        args.append("-DCMAKE_CXX_COMPILER_LAUNCHER=ccache")
    args += os.environ.get("BOUNCE_CMAKE_ARGS", "").split()
    args += str((config_settings or {}).get("cmake-args", "")).split()
    subprocess.run([cmake, *args], check=True, stdout=sys.stderr)
    jobs = os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL", "2")
    subprocess.run([cmake, "--build", str(build_dir), "--target", "bounce_python", "-j", jobs],
                   check=True, stdout=sys.stderr)
    package_dir = build_dir / "python" / PACKAGE
    if len(list(package_dir.glob("_bounce*.so"))) != 1:
        raise RuntimeError(f"expected one built module _bounce*.so in {package_dir}")
    return package_dir


def _record_line(arcname: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{arcname},sha256={digest},{len(data)}"


def _dist_info_files() -> dict:
    files = {
        "METADATA": _metadata().encode(),
        "WHEEL": (f"Wheel-Version: 1.0\nGenerator: bounce pep517_backend\n"
                  f"Root-Is-Purelib: false\nTag: {_wheel_tag()}\n").encode(),
        "top_level.txt": f"{PACKAGE}\n".encode(),
    }
    if (ROOT / "LICENSE").exists():
        files["LICENSE"] = (ROOT / "LICENSE").read_bytes()
    return files


def _dist_info_name() -> str:
    return f"{PACKAGE}-{project_version()}.dist-info"


# --- PEP 517 hooks ----------------------------------------------------------------------------

def get_requires_for_build_wheel(config_settings=None):
    return []


def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
    dist_info = Path(metadata_directory) / _dist_info_name()
    dist_info.mkdir(parents=True, exist_ok=True)
    for name, data in _dist_info_files().items():
        (dist_info / name).write_bytes(data)
    return dist_info.name


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    package_dir = _cmake_build(config_settings)
    name = f"{PACKAGE}-{project_version()}-{_wheel_tag()}.whl"
    path = Path(wheel_directory) / name
    records = []
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as whl:
        def add(arcname: str, data: bytes, mode: int = 0o644) -> None:
            info = zipfile.ZipInfo(arcname, date_time=(2020, 1, 1, 0, 0, 0))
            info.external_attr = (0o100000 | mode) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            whl.writestr(info, data)
            records.append(_record_line(arcname, data))

        for f in sorted(package_dir.iterdir()):
            if f.is_file() and (f.suffix in (".py", ".pyi", ".so", ".pyd") or f.name == "py.typed"):
                add(f"{PACKAGE}/{f.name}", f.read_bytes(), 0o755 if f.suffix == ".so" else 0o644)
        dist_info = _dist_info_name()
        for fname, data in _dist_info_files().items():
            add(f"{dist_info}/{fname}", data)
        record = "\n".join(records + [f"{dist_info}/RECORD,,"]) + "\n"
        whl.writestr(f"{dist_info}/RECORD", record)
    return name
