#!/usr/bin/python3
"""The two-host check: can a user of another domain manage an account's certificates through mod_client_certs
and then log in as that account? (Certdeck issue 13: the ad-hoc permission "any" allowed exactly that.)

It needs two throwaway accounts with the same user name on one Prosody: the victim on the domain to check
(alice@example.org) and the attacker on a second, throwaway VirtualHost of the same server (alice@check.invalid).
The attacker tries the ad-hoc command "Manage certificates" and the XEP-0257 requests against the victim; the
victim uses the ad-hoc command and XEP-0257 herself, and tries to add her certificate again in other encodings
(Certdeck issue 26: each copy listed as another certificate while it logs in as hers). On a server that offers
SASL2 (mod_sasl2), the certificate logins are repeated over SASL2 as Conversations logs in (issue 32): EXTERNAL
offered, the attacker's certificate refused, the victim's own one logged in with Bind2, no FAST token issued.
Prints one line per check; exit 0 only when every check passed.
It adds one certificate to the victim's account and disables it again at the end.
First it prints which mod_client_certs.lua Prosody loaded, and fails unless that file holds Certdeck's current
fix: an old copy earlier in plugin_paths is loaded instead of a fixed one beside it. Prosody says which file it
loaded through `prosodyctl shell module info client_certs` (mod_admin_shell, on in Debian's config); without it,
the file is the first one Prosody's module loader finds in the plugin directories `prosodyctl about` lists.
So run it on the server, as root (prosodyctl's socket); --config names Prosody's config if not the default.

  check-takeover.py --victim alice@example.org --victim-password P1 --attacker alice@check.invalid \\
                    --attacker-password P2 [--host 127.0.0.1] [--port 5222] [--ca-file server.crt | --insecure]
                    [--config /etc/prosody/prosody.cfg.lua]
  check-takeover.py --harness     (tests: a throwaway Prosody from tests/harness with a.test and b.test)

Needs python3-slixmpp and openssl.
"""
import argparse
import asyncio
import base64
import hashlib
import hmac
import json
import logging
import os
import re
import ssl
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import slixmpp
from slixmpp.exceptions import IqError, IqTimeout

USE = "urn:certdeck:saslcert-use:0"  # the use report of Certdeck's fix
# What marks a file as Certdeck's current fix, as fix-mod_client_certs.sh checks it ("already fixed"); Debian 13's
# module (Prosody 13, where mod_sasl2 runs) also has SASL EXTERNAL over SASL2.
FIX_MARKERS = ('adhoc_handler, "local_user");', "local function load_cert(",
               'get_option_boolean("client_certs_report_use"')
DEBIAN13_MODULE, DEBIAN13_FIX_MARKER = 'local ssl = require "ssl";', "local function external_user("
CMDS = "http://jabber.org/protocol/commands"
CERTS_NODE = "http://prosody.im/protocol/certs"
SASLCERT = "urn:xmpp:saslcert:1"
DATA = "jabber:x:data"
STREAM = "http://etherx.jabber.org/streams"
TLS = "urn:ietf:params:xml:ns:xmpp-tls"
SASL2 = "urn:xmpp:sasl:2"  # XEP-0388, mod_sasl2
BIND2 = "urn:xmpp:bind:0"
FAST = "urn:xmpp:fast:0"
TIMEOUT = 15  # seconds for one answer; a missing answer is a failure, never a pass
HARNESS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "harness",
                       "prosody_harness.py")

failures = []


def check(name, ok, detail=""):
    print(("ok: " if ok else "FAILED: ") + name + ("" if ok or not detail else f" ({detail})"), flush=True)
    if not ok:
        failures.append(name)


