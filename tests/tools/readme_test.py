#!/usr/bin/python3
"""The README test (issue 35): every shell block of README.md that a user runs is run as written, in order.

Each ```sh block must follow a marker comment (a README edit that adds an unmarked block fails):
  <!-- readme-test: run -->            run it; every command must succeed
  <!-- readme-test: run, exit N -->    run it; the block's last command must exit N, the others succeed
  <!-- readme-test: run, window -->    run it; Certdeck's window starts offscreen and quits once its device list
                                       is filled (CERTDECK_STARTUP_PROBE=filled), from this build's preset
                                       (CERTDECK_DEMO_PRESET, given with --preset), in the source tree as a
                                       person runs the checkout's commands
  <!-- readme-test: skip: REASON -->   not run here, for the reason given (shown in the test's output)
A ```text block after a run block, marked <!-- readme-test: output -->, lists lines the run must print (stdout
and stderr together), in that order; <time> stands for a time like 18:03:12, <fingerprint> for a SHA-256
fingerprint, <password> for a generated password, <file> for a path, <port> for a port number.

The one substitution, so that the commands reach a throwaway Prosody (tests/harness) with the account
you@example.org instead of a real server: `certdeck-cli` is a shell function that runs the built certdeck-cli
with --host 127.0.0.1 --port PORT --ca-file CA --password-env CERTDECK_README_PASSWORD appended (the last two
words not when the command has --certificate-login, which logs in without a password). The blocks run
with bash -e in an empty folder (window blocks: the source tree), LANG=en_US.UTF-8, and a HOME and XDG folders
of their own; CERTDECK_DEPS_DIR (the QXmpp and root caches) is kept.

  readme_test.py README.md --cli PATH/TO/certdeck-cli --preset PRESET --source SOURCE_DIR
"""
import argparse
import json
import os
import re
import signal
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
HARNESS = os.path.join(HERE, "..", "harness", "prosody_harness.py")
BLOCK_TIMEOUT = 240  # seconds for one block
MARKER = re.compile(r"<!--\s*readme-test:\s*(.*?)\s*-->")
PLACEHOLDERS = {
    "<time>": r"\d\d:\d\d(:\d\d)?",
    "<fingerprint>": r"[0-9A-F]{2}(:[0-9A-F]{2}){31}",
    "<password>": r"\S+",
    "<file>": r"\S+",
    "<date>": r"\d{4}-\d\d-\d\d",
    "<port>": r"\d+",
}


