"""What the walks share: Certdeck's controls found in the accessibility tree (the names and roles a screen
reader reads), clicked with the real mouse (xdotool) or reached with the keyboard alone, the events a screen
reader hears, Certdeck's own words in the walk's language, and screenshots of the whole screen (import)."""
import os
import subprocess
import sys
import time
import xml.etree.ElementTree as ElementTree

import pyatspi
from gi.repository import GLib

_shots = None
_step = 0


def start(shots_dir):
    global _shots
    _shots = shots_dir


def say(text):
    print(f"walk: {text}", flush=True)


def fail(text):
    say(f"FAILED: {text}")
    shot("failed")
    app = app_node()
    if app is not None:  # what the tree held: the windows, and where the focus was
        for i in range(app.childCount):
            window = app.getChildAtIndex(i)
            focus = find_all(window, lambda n: n.getState().contains(pyatspi.STATE_FOCUSED))
            say(f"  window: {role(window)} '{window.name}' showing={showing(window)} "
                f"focus={[f'{role(n)} {n.name!r}' for n in focus]}")
    sys.exit(1)


def shot(name):
    global _step
    _step += 1
    path = os.path.join(_shots, f"{_step:02d}-{name}.png")
    subprocess.run(["import", "-window", "root", path], check=False)
    say(f"screenshot {path}")


def pump():
    """Delivers the accessibility events that have arrived (pyatspi hands them over in GLib's loop)."""
    context = GLib.MainContext.default()
    while context.pending():
        context.iteration(False)


