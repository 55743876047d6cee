"""Shared pieces of the server tests (tests/server): a throwaway Prosody from tests/harness, device certificates,
and slixmpp clients that log in by password or by SASL EXTERNAL and send XEP-0257 requests, reading the
server's replies as it sent them (element by element, with every namespace and attribute).

Run the tests with Debian's /usr/bin/python3 (python3-slixmpp). Every wait is on a condition with a deadline.
"""
import asyncio
import calendar
import contextlib
import copy
import json
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

import slixmpp
from slixmpp.exceptions import IqError, IqTimeout

SASLCERT = "urn:xmpp:saslcert:1"
USE = "urn:certdeck:saslcert-use:0"  # the use report of Certdeck's fix of mod_client_certs
TIMEOUT = 15  # seconds for one answer or one login; a missing answer is a failure, never a pass
HERE = os.path.dirname(os.path.abspath(__file__))
HARNESS = os.path.join(HERE, "..", "harness", "prosody_harness.py")

failures = []


def check(name, ok, detail=""):
    print(("ok: " if ok else "FAILED: ") + name + ("" if ok or not detail else f" ({detail})"), flush=True)
    if not ok:
        failures.append(name)
    return ok


def finish(script):
    if failures:
        print(f"{script}: {len(failures)} check(s) FAILED", file=sys.stderr)
        sys.exit(1)
    print(f"{script}: all checks passed")


