#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fails when lupdate files a string under a context the program never looks up.

Usage: checkcontexts.py SOURCE_ROOT TS_FILE

lupdate names a tr() call's context after the class around it; at run time the lookup uses the
context of the tr() actually called: "PageLens::X" for a Q_OBJECT class, the argument of
Q_DECLARE_TR_FUNCTIONS, or the first argument of QCoreApplication::translate(). A file-local tr()
helper inside a member function of a plain class gets "PageLens::Class" from lupdate but looks up
its own context, so its strings stay English in every language. This lists every context of
TS_FILE that no code looks up. Exit status 0 when there is none, 1 otherwise.
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def runtime_contexts(root):
    contexts = set()
    for path in list(root.glob("app/**/*")) + list(root.glob("core/**/*")) + list(root.glob("ui/**/*")):
        if path.suffix not in (".h", ".cpp"):
            continue
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"\n(?:class|struct) (\w+)[^;{]*\{(.*?)\n\};", text, re.S):
            if "Q_OBJECT" in match.group(2):
                contexts.add("PageLens::" + match.group(1))
        contexts.update(re.findall(r"Q_DECLARE_TR_FUNCTIONS\((\w+)\)", text))
        contexts.update(re.findall(r"translate\(\s*\"([\w:]+)\"", text))
    return contexts


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 1
    known = runtime_contexts(Path(argv[0]))
    problems = []
    for context in ET.parse(argv[1]).getroot().iter("context"):
        name = context.findtext("name", "")
        if name not in known:
            sources = [m.findtext("source", "") for m in context.iter("message")]
            problems.append(f"{name}: {len(sources)} string(s) no code looks up, e.g. \"{sources[0]}\"")
    for line in problems:
        print(line)
    print(f"{len(problems)} context problem(s)" if problems else "every context is looked up")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
