#!/usr/bin/python3
"""Fills the plural forms of translations/certdeck_en.ts from the source text ("%n day(s)" -> "%n day", "%n days").

English needs a translation file only for its plural forms. Run after `cmake --build <dir> --target update_translations`.
"""
import html
import re
import sys

path = sys.argv[1] if len(sys.argv) > 1 else "translations/certdeck_en.ts"
text = open(path, encoding="utf-8").read()


def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fill(match):
    source = html.unescape(match.group(1))
    one, many = source.replace("(s)", ""), source.replace("(s)", "s")
    return ('<message numerus="yes">\n        <source>%s</source>\n        <translation>\n'
            '            <numerusform>%s</numerusform>\n            <numerusform>%s</numerusform>\n'
            '        </translation>' % (match.group(1), escape(one), escape(many)))


pattern = re.compile(r'<message numerus="yes">\n        <source>([^<]*)</source>\n'
                     r'        <translation type="unfinished">\n(?:            <numerusform>[^<]*</numerusform>\n)+'
                     r'        </translation>')
text, count = pattern.subn(fill, text)
open(path, "w", encoding="utf-8").write(text)
print(f"filled {count} plural entries in {path}")