def harness(*args):
    r = subprocess.run([sys.executable, HARNESS, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"prosody_harness {args[0]} failed: {r.stderr.strip()}")
    return json.loads(r.stdout) if r.stdout.strip() else None


@contextlib.contextmanager
def server(*args):
    """A harness Prosody (start args) in a throwaway folder of its own, stopped at the end. The folder sits right
    under /tmp: with CERTDECK_PROSODY_ROOT the harness makes its mount point at the same path in the root, and
    removes it at stop only when no parent folder had to be made for it."""
    with tempfile.TemporaryDirectory(prefix="certdeck-server-") as folder:
        st = harness("start", "--dir", folder, *args)
        try:
            yield st
        finally:
            harness("stop", "--dir", folder)


def make_cert(folder, stem, jid):
    """A self-signed device certificate for jid, as Certdeck makes them (id-on-xmppAddr, clientAuth)."""
    key, crt = os.path.join(folder, stem + ".key"), os.path.join(folder, stem + ".crt")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-keyout", key, "-out", crt, "-days", "30", "-subj", f"/CN={stem}",
                    "-addext", f"subjectAltName=otherName:1.3.6.1.5.5.7.8.5;UTF8:{jid}",
                    "-addext", "extendedKeyUsage=clientAuth", "-addext", "keyUsage=digitalSignature"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(crt, encoding="ascii") as f:
        pem = f.read()
    b64 = "".join(line for line in pem.splitlines() if line and not line.startswith("-----"))
    return {"key": key, "crt": crt, "b64": b64}


def xep0082(text):
    """Seconds since the epoch of an XEP-0082 UTC time YYYY-MM-DDThh:mm:ssZ, or None if it is not one."""
    try:
        return calendar.timegm(time.strptime(text, "%Y-%m-%dT%H:%M:%SZ"))
    except (TypeError, ValueError):
        return None


class Client(slixmpp.ClientXMPP):
    """Logs in once (by password, or by SASL EXTERNAL with cert) and reports how: 'bound', 'auth_failed' or
    'disconnected'. authzid: the identity EXTERNAL asks for (None: '=', the certificate's)."""

    def __init__(self, jid, password, ca_file, cert=None, authzid=None):
        super().__init__(jid, password or "", sasl_mech="EXTERNAL" if cert else None)
        if cert:
            self.certfile, self.keyfile = cert["crt"], cert["key"]
        if authzid is not None:
            self.credentials["authzid"] = authzid
        self.ca_certs = ca_file
        self.outcome = asyncio.get_event_loop().create_future()
        self.gone = asyncio.get_event_loop().create_future()
        self.add_event_handler("session_start", lambda _: self._done("bound"))
        # failed_auth comes once per mechanism tried; these two come when none is left.
        self.add_event_handler("failed_all_auth", lambda _: self._done("auth_failed"))
        self.add_event_handler("no_auth", lambda _: self._done("auth_failed"))
        self.add_event_handler("disconnected", self._disconnected)
        self.add_event_handler("connection_failed", self._disconnected)

    def _done(self, outcome):
        if not self.outcome.done():
            self.outcome.set_result(outcome)

    def _disconnected(self, _reason=None):
        self._done("disconnected")
        if not self.gone.done():
            self.gone.set_result(True)

    async def login(self, host, port):
        if hasattr(self, "enable_starttls"):  # slixmpp >= 1.9 dropped force_starttls
            self.enable_starttls, self.enable_direct_tls, self.enable_plaintext = True, False, False
            self.connect(host, port)
        else:
            self.connect((host, port), force_starttls=True, disable_starttls=False)
        try:
            return await asyncio.wait_for(asyncio.shield(self.outcome), TIMEOUT)
        except asyncio.TimeoutError:
            return "timeout"

    async def logout(self):
        """Closes the stream and waits until the connection is gone."""
        self.disconnect()
        await asyncio.wait_for(asyncio.shield(self.gone), TIMEOUT)

    async def iq(self, itype, payload):
        """Sends payload (an Element) to the account and returns ('result', reply element) or ('error', condition)."""
        iq = self.make_iq_set() if itype == "set" else self.make_iq_get()
        iq.append(payload)
        try:
            reply = await iq.send(timeout=TIMEOUT)
            return "result", reply.xml
        except IqError as e:
            return "error", e.iq["error"]["condition"]
        except IqTimeout:
            return "timeout", None


def saslcert(op, name=None, b64=None):
    el = ET.Element(f"{{{SASLCERT}}}{op}")
    if name is not None:
        ET.SubElement(el, f"{{{SASLCERT}}}name").text = name
    if b64 is not None:
        ET.SubElement(el, f"{{{SASLCERT}}}x509cert").text = b64
    return el


async def items(client):
    """The server's items reply (the <iq> element as sent), or None."""
    kind, el = await client.iq("get", saslcert("items"))
    return el if kind == "result" else None


def by_name(reply):
    """name -> the <item> element, from an items reply."""
    return {i.findtext(f"{{{SASLCERT}}}name"): i for i in reply.iter(f"{{{SASLCERT}}}item")}


def users_of(item):
    """The resources listed in the item's <users>, or None when it has no <users> (or more than one)."""
    users = item.findall(f"{{{SASLCERT}}}users")
    if len(users) != 1:
        return None
    return [r.text for r in users[0].findall(f"{{{SASLCERT}}}resource")]


def used_of(item):
    """The attributes of the item's one <used> element, or None when it has none (or more than one)."""
    used = item.findall(f"{{{USE}}}used")
    return dict(used[0].attrib) if len(used) == 1 else None


def show(el, full=False):
    """The element as XML; certificates cut to their first characters unless full."""
    if el is None:
        return "(no reply)"
    if not full:
        el = copy.deepcopy(el)
        for cert in el.iter(f"{{{SASLCERT}}}x509cert"):
            cert.text = (cert.text or "")[:12] + "…"
    return ET.tostring(el, encoding="unicode")


async def next_second(after):
    """Waits until the wall clock is past the whole second after (the server keeps times in whole seconds), so
    that a time the server notes from now on is later than one it noted in that second."""
    while int(time.time()) <= after:
        await asyncio.sleep(int(time.time()) + 1 - time.time() + 0.01)


async def wait_items(client, condition, what):
    """Asks for items until condition(name -> item) holds; returns the last reply. Fails the check after TIMEOUT."""
    deadline = time.monotonic() + TIMEOUT
    while True:
        reply = await items(client)
        if reply is not None and condition(by_name(reply)):
            return reply
        if time.monotonic() > deadline:
            check(what, False, f"still after {TIMEOUT} s: {show(reply)}")
            return reply
        await asyncio.sleep(0.05)