def loaded_module(prosodyctl, exists):
    """(paths, how): the mod_client_certs.lua files Prosody loaded and how that was learnt. prosodyctl(args)
    runs prosodyctl and returns (exit code, output); exists(path) says whether Prosody would find a file there."""
    code, out = prosodyctl(["shell", "module", "info", "client_certs"])
    paths = re.findall(r"^\s*path: (.+?)\s*$", out, re.M)
    if code == 0 and paths:
        return sorted(set(paths)), "as the running Prosody reports it: prosodyctl shell module info client_certs"
    if "does not appear to be loaded" in out:
        return [], "the running Prosody has not loaded it (prosodyctl shell module info client_certs)"
    # No admin shell: the first file Prosody's module loader (util.pluginloader) would find, directory by
    # directory in the order prosodyctl about lists them, name by name in the loader's order.
    code, out = prosodyctl(["about"])
    listed = re.search(r"^Plugin directories:\n((?:[ \t]+\S.*\n)*)", out, re.M)
    if code != 0 or not listed:
        return [], "neither prosodyctl shell nor prosodyctl about answered: run this on the server, as root"
    lua = re.search(r"^Lua version:\s+Lua (\S+)", out, re.M)
    names = ["mod_client_certs/client_certs/mod_client_certs.lua", "mod_client_certs/mod_client_certs.lua",
             "client_certs/mod_client_certs.lua", "mod_client_certs.lua"]
    if lua:
        names += [f"share/lua/{lua.group(1)}/mod_client_certs.lua",
                  f"share/lua/{lua.group(1)}/mod_client_certs/mod_client_certs.lua"]
    for line in listed.group(1).splitlines():
        folder = line.strip().split(" - ", 1)[0]
        for name in names:
            path = os.path.join(folder, name)
            if exists(path):
                return [path], ("the first one Prosody finds in the plugin directories prosodyctl about lists "
                                "(prosodyctl shell did not answer: mod_admin_shell off, or not root); restart Prosody after a change")
    return [], "it is in none of the plugin directories prosodyctl about lists"


def check_loaded_module(prosodyctl, exists, read):
    """Prints which mod_client_certs.lua Prosody loaded; a check fails unless it holds Certdeck's current fix."""
    paths, how = loaded_module(prosodyctl, exists)
    if not paths:
        check("Prosody loaded a mod_client_certs.lua", False, how)
        return
    for path in paths:
        print(f"check-takeover: Prosody loaded {path} ({how})", flush=True)
        try:
            text = read(path)
        except OSError as e:
            check(f"{path} is Certdeck's current fix", False, f"cannot read it: {e}")
            continue
        markers = FIX_MARKERS + ((DEBIAN13_FIX_MARKER,) if DEBIAN13_MODULE in text else ())
        missing = [m for m in markers if m not in text]
        check(f"{path} is Certdeck's current fix", not missing,
              "an old or unfixed copy: delete it, or remove its folder from plugin_paths, install the fix (steps 2 "
              "to 4 of the README) and restart Prosody")


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
    der_b64 = "".join(line for line in pem.splitlines() if line and not line.startswith("-----"))
    return {"key": key, "crt": crt, "pem": pem, "b64": der_b64}


class Client(slixmpp.ClientXMPP):
    """A client that logs in once and reports how: 'bound', 'auth_failed' or 'disconnected'."""

    def __init__(self, jid, password, opts, cert=None):
        super().__init__(jid, password, sasl_mech="EXTERNAL" if cert else None)
        if cert:
            self.certfile, self.keyfile = cert["crt"], cert["key"]
        if opts.insecure:
            self.ssl_context.check_hostname = False
            self.ssl_context.verify_mode = ssl.CERT_NONE
        elif opts.ca_file:
            self.ca_certs = opts.ca_file
        self.outcome = asyncio.get_event_loop().create_future()
        self.add_event_handler("session_start", lambda _: self._done("bound"))
        # failed_auth comes once per mechanism tried; these two come when none is left.
        self.add_event_handler("failed_all_auth", lambda _: self._done("auth_failed"))
        self.add_event_handler("no_auth", lambda _: self._done("auth_failed"))
        self.add_event_handler("disconnected", lambda _: self._done("disconnected"))
        self.add_event_handler("connection_failed", lambda _: self._done("disconnected"))

    def _done(self, outcome):
        if not self.outcome.done():
            self.outcome.set_result(outcome)

    async def login(self, host, port):
        if hasattr(self, "enable_starttls"):  # slixmpp >= 1.9 dropped force_starttls
            self.enable_starttls, self.enable_direct_tls, self.enable_plaintext = True, False, False
            self.connect(host, port)
        else:
            self.connect((host, port), force_starttls=True, disable_starttls=False)
        return await asyncio.wait_for(self.outcome, TIMEOUT)

    async def iq(self, to, itype, payload):
        """Sends payload (an Element) and returns ('result', element) or ('error', condition)."""
        iq = self.make_iq_set(ito=to) if itype == "set" else self.make_iq_get(ito=to)
        iq.append(payload)
        try:
            reply = await iq.send(timeout=TIMEOUT)
            return "result", reply.xml
        except IqError as e:
            return "error", e.iq["error"]["condition"]
        except IqTimeout:
            return "timeout", None




