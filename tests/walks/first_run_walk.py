#!/usr/bin/python3
"""The first run as a person makes it (issue 33), run by tests/walks/first-run.sh inside its own X display,
window manager and accessibility bus.

Certdeck is started with no arguments and an empty profile. The script finds each control through the
accessibility tree (the names a screen reader reads), moves the real mouse there with xdotool and clicks, and
types with xdotool: account, password, host and port; Log in; "Trust and remember this key" in the trust
dialog; then it waits for the device table to show the account's certificate. A screenshot of the whole screen
is kept at each step (import -window root). Exit 0 when the table is shown, 1 with the step that failed.

  first_run_walk.py CERTDECK JID PASSWORD HOST PORT DEVICE SHOTS_DIR
"""
import os
import subprocess
import sys
import time

import pyatspi

certdeck, jid, password, host, port, device, shots = sys.argv[1:8]
LOGIN_TITLE = "Log in to your XMPP account"
step_no = 0


def say(text):
    print(f"walk: {text}", flush=True)


def fail(text):
    say(f"FAILED: {text}")
    shot("failed")
    sys.exit(1)


def shot(name):
    global step_no
    step_no += 1
    path = os.path.join(shots, f"{step_no:02d}-{name}.png")
    subprocess.run(["import", "-window", "root", path], check=False)
    say(f"screenshot {path}")


def wait_for(what, find, timeout=30.0):
    """Polls the accessibility tree until find() returns something (the tree changes as the app works)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            found = find()
        except Exception:  # a node vanished while it was read: read again
            found = None
        if found:
            return found
        time.sleep(0.1)
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


def showing(node):
    return node.getState().contains(pyatspi.STATE_SHOWING)


def window_titled(title):
    app = app_node()
    if app is None:
        return None
    hits = find_all(app, lambda n: n.name == title and n.getRoleName() in ("dialog", "frame", "window"))
    return hits[0] if hits and showing(hits[0]) else None


def control(root, role, name):
    hits = find_all(root, lambda n: n.getRoleName() == role and n.name.replace("&", "") == name and showing(n))
    return hits[0] if hits else None


def click(node, what):
    ext = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    if ext.width <= 0 or ext.height <= 0:
        fail(f"{what} has no place on the screen")
    x, y = ext.x + ext.width // 2, ext.y + ext.height // 2
    say(f"click {what} at {x},{y}")
    subprocess.run(["xdotool", "mousemove", "--sync", str(x), str(y), "click", "1"], check=True)


def type_into(root, role, name, text):
    field = wait_for(f"the field '{name}'", lambda: control(root, role, name))
    click(field, f"the field '{name}'")
    subprocess.run(["xdotool", "key", "--clearmodifiers", "ctrl+a", "BackSpace"], check=True)
    subprocess.run(["xdotool", "type", "--delay", "20", text], check=True)


proc = subprocess.Popen([certdeck])
try:
    dialog = wait_for(f"the window '{LOGIN_TITLE}'", lambda: window_titled(LOGIN_TITLE))
    say("the login dialog is open")
    shot("login-dialog")
    type_into(dialog, "text", "Account address", jid)
    type_into(dialog, "password text", "Password", password)
    type_into(dialog, "text", "Server host", host)
    type_into(dialog, "spin button", "Server port", port)
    shot("login-filled")
    click(wait_for("the button 'Log in'", lambda: control(dialog, "push button", "Log in")), "Log in")

    trust_button = "Trust and remember this key"
    button = wait_for(f"the button '{trust_button}'",
                      lambda: control(app_node(), "push button", trust_button))
    shot("trust-dialog")
    click(button, trust_button)

    def device_row():
        tables = find_all(app_node(), lambda n: n.getRoleName() == "table" and showing(n))
        for table in tables:
            cells = find_all(table, lambda n: n.name == device and showing(n))
            if cells:
                return cells[0]
        return None

    wait_for(f"the table row '{device}'", device_row)
    if window_titled(LOGIN_TITLE):
        fail("the login dialog is still open after the table filled")
    time.sleep(0.3)  # the last repaint before the picture; nothing is decided on it
    shot("table")
    say(f"the table shows '{device}': the first run works")
finally:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
