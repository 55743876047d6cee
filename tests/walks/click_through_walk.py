#!/usr/bin/python3
"""The click-through before a release (issue 34), run by tests/walks/click-through.sh inside its own X display,
window manager and accessibility bus, once per language and screen size.

Certdeck is started logged in to the walk's account. Every menu of the menu bar is opened, every toolbar button
pressed, a row selected and its context menu opened: each with the real mouse (xdotool)
on the control found in the accessibility tree by its role, so the walk works in every language. A screenshot of
the whole screen follows each step, for a person to look at: clipped or untranslated text, a button in the
toolbar's overflow, a stale message. What opened is closed again with Escape. Exit 0 when every step was done,
1 with the step that failed.

  click_through_walk.py SHOTS_DIR DEVICE CERTDECK [CERTDECK ARGUMENTS...]
"""
import subprocess
import sys

import pyatspi

from walklib import app_node, click, fail, find_all, key, role, say, shot, showing, start, stop, wait_for

shots, device, certdeck, *arguments = sys.argv[1:]
start(shots)
DIALOG_ROLES = ("dialog", "frame", "window", "alert")


def main_frame():
    app = app_node()
    frames = find_all(app, lambda n: role(n) == "frame" and showing(n)) if app else []
    return frames[0] if frames else None


def device_cell():
    frame = main_frame()
    cells = find_all(frame, lambda n: n.name == device and role(n) in ("table cell", "label")
                     and showing(n)) if frame else []
    return cells[0] if cells else None


def windows():
    """The windows open now, by role and title (the tree hands out new objects at each read)."""
    app = app_node()
    found = find_all(app, lambda n: role(n) in DIALOG_ROLES and showing(n)) if app else []
    return {(role(n), n.name) for n in found}


def open_popup():
    """An item of an open menu (the menu bar's own entries do not count)."""
    app = app_node()
    items = find_all(app, lambda n: role(n).endswith("menu item") and showing(n)
                     and (n.parent is None or role(n.parent) != "menu bar")) if app else []
    return items[0] if items else None


def escape_until(gone, what):
    key("Escape")
    wait_for(f"{what} to close", gone, timeout=10)


proc = subprocess.Popen([certdeck, *arguments])
try:
    wait_for(f"the table row '{device}'", device_cell, timeout=60)
    shot("window")
    steps = 0

    frame = main_frame()
    bars = find_all(frame, lambda n: role(n) == "menu bar")
    menus = [bar.getChildAtIndex(i) for bar in bars for i in range(bar.childCount)]
    menus = [m for m in menus if m is not None and showing(m) and m.name]
    if not menus:
        fail("the window has no menu bar")
    for menu in menus:
        title = menu.name.replace("&", "")
        click(menu, f"the menu '{title}'")
        wait_for(f"the menu '{title}' to open", open_popup, timeout=10)
        shot(f"menu-{title}")
        escape_until(lambda: not open_popup(), f"the menu '{title}'")
        steps += 1

    toolbar = wait_for("the toolbar", lambda: find_all(main_frame(), lambda n: role(n) == "tool bar"))[0]
    buttons = find_all(toolbar, lambda n: role(n) in ("push button", "toggle button") and showing(n))
    buttons.sort(key=lambda n: n.queryComponent().getExtents(0).x)
    for button in buttons:
        title = button.name.replace("&", "")
        if not button.getState().contains(pyatspi.STATE_ENABLED):
            say(f"'{title}' is greyed out here")
            continue
        before = windows()
        click(button, f"the toolbar button '{title}'")
        opened = wait_for("a window", lambda: windows() - before, 5, required=False)
        shot(f"toolbar-{title}")
        if opened:
            escape_until(lambda: not (windows() - before), f"'{sorted(opened)[0][1]}'")
        steps += 1

    cell = device_cell()
    click(cell, f"the row '{device}'")
    shot("row-selected")
    click(cell, f"the row '{device}'", button=3)
    # Qt does not put a context menu into the tree on every version: when it is not found, the screenshot
    # shows whether it opened.
    if not wait_for("the context menu", open_popup, 5, required=False):
        say("the row's context menu is not in the accessibility tree: look at the screenshot")
    shot("row-menu")
    key("Escape")
    steps += 2

    say(f"{steps} steps clicked through; screenshots in {shots}")
finally:
    stop(proc)
