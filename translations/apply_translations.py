#!/usr/bin/python3
"""Fills unfinished messages of the .ts files from a JSON file of translations, through an XML parser and Qt's
lconvert (the file stays in lupdate's layout), then runs check_content.py on the result.

JSON: {"de": {"CONTEXT": {"SOURCE": "translation" or ["plural form", ...]}}, "fr": {...}}
Only unfinished messages are filled (a reviewed translation is never overwritten); what the JSON names but the
.ts file lacks is reported, so a changed source text is noticed.

Usage, after `cmake --build <dir> --target update_translations` and translations/fill_english_plurals.py:
    translations/apply_translations.py TRANSLATIONS.json [TRANSLATIONS_DIR]
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
import check_content  # noqa: E402
from fill_english_plurals import find_lconvert  # noqa: E402


def apply(path, table, lconvert):
    tree = ET.parse(path)
    filled, missing = 0, []
    wanted = {(c, s) for c, sources in table.items() for s in sources}
    for context in tree.getroot().findall("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            source = message.findtext("source")
            if (name, source) not in wanted:
                continue
            wanted.discard((name, source))
            translation = message.find("translation")
            if translation.get("type") != "unfinished":
                continue
            text = table[name][source]
            forms = text if isinstance(text, list) else [text]
            for child in list(translation):
                translation.remove(child)
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
            filled += 1
    missing = sorted(wanted)
    with tempfile.TemporaryDirectory() as work:
        raw, normal = os.path.join(work, "raw.ts"), os.path.join(work, "normal.ts")
        tree.write(raw, encoding="utf-8", xml_declaration=True)
        subprocess.run([lconvert, "-i", raw, "-o", normal], check=True)
        shutil.copyfile(normal, path)
    return filled, missing


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        data = json.load(f)
    folder = sys.argv[2] if len(sys.argv) > 2 else here
    lconvert = find_lconvert(None)
    paths = []
    for language, table in data.items():
        path = os.path.join(folder, f"certdeck_{language}.ts")
        filled, missing = apply(path, table, lconvert)
        print(f"{path}: {filled} filled")
        for context, source in missing:
            print(f"  not in the file: {context}: {source}")
        paths.append(path)
    sys.exit(check_content.main(paths))


if __name__ == "__main__":
    main()
