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
import subprocess
import sys
import time

from walklib import app_node, click, control, fail, find_all, role, say, shot, showing, start, stop, \
    type_into, wait_for, window_titled

certdeck, jid, password, host, port, device, shots = sys.argv[1:8]
LOGIN_TITLE = "Log in to your XMPP account"
start(shots)

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
        tables = find_all(app_node(), lambda n: role(n) == "table" and showing(n))
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
    stop(proc)
