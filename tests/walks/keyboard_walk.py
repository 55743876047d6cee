#!/usr/bin/python3
"""The keyboard walk (issue 28), run by tests/walks/keyboard.sh inside its own X display, window manager and
accessibility bus, in one language (en or de).

A person who cannot use a mouse or see the screen: only keys (xdotool key / type) and the accessibility tree
(pyatspi, what Orca reads), and what a screen reader hears (objects that show, take the focus or are
announced). Certdeck starts with no arguments and an empty profile; the walk logs in, reads every value of
the window, sorts the table from the View menu, enrolls a tablet with the wizard, answers a "Was this you?"
alert, rotates a laptop, opens the activity log and revokes the stolen phone, and reads the results and the
proof where the focus lands, word for word, in the walk's language (Certdeck's own .ts files). Every problem
found is listed; exit 1 if there was one.

  keyboard_walk.py SHOTS_DIR LANG TS_FILE SEED_COMMAND_JSON CERTDECK JID PASSWORD HOST PORT PHONE SESSION
"""
import json
import re
import subprocess
import sys
import time

import pyatspi

from walklib import Heard, Words, app_node, fail, find_all, key, plain, pump, role, say, shot, showing, \
    start, stop, wait_for, window_titled

shots, language, ts_file, seed_json, certdeck, jid, password, host, port, phone, session = sys.argv[1:12]
seed = json.loads(seed_json)
start(shots)
words = Words(ts_file)
heard = Heard()
problems = []

UI = "certdeck::ui::"
LOGIN_TITLE = words("ConnectDialog", "Log in to your XMPP account")
TRUST = plain(words(UI + "TrustDialog", "Trust and &remember this key"))
LOST_TITLE = words(UI + "LostDeviceDialog", "Lost or stolen device")
ENROLL_TITLE = words(UI + "EnrollWizard", "Enroll a device")
# What a person acts on: each must have a name a screen reader can say.
MENU_ITEMS = ("menu item", "check menu item", "radio menu item")
ACTIONABLE = {"push button", "toggle button", "check box", "radio button", "combo box", "text", "password text",
              "spin button", "menu item", "check menu item", "radio menu item", "menu", "page tab", "slider",
              "link"}


def problem(text):
    say(f"PROBLEM: {text}")
    problems.append(text)


def main_frame():
    app = app_node()
    frames = find_all(app, lambda n: role(n) == "frame" and showing(n)) if app else []
    return frames[0] if frames else None


def front_window():
    """The window in front: an open dialog, else the main window (an object of a window behind may keep its
    focused state)."""
    app = app_node()
    windows = [app.getChildAtIndex(i) for i in range(app.childCount)] if app else []
    windows = [w for w in windows if w is not None and showing(w)]
    active = [w for w in windows if w.getState().contains(pyatspi.STATE_ACTIVE)]
    dialogs = [w for w in windows if role(w) in ("dialog", "window")]
    return (active or dialogs or [main_frame()])[-1]


def shown(node):
    """The object and every object it is in show. Qt 6.8 reports the current item of a closed combo box's
    popup list as focused and showing, under a list that does not show."""
    while node is not None and node.getRole() != pyatspi.ROLE_APPLICATION:
        if not showing(node):
            return False
        node = node.parent
    return True


def focused():
    window = front_window()
    node = heard.focus(window.name) if window is not None else None
    if node is not None:
        return node
    hits = find_all(window, lambda n: n.getState().contains(pyatspi.STATE_FOCUSED) and shown(n)) \
        if window else []
    return hits[-1] if hits else None


def settle():
    """Lets the focus events of the last key arrive: the tree and the events come over D-Bus, a moment
    after the key."""
    time.sleep(0.3)
    pump()


def describe(node):
    return f"{role(node)} '{node.name}'" if node is not None else "nothing"


def tab_to(what, matches, limit=40, backwards=False):
    """Tab (or Shift+Tab) until the focused object matches, as a person listening to each stop does. A
    problem when it cannot be reached."""
    for _ in range(limit):
        settle()
        node = focused()
        if node is not None and matches(node):
            settle()  # a focus event still on its way would move it elsewhere
            again = focused()
            if again is None or not matches(again):
                continue
            say(f"focus: {describe(node)}")
            return node
        before = describe(node)
        key("shift+Tab" if backwards else "Tab")
        wait_for("the focus to move", lambda: describe(focused()) != before, timeout=2, required=False)
    fail(f"{what} cannot be reached with Tab (the focus is on {describe(focused())})")


