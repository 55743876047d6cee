#!/usr/bin/python3
"""The Lost device walk (issue 28), run by tests/walks/lost-device.sh inside its own X display, window manager
and accessibility bus.

Only the keyboard (xdotool key / type) and the accessibility tree (pyatspi, what Orca reads): the main window's
values are read (each value of the details panel and the connection state must be its own text, not its
caption; every actionable object must have a name), Ctrl+Shift+L opens the Lost device dialog, a wrong name and
Enter must keep the dialog open and say why, the right name and Enter move to Revoke, Space revokes, and the
focus must then be on the proof sentence, which is compared word for word (<time> for the time). Enter then
closes the dialog and the device is gone from the table. Every problem found is listed; exit 1 if there was one.

  lost_device_walk.py SHOTS_DIR DEVICE SESSION CERTDECK [CERTDECK ARGUMENTS...]
"""
import re
import subprocess
import sys
import time

import pyatspi

from walklib import app_node, fail, find_all, key, role, say, shot, showing, start, stop, wait_for, \
    window_titled

shots, device, session, certdeck, *arguments = sys.argv[1:]
start(shots)
DIALOG_TITLE = "Lost or stolen device"
PROOF = f"Revoked “{device}” · 1 session closed ({session}) · verified at <time>"
MISMATCH = f"The name does not match. Type “{device}” exactly as shown."
# What a person acts on: each must have a name a screen reader can say.
ACTIONABLE = {"push button", "toggle button", "check box", "radio button", "combo box", "text", "password text",
              "spin button", "menu item", "check menu item", "radio menu item", "menu", "page tab", "slider",
              "link"}
problems = []


def problem(text):
    say(f"PROBLEM: {text}")
    problems.append(text)


def main_frame():
    app = app_node()
    frames = find_all(app, lambda n: role(n) == "frame" and showing(n)) if app else []
    return frames[0] if frames else None


def shown(node):
    """The object and every object it is in show. Qt 6.8 reports the current item of a closed combo box's
    popup list as focused and showing, under a list that does not show."""
    while node is not None and node.getRole() != pyatspi.ROLE_APPLICATION:
        if not showing(node):
            return False
        node = node.parent
    return True


def focused():
    """The focused object of the window in front: the dialog while it is open, else the main window (an
    object of a window behind may keep its focused state)."""
    window = window_titled(DIALOG_TITLE) or main_frame()
    hits = find_all(window, lambda n: n.getState().contains(pyatspi.STATE_FOCUSED) and shown(n)) \
        if window else []
    return hits[-1] if hits else None


def describe(node):
    return f"{role(node)} '{node.name}'" if node is not None else "nothing"


def check_names(root, where):
    nodes = find_all(root, lambda n: role(n) in ACTIONABLE and showing(n))
    if not nodes:
        problem(f"{where}: nothing to act on was found in the tree")
    say(f"{where}: {len(nodes)} actionable objects")
    for node in nodes:
        if not node.name.replace("&", "").strip():
            # A text field may be named by its "labelled by" relation instead.
            labelled = [r for r in node.getRelationSet() if r.getRelationType() == pyatspi.RELATION_LABELLED_BY]
            if not labelled:
                problem(f"{where}: a {role(node)} has no name (description '{node.description}')")


def check_values(frame):
    """Each value of the details panel, and the connection state, is read as itself: a label whose
    description is its caption and whose name is the value. A value label named after its caption (what a
    screen reader then says instead of the value) is a problem."""
    labels = find_all(frame, lambda n: role(n) == "label" and showing(n))
    captions = {n.name for n in labels if n.name.endswith(":")}
    values = {}
    for n in labels:
        if n.description.endswith(":"):
            values[n.description] = n.name
            if n.name == n.description:
                problem(f"the value labelled '{n.description}' reads as its caption")
    named_as_caption = [n.name for n in labels if n.name in captions]
    for caption in sorted({c for c in named_as_caption if named_as_caption.count(c) > 1}):
        problem(f"the value labelled '{caption}' reads as its caption")
    for caption, value in sorted(values.items()):
        say(f"reads {caption} {value}")
    if values.get("Device:") != device:
        problem(f"the details panel does not read the device: 'Device:' reads {values.get('Device:')!r}")
    if not re.fullmatch(r"([0-9A-F]{2}:){7}[0-9A-F]{2}:?\n?.*", values.get("SHA-256:", ""), re.S):
        problem(f"the fingerprint is not readable: 'SHA-256:' reads {values.get('SHA-256:')!r}")
    state = [n.name for n in labels if n.description == "Connection state"]
    if not state or not state[0] or state[0] == "Connection state":
        problem(f"the status bar's connection state is not readable (reads {state!r})")
    else:
        say(f"reads the connection state: {state[0]}")