class Sasl2Result:
    def __init__(self):
        self.outcome, self.condition, self.full_jid, self.token = None, None, None, None
        self.features, self.fast = [], []


class Sasl2Phone:
    """A phone that logs in the way Conversations does on a server that offers SASL2 (XEP-0388): STARTTLS with its
    client certificate (cert: (certificate file, key file)), then one <authenticate mechanism='EXTERNAL'> with the
    bare JID as initial response, a <user-agent id=…>, a Bind2 <bind xmlns='urn:xmpp:bind:0'> and a FAST token
    request (XEP-0484, HT-SHA-256-NONE); PLAIN and FAST token logins too. Python stdlib: slixmpp (1.8, 1.10)
    speaks no SASL2. Every wait has a deadline; the exchange is kept in .transcript. login() returns a Sasl2Result:
    outcome ('success', 'failure' or 'closed'), condition, full_jid, token, features (the mechanisms of
    <authentication>), fast (the FAST mechanisms offered inline)."""

    def __init__(self, jid, host, port, ca_file=None, cert=None, user_agent_id="certdeck-check-phone", insecure=False):
        self.jid, self.host, self.port, self.ca_file, self.cert = jid, host, port, ca_file, cert
        self.insecure = insecure
        self.domain = jid.split("@", 1)[1]
        self.user_agent_id = user_agent_id
        self.transcript = []
        self.reader = self.writer = None
        self.closed = asyncio.get_event_loop().create_future()  # set to the stream error condition (or None)

    # --- the XML stream --------------------------------------------------------------------------------------
    def _send(self, text):
        self.transcript.append("C: " + text)
        self.writer.write(text.encode("utf-8"))

    def _open_stream(self, with_from):
        self.parser = ET.XMLPullParser(events=("start", "end"))
        self.depth, self.queue, self.ended = 0, asyncio.Queue(), False
        frm = f" from='{self.jid}'" if with_from else ""
        self._send(f"<?xml version='1.0'?><stream:stream to='{self.domain}'{frm} version='1.0' "
                   f"xmlns='jabber:client' xmlns:stream='{STREAM}'>")

    async def _pump(self):
        """Reads until the next top-level element; returns it, or None when the stream or connection ended."""
        while self.queue.empty() and not self.ended:
            try:
                data = await asyncio.wait_for(self.reader.read(65536), TIMEOUT)
            except (ConnectionError, ssl.SSLError):
                data = b""
            if not data:
                self.ended = True
                break
            self.parser.feed(data)
            for event, el in self.parser.read_events():
                if event == "start":
                    self.depth += 1
                else:
                    self.depth -= 1
                    if self.depth == 1:
                        self.transcript.append("S: " + ET.tostring(el, encoding="unicode"))
                        self.queue.put_nowait(el)
                    elif self.depth == 0:
                        self.ended = True
        return None if self.queue.empty() else self.queue.get_nowait()

    async def _next(self):
        el = await self._pump()
        if el is not None and el.tag == f"{{{STREAM}}}error":
            cond = next((c.tag.split("}")[1] for c in el if c.tag.split("}")[1] != "text"), None)
            if not self.closed.done():
                self.closed.set_result(cond)
            return None
        return el

    # --- login ---------------------------------------------------------------------------------------------
    async def _connect(self):
        self.reader, self.writer = await asyncio.wait_for(asyncio.open_connection(self.host, self.port), TIMEOUT)
        self._open_stream(False)
        features = await self._next()
        if features is None or features.find(f"{{{TLS}}}starttls") is None:
            raise RuntimeError("the server offered no STARTTLS")
        self._send(f"<starttls xmlns='{TLS}'/>")
        proceed = await self._next()
        if proceed is None or proceed.tag != f"{{{TLS}}}proceed":
            raise RuntimeError("STARTTLS was not accepted")
        ctx = ssl.create_default_context(cafile=self.ca_file)
        if self.insecure:
            ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE
        if self.cert:
            ctx.load_cert_chain(*self.cert)
        await asyncio.wait_for(self.writer.start_tls(ctx, server_hostname=self.domain), TIMEOUT)
        self._open_stream(True)  # 'from' as Conversations sends it: mod_sasl2_fast offers FAST only then
        return await self._next()

    async def login(self, mechanism, bind_tag=None, request_token=False, password=None, token=None, authzid=None):
        """authzid: the identity EXTERNAL asks for (default: the bare JID, as Conversations sends it)."""
        r = Sasl2Result()
        features = await self._connect()
        auth = features.find(f"{{{SASL2}}}authentication") if features is not None else None
        if auth is None:
            r.outcome = "closed"
            return r
        r.features = [m.text for m in auth.findall(f"{{{SASL2}}}mechanism")]
        r.fast = [m.text for m in auth.findall(f"{{{SASL2}}}inline/{{{FAST}}}fast/{{{FAST}}}mechanism")]
        user = self.jid.split("@", 1)[0]
        if mechanism == "EXTERNAL":
            initial = (self.jid if authzid is None else authzid).encode()
        elif mechanism == "PLAIN":
            initial = b"\0" + user.encode() + b"\0" + password.encode()
        else:  # HT-SHA-256-NONE: the FAST token's HMAC over "Initiator" (no channel binding)
            initial = user.encode() + b"\0" + hmac.new(token.encode(), b"Initiator", hashlib.sha256).digest()
        body = (f"<initial-response>{base64.b64encode(initial).decode()}</initial-response>"
                f"<user-agent id='{self.user_agent_id}'><software>Certdeck test phone</software>"
                f"<device>Test phone</device></user-agent>")
        if bind_tag:
            body += f"<bind xmlns='{BIND2}'><tag>{bind_tag}</tag></bind>"
        if request_token:
            body += f"<request-token xmlns='{FAST}' mechanism='HT-SHA-256-NONE'/>"
        if token is not None:
            body += f"<fast xmlns='{FAST}'/>"
        self._send(f"<authenticate xmlns='{SASL2}' mechanism='{mechanism}'>{body}</authenticate>")
        reply = await self._next()
        if reply is None:
            r.outcome = "closed"
        elif reply.tag == f"{{{SASL2}}}success":
            r.outcome = "success"
            r.full_jid = reply.findtext(f"{{{SASL2}}}authorization-identifier")
            tok = reply.find(f"{{{FAST}}}token")
            r.token = tok.get("token") if tok is not None else None
            if await self._next() is None:  # the stream features that follow a SASL2 success
                r.outcome = "closed"
        elif reply.tag == f"{{{SASL2}}}failure":
            r.outcome = "failure"
            r.condition = next((c.tag.split("}")[1] for c in reply if c.tag.split("}")[1] != "text"), None)
        else:
            r.outcome = "unexpected " + reply.tag
        return r

    async def ping(self):
        """One XEP-0199 ping to the server; True when answered (the session is alive)."""
        self._send(f"<iq type='get' id='ping1' to='{self.domain}'><ping xmlns='urn:xmpp:ping'/></iq>")
        while True:
            el = await self._next()
            if el is None:
                return False
            if el.tag == "{jabber:client}iq" and el.get("id") == "ping1":
                return el.get("type") == "result"

    async def wait_closed(self):
        """Reads until the server ends the stream; returns its stream error condition (None: closed without one),
        or 'timeout'."""
        try:
            while await asyncio.wait_for(self._next(), TIMEOUT) is not None:
                pass
        except asyncio.TimeoutError:
            return "timeout"
        return self.closed.result() if self.closed.done() else None

    def close(self):
        if self.writer:
            try:
                self._send("</stream:stream>")
            except Exception:  # the connection may be gone already
                pass
            self.writer.close()


