#!/usr/bin/python3
"""Fills the plural forms of translations/certdeck_en.ts from the source text ("%n day(s)" -> "%n day", "%n days").

English needs a translation file only for its plural forms. Run after `cmake --build <dir> --target update_translations`.
The file is read and written with an XML parser (never edited as text), then written back in lupdate's own layout by
Qt's `lconvert`, so the result stays lupdate-compatible and one message can never swallow the next. A plural entry
that is unfinished, or whose forms do not look like its source (wrong count, markup the source lacks), is refilled.

Usage: fill_english_plurals.py [TS_FILE] [--lconvert PATH]
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

LCONVERT_CANDIDATES = ("/usr/lib/qt6/bin/lconvert", "/usr/lib/qt6/libexec/lconvert", "lconvert6", "lconvert")


def find_lconvert(explicit):
    for candidate in ([explicit] if explicit else []) + list(LCONVERT_CANDIDATES):
        found = shutil.which(candidate) or (candidate if os.access(candidate, os.X_OK) else None)
        if found:
            return found
    sys.exit("fill_english_plurals.py: Qt's lconvert was not found; pass --lconvert PATH")


def english_forms(source):
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def needs_filling(source, translation):
    if translation.get("type") == "unfinished":
        return True
    forms = [f.text or "" for f in translation.findall("numerusform")]
    if len(forms) != 2:
        return True
    # Text the source does not have (markup, another message's XML) means the entry is damaged.
    return any(("<" in f and "<" not in source) or len(f) > 2 * len(source) + 20 for f in forms)


def fill(root):
    count = 0
    for message in root.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if not needs_filling(source, translation):
            continue
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop("type", None)
        for text in english_forms(source):
            ET.SubElement(translation, "numerusform").text = text
        count += 1
    return count


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", nargs="?", default="translations/certdeck_en.ts")
    parser.add_argument("--lconvert")
    args = parser.parse_args()
    lconvert = find_lconvert(args.lconvert)
    tree = ET.parse(args.ts)
    if not tree.getroot().get("language", "").startswith("en"):
        sys.exit(f"fill_english_plurals.py: {args.ts} is not the English file")
    count = fill(tree.getroot())
    with tempfile.TemporaryDirectory() as work:
        raw, normal = os.path.join(work, "raw.ts"), os.path.join(work, "normal.ts")
        tree.write(raw, encoding="utf-8", xml_declaration=True)
        subprocess.run([lconvert, "-i", raw, "-o", normal], check=True)
        ET.parse(normal)  # what lconvert wrote must still be a well-formed .ts before it replaces the file
        shutil.copyfile(normal, args.ts)
    print(f"filled {count} plural entries in {args.ts}")


if __name__ == "__main__":
    main()