def button_named(name):
    return lambda n: role(n) in ("push button", "toggle button") and plain(n.name) == name


def press(name):
    tab_to(f"the button '{name}'", button_named(name))
    key("space")


def mnemonic(text):
    """The letter that Alt (or, in an open menu, the key alone) takes for a label with an &."""
    return text.split("&")[1][0].lower()


def type_text(text):
    key("ctrl+a", "BackSpace")
    subprocess.run(["xdotool", "type", "--delay", "20", text], check=True)


def check_names(root, where):
    nodes = find_all(root, lambda n: role(n) in ACTIONABLE and showing(n))
    if not nodes:
        problem(f"{where}: nothing to act on was found in the tree")
    say(f"{where}: {len(nodes)} actionable objects")
    for node in nodes:
        if not plain(node.name).strip():
            # A text field may be named by its "labelled by" relation instead.
            labelled = [r for r in node.getRelationSet() if r.getRelationType() == pyatspi.RELATION_LABELLED_BY]
            if not labelled:
                problem(f"{where}: a {role(node)} has no name (description '{node.description}')")


def check_values(frame, device):
    """Each value of the details panel, and the connection state, is read as itself: a label whose
    description is its caption and whose name is the value."""
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
    device_caption = words(UI + "DetailsPanel", "Device:")
    if values.get(device_caption) != device:
        problem(f"the details panel does not read the device: {device_caption!r} reads "
                f"{values.get(device_caption)!r}")
    if not re.fullmatch(r"([0-9A-F]{2}:){7}[0-9A-F]{2}:?\n?.*", values.get("SHA-256:", ""), re.S):
        problem(f"the fingerprint is not readable: 'SHA-256:' reads {values.get('SHA-256:')!r}")
    state_caption = words(UI + "MainWindow", "Connection state")
    state = [n.name for n in labels if n.description == state_caption]
    if not state or not state[0] or state[0] == state_caption:
        problem(f"the status bar's connection state is not readable (reads {state!r})")
    else:
        say(f"reads the connection state: {state[0]}")


def open_menu_items():
    """The entries of the menus that are open: shown menu items that are not the menu bar's own."""
    return [c.name for c in find_all(app_node(), lambda c: role(c) in MENU_ITEMS and shown(c) and
                                     role(c.parent) != "menu bar")]


def check_menus(frame):
    """Every action of the main window is in its menu bar, and each menu opens with Alt and its letter: a
    toolbar button that is in no menu cannot be reached from the keyboard."""
    bars = find_all(frame, lambda n: role(n) == "menu bar" and showing(n))
    if not bars:
        problem("the main window has no menu bar")
        return
    in_menus = set()
    for menu in [bars[0].getChildAtIndex(i) for i in range(bars[0].childCount)]:
        if menu is None or not showing(menu):
            continue
        binding = menu.queryAction().getKeyBinding(0) if menu.queryAction().nActions else ""
        letter = re.fullmatch(r"(?:<Alt>|Alt\+)(.)", binding or "", re.I)
        if not letter:
            problem(f"the menu '{menu.name}' has no Alt+letter (key binding {binding!r})")
            continue
        key("alt+" + letter.group(1).lower())
        items = wait_for(f"the menu '{menu.name}' to open", open_menu_items, timeout=5, required=False)
        if not items:
            problem(f"Alt+{letter.group(1)} does not open the menu '{menu.name}'")
        else:
            say(f"Alt+{letter.group(1)} opens '{menu.name}': {items!r}")
            in_menus.update(plain(i) for i in items)
        # Escape closes the menu; a second leaves the menu bar. The next Alt+letter waits until both are done.
        key("Escape")
        wait_for(f"the menu '{menu.name}' to close", lambda: not open_menu_items(), timeout=5, required=False)
        key("Escape")
        settle()
    toolbars = find_all(frame, lambda n: role(n) == "tool bar" and showing(n))
    buttons = [b for t in toolbars for b in find_all(t, lambda b: role(b) in ("push button", "toggle button")
                                                      and showing(b))]
    if not buttons:
        problem("no toolbar buttons were found")
    in_menus = {name.rstrip("…") for name in in_menus}
    for button in buttons:
        if plain(button.name).rstrip("…") not in in_menus:
            problem(f"the toolbar's '{button.name}' is in no menu: it cannot be reached from the keyboard")


