# SPDX-License-Identifier: BSD-2-Clause
"""Turns bounce e-mails (RFC 3464 DSNs and MTA notices) into delivery-failure records.

Records are dicts keyed by the JSON field names of ``bounce parse`` (docs/record-schema.md), with
the values ``json.loads`` gives for the line the CLI prints. See docs/python.md.

The arguments are checked here, before the compiled module (bounce._bounce) sees them, so that no
error message ever quotes a message's content (recipient addresses would end up in logs).
"""
import os
import stat
from typing import Any, Dict, Iterator, Optional, Sequence, Union

from . import _bounce

__all__ = ["parse", "parse_path", "classify", "Record", "__version__"]

__version__: str = _bounce.__version__

#: One record (or, from parse_path(errors=True), one unparseable message's error).
Record = Dict[str, Any]

PathArg = Union[str, bytes, "os.PathLike[str]", "os.PathLike[bytes]"]


def _type_name(value: object) -> str:
    return type(value).__name__


def _options(fn: str, headers: "Sequence[str]", verp: bool, verp_prefixes: "Sequence[str]",
             verp_separator: str) -> tuple:
    """The record options, checked here so that a TypeError never quotes the other arguments."""
    def names(what: str, value: object) -> "list[str]":
        if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
            raise TypeError(fn + "() " + what + " must be a list of str, not " + _type_name(value))
        for item in value:
            if not isinstance(item, str):
                raise TypeError(fn + "() " + what + " items must be str, not " + _type_name(item))
        return list(value)
    if not isinstance(verp_separator, str):
        raise TypeError(fn + "() verp_separator must be str, not " + _type_name(verp_separator))
    return (names("headers", headers), bool(verp), names("verp_prefixes", verp_prefixes),
            verp_separator)


def parse(data: Union[bytes, bytearray, memoryview, str], *, failures_only: bool = False,
          headers: "Sequence[str]" = (), verp: bool = True, verp_prefixes: "Sequence[str]" = (),
          verp_separator: str = "=") -> "list[Record]":
    """Parses one raw message; returns its records (an empty list when it is not a bounce).

    ``data`` is the message's bytes; a ``str`` is encoded as UTF-8 (surrogate escapes give back the
    bytes they stand for, as from ``open(..., errors="surrogateescape")``). Raises ValueError when
    the bytes are not a mail message or exceed the size limit, TypeError for other types. Records
    have source "" and message_index 1. ``headers`` names returned-message headers to copy into
    each record's "headers" dict; ``verp*`` set the VERP decoding of the bounce address
    (docs/record-schema.md); ValueError for a separator that is not one character or is "@".
    """
    if isinstance(data, str):
        raw = data.encode("utf-8", "surrogateescape")
    elif isinstance(data, bytes):
        raw = data
    elif isinstance(data, (bytearray, memoryview)):
        raw = bytes(data)
    else:
        raise TypeError("parse() data must be bytes or str, not " + _type_name(data))
    opts = _options("parse", headers, verp, verp_prefixes, verp_separator)
    return _bounce.parse(raw, bool(failures_only), *opts)


def _check_readable(path: PathArg) -> None:
    """Raises the OSError subclass (real errno, filename) when path cannot be read at all."""
    st = os.stat(path)
    if stat.S_ISDIR(st.st_mode):
        os.scandir(path).close()
    elif stat.S_ISREG(st.st_mode):
        os.close(os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0)))
    # A FIFO or a device is read as a stream by the walk itself: opening it here would block.


def parse_path(path: PathArg, *, failures_only: bool = False, errors: bool = False,
               headers: "Sequence[str]" = (), verp: bool = True,
               verp_prefixes: "Sequence[str]" = (), verp_separator: str = "=") -> Iterator[Record]:
    """Parses a file, an mbox, a directory (recursive, name order) or "-" (stdin), lazily.

    Returns an iterator that reads message by message: the first record comes before the rest of
    the path is read, and memory does not grow with the number of messages. ``path`` is a str,
    bytes (any file name, UTF-8 or not) or os.PathLike. Records carry source and message_index.
    Messages that cannot be parsed are skipped; with errors=True each yields
    {"source", "message_index", "error"} in its place. Raises an OSError subclass (errno and
    filename set, e.g. FileNotFoundError) when path itself cannot be read. ``headers`` and
    ``verp*`` as for parse().
    """
    if not isinstance(path, (str, bytes, os.PathLike)):
        raise TypeError("parse_path() path must be str, bytes or os.PathLike, not " + _type_name(path))
    opts = _options("parse_path", headers, verp, verp_prefixes, verp_separator)
    raw = os.fsencode(path)
    if b"\0" in raw:
        raise ValueError("parse_path() path contains a NUL byte")
    if raw != b"-":
        _check_readable(path)
    return _bounce.parse_path(raw, path, bool(failures_only), bool(errors), *opts)


def _text(value: str) -> str:
    return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def classify(diagnostic: str, *, remote_mta: Optional[str] = None,
             recipient: Optional[str] = None) -> Record:
    """Classifies one diagnostic text: reason, status, status_source, reply_code, hard_bounce, rule.

    remote_mta (the host that gave the reply, e.g. "mx1.comcast.net") and recipient (an address:
    its domain) name a provider, whose own codes then apply."""
    if not isinstance(diagnostic, str):
        raise TypeError("classify() diagnostic must be str, not " + _type_name(diagnostic))
    for name, value in (("remote_mta", remote_mta), ("recipient", recipient)):
        if value is not None and not isinstance(value, str):
            raise TypeError("classify() %s must be str or None, not %s" % (name, _type_name(value)))
    return _bounce.classify(_text(diagnostic), _text(remote_mta or ""), _text(recipient or ""))
