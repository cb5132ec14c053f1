#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fails when a PageLens translation is not complete.

Usage: checkts.py [--allow-missing] DIR LANG...

Reads DIR/pagelens_en.ts (the list of strings, kept by `update_translations`) and each
DIR/pagelens_<LANG>.ts with an XML parser and lists every message that is missing, unfinished or
empty, has the wrong number of plural forms for its language, or whose placeholders (%1..%9, %n)
differ from the source. Exit status: 0 all complete, 1 problems (listed on stdout), 77 (ctest's
SKIP_RETURN_CODE) when, with --allow-missing, nothing checked had a problem but a language file
does not exist at all. An incomplete file is never skipped.
"""
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

# Plural forms Qt Linguist gives each language (qtbase's numerus rules); a numerus message has
# exactly this many <numerusform> entries.
PLURAL_FORMS = {"en": 2, "de": 2, "fr": 2, "es": 2, "ja": 1, "zh_CN": 1, "ar": 6}

PLACEHOLDER = re.compile(r"%L?([1-9]|n)")


def placeholders(text):
    """The placeholders of a string as a multiset; %L1 counts as %1 (it only localises digits)."""
    return Counter(m.group(1) for m in PLACEHOLDER.finditer(text or ""))


def without_n(counter):
    return Counter({key: count for key, count in counter.items() if key != "n"})


def messages(path):
    """(context, source, comment) -> <message> element, for every message still in the sources."""
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue   # lupdate keeps strings the code no longer has; nobody sees them
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            result[key] = message
    return result


def describe(key):
    context, source, comment = key
    return f"{context}: \"{source}\"" + (f" ({comment})" if comment else "")


def check_language(directory, lang):
    """The problems of DIR/pagelens_<lang>.ts as readable lines (empty when complete)."""
    path = Path(directory) / f"pagelens_{lang}.ts"
    reference = messages(Path(directory) / "pagelens_en.ts")
    translated = messages(path)
    declared = ET.parse(path).getroot().get("language", "")
    problems = []
    if declared != lang:
        problems.append(f"{lang}: the file declares language=\"{declared}\"")
    forms = PLURAL_FORMS[lang]
    for key in reference:
        where = f"{lang}: {describe(key)}"
        message = translated.get(key)
        if message is None:
            problems.append(f"{where}: missing")
            continue
        translation = message.find("translation")
        if translation is None:
            problems.append(f"{where}: no translation")
            continue
        if translation.get("type") == "unfinished":
            problems.append(f"{where}: unfinished")
        expected = placeholders(key[1])
        if message.get("numerus") == "yes":
            texts = [form.text or "" for form in translation.findall("numerusform")]
            if len(texts) != forms:
                problems.append(f"{where}: {len(texts)} plural forms, {lang} needs {forms}")
            if any(not text.strip() for text in texts) or not texts:
                problems.append(f"{where}: empty plural form")
            for index, text in enumerate(texts):
                found = placeholders(text)
                # A plural form other than the last may spell the number out ("eine Seite", Arabic's
                # singular and dual) and drop %n; %1..%9 carry names and figures every form needs.
                last = index == len(texts) - 1
                same = found == expected if last else (
                    found["n"] <= expected["n"] and without_n(found) == without_n(expected))
                if not same:
                    problems.append(f"{where}: plural form {index + 1} has placeholders "
                                    f"{sorted(found.elements())}, the source {sorted(expected.elements())}")
        else:
            text = translation.text or ""
            if not text.strip():
                problems.append(f"{where}: empty")
            elif placeholders(text) != expected:
                problems.append(f"{where}: placeholders {sorted(placeholders(text).elements())}, "
                                f"the source {sorted(expected.elements())}")
    for key in translated:
        if key not in reference:
            problems.append(f"{lang}: {describe(key)}: not in pagelens_en.ts (run update_translations)")
    return problems


def main(argv):
    allow_missing = "--allow-missing" in argv
    args = [a for a in argv if a != "--allow-missing"]
    if len(args) < 2:
        print(__doc__)
        return 1
    directory, langs = args[0], args[1:]
    problems, missing, checked = [], [], []
    for lang in langs:
        if lang not in PLURAL_FORMS:
            problems.append(f"{lang}: no plural rule known (add it to PLURAL_FORMS)")
        elif not (Path(directory) / f"pagelens_{lang}.ts").exists():
            missing.append(lang)
        else:
            try:
                problems += check_language(directory, lang)
            except ET.ParseError as error:
                problems.append(f"{lang}: not well-formed XML: {error}")
            checked.append(lang)
    for line in problems:
        print(line)
    if missing and not allow_missing:
        print("missing translation files: " + ", ".join(f"pagelens_{l}.ts" for l in missing))
        return 1
    if problems:
        print(f"{len(problems)} problem(s) in {', '.join(checked)}")
        return 1
    if missing:
        print("SKIPPED: no translation file yet for " + ", ".join(f"pagelens_{l}.ts" for l in missing)
              + (f"; complete: {', '.join(checked)}" if checked else ""))
        return 77
    print(f"complete: {', '.join(checked)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