def table_rows():
    """The device table's first column, top to bottom, as the tree gives it."""
    frame = main_frame()
    tables = find_all(frame, lambda n: role(n) == "table" and showing(n)) if frame else []
    device_table = [t for t in tables if t.name == words("MainWindow", "Devices and their certificates")]
    if not device_table:
        return []
    table = device_table[0].queryTable()
    return [table.getAccessibleAt(r, 0).name for r in range(table.nRows)]


def expect_heard(mark, what, matches, timeout=15):
    """Something spoken without being asked for (an alert that showed, an announcement) that matches."""
    found = wait_for(what, lambda: [t for t in heard.alerts_since(mark) if matches(t)], timeout=timeout,
                     required=False)
    if not found:
        problem(f"{what} was not announced (heard: {heard.alerts_since(mark)!r})")
        return None
    say(f"heard: {found[0]}")
    return found[0]


def expect_focus_on(what, matches, timeout=15):
    node = wait_for(what, lambda: (lambda f: f if f is not None and matches(f) else None)(focused()),
                    timeout=timeout, required=False)
    if not node:
        problem(f"the focus is on {describe(focused())}, not on {what}")
        return None
    say(f"focus: {describe(node)}")
    return node


def log_in():
    """The first start: the login dialog, by Tab and typing, then the server's key trusted."""
    dialog = wait_for(f"the window '{LOGIN_TITLE}'", lambda: window_titled(LOGIN_TITLE))
    say("the login dialog is open")
    check_names(dialog, "the login dialog")
    for name, kind, text in (("Account address", "text", jid), ("Password", "password text", password),
                             ("Server host", "text", host), ("Server port", "spin button", port)):
        label = words("ConnectDialog", name)
        tab_to(f"the field '{label}'", lambda n, k=kind, l=label: role(n) == k and n.name == l)
        type_text(text)
    shot("login")
    press(plain(words(UI + "ConnectDialog", "Log in")))
    trust = wait_for(f"the button '{TRUST}'", lambda: front_window() if front_window() is not None and
                     find_all(front_window(), button_named(TRUST)) else None)
    check_names(trust, "the trust dialog")
    press(TRUST)


def sort_by_name_descending():
    """View → Sort by, from the keyboard: the column headers take no focus."""
    key("alt+" + mnemonic(words(UI + "MainWindow", "&View")))
    sort_menu = plain(words(UI + "MainWindow", "&Sort by"))
    wait_for("the View menu", lambda: find_all(app_node(), lambda n: role(n) in ("menu", "menu item") and
                                               plain(n.name) == sort_menu and showing(n)), timeout=5)
    key(mnemonic(words(UI + "MainWindow", "&Sort by")))
    name_column = words("certdeck::CertificateListModel", "Device")
    wait_for(f"the entry '{name_column}'", lambda: find_all(
        app_node(), lambda n: role(n) in MENU_ITEMS and n.name == name_column and showing(n)), timeout=5)
    key("Return")
    wait_for("the table sorted by name", lambda: table_rows() == sorted(table_rows()) and table_rows(),
             timeout=5)
    key("alt+" + mnemonic(words(UI + "MainWindow", "&View")))
    key(mnemonic(words(UI + "MainWindow", "&Sort by")))
    wait_for("the Sort by menu", lambda: find_all(
        app_node(), lambda n: role(n) in MENU_ITEMS and n.name == name_column and showing(n)), timeout=5)
    key(mnemonic(words(UI + "MainWindow", "&Descending")))
    rows = wait_for("the table sorted by name, descending",
                    lambda: (lambda r: r if r and r == sorted(r, reverse=True) else None)(table_rows()), timeout=5,
                    required=False)
    if not rows:
        problem(f"View → Sort by → Descending did not sort the table (rows: {table_rows()!r})")
    else:
        say(f"sorted from the keyboard: {rows!r}")


