# SPDX-License-Identifier: BSD-2-Clause
# Type stubs of the compiled module (src/python/bounce_py.cpp). Call it through `bounce`, which
# checks and converts the arguments first.
from typing import Any, Dict, Iterator, List, Union
import os

__version__: str

class PathIterator(Iterator[Dict[str, Any]]):
    def __iter__(self) -> "PathIterator": ...
    def __next__(self) -> Dict[str, Any]: ...

def parse(data: bytes, failures_only: bool, headers: List[str], verp: bool,
          verp_prefixes: List[str], verp_separator: str) -> List[Dict[str, Any]]: ...
def parse_path(path: bytes, filename: Union[str, bytes, "os.PathLike[str]", "os.PathLike[bytes]"],
               failures_only: bool, errors: bool, headers: List[str], verp: bool,
               verp_prefixes: List[str], verp_separator: str) -> PathIterator: ...
def classify(diagnostic: str, remote_mta: str, recipient: str) -> Dict[str, Any]: ...