SHELLS = {"sh", "bash", "shell", "console", "zsh"}
FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})\s*([^\s`]*)")


def blocks(readme):
    """(line number, language, marker or None, text) for every fenced block (``` or ~~~, with or without more
    words after the language), in order."""
    lines = open(readme, encoding="utf-8").read().split("\n")
    out, i = [], 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        indent, fence, lang, start = m.group(1), m.group(2), m.group(3).lower(), i
        body = []
        i += 1
        # The block ends at a fence of the same character, at least as long, with nothing after it.
        while i < len(lines) and not re.fullmatch(re.escape(fence[0]) + "{%d,}\\s*" % len(fence), lines[i].strip()):
            body.append(lines[i][len(indent):] if lines[i].startswith(indent) else lines[i])
            i += 1
        prev = start - 1
        while prev >= 0 and not lines[prev].strip():
            prev -= 1
        marker = MARKER.search(lines[prev]) if prev >= 0 else None
        out.append((start + 1, lang, marker.group(1) if marker else None, "\n".join(body)))
        i += 1
    return out


def expected_regex(line):
    parts = re.split("(" + "|".join(re.escape(p) for p in PLACEHOLDERS) + ")", line)
    return "".join(PLACEHOLDERS.get(p, re.escape(p)) for p in parts)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("readme")
    p.add_argument("--cli", required=True)
    p.add_argument("--preset", required=True, help="the preset of the build under test (build/PRESET)")
    p.add_argument("--source", required=True, help="the source tree, where blocks that name its files run")
    a = p.parse_args()
    found = blocks(a.readme)
    failures = []
    for n, lang, marker, _ in found:
        if lang in SHELLS and marker is None:
            failures.append(f"README.md:{n}: a shell block without a readme-test marker")
        elif not lang:
            failures.append(f"README.md:{n}: a block without a language (sh, text, lua, …): it could hide commands")
    with tempfile.TemporaryDirectory(prefix="certdeck-readme-") as tmp:
        server = os.path.join(tmp, "server")
        r = subprocess.run([sys.executable, HARNESS, "start", "--dir", server, "--domain", "example.org",
                            "--user", "you:readme-password"], stdout=subprocess.PIPE, text=True)
        if r.returncode != 0:
            sys.exit("readme-test: the test server did not start")
        st = json.loads(r.stdout)
        try:
            work = os.path.join(tmp, "work")
            home = os.path.join(tmp, "home")
            os.makedirs(work)
            os.makedirs(home)
            env = {k: v for k, v in os.environ.items() if not k.startswith("LC_") and k != "LANGUAGE"}
            # The slow caches (QXmpp, Debian roots) stay where the set-up made them, not in the fresh home.
            env.setdefault("CERTDECK_DEPS_DIR", os.path.join(os.path.expanduser("~"), ".cache", "certdeck-deps"))
            env.update(LANG="en_US.UTF-8", HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"),
                       XDG_DATA_HOME=os.path.join(home, ".local/share"), XDG_CACHE_HOME=os.path.join(home, ".cache"),
                       XDG_STATE_HOME=os.path.join(home, ".local/state"),
                       CERTDECK_README_PASSWORD="readme-password")
            # The password is left out where the command says it logs in without one.
            prelude = ("certdeck-cli() { local pw=(--password-env CERTDECK_README_PASSWORD) arg; "
                       "for arg; do [ \"$arg\" != --certificate-login ] || pw=(); done; "
                       "%s \"$@\" --host 127.0.0.1 --port %d --ca-file %s \"${pw[@]}\"; }\n" % (
                           shq(os.path.abspath(a.cli)), st["port"], shq(st["ca_file"])))
            last_output = None
            for n, lang, marker, text in found:
                if lang == "text" and marker == "output":
                    if last_output is None:
                        failures.append(f"README.md:{n}: an output block that follows no run block")
                        continue
                    check_output(n, text, last_output, failures)
                    last_output = None
                    continue
                last_output = None  # an output block belongs to the run block right before it, and to no other
                if lang not in SHELLS or marker is None:
                    continue
                if marker.startswith("skip:"):
                    print(f"readme-test: README.md:{n}: skipped: {marker[5:].strip()}", flush=True)
                    continue
                m = re.fullmatch(r"run(?:,\s*exit\s+(\d+))?(,\s*window)?", marker)
                if not m:
                    failures.append(f"README.md:{n}: unknown marker {marker!r}")
                    continue
                want = int(m.group(1) or 0)
                script = prelude + "set -e -o pipefail\n"
                if want:  # the others must succeed; the last command's code is the documented one
                    head, last = split_last_command(text)
                    script += head + "\nset +e\n" + last + "\n"
                else:
                    script += text + "\n"
                block_env = dict(env)
                if m.group(2):
                    block_env.update(CERTDECK_STARTUP_PROBE="filled", QT_QPA_PLATFORM="offscreen",
                                     CERTDECK_DEMO_PRESET=a.preset)
                # A session of its own, so a block that runs too long goes with everything it started.
                proc = subprocess.Popen(["bash", "-c", script], cwd=a.source if m.group(2) else work, env=block_env,
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                        start_new_session=True)
                try:
                    output, _ = proc.communicate(timeout=BLOCK_TIMEOUT)
                except subprocess.TimeoutExpired:
                    kill_group(proc.pid, signal.SIGTERM)
                    try:
                        output, _ = proc.communicate(timeout=10)
                    except subprocess.TimeoutExpired:
                        kill_group(proc.pid, signal.SIGKILL)
                        output, _ = proc.communicate()
                    failures.append(f"README.md:{n}: still running after {BLOCK_TIMEOUT} s; stopped")
                kill_group(proc.pid, signal.SIGKILL)  # anything the block left running in the background
                r = subprocess.CompletedProcess(proc.args, proc.returncode, output)
                print(f"readme-test: README.md:{n}: exit {r.returncode}\n" +
                      "".join("  | " + l + "\n" for l in r.stdout.splitlines()), flush=True)
                if r.returncode != want:
                    failures.append(f"README.md:{n}: exit {r.returncode}, the README says {want}")
                last_output = r.stdout
        finally:
            subprocess.run([sys.executable, HARNESS, "stop", "--dir", server])
    for f in failures:
        print("readme-test: FAILED: " + f, flush=True)
    if failures:
        sys.exit(1)
    print("readme-test: every marked block ran as the README says")


def check_output(n, text, output, failures):
    pos = 0
    lines = output.splitlines()
    for want in (l for l in text.split("\n") if l.strip()):
        rx = re.compile(expected_regex(want))
        while pos < len(lines) and not rx.fullmatch(lines[pos]):
            pos += 1
        if pos == len(lines):
            failures.append(f"README.md:{n}: the run did not print {want!r} (in this order)")
            return
        pos += 1


def split_last_command(text):
    """The block without its last command, and the last command: its last non-comment line with the lines that
    continue into it (a trailing backslash)."""
    lines = text.split("\n")
    while lines and (not lines[-1].strip() or lines[-1].lstrip().startswith("#")):
        lines.pop()
    start = len(lines) - 1
    while start > 0 and lines[start - 1].rstrip().endswith("\\"):
        start -= 1
    return "\n".join(lines[:start]), "\n".join(lines[start:])


def kill_group(pid, sig):
    try:
        os.killpg(pid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def shq(s):
    return "'" + s.replace("'", "'\\''") + "'"


if __name__ == "__main__":
    main()