def enroll(device):
    key("ctrl+n")
    wizard = wait_for(f"the window '{ENROLL_TITLE}'", lambda: window_titled(ENROLL_TITLE))
    say("the Enroll wizard is open")
    name_field = words(UI + "EnrollWizard", "Device name")
    tab_to("the device name", lambda n: role(n) == "text" and n.name == name_field)
    # A name the account has already: the field itself says why Next is greyed out.
    taken = words(UI + "EnrollWizard", "A device with this name already exists.")
    type_text(phone)
    said = wait_for("the reason in the field", lambda: (lambda f: f.description if f else "")(focused()),
                    timeout=3, required=False)
    if said != taken:
        problem(f"a taken name: the field says {said!r}, expected {taken!r}")
    type_text(device)
    check_names(wizard, "the Enroll wizard's first page")
    next_name = words(UI + "EnrollWizard", "Next")
    press(next_name)
    android = words(UI + "EnrollWizard", "An Android phone or tablet, Android 14 or newer")
    tab_to(f"the choice '{android}'", lambda n: role(n) == "radio button" and plain(n.name) == android)
    key("space")
    note = words(UI + "EnrollWizard", "The file will use the current encoding (AES-256, SHA-256). Android "
                 "before 14, iOS before 18 and macOS before 15 cannot open it and say the password is wrong.")
    said = wait_for("the note with the choice", lambda: (lambda f: f.description if f else "")(focused()),
                    timeout=3, required=False)
    if said != note:
        problem(f"the device choice is read without its note: {said!r}")
    check_names(wizard, "the Enroll wizard's device page")
    press(next_name)
    check_names(wizard, "the Enroll wizard's options")
    press(next_name)
    check_names(wizard, "the Enroll wizard's file page")
    copy = words(UI + "P12TargetWidget", "Copy the password")
    press(copy)
    expect_focus_on("'Password copied'", lambda n: n.name == words(UI + "P12TargetWidget", "Password copied"),
                    timeout=3)
    press(next_name)
    enrolled = "✔ " + words("certdeck::DeviceLifecycle", "“%1” was added and verified; its key and "
                            "certificate are in %2.").replace("%1", device).split("%2")[0]
    result = expect_focus_on("the Enroll result", lambda n: n.name.startswith(enrolled), timeout=30)
    if result is not None:
        say(f"reads the result: {result.name}")
    shot("enrolled")
    key("Return")  # the result page's default button: Finish
    wait_for("the wizard to close", lambda: not window_titled(ENROLL_TITLE), timeout=10)


def was_this_you(planted):
    """Someone else adds a certificate; Refresh (F5) finds it, the alert is spoken, and Tab reaches its text,
    then "No — cut it off", then "Yes, it was me", the order they are seen in."""
    subprocess.run(seed + [f"{planted}:-1:300"], check=True, stdout=subprocess.DEVNULL)
    mark = heard.mark()
    key("F5")
    alert = expect_heard(mark, "the 'Was this you?' alert", lambda t: f"“{planted}”" in t or f"„{planted}“" in t,
                         timeout=20)
    if alert is None:
        fail("no 'Was this you?' alert")
    shot("alert")
    tab_to("the alert", lambda n: role(n) == "alert" and f"{planted}" in n.name)
    no = plain(words(UI + "NewDeviceAlert", "No — cut it off"))
    yes = plain(words(UI + "NewDeviceAlert", "Yes, it was me"))
    key("Tab")
    first = expect_focus_on(f"'{no}' after the alert", button_named(no), timeout=3)
    key("Tab")
    second = expect_focus_on(f"'{yes}' after '{no}'", button_named(yes), timeout=3)
    if first is None or second is None:
        press(yes)
    else:
        key("space")
    wait_for("the alert to go", lambda: not find_all(main_frame(), lambda n: role(n) == "alert" and showing(n)
                                                       and planted in n.name), timeout=10)
    say("the alert was answered by keyboard")


def select(device):
    """The device's row, by the table's type-ahead; the details panel follows."""
    table_name = words("MainWindow", "Devices and their certificates")
    tab_to("the device table", lambda n: role(n) in ("table", "table cell") and
           (n.name == table_name or n.parent.name == table_name))
    subprocess.run(["xdotool", "type", "--delay", "20", device], check=True)
    wait_for(f"the details of '{device}'", lambda: find_all(main_frame(), lambda n: role(n) == "label" and
                                                            n.name == device and showing(n)), timeout=5)


def rotate(device):
    select(device)
    key("alt+" + mnemonic(words(UI + "MainWindow", "Devi&ces")))
    rotate_item = plain(words(UI + "MainWindow", "R&otate…"))
    wait_for("the Devices menu", lambda: find_all(app_node(), lambda n: role(n) in MENU_ITEMS and
                                                  plain(n.name) == rotate_item and showing(n)), timeout=5)
    key(mnemonic(words(UI + "MainWindow", "R&otate…")))
    title = words(UI + "RotateDialog", "Rotate “%1”").replace("%1", device)
    dialog = wait_for(f"the window '{title}'", lambda: window_titled(title))
    check_names(dialog, "the Rotate dialog")
    mark = heard.mark()
    press(words(UI + "RotateDialog", "Create and upload"))
    wait_for("the dialog to close", lambda: not window_titled(title), timeout=10)
    outcome = expect_heard(mark, "the rotation's outcome", lambda t: device in t and "✘" not in t, timeout=40)
    shot("rotated")
    return outcome


