#!/usr/bin/python3
"""Issue 32, "Done when", end to end with certdeck-cli: on Prosody 13 with mod_sasl2, mod_sasl2_bind2 and
mod_sasl2_fast, a phone that logs in the way Conversations does (Sasl2Phone of packaging/prosody/check-takeover.py:
STARTTLS with its certificate, SASL2 EXTERNAL, Bind2, a FAST token request, then its initial presence) is online;
- `certdeck-cli enroll NAME --certificate PEM` put its certificate on the account;
- `certdeck-cli list` shows the phone's row as "online now (<its Bind2 resource>)";
- `certdeck-cli revoke NAME` exits 0 and prints, word for word, the one-line proof
  Revoked “NAME” · 1 session closed (<bare JID>/<Bind2 resource>) · verified at HH:MM:SS
- the phone's stream is closed (stream error not-authorized); afterwards SASL2 EXTERNAL and old-style EXTERNAL with
  its certificate are refused; it got no FAST token at login (and were one ever issued, it is refused after the
  revoke).
certdeck-cli runs as a process in English (LANG=en_US.UTF-8, no LC_ALL or LANGUAGE), with HOME and the XDG
folders in a throwaway folder and the password in a 0600 file (--password-file).
Prosody 0.12 has no usable mod_sasl2: there the script exits 77 (skipped); tests/CMakeLists.txt registers it for
the Prosody 13 run only.

  test_sasl2_cli_revoke.py CERTDECK_CLI [-v]   (needs CERTDECK_PROSODY_ROOT=DIR, Prosody 13; -v: the CLI's stderr)
"""
import asyncio
import importlib.util
import logging
import os
import re
import subprocess
import sys
import tempfile

from saslcert_server import HARNESS, HERE, Client, check, finish, server

sys.path.insert(0, os.path.dirname(HARNESS))
import prosody_harness  # noqa: E402  pylint: disable=wrong-import-position

spec = importlib.util.spec_from_file_location(
    "check_takeover", os.path.join(HERE, "..", "..", "packaging", "prosody", "check-takeover.py"))
check_takeover = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_takeover)
Sasl2Phone = check_takeover.Sasl2Phone

SKIPPED = 77  # ctest's SKIP_RETURN_CODE
CLI_TIMEOUT = 60  # seconds for one certdeck-cli run
JID, PASSWORD = "alice@a.test", "alice-password"
DEVICE = "Pixel phone"  # a name with a space, as people name phones
BIND_TAG = "Conversations.Ab1x"
TIME = re.compile(r"(?<=verified at )\d\d:\d\d:\d\d$")
VERBOSE = "-v" in sys.argv[1:]


