#!/usr/bin/python3
"""The translation checker fails on damaged .ts files (the way certdeck_en.ts was damaged once, and a few other ways)
and passes the real ones; the English plural filler repairs such damage and leaves a good file as it is.

Usage: test_translation_tools.py TRANSLATIONS_DIR LCONVERT
"""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET

TRANSLATIONS = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else "translations"
LCONVERT = sys.argv[2] if len(sys.argv) > 2 else "/usr/lib/qt6/bin/lconvert"
sys.path.insert(0, TRANSLATIONS)
import check_content  # noqa: E402

LANGUAGES = ("en", "de", "fr", "es")


def ts(language):
    return os.path.join(TRANSLATIONS, f"certdeck_{language}.ts")


class Damaged:
    """A copy of a real .ts file, changed through the XML tree the way a broken tool would change it."""

    def __init__(self, work, language):
        self.path = os.path.join(work, f"certdeck_{language}.ts")
        self.tree = ET.parse(ts(language))

    def message(self, predicate):
        return next(m for m in self.tree.getroot().iter("message") if predicate(m))

    def plural(self):
        return self.message(lambda m: m.get("numerus") == "yes" and "%1" in (m.findtext("source") or ""))

    def finished(self, needle):
        return self.message(lambda m: needle in (m.findtext("source") or "")
                            and m.find("translation").get("type") is None
                            and m.get("numerus") != "yes")

    def save(self):
        self.tree.write(self.path, encoding="utf-8", xml_declaration=True)
        return self.path


class CheckContent(unittest.TestCase):
    def setUp(self):
        self.work = tempfile.mkdtemp()

    def tearDown(self):
        shutil.rmtree(self.work)

    def problems(self, path):
        return check_content.check_file(path)

    def test_real_files_pass(self):
        for language in LANGUAGES:
            self.assertEqual(self.problems(ts(language)), [], language)

    def test_english_plural_that_swallowed_the_following_messages(self):
        # What the old regular-expression filler did: the following messages' XML, escaped, became the plural
        # forms. The placeholders %1 %2 %3 survive in the garbage, so only a structural check notices.
        with open(ts("en"), encoding="utf-8") as f:
            raw = f.read()
        damaged = Damaged(self.work, "en")
        message = damaged.plural()
        start = raw.index("</source>", raw.index(message.findtext("source").split("%")[0]))
        swallowed = raw[start:start + 2800] + " %1 %2 %3 %n"
        for form in message.find("translation").findall("numerusform"):
            form.text = form.text.split("<")[0] + swallowed
        found = self.problems(damaged.save())
        self.assertTrue(any("contains .ts markup" in p for p in found), found)

    def test_another_messages_text_pasted(self):
        damaged = Damaged(self.work, "de")
        long_sources = [m.findtext("source") for m in damaged.tree.getroot().iter("message")
                        if len(m.findtext("source") or "") >= check_content.QUOTE_LENGTH]
        message = damaged.finished("%1")
        other = next(s for s in long_sources if s != message.findtext("source") and "%" not in s)
        message.find("translation").text += " " + other
        found = self.problems(damaged.save())
        self.assertTrue(any("text of another message" in p for p in found), found)

    def test_lost_placeholder(self):
        damaged = Damaged(self.work, "fr")
        translation = damaged.finished("%1").find("translation")
        translation.text = translation.text.replace("%1", "")
        found = self.problems(damaged.save())
        self.assertTrue(any("placeholders differ" in p for p in found), found)

    def test_markup_where_the_source_has_none(self):
        damaged = Damaged(self.work, "es")
        message = damaged.message(lambda m: "<" not in (m.findtext("source") or "")
                                  and m.find("translation").get("type") is None and m.get("numerus") != "yes"
                                  and (m.find("translation").text or ""))
        message.find("translation").text = "<b>" + message.find("translation").text + "</b>"
        found = self.problems(damaged.save())
        self.assertTrue(any("markup the source does not have (b)" in p for p in found), found)

    def test_wrong_number_of_plural_forms(self):
        damaged = Damaged(self.work, "de")
        translation = damaged.plural().find("translation")
        ET.SubElement(translation, "numerusform").text = translation.findall("numerusform")[-1].text
        found = self.problems(damaged.save())
        self.assertTrue(any("3 plural forms, de needs 2" in p for p in found), found)

    def test_not_well_formed(self):
        path = os.path.join(self.work, "certdeck_de.ts")
        with open(ts("de"), encoding="utf-8") as f:
            text = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(text[: len(text) // 2])
        found = self.problems(path)
        self.assertTrue(found and "not a well-formed .ts file" in found[0], found)

    def test_command_line_exit_status(self):
        damaged = Damaged(self.work, "de")
        translation = damaged.finished("%1").find("translation")
        translation.text = translation.text.replace("%1", "")
        script = os.path.join(TRANSLATIONS, "check_content.py")
        self.assertEqual(subprocess.run([sys.executable, script, ts("de")], capture_output=True).returncode, 0)
        self.assertEqual(subprocess.run([sys.executable, script, damaged.save()], capture_output=True).returncode,
                         1)


class FillEnglishPlurals(unittest.TestCase):
    def setUp(self):
        self.work = tempfile.mkdtemp()

    def tearDown(self):
        shutil.rmtree(self.work)

    def fill(self, path):
        script = os.path.join(TRANSLATIONS, "fill_english_plurals.py")
        subprocess.run([sys.executable, script, path, "--lconvert", LCONVERT], check=True, capture_output=True)

    def test_good_file_unchanged(self):
        path = os.path.join(self.work, "certdeck_en.ts")
        shutil.copyfile(ts("en"), path)
        self.fill(path)
        with open(ts("en"), encoding="utf-8") as a, open(path, encoding="utf-8") as b:
            self.assertEqual(a.read(), b.read())

    def test_unfinished_and_damaged_plurals_are_filled_from_the_source(self):
        damaged = Damaged(self.work, "en")
        plurals = [m for m in damaged.tree.getroot().iter("message") if m.get("numerus") == "yes"]
        unfinished, broken = plurals[0], plurals[1]
        translation = unfinished.find("translation")
        translation.set("type", "unfinished")
        for form in translation.findall("numerusform"):
            form.text = ""
        for form in broken.find("translation").findall("numerusform"):
            form.text = "x</source>\n<translation><numerusform>y"
        path = damaged.save()
        self.fill(path)
        self.assertEqual(check_content.check_file(path), [])
        with open(ts("en"), encoding="utf-8") as a, open(path, encoding="utf-8") as b:
            self.assertEqual(a.read(), b.read())  # lupdate's layout, byte for byte


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
