#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-2-Clause
"""Turns docs/cli.md into the man page bounce(1), so that the page and the docs cannot drift.

Usage: md2man.py CLI_MD VERSION OUT

Handles the Markdown that docs/cli.md uses: headings, paragraphs, fenced code blocks, tables,
bullet lists, `code`, **bold** and [links](x). Anything else is passed through as text.
"""
import re
import sys


def inline(text):
    text = text.replace("\\", "\\e")
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)
    text = re.sub(r"\*\*([^*]+)\*\*", r"\\fB\1\\fR", text)
    text = re.sub(r"`([^`]+)`", r"\\fB\1\\fR", text)
    text = text.replace("-", "\\-")
    return text


def line(text):
    # A line starting with '.' or "'" would be read as a request.
    return "\\&" + text if text[:1] in (".", "'") else text


def convert(md, version):
    out = [
        '.TH BOUNCE 1 "" "bounce %s" "User Commands"' % version,
        ".SH NAME",
        "bounce \\- turn bounce messages into delivery-failure records",
    ]
    lines = md.splitlines()
    i = 0
    while i < len(lines):
        l = lines[i]
        if l.startswith("```"):
            out.append(".PP\n.nf")
            i += 1
            while i < len(lines) and not lines[i].startswith("```"):
                out.append(line(lines[i].replace("\\", "\\e")))
                i += 1
            out.append(".fi")
        elif l.startswith("# "):
            out.append(".SH DESCRIPTION")
        elif l.startswith("## "):
            out.append(".SH " + inline(l[3:]).upper())
        elif l.startswith("### "):
            out.append(".SS " + inline(l[4:]))
        elif l.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                if not all(re.fullmatch(r":?-+:?", c) for c in cells if c):
                    rows.append(cells)
                i += 1
            i -= 1
            for cells in rows[1:] if len(rows) > 1 else rows:
                out.append(".TP")
                out.append(line(inline(cells[0])))
                out.append(line(inline(" ".join(cells[1:]))))
        elif l.startswith("- "):
            out.append(".IP \\(bu 2")
            out.append(line(inline(l[2:])))
        elif not l.strip():
            out.append(".PP")
        else:
            out.append(line(inline(l.strip())))
        i += 1
    return "\n".join(out) + "\n"


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        page = convert(f.read(), sys.argv[2])
    with open(sys.argv[3], "w", encoding="utf-8") as f:
        f.write(page)


if __name__ == "__main__":
    main()