def command(node, action=None, sessionid=None, fields=None):
    el = ET.Element(f"{{{CMDS}}}command", {"node": node})
    if action:
        el.set("action", action)
    if sessionid:
        el.set("sessionid", sessionid)
    if fields is not None:
        x = ET.SubElement(el, f"{{{DATA}}}x", {"type": "submit"})
        for var, values in fields.items():
            f = ET.SubElement(x, f"{{{DATA}}}field", {"var": var})
            for v in values if isinstance(values, list) else [values]:
                ET.SubElement(f, f"{{{DATA}}}value").text = v
    return el


def saslcert(op, name=None, b64=None):
    el = ET.Element(f"{{{SASLCERT}}}{op}")
    if name is not None:
        ET.SubElement(el, f"{{{SASLCERT}}}name").text = name
    if b64 is not None:
        ET.SubElement(el, f"{{{SASLCERT}}}x509cert").text = b64
    return el


async def command_nodes(client, domain):
    kind, el = await client.iq(domain, "get", ET.Element("{http://jabber.org/protocol/disco#items}query",
                                                         {"node": CMDS}))
    if kind != "result":
        return kind, []
    return kind, [i.get("node") for i in el.iter("{http://jabber.org/protocol/disco#items}item")]


async def listed_certs(client, to=None):
    kind, el = await client.iq(to, "get", saslcert("items"))
    if kind != "result":
        return None
    return {i.findtext(f"{{{SASLCERT}}}name"): (i.findtext(f"{{{SASLCERT}}}x509cert") or "").strip()
            for i in el.iter(f"{{{SASLCERT}}}item")}


