#!/usr/bin/python3
"""Checks what lupdate cannot, for every message of every language:

- the file is a well-formed .ts (parsed as XML, never as text);
- every translation keeps the source's placeholders (%1, %n) and accelerator count;
- markup only where the source has markup, and only the source's tags;
- the right number of plural forms for the language, and plural forms only for plural messages;
- no text of another message: no .ts structure (</source>, <message, <numerusform…) inside a translation, even
  escaped, and no other message's source text pasted into it;
- the languages that must be complete (German, and English for its plural forms) have nothing unfinished.

Usage: check_content.py TS_FILE...   Exit status 1 and a line per problem when something is wrong.
"""
import html
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?([1-9]|n)")
ACCELERATOR = re.compile(r"&(?![&\s#a-zA-Z]+;)(?=\S)")  # "&x", not "&amp;" or "& " or "&&"
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>")
TS_STRUCTURE = re.compile(r"</?(?:source|translation|numerusform|message|context|name|comment|location|TS)\b|"
                          r"<!DOCTYPE|<\?xml", re.IGNORECASE)
COMPLETE = {"de"}  # reviewed and complete; the others may fall back to English for a new string
PLURAL_FORMS = {"en": 2, "de": 2, "fr": 2, "es": 2}  # what Qt's lupdate/lrelease use for these languages
QUOTE_LENGTH = 24  # another message's source this long, found inside a translation, was pasted there


def short(text, length=60):
    return " ".join(text.split())[:length]


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def tags(text):
    return {t.lower() for t in TAG.findall(text)}


def texts_of(message):
    translation = message.find("translation")
    if translation is None:
        return None, [], False
    numerus = translation.findall("numerusform")
    if numerus:
        return translation.get("type"), [f.text or "" for f in numerus], True
    return translation.get("type"), [translation.text or ""], False


def check_text(where, source, text, others):
    problems = []
    if not text:
        return problems
    # Escaped or not: a .ts fragment in a translation is another message's text swallowed by a broken edit.
    if TS_STRUCTURE.search(text) or TS_STRUCTURE.search(html.unescape(text)):
        problems.append(f"{where}: contains .ts markup (text of other messages) in “{short(text)}”")
    extra = tags(text) - tags(source)
    if extra:
        problems.append(f"{where}: markup the source does not have ({', '.join(sorted(extra))}) in “{short(text)}”")
    for other in others:
        if other in text and other not in source:
            problems.append(f"{where}: contains the text of another message (“{short(other, 40)}”)")
            break
    return problems


def check_file(path):
    name = path.split("/")[-1]
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        return [f"{name}: not a well-formed .ts file: {error}"]
    if root.tag != "TS":
        return [f"{name}: not a .ts file (root element <{root.tag}>)"]
    language = root.get("language", "").split("_")[0]
    plural_forms = PLURAL_FORMS.get(language)
    sources = {m.findtext("source") or "" for m in root.iter("message")}
    quotable = [s for s in sources if len(s) >= QUOTE_LENGTH]
    problems = []
    for context in root.findall("context"):
        context_name = context.findtext("name") or ""
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            where = f"{name}: {context_name}: “{short(source)}”"
            kind, texts, has_forms = texts_of(message)
            if kind is None and not texts:
                problems.append(f"{where}: no <translation> element")
                continue
            plural = message.get("numerus") == "yes"
            if has_forms and not plural:
                problems.append(f"{where}: plural forms in a message that is not plural")
            if plural and plural_forms and len(texts) != plural_forms:
                problems.append(f"{where}: {len(texts)} plural forms, {language} needs {plural_forms}")
            others = [s for s in quotable if s != source]
            for text in texts:
                problems += check_text(where, source, text, others)
            unfinished = kind == "unfinished"
            if unfinished and language in COMPLETE:
                problems.append(f"{where}: unfinished")
            if unfinished and language == "en" and plural:
                problems.append(f"{where}: plural form unfinished (run translations/fill_english_plurals.py)")
            if unfinished or kind in ("obsolete", "vanished"):
                continue
            for text in texts:
                if not text:
                    problems.append(f"{where}: finished but empty")
                    continue
                if placeholders(text) != placeholders(source):
                    problems.append(f"{where}: placeholders differ in “{short(text)}”")
                if len(ACCELERATOR.findall(text)) != len(ACCELERATOR.findall(source)):
                    problems.append(f"{where}: accelerator (&) count differs in “{short(text)}”")
    return problems


def main(paths):
    problems = [p for path in paths for p in check_file(path)]
    print("\n".join(problems) if problems else f"{len(paths)} translation files: content checked")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