class Cli:
    """certdeck-cli as a person runs it: English, a home of its own, the account's options, the password in a file."""

    def __init__(self, binary, folder, st):
        self.binary = binary
        home = os.path.join(folder, "cli-home")
        self.env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LANGUAGE") and not k.startswith("LC_")}
        self.env.update(LANG="en_US.UTF-8", HOME=os.path.join(home, "home"))
        for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache"),
                         ("XDG_STATE_HOME", "state"), ("XDG_RUNTIME_DIR", "runtime")):
            self.env[var] = os.path.join(home, sub)
        for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"):
            os.makedirs(self.env[var], mode=0o700, exist_ok=True)
        password_file = os.path.join(home, "password")
        with open(os.open(password_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w", encoding="utf-8") as f:
            f.write(PASSWORD + "\n")
        self.account = ["--jid", JID, "--host", st["host"], "--port", str(st["port"]), "--ca-file", st["ca_file"],
                        "--password-file", password_file]

    async def run(self, *args):
        """(exit code, stdout, stderr); the event loop keeps running meanwhile (the phone's connection with it)."""
        proc = await asyncio.create_subprocess_exec(self.binary, *args, *self.account, env=self.env,
                                                    stdin=asyncio.subprocess.DEVNULL,
                                                    stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        try:
            out, err = await asyncio.wait_for(proc.communicate(), CLI_TIMEOUT)
        except asyncio.TimeoutError:
            proc.kill()
            out, err = await proc.communicate()
            err += f"\n(killed after {CLI_TIMEOUT} s)".encode()
        out, err = out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
        shown = "".join(f"  | {line}\n" for line in out.splitlines())
        print(f"$ certdeck-cli {' '.join(args)}  -> exit {proc.returncode}\n{shown}", end="", flush=True)
        if VERBOSE or proc.returncode != 0:
            print("".join(f"  ! {line}\n" for line in err.splitlines()), end="", flush=True)
        return proc.returncode, out, err


def make_device_cert(folder, stem, jid):
    """A device certificate certdeck-cli accepts for enroll: as saslcert_server.make_cert (id-on-xmppAddr,
    clientAuth), and CA:FALSE, which `openssl req -x509` leaves out (Certdeck refuses a CA certificate)."""
    key, crt = os.path.join(folder, stem + ".key"), os.path.join(folder, stem + ".crt")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-keyout", key, "-out", crt, "-days", "30", "-subj", f"/CN={stem}",
                    "-addext", f"subjectAltName=otherName:1.3.6.1.5.5.7.8.5;UTF8:{jid}",
                    "-addext", "extendedKeyUsage=clientAuth", "-addext", "keyUsage=critical,digitalSignature",
                    "-addext", "basicConstraints=critical,CA:FALSE"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return {"key": key, "crt": crt}


def row_of(listing, name):
    """The tab-separated fields of the row whose first field is name (name, not-after, key, fingerprint, use)."""
    rows = [line.split("\t") for line in listing.splitlines() if line.split("\t", 1)[0] == name]
    return rows[0] if len(rows) == 1 else None


async def run(binary, folder):
    with server("--domain", "a.test", "--sasl2", "--user", f"{JID}:{PASSWORD}") as st:
        print(f"test_sasl2_cli_revoke: Prosody {st['prosody_version']} with mod_sasl2, mod_sasl2_bind2, "
              "mod_sasl2_fast", flush=True)
        cli = Cli(binary, folder, st)
        await checks(cli, folder, st, DEVICE, "phone", presence=True)
        # A phone that binds and never publishes presence leaves without an unavailable presence: Certdeck
        # asks the server (a ping to the resource <users> listed) and still counts the closed session.
        await checks(cli, folder, st, DEVICE + " 2", "phone2", presence=False)


async def checks(cli, folder, st, device, file_name, presence):
    host, port, ca = st["host"], st["port"], st["ca_file"]
    cert = make_device_cert(folder, file_name, JID)
    print(f"test_sasl2_cli_revoke: “{device}”, {'with' if presence else 'without'} initial presence", flush=True)

    code, out, _ = await cli.run("enroll", device, "--certificate", cert["crt"])
    if not check("certdeck-cli enroll adds the phone's certificate (exit 0)", code == 0, f"exit {code}"):
        return

    # The phone, as Conversations logs in: SASL2 EXTERNAL, Bind2, a FAST token request; then its presence.
    phone = Sasl2Phone(JID, host, port, ca, cert=(cert["crt"], cert["key"]), user_agent_id="phone-0001")
    r = await phone.login("EXTERNAL", bind_tag=BIND_TAG, request_token=True)
    check("SASL2 <authentication> lists EXTERNAL to the phone", "EXTERNAL" in r.features, f"listed: {r.features}")
    check("FAST is offered inline (mod_sasl2_fast is live)", "HT-SHA-256-NONE" in r.fast, f"offered: {r.fast}")
    if not check("the phone logs in by SASL2 EXTERNAL and is bound by Bind2",
                 r.outcome == "success" and (r.full_jid or "").startswith(f"{JID}/{BIND_TAG}~"),
                 f"{r.outcome} {r.condition} {r.full_jid}"):
        return
    full_jid = r.full_jid
    resource = full_jid.split("/", 1)[1]
    token = r.token
    check("the phone's certificate login got no FAST token", token is None, f"token {token!r}")
    # Conversations' initial presence once bound: Prosody then sends <presence type='unavailable'> when the
    # session closes. Without it, Certdeck's proof rests on its ping to the resource after the revoke.
    if presence:
        phone._send("<presence/>")  # pylint: disable=protected-access
    check("the phone's session answers a ping", await phone.ping())

    code, out, _ = await cli.run("list")
    row = row_of(out, device)
    check("certdeck-cli list exits 0", code == 0, f"exit {code}")
    check(f"certdeck-cli list shows “{device}” in one row of five tab-separated columns",
          row is not None and len(row) == 5, repr(row))
    check("the phone's row says it is online now, with its Bind2 resource",
          row is not None and row[-1] == f"online now ({resource})", repr(row[-1] if row else None))

    code, out, _ = await cli.run("revoke", device)
    check("certdeck-cli revoke exits 0", code == 0, f"exit {code}")
    expected = f"Revoked “{device}” · 1 session closed ({full_jid}) · verified at HH:MM:SS\n"
    got = TIME.sub("HH:MM:SS", out.rstrip("\n")) + "\n"
    check("certdeck-cli revoke prints the one-line proof, word for word", got == expected,
          f"expected {expected.rstrip()!r}, got {got.rstrip()!r}")

    closed = await phone.wait_closed()
    check("the phone's stream was closed (stream error not-authorized)", closed == "not-authorized", f"{closed}")
    phone.close()

    again = Sasl2Phone(JID, host, port, ca, cert=(cert["crt"], cert["key"]), user_agent_id="phone-0001")
    r = await again.login("EXTERNAL", bind_tag=BIND_TAG, request_token=True)
    check("after the revoke, SASL2 EXTERNAL with the phone's certificate is refused (not-authorized)",
          (r.outcome, r.condition) == ("failure", "not-authorized"), f"{r.outcome} {r.condition} {r.full_jid}")
    again.close()
    legacy = Client(f"{JID}/phone", None, ca, cert=cert)
    outcome = await legacy.login(host, port)
    check("after the revoke, old-style SASL EXTERNAL with the phone's certificate is refused",
          outcome == "auth_failed", outcome)
    legacy.disconnect()
    if token is not None:  # only when the server issued one (a failed check above)
        fast = Sasl2Phone(JID, host, port, ca, cert=(cert["crt"], cert["key"]), user_agent_id="phone-0001")
        r = await fast.login("HT-SHA-256-NONE", bind_tag=BIND_TAG, token=token)
        check("after the revoke, the phone's FAST token is refused", r.outcome == "failure",
              f"{r.outcome} {r.condition} {r.full_jid}")
        fast.close()

    code, out, _ = await cli.run("list")
    check("after the revoke, certdeck-cli list no longer lists the phone",
          code == 0 and row_of(out, device) is None, f"exit {code}")


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    if len(args) != 1 or not os.access(args[0], os.X_OK):
        print("usage: test_sasl2_cli_revoke.py CERTDECK_CLI [-v]", file=sys.stderr)
        sys.exit(2)
    logging.basicConfig(level=logging.CRITICAL)  # slixmpp's and asyncio's own chatter
    version = prosody_harness.prosody_version(prosody_harness.prosody_root())
    if prosody_harness.major_version(version) < 13:
        print(f"test_sasl2_cli_revoke: skipped: Prosody {version} has no usable mod_sasl2; set "
              "CERTDECK_PROSODY_ROOT to a Debian 13 root (Prosody 13)")
        sys.exit(SKIPPED)
    asyncio.set_event_loop(asyncio.new_event_loop())
    with tempfile.TemporaryDirectory(prefix="certdeck-sasl2-cli-") as folder:
        asyncio.get_event_loop().run_until_complete(run(os.path.abspath(args[0]), folder))
    finish("test_sasl2_cli_revoke")


if __name__ == "__main__":
    main()