async def adhoc_add(client, domain, name, pem, sessionid=None):
    """The ad-hoc command's three steps: execute, choose "add", complete with name and PEM.
    Returns a list of (kind, element-or-condition), one per step that was answered."""
    steps = []
    kind, el = await client.iq(domain, "set", command(CERTS_NODE, "execute", sessionid))
    steps.append((kind, el))
    cmd = el.find(f"{{{CMDS}}}command") if kind == "result" else None
    sid = cmd.get("sessionid") if cmd is not None else sessionid
    if sid is None:
        return steps
    kind, el = await client.iq(domain, "set", command(CERTS_NODE, "next", sid, {"subcmd": "add"}))
    steps.append((kind, el))
    kind, el = await client.iq(domain, "set", command(CERTS_NODE, "complete", sid,
                                                      {"name": name, "cert": pem.splitlines(), "manage": "1"}))
    steps.append((kind, el))
    return steps


def note_of(el):
    n = el.find(f"{{{CMDS}}}command/{{{CMDS}}}note") if el is not None else None
    return n.text if n is not None else None


async def run(opts):
    check_loaded_module(opts.prosodyctl, opts.exists, opts.read)
    domain = opts.victim.split("@", 1)[1]
    with tempfile.TemporaryDirectory() as tmp:
        own = make_cert(tmp, "certdeck-check-own", opts.victim)
        # The attacker makes her own certificate naming the victim's JID: the module only checks the JID in it.
        attack = make_cert(tmp, "certdeck-check-mallory", opts.victim)
        own_name, attack_name = "certdeck-check own device", "certdeck-check mallory"

        victim = Client(opts.victim, opts.victim_password, opts)
        attacker = Client(opts.attacker, opts.attacker_password, opts)
        check(f"{opts.victim} logs in with the password", await victim.login(opts.host, opts.port) == "bound")
        check(f"{opts.attacker} logs in with the password", await attacker.login(opts.host, opts.port) == "bound")
        if failures:
            return

        # The local user keeps the ad-hoc command, and its first step works (the "options" fix on 0.12).
        _, nodes = await command_nodes(victim, domain)
        check(f"\"Manage certificates\" is listed for {opts.victim}", CERTS_NODE in nodes, f"listed: {nodes}")
        steps = await adhoc_add(victim, domain, own_name, own["pem"])
        kinds = [k for k, _ in steps]
        check(f"{opts.victim} adds a certificate through the ad-hoc command", kinds == ["result"] * 3,
              f"answers: {kinds}")
        if kinds == ["result"] * 3:
            first = steps[0][1].find(f"{{{CMDS}}}command")
            options = [o.findtext(f"{{{DATA}}}value") for o in first.iter(f"{{{DATA}}}option")]
            check("the first step offers add, list, disable and revoke",
                  options == ["add", "list", "disable", "revoke"], f"options: {options}")
            note = note_of(steps[2][1])
            check("the ad-hoc add reports success", note == f"Successfully added certificate {own_name}.",
                  f"note: {note!r}")
        kind, el = await victim.iq(domain, "set", command(CERTS_NODE, "execute"))
        sid = el.find(f"{{{CMDS}}}command").get("sessionid") if kind == "result" else None
        kind, el = await victim.iq(domain, "set", command(CERTS_NODE, "next", sid, {"subcmd": "list"}))
        fields = [f.get("var") for f in el.iter(f"{{{DATA}}}field")] if kind == "result" else []
        check(f"{opts.victim} lists her certificates through the ad-hoc command", own_name in fields,
              f"{kind}, fields: {fields}")
        listed = await listed_certs(victim)
        check("XEP-0257 items list the certificate as base64 DER", (listed or {}).get(own_name) == own["b64"],
              f"items: {listed}")
        kind, el = await victim.iq(None, "get", saslcert("items"))
        if kind == "result" and el.find(f".//{{{USE}}}used") is None:
            print("note: the items carry no use report (<used>): client_certs_report_use = false, or a module without "
                  "Certdeck's current fix", flush=True)
        # One certificate, one text: copies in the server's lenient base64 or with a byte after the DER are
        # refused (the fix's canonical part); each would otherwise be listed as another certificate.
        der = base64.b64decode(own["b64"])
        copies = {"extra padding": own["b64"] + "==",
                  "a byte after the DER": base64.b64encode(der + b"\0").decode("ascii")}
        for what, text in copies.items():
            kind, cond = await victim.iq(None, "set", saslcert("append", f"{own_name} copy", text))
            check(f"XEP-0257 append of her certificate with {what} is refused (not-acceptable)",
                  (kind, cond) == ("error", "not-acceptable"), f"{kind} {cond}")
        # The same certificate under a second name, even in its own text: a copy that outlives a revoke.
        kind, cond = await victim.iq(None, "set", saslcert("append", f"{own_name} copy", own["b64"]))
        check("XEP-0257 append of her certificate under a second name is refused", kind == "error", f"{kind} {cond}")
        listed = await listed_certs(victim) or {}
        check("no copy of her certificate was added", f"{own_name} copy" not in listed, f"items: {sorted(listed)}")

        # The attacker: the ad-hoc command is neither listed nor runnable for her.
        kind, nodes = await command_nodes(attacker, domain)
        check(f"\"Manage certificates\" is not listed for {opts.attacker}", CERTS_NODE not in nodes,
              f"listed: {nodes}")
        kind, cond = await attacker.iq(domain, "set", command(CERTS_NODE, "execute"))
        check(f"{opts.attacker} is refused the ad-hoc command (forbidden)", (kind, cond) == ("error", "forbidden"),
              f"{kind} {cond}")
        # The attack as measured on 0.12: a chosen session id carries her past a failing first step.
        steps = await adhoc_add(attacker, domain, attack_name, attack["pem"], sessionid="certdeck-check-session")
        check(f"{opts.attacker} cannot add a certificate through the ad-hoc command",
              all(k == "error" for k, _ in steps), f"answers: {[k for k, _ in steps]}")
        for to in (opts.victim, domain):
            kind, _ = await attacker.iq(to, "set", saslcert("append", attack_name, attack["b64"]))
            check(f"XEP-0257 append from {opts.attacker} to {to} is refused", kind == "error", kind)
            kind, _ = await attacker.iq(to, "get", saslcert("items"))
            check(f"XEP-0257 items from {opts.attacker} to {to} are refused", kind == "error", kind)
            for op in ("disable", "revoke"):
                kind, _ = await attacker.iq(to, "set", saslcert(op, own_name))
                check(f"XEP-0257 {op} from {opts.attacker} to {to} is refused", kind == "error", kind)
        listed = await listed_certs(victim) or {}
        check(f"{opts.victim}'s list is unchanged: her certificate is still there", own_name in listed,
              f"items: {sorted(listed)}")
        check(f"{opts.attacker}'s certificate is not on {opts.victim}'s list",
              attack_name not in listed and attack["b64"] not in listed.values(), f"items: {sorted(listed)}")
        attacker.disconnect()

        # SASL EXTERNAL: the attacker's certificate is refused; the victim's own one logs in (the control).
        mallory = Client(opts.victim + "/mallory", "", opts, cert=attack)
        check(f"SASL EXTERNAL as {opts.victim} with {opts.attacker}'s certificate is refused",
              await mallory.login(opts.host, opts.port) == "auth_failed")
        mallory.disconnect()
        device = Client(opts.victim + "/device", "", opts, cert=own)
        check(f"SASL EXTERNAL as {opts.victim} with her own certificate logs in",
              await device.login(opts.host, opts.port) == "bound")
        device.disconnect()
        await sasl2_checks(opts, own, attack)

        # Leave the throwaway account as it was.
        kind, _ = await victim.iq(None, "set", saslcert("disable", own_name))
        listed = await listed_certs(victim) or {}
        check("the check's certificate is disabled again", kind == "result" and own_name not in listed, kind)
        victim.disconnect()


