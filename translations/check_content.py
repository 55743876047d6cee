#!/usr/bin/python3
"""Checks what lupdate cannot: every finished translation keeps the source's placeholders (%1, %n) and at most one
accelerator, the languages that must be complete (German, and English for its plural forms) have nothing unfinished.

Usage: check_content.py TS_FILE...   Exit status 1 and a line per problem when something is wrong.
"""
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:[1-9]|n)")
ACCELERATOR = re.compile(r"&(?![&\s#a-zA-Z]+;)(?=\S)")  # "&x", not "&amp;" or "& " or "&&"
COMPLETE = {"de"}  # reviewed and complete; the others may fall back to English for a new string


def forms(message):
    translation = message.find("translation")
    numerus = translation.findall("numerusform")
    return translation.get("type"), [f.text or "" for f in numerus] if numerus else [translation.text or ""]


def check(path):
    problems = []
    root = ET.parse(path).getroot()
    language = root.get("language", "").split("_")[0]
    for context in root.findall("context"):
        name = context.find("name").text
        for message in context.findall("message"):
            source = message.find("source").text or ""
            kind, texts = forms(message)
            where = f"{path.split('/')[-1]}: {name}: “{source[:60]}”"
            unfinished = kind == "unfinished"
            if unfinished and language in COMPLETE:
                problems.append(f"{where}: unfinished")
            if unfinished and language == "en" and message.get("numerus") == "yes":
                problems.append(f"{where}: plural form unfinished (run translations/fill_english_plurals.py)")
            if unfinished or kind in ("obsolete", "vanished"):
                continue
            for text in texts:
                if sorted(set(PLACEHOLDER.findall(text))) != sorted(set(PLACEHOLDER.findall(source))):
                    problems.append(f"{where}: placeholders differ in “{text[:60]}”")
                if len(ACCELERATOR.findall(text)) != len(ACCELERATOR.findall(source)):
                    problems.append(f"{where}: accelerator (&) count differs in “{text[:60]}”")
    return problems


problems = [p for path in sys.argv[1:] for p in check(path)]
print("\n".join(problems) if problems else f"{len(sys.argv) - 1} translation files: content checked")
sys.exit(1 if problems else 0)