def activity(expected):
    key("alt+" + mnemonic(words(UI + "MainWindow", "&View")))
    item = plain(words(UI + "MainWindow", "&Activity"))
    wait_for("the View menu", lambda: find_all(app_node(), lambda n: role(n) in MENU_ITEMS
                                               and plain(n.name) == item and showing(n)), timeout=5)
    key(mnemonic(words(UI + "MainWindow", "&Activity")))
    for name in expected:
        if not wait_for(f"'{name}' in the activity log", lambda n=name: find_all(
                main_frame(), lambda c: role(c) == "table cell" and n in c.name and showing(c)), timeout=10,
                required=False):
            problem(f"the activity log does not read '{name}'")
    say(f"the activity log reads {expected!r}")
    shot("activity")


def lost_device():
    select(phone)
    key("ctrl+shift+l")
    dialog = wait_for(f"the window '{LOST_TITLE}'", lambda: window_titled(LOST_TITLE))
    field = expect_focus_on("the name field", lambda n: role(n) == "text", timeout=5)
    if field is None:
        fail("the Lost device dialog does not start in its name field")
    check_names(dialog, "the Lost device dialog")
    # A wrong name and Enter: the dialog stays, nothing is revoked, and the field says why.
    subprocess.run(["xdotool", "type", "--delay", "20", phone[:-1]], check=True)
    key("Return")
    time.sleep(0.5)
    if not window_titled(LOST_TITLE):
        fail("Enter after a wrong name closed the dialog")
    mismatch = words(UI + "LostDeviceDialog", "The name does not match. Type “%1” exactly as shown.") \
        .replace("%1", phone)
    said = wait_for("the reason", lambda: (lambda f: f.description if f else "")(focused()), timeout=3,
                    required=False)
    if said != mismatch:
        problem(f"Enter after a wrong name: the field says {said!r}, expected {mismatch!r}")
    subprocess.run(["xdotool", "type", "--delay", "20", phone[-1]], check=True)
    key("Return")
    revoke = plain(words(UI + "LostDeviceDialog", "Revoke and log out now"))
    if expect_focus_on(f"'{revoke}'", button_named(revoke), timeout=5) is None:
        fail("Enter after the right name did not move to Revoke")
    if phone not in table_rows():
        fail("Enter revoked without the button being pressed")
    revoke_mark = heard.mark()
    key("space")
    proof = " · ".join([words("certdeck::ProofText", "Revoked “%1”").replace("%1", phone),
                        words("certdeck::ProofText", "%n session(s) closed (%1)", 1).replace("%1", session),
                        words("certdeck::ProofText", "verified at %1").replace("%1", "<time>")])
    pattern = re.escape(proof).replace(re.escape("<time>"), r"\d\d:\d\d:\d\d")
    node = expect_focus_on("the proof", lambda n: re.fullmatch(pattern, n.name) is not None, timeout=20)
    if node is not None:
        say(f"reads the proof: {node.name}")
    shot("proof")
    # Nothing behind the dialog takes the focus while the person reads the proof.
    time.sleep(1.5)
    behind = [e for e in heard.since(revoke_mark, "focused") if e[3] != LOST_TITLE]
    if behind:
        problem(f"while the proof shows, objects behind the dialog took the focus: {behind!r}")
    check_names(dialog, "the Lost device result page")
    key("Return")
    wait_for("the dialog to close", lambda: not window_titled(LOST_TITLE), timeout=10)
    wait_for(f"'{phone}' to leave the table", lambda: phone not in table_rows(), timeout=10)
    shot("after")


proc = subprocess.Popen([certdeck])
try:
    log_in()
    wait_for(f"the table row '{phone}'", lambda: phone in table_rows(), timeout=60)
    time.sleep(0.5)  # the details panel follows the first listing's selection
    shot("window")
    check_names(main_frame(), "the main window")
    check_menus(main_frame())
    check_values(main_frame(), table_rows()[0])
    sort_by_name_descending()
    tablet = "Tablet"
    enroll(tablet)
    was_this_you("Backdoor")
    rotate("Work laptop")
    activity([tablet, "Work laptop"])
    lost_device()
finally:
    stop(proc)

if problems:
    fail(f"{len(problems)} problem(s): " + "; ".join(problems))
say(f"the keyboard walk works in {language}")