def table_lists(name):
    frame = main_frame()
    return bool(frame and find_all(frame, lambda n: role(n) == "table cell" and n.name == name and showing(n)))


proc = subprocess.Popen([certdeck, *arguments])
try:
    wait_for(f"the table row '{device}'", lambda: table_lists(device), timeout=60)
    frame = main_frame()
    time.sleep(0.5)  # the details panel follows the first listing's selection
    shot("window")
    check_names(frame, "the main window")
    check_values(frame)

    # Ctrl+Shift+L: the dialog opens with the focus in the name field.
    key("ctrl+shift+l")
    dialog = wait_for(f"the window '{DIALOG_TITLE}'", lambda: window_titled(DIALOG_TITLE))
    say("the Lost device dialog is open")
    field = wait_for("the focus in the name field", lambda: (lambda f: f if f and role(f) == "text" else None)(
        focused()), timeout=5, required=False)
    if not field:
        fail(f"the focus starts on {describe(focused())}, not on the name field")
    say(f"focus: {describe(field)}")
    check_names(dialog, "the Lost device dialog")
    shot("dialog")

    # A wrong name and Enter: the dialog stays, nothing is revoked, and the field says why.
    subprocess.run(["xdotool", "type", "--delay", "20", device[:-1]], check=True)
    key("Return")
    time.sleep(0.5)
    if not window_titled(DIALOG_TITLE):
        fail("Enter after a wrong name closed the dialog")
    said = wait_for("the reason in the field's description", lambda: (lambda f: f.description if f else "")(
        focused()), timeout=3, required=False)
    if said != MISMATCH:
        problem(f"Enter after a wrong name: the focused field says {said!r}, expected {MISMATCH!r}")
    shot("wrong-name")

    # The right name and Enter: the focus moves to Revoke, which Enter did not press.
    subprocess.run(["xdotool", "type", "--delay", "20", device[-1]], check=True)
    key("Return")
    button = wait_for("the focus on Revoke", lambda: (lambda f: f if f and role(f) == "push button" else None)(
        focused()), timeout=5, required=False)
    if not button:
        fail(f"Enter after the right name left the focus on {describe(focused())}")
    say(f"focus: {describe(button)}")
    if button.name.replace("&", "") != "Revoke and log out now":
        fail(f"Enter moved the focus to {describe(button)}")
    if not table_lists(device):
        fail("Enter revoked without the button being pressed")
    key("space")

    # The proof: where the focus lands, read from the tree.
    pattern = re.escape(PROOF).replace(re.escape("<time>"), r"\d\d:\d\d:\d\d")

    def proof_focused():
        f = focused()
        return f if f is not None and re.fullmatch(pattern, f.name) else None

    proof = wait_for("the focus on the proof", proof_focused, timeout=15, required=False)
    shot("proof")
    if proof:
        read = re.sub(r"\d\d:\d\d:\d\d$", "<time>", proof.name)
        say(f"reads the proof: {proof.name}")
        if read != PROOF:
            problem(f"the proof reads {read!r}, expected {PROOF!r}")
    else:
        sentences = [n.name for n in find_all(app_node(), lambda n: n.name.startswith("Revoked") and showing(n))]
        problem(f"the focus is on {describe(focused())}, not on the proof (the tree holds {sentences!r})")
    check_names(dialog, "the Lost device result page")

    # Enter closes the result page; the device is gone from the table.
    key("Return")
    wait_for("the dialog to close", lambda: not window_titled(DIALOG_TITLE), timeout=10)
    wait_for(f"'{device}' to leave the table", lambda: not table_lists(device), timeout=10)
    shot("after")
finally:
    stop(proc)

if problems:
    fail(f"{len(problems)} problem(s): " + "; ".join(problems))
say("the Lost device walk works by keyboard alone")