async def sasl2_checks(opts, own, attack):
    """The same over SASL2 (mod_sasl2), as Conversations logs in when the server offers it; skipped, with a note,
    on a server that offers no SASL2."""
    def phone(cert):
        return Sasl2Phone(opts.victim, opts.host, opts.port, opts.ca_file, cert=(cert["crt"], cert["key"]),
                          user_agent_id="certdeck-check-phone", insecure=opts.insecure)
    mallory = phone(attack)
    r = await mallory.login("EXTERNAL", bind_tag="certdeck-check")
    mallory.close()
    if r.outcome == "closed" and not r.features:
        print("note: the server offers no SASL2 (mod_sasl2): its checks are skipped", flush=True)
        return
    check(f"SASL2 EXTERNAL as {opts.victim} with {opts.attacker}'s certificate is refused", r.outcome == "failure",
          f"{r.outcome} {r.condition} {r.full_jid}")
    device = phone(own)
    r = await device.login("EXTERNAL", bind_tag="certdeck-check", request_token=True)
    device.close()
    check("SASL2 offers EXTERNAL to a client with a certificate (else phones that use SASL2 cannot log in by it)",
          "EXTERNAL" in r.features, f"offered: {r.features}")
    check(f"SASL2 EXTERNAL with Bind2 as {opts.victim} with her own certificate logs in",
          r.outcome == "success" and (r.full_jid or "").startswith(opts.victim + "/"),
          f"{r.outcome} {r.condition} {r.full_jid}")
    check("a SASL2 EXTERNAL login gets no FAST token (one would outlive a revoke)", r.token is None,
          "the server issued one")