def wait_for(what, find, timeout=30.0, required=True):
    """Polls the accessibility tree until find() returns something (the tree changes as the app works).
    Not `required`: None after the timeout, for what may or may not happen."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pump()
        try:
            found = find()
        except Exception:  # a node vanished while it was read: read again
            found = None
        if found:
            return found
        time.sleep(0.1)
    if not required:
        return None
    fail(f"{what} did not appear within {timeout:.0f} s")


def app_node():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        node = desktop.getChildAtIndex(i)
        if node is not None and node.name.lower() == "certdeck":
            return node
    return None


def find_all(root, predicate):
    out = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        if predicate(node):
            out.append(node)
        stack.extend(node.getChildAtIndex(i) for i in range(node.childCount))
    return out


# Role names as the walks write them. at-spi2-core 2.56 (Debian 13) renamed some ("push button" became
# "button"), so roles are compared by their constants and named here once.
_ROLE_NAMES = {
    pyatspi.ROLE_ALERT: "alert",
    pyatspi.ROLE_CHECK_BOX: "check box",
    pyatspi.ROLE_CHECK_MENU_ITEM: "check menu item",
    pyatspi.ROLE_COMBO_BOX: "combo box",
    pyatspi.ROLE_DIALOG: "dialog",
    pyatspi.ROLE_FRAME: "frame",
    pyatspi.ROLE_LABEL: "label",
    pyatspi.ROLE_MENU: "menu",
    pyatspi.ROLE_MENU_BAR: "menu bar",
    pyatspi.ROLE_MENU_ITEM: "menu item",
    pyatspi.ROLE_PASSWORD_TEXT: "password text",
    pyatspi.ROLE_POPUP_MENU: "popup menu",
    pyatspi.ROLE_PAGE_TAB: "page tab",
    pyatspi.ROLE_PUSH_BUTTON: "push button",
    pyatspi.ROLE_RADIO_BUTTON: "radio button",
    pyatspi.ROLE_RADIO_MENU_ITEM: "radio menu item",
    pyatspi.ROLE_SPIN_BUTTON: "spin button",
    pyatspi.ROLE_TABLE: "table",
    pyatspi.ROLE_TABLE_CELL: "table cell",
    pyatspi.ROLE_TEXT: "text",
    pyatspi.ROLE_TOGGLE_BUTTON: "toggle button",
    pyatspi.ROLE_TOOL_BAR: "tool bar",
    pyatspi.ROLE_WINDOW: "window",
}


def role(node):
    return _ROLE_NAMES.get(node.getRole(), node.getRoleName())


def showing(node):
    return node.getState().contains(pyatspi.STATE_SHOWING)


def window_titled(title):
    app = app_node()
    if app is None:
        return None
    hits = find_all(app, lambda n: n.name == title and role(n) in ("dialog", "frame", "window"))
    return hits[0] if hits and showing(hits[0]) else None


def control(root, kind, name):
    hits = find_all(root, lambda n: role(n) == kind and n.name.replace("&", "") == name and showing(n))
    return hits[0] if hits else None


def click(node, what, button=1):
    ext = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    if ext.width <= 0 or ext.height <= 0:
        fail(f"{what} has no place on the screen")
    x, y = ext.x + ext.width // 2, ext.y + ext.height // 2
    say(f"click {what} at {x},{y}")
    subprocess.run(["xdotool", "mousemove", "--sync", str(x), str(y), "click", str(button)], check=True)


def key(*keys):
    subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], check=True)


def type_into(root, kind, name, text):
    field = wait_for(f"the field '{name}'", lambda: control(root, kind, name))
    click(field, f"the field '{name}'")
    key("ctrl+a", "BackSpace")
    subprocess.run(["xdotool", "type", "--delay", "20", text], check=True)


def stop(proc):
    """Ends Certdeck as a session would: asked first, then killed."""
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


class Heard:
    """What a screen reader hears: each object that comes into view (an alert that shows is spoken), gets
    the focus, or is announced (Qt 6.8), in order, as (kind, role, name, inside Certdeck's window titled,
    the object)."""

    def __init__(self):
        self.events = []
        self._kinds = ["object:state-changed:showing", "object:state-changed:focused", "object:announcement"]
        for kind in self._kinds:
            try:
                pyatspi.Registry.registerEventListener(self._heard, kind)
            except Exception:  # an at-spi without announcements (Debian 12)
                pass

    def _heard(self, event):
        try:
            if not event.detail1 and not event.type.startswith("object:announcement"):
                return
            source = event.source
            if source is None or source.getApplication() is None or \
                    source.getApplication().name.lower() != "certdeck":
                return
            window = source
            while window is not None and role(window) not in ("frame", "dialog", "window"):
                window = window.parent
            text = str(event.any_data) if event.type.startswith("object:announcement") else source.name
            self.events.append((event.type.split(":")[-1], role(source), text,
                                window.name if window is not None else "", source))
        except Exception:  # the object went while it was read
            pass

    def mark(self):
        pump()
        return len(self.events)

    def since(self, mark, kind=None):
        pump()
        return [e for e in self.events[mark:] if kind is None or e[0] == kind]

    def focus(self, window_title):
        """The object that took the focus last, in the window titled so, if it still has it: where a screen
        reader is (item views and windows behind may keep a stale focused state in the tree)."""
        for event in reversed(self.since(0, "focused")):
            try:
                if event[3] == window_title and event[4].getState().contains(pyatspi.STATE_FOCUSED):
                    return event[4]
            except Exception:  # gone
                pass
            return None
        return None

    def alerts_since(self, mark):
        """Alerts that came into view, and announcements: what was spoken without the person asking."""
        return [e[2] for e in self.since(mark) if (e[0] == "showing" and e[1] == "alert") or
                e[0] == "announcement"]


class Words:
    """Certdeck's words in the language of the walk, from its own translation files (the .ts the .qm are
    made of): words("certdeck::ui::MainWindow", "&Refresh") is the text a person reads in that language."""

    def __init__(self, ts_path):
        self._table = {}
        for context in ElementTree.parse(ts_path).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                translation = message.find("translation")
                forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
                text = translation.text if translation is not None else None
                unfinished = translation is not None and translation.get("type") in ("unfinished", "vanished",
                                                                                      "obsolete")
                self._table[(name, message.findtext("source"))] = \
                    (None if unfinished else (forms or text)) if (forms or text) else None

    def __call__(self, context, source, n=None):
        if (context, source) not in self._table:  # a walk that names words Certdeck does not have
            fail(f"no text {source!r} in the context {context!r} of the translations")
        found = self._table.get((context, source))
        if isinstance(found, list):
            return found[0 if n == 1 else 1].replace("%n", str(n))
        text = found or source
        return text.replace("%n", str(n)) if n is not None else text


def plain(text):
    """A label as a screen reader says it: without its mnemonic's &."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")
