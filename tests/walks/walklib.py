"""What the walks share: Certdeck's controls found in the accessibility tree (the names and roles a screen
reader reads), clicked with the real mouse (xdotool), and screenshots of the whole screen (import)."""
import os
import subprocess
import sys
import time

import pyatspi

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
    sys.exit(1)


def shot(name):
    global _step
    _step += 1
    path = os.path.join(_shots, f"{_step:02d}-{name}.png")
    subprocess.run(["import", "-window", "root", path], check=False)
    say(f"screenshot {path}")


def wait_for(what, find, timeout=30.0, required=True):
    """Polls the accessibility tree until find() returns something (the tree changes as the app works).
    Not `required`: None after the timeout, for what may or may not happen."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
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
