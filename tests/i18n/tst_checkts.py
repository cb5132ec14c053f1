#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Proves checkts.py on hand-written files (fixtures/): de, ja and ar are complete (2, 1 and 6 plural
forms, a form that spells the number out, %L1 for %1); fr has one defect per message; es does not
exist. The expected lists are written out here, not produced by the checker."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import checkts  # noqa: E402

fixtures = Path(__file__).parent / "fixtures"
failures = []


def expect(what, got, wanted):
    if got != wanted:
        failures.append(f"{what}:\n  got    {got!r}\n  wanted {wanted!r}")


for lang in ("de", "ja", "ar"):
    expect(f"{lang} is complete", checkts.check_language(fixtures, lang), [])

expect("fr lists every defect", checkts.check_language(fixtures, "fr"), [
    'fr: SearchPanel: "Search": unfinished',
    "fr: SearchPanel: \"%1 of %2 pages\": placeholders ['1', '1'], the source ['1', '2']",
    'fr: SearchPanel: "Open" (menu): empty',
    'fr: SearchPanel: "%n result(s) in %1": 1 plural forms, fr needs 2',
    'fr: ChatPanel: "Ask": missing',
])

# Plural forms: ja with two forms, ar with a form that lost %1, de whose last form lost %n.
import tempfile, shutil  # noqa: E402
with tempfile.TemporaryDirectory() as work:
    shutil.copy(fixtures / "pagelens_en.ts", work)
    for lang, old, new in (
            ("ja", "<numerusform>%1 に %n 件</numerusform>",
             "<numerusform>%1 に %n 件</numerusform><numerusform>%1 に %n 件</numerusform>"),
            ("ar", "<numerusform>نتيجتان في %1</numerusform>", "<numerusform>نتيجتان</numerusform>"),
            ("de", "<numerusform>%n Treffer in %1</numerusform>", "<numerusform>viele Treffer in %1</numerusform>")):
        text = (fixtures / f"pagelens_{lang}.ts").read_text(encoding="utf-8")
        assert old in text, old
        (Path(work) / f"pagelens_{lang}.ts").write_text(text.replace(old, new), encoding="utf-8")
    expect("ja with two forms", checkts.check_language(work, "ja"),
           ['ja: SearchPanel: "%n result(s) in %1": 2 plural forms, ja needs 1'])
    expect("ar form without %1", checkts.check_language(work, "ar"),
           ["ar: SearchPanel: \"%n result(s) in %1\": plural form 3 has placeholders [], the source ['1', 'n']"])
    expect("de last form without %n", checkts.check_language(work, "de"),
           ["de: SearchPanel: \"%n result(s) in %1\": plural form 2 has placeholders ['1'], the source ['1', 'n']"])
    (Path(work) / "pagelens_fr.ts").write_text("<TS language=\"fr\"><context>", encoding="utf-8")
    expect("broken XML fails", checkts.main([work, "fr"]), 1)

# Exit statuses: complete 0; incomplete 1 even when another file is missing; only missing 77.
expect("complete files pass", checkts.main([str(fixtures), "de", "ja", "ar"]), 0)
expect("an incomplete file fails", checkts.main([str(fixtures), "de", "fr"]), 1)
expect("incomplete is never skipped", checkts.main(["--allow-missing", str(fixtures), "fr", "es"]), 1)
expect("a missing file skips", checkts.main(["--allow-missing", str(fixtures), "de", "es"]), 77)
expect("a missing file fails without --allow-missing", checkts.main([str(fixtures), "de", "es"]), 1)

print("\n".join(failures) if failures else "checkts self-test: all cases as expected")
sys.exit(1 if failures else 0)