def system_prosodyctl(config):
    """Runs this machine's prosodyctl (with --config config, if given): (exit code, stdout and stderr)."""
    def run(args):
        try:
            r = subprocess.run(["prosodyctl"] + (["--config", config] if config else []) + args,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=60)
        except (OSError, subprocess.TimeoutExpired) as e:
            return 127, str(e)
        return r.returncode, r.stdout
    return run


def harness_server(st):
    """(prosodyctl, exists, read) for the harness's server st: prosodyctl with its config, inside its Debian root
    when it runs from one (Prosody 13), and the files as that Prosody sees them: inside the root, except the
    server's folder, which is mounted at the same path there."""
    sys.path.insert(0, os.path.dirname(HARNESS))
    import prosody_harness  # pylint: disable=import-outside-toplevel

    def prosodyctl(args):
        argv = prosody_harness.in_root(st["root"], st["dir"], ["prosodyctl", "--config", st["config"]] + args)
        r = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=60)
        return r.returncode, r.stdout

    def here(path):
        return path if path.startswith(st["dir"] + "/") else st["root"] + path
    return prosodyctl, lambda path: os.path.isfile(here(path)), lambda path: read_text(here(path))


def read_text(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def start_harness(folder):
    sys.path.insert(0, os.path.dirname(HARNESS))
    import prosody_harness  # pylint: disable=import-outside-toplevel
    version = prosody_harness.prosody_version(prosody_harness.prosody_root())
    # Prosody 13 with mod_sasl2, mod_sasl2_bind2 and mod_sasl2_fast, as Conversations meets it; 0.12 has none usable.
    sasl2 = ["--sasl2"] if prosody_harness.major_version(version) >= 13 else []
    r = subprocess.run([sys.executable, HARNESS, "start", "--dir", folder, "--domain", "a.test", "--admin-shell",
                        "--extra-domain", "b.test", "--user", "alice:alice-password",
                        "--user", "alice@b.test:mallory-password"] + sasl2, stdout=subprocess.PIPE, text=True)
    if r.returncode != 0:
        sys.exit("check-takeover: the test server did not start")
    return json.loads(r.stdout)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--victim", help="a throwaway account on the domain to check, e.g. alice@example.org")
    p.add_argument("--victim-password")
    p.add_argument("--attacker", help="the same user name on a throwaway second VirtualHost")
    p.add_argument("--attacker-password")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=5222)
    p.add_argument("--ca-file", help="the server's certificate, when it is not signed by a public CA")
    p.add_argument("--insecure", action="store_true", help="skip the server certificate check (own server only)")
    p.add_argument("--config", help="Prosody's config file, for prosodyctl (default: prosodyctl's own default)")
    p.add_argument("--harness", action="store_true", help="start a throwaway test server with a.test and b.test")
    opts = p.parse_args()
    logging.basicConfig(level=getattr(logging, os.environ.get("CHECK_LOG", "CRITICAL")))
    asyncio.set_event_loop(asyncio.new_event_loop())
    loop = asyncio.get_event_loop()
    if not opts.harness:
        if not all((opts.victim, opts.victim_password, opts.attacker, opts.attacker_password)):
            p.error("--victim, --victim-password, --attacker and --attacker-password are needed (or --harness)")
        if opts.victim.split("@")[0] != opts.attacker.split("@")[0]:
            p.error("the two accounts must have the same user name on different domains")
        opts.prosodyctl, opts.exists, opts.read = system_prosodyctl(opts.config), os.path.isfile, read_text
        loop.run_until_complete(run(opts))
    else:
        with tempfile.TemporaryDirectory() as folder:
            st = start_harness(folder)
            try:
                opts.victim, opts.victim_password = "alice@a.test", "alice-password"
                opts.attacker, opts.attacker_password = "alice@b.test", "mallory-password"
                opts.host, opts.port, opts.ca_file = st["host"], st["port"], st["ca_file"]
                opts.prosodyctl, opts.exists, opts.read = harness_server(st)
                print(f"check-takeover: Prosody {st['prosody_version']} with a.test and b.test", flush=True)
                loop.run_until_complete(run(opts))
            finally:
                subprocess.run([sys.executable, HARNESS, "stop", "--dir", folder])
    if failures:
        print(f"check-takeover: {len(failures)} check(s) FAILED: mod_client_certs on this server is unsafe or broken",
              file=sys.stderr)
        sys.exit(1)
    print("check-takeover: all checks passed")


if __name__ == "__main__":
    main()
