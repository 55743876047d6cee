#!/usr/bin/python3
"""A scripted, hostile XMPP server for Certdeck's tests (Python standard library only).

It speaks just enough XMPP for QXmpp to log in: STARTTLS (self-signed certificate made with `openssl req`),
SASL SCRAM-SHA-1, resource binding, and disco#info advertising urn:xmpp:saslcert:1. What it answers after
that depends on --scenario:

  control-names     items whose names carry control, bidi and zero-width characters; each is online with a
                    resource of the same name (<users>), and its last use is rubbish (<used last='…'>)
  nested            the items answer is ~280 KB of elements nested 40,000 deep
  large             a legitimate listing of 1,000 items (~700 KB)
  die-after-revoke  lists "phone"; when the revoke arrives, the connection drops without an answer
  die-after-ok      lists "phone"; answers the revoke with success, then the connection drops
  lying             lists "phone"; answers every change with success and changes nothing
  error-text        refuses every change with an error text full of control characters
  kicked-resource   a revoke "closes" a session whose resource carries control characters
  flood             the items answer never ends: 20 MiB of text inside one element, no closing tag
  renamed           lists "phone"; a revoke removes the name but lists the same certificate as "phone-2"
  split-utf8        lists "Téléphone" and "Tablette · 2026"; the answer arrives in two TLS records split inside
                    the "é"
  trickle           the items answer: 1.5 MB of an unfinished element, then a tiny element every 5 ms for up
                    to 60 s (a server keeping the connection busy instead of answering)
  many-attributes   the items answer holds one element with 40,000 attributes
  bare-success      SCRAM: answers the client's first message with <success/> at once, knowing no password
  wrong-signature   SCRAM: checks the password, then sends a success whose server signature is wrong

  fake_xmpp_server.py --dir D --scenario S --cert-b64 FILE [--user alice --password PW]

Prints one JSON line {"port", "ca_file", "domain"} when it listens on 127.0.0.1, then serves until SIGTERM or
--lifetime seconds (default 120) have passed, so a forgotten server never outlives its test for long.
"""
import argparse
import asyncio
import base64
import hashlib
import hmac
import json
import os
import secrets
import ssl
import subprocess
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

DOMAIN = "localhost"
NS_STREAM = "http://etherx.jabber.org/streams"
NS_SASLCERT = "urn:xmpp:saslcert:1"

HOSTILE_NAMES = [
    "fake-row\t2099-01-01T00:00:00Z\tEC P-256\tAA:BB\nphone",
    "carriage\rreturn",
    "csi\u009b2Jclear",
    "bidi\u202egnp.exe",
    "zero\u200bwidth",
]


def make_cert(directory):
    key, crt = os.path.join(directory, "server.key"), os.path.join(directory, "server.crt")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-keyout", key, "-out", crt, "-days", "30", "-subj", f"/CN={DOMAIN}",
                    "-addext", f"subjectAltName=DNS:{DOMAIN},IP:127.0.0.1"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return key, crt


def text(value):
    """Escapes for XML character data; tab, newline and carriage return as references, so they arrive as sent."""
    return escape(value, {"\t": "&#9;", "\n": "&#10;", "\r": "&#13;"})


def item(name, cert_b64, extra=""):
    return f"<item><name>{text(name)}</name><x509cert>{cert_b64}</x509cert>{extra}</item>"


class Stream:
    """Splits what the client sends into stanzas; a new parser for every stream restart."""

    def __init__(self):
        self.restart()

    def restart(self):
        self.parser = ET.XMLPullParser(events=("start", "end"))
        self.depth = 0

    def feed(self, data):
        self.parser.feed(data)
        out = []
        for event, elem in self.parser.read_events():
            if event == "start":
                self.depth += 1
                if self.depth == 1:
                    out.append(("open", elem))
            else:
                self.depth -= 1
                if self.depth == 1:
                    out.append(("stanza", elem))
        return out


class Session:
    def __init__(self, server, reader, writer):
        self.server, self.reader, self.writer = server, reader, writer
        self.stream = Stream()
        self.tls = False
        self.authenticated = False
        self.scram = None
        self.jid = f"{server.user}@{DOMAIN}"

    def send(self, text):
        self.writer.write(text.encode("utf-8"))

    def open_stream(self, features):
        self.send(f"<?xml version='1.0'?><stream:stream xmlns='jabber:client' xmlns:stream='{NS_STREAM}' "
                  f"id='{secrets.token_hex(8)}' from='{DOMAIN}' version='1.0'>"
                  f"<stream:features>{features}</stream:features>")

    def features(self):
        if not self.tls:
            return "<starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/></starttls>"
        if not self.authenticated:
            return ("<mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                    "<mechanism>SCRAM-SHA-1</mechanism></mechanisms>")
        return "<bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>"

    async def run(self):
        try:
            while True:
                data = await self.reader.read(65536)
                if not data:
                    return
                for kind, elem in self.stream.feed(data):
                    if kind == "open":
                        self.open_stream(self.features())
                    elif await self.handle(elem) == "restart":
                        break
                await self.writer.drain()
        except (ConnectionError, ET.ParseError, ssl.SSLError):
            return
        finally:
            self.writer.close()

    async def handle(self, elem):
        tag = elem.tag
        if tag == "{urn:ietf:params:xml:ns:xmpp-tls}starttls":
            self.send("<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>")
            await self.writer.drain()
            await self.writer.start_tls(self.server.tls_context)
            self.tls = True
            self.stream.restart()
            return "restart"
        if tag == "{urn:ietf:params:xml:ns:xmpp-sasl}auth":
            return self.sasl_first(elem)
        if tag == "{urn:ietf:params:xml:ns:xmpp-sasl}response":
            return self.sasl_final(elem)
        if tag == "{jabber:client}iq":
            return await self.iq(elem)
        return None

    # --- SCRAM-SHA-1 (RFC 5802), server side ---
    def sasl_first(self, elem):
        if self.server.scenario == "bare-success":
            self.send("<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>")
            self.authenticated = True
            self.stream.restart()
            return "restart"
        first = base64.b64decode(elem.text or "").decode()
        bare = first.split(",", 2)[2]
        fields = dict(part.split("=", 1) for part in bare.split(","))
        nonce = fields["r"] + secrets.token_hex(12)
        salt = secrets.token_bytes(16)
        server_first = f"r={nonce},s={base64.b64encode(salt).decode()},i=4096"
        self.scram = (bare, server_first, nonce, salt)
        self.send("<challenge xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                  f"{base64.b64encode(server_first.encode()).decode()}</challenge>")

    def sasl_final(self, elem):
        bare, server_first, nonce, salt = self.scram
        final = base64.b64decode(elem.text or "").decode()
        without_proof, proof = final.rsplit(",p=", 1)
        salted = hashlib.pbkdf2_hmac("sha1", self.server.password.encode(), salt, 4096)
        client_key = hmac.new(salted, b"Client Key", hashlib.sha1).digest()
        auth = f"{bare},{server_first},{without_proof}".encode()
        signature = hmac.new(hashlib.sha1(client_key).digest(), auth, hashlib.sha1).digest()
        expected = bytes(a ^ b for a, b in zip(client_key, signature))
        if f"r={nonce}" not in without_proof or base64.b64decode(proof) != expected:
            self.send("<failure xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><not-authorized/></failure>")
            return None
        server_key = hmac.new(salted, b"Server Key", hashlib.sha1).digest()
        signature = hmac.new(server_key, auth, hashlib.sha1).digest()
        if self.server.scenario == "wrong-signature":
            signature = bytes(b ^ 0xFF for b in signature)
        verifier = base64.b64encode(signature).decode()
        self.send("<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                  f"{base64.b64encode(('v=' + verifier).encode()).decode()}</success>")
        self.authenticated = True
        self.stream.restart()
        return "restart"

    # --- IQs ---
    def result(self, elem, payload=""):
        self.send(f"<iq type='result' id={quoteattr(elem.get('id', ''))} to={quoteattr(self.jid + '/r')}>"
                  f"{payload}</iq>")

    def error(self, elem, condition, words=""):
        text_el = f"<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>{text(words)}</text>" if words else ""
        self.send(f"<iq type='error' id={quoteattr(elem.get('id', ''))}><error type='cancel'>"
                  f"<{condition} xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>{text_el}</error></iq>")

    async def iq(self, elem):
        child = next(iter(elem), None)
        kind = elem.get("type")
        if kind in ("result", "error") or child is None:
            return None
        if child.tag == "{urn:ietf:params:xml:ns:xmpp-bind}bind":
            resource = child.findtext("{urn:ietf:params:xml:ns:xmpp-bind}resource") or "r"
            self.jid_full = f"{self.jid}/{resource}"
            return self.result(elem, f"<bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
                                     f"<jid>{escape(self.jid_full)}</jid></bind>")
        if child.tag == "{http://jabber.org/protocol/disco#info}query":
            return self.result(elem, "<query xmlns='http://jabber.org/protocol/disco#info'>"
                                     "<identity category='server' type='im'/>"
                                     f"<feature var='{NS_SASLCERT}'/></query>")
        if child.tag == f"{{{NS_SASLCERT}}}items" and self.server.scenario == "flood":
            return await self.flood(elem)
        if child.tag == f"{{{NS_SASLCERT}}}items" and self.server.scenario == "split-utf8":
            return await self.split_utf8(elem)
        if child.tag == f"{{{NS_SASLCERT}}}items" and self.server.scenario == "trickle":
            return await self.trickle(elem)
        if child.tag == f"{{{NS_SASLCERT}}}items":
            return self.result(elem, self.server.items())
        if child.tag.startswith(f"{{{NS_SASLCERT}}}"):
            return await self.change(elem, child.tag.split("}")[1])
        return self.error(elem, "service-unavailable")

    async def flood(self, elem):
        self.send(f"<iq type='result' id={quoteattr(elem.get('id', ''))}><items xmlns='{NS_SASLCERT}'><item><name>")
        chunk = "A" * 65536
        for _ in range(320):
            self.send(chunk)
            await self.writer.drain()

    async def split_utf8(self, elem):
        reply = (f"<iq type='result' id={quoteattr(elem.get('id', ''))} to={quoteattr(self.jid + '/r')}>"
                 f"{self.server.items()}</iq>").encode("utf-8")
        cut = reply.index("é".encode("utf-8")) + 1  # between the two bytes of the first "é"
        self.writer.write(reply[:cut])
        await self.writer.drain()
        await asyncio.sleep(0.3)  # two TLS records, read apart
        self.writer.write(reply[cut:])

    async def trickle(self, elem):
        self.send(f"<iq type='result' id={quoteattr(elem.get('id', ''))}><items xmlns='{NS_SASLCERT}'><item><name>")
        for _ in range(24):
            self.send("A" * 65536)
            await self.writer.drain()
        self.send("</name>")
        loop = asyncio.get_running_loop()
        end = loop.time() + 60
        while loop.time() < end and not self.writer.is_closing():
            self.send("<x/>")
            await self.writer.drain()
            await asyncio.sleep(0.005)

    async def change(self, elem, action):
        scenario = self.server.scenario
        if scenario == "die-after-revoke" and action == "revoke":
            self.writer.transport.abort()
            raise ConnectionError("dropped on purpose")
        if scenario == "die-after-ok" and action == "revoke":
            self.result(elem)
            await self.writer.drain()
            self.writer.transport.abort()
            raise ConnectionError("dropped on purpose, after the answer")
        if scenario == "error-text":
            return self.error(elem, "not-allowed", "no\tway\n\rforged line \u009b2J \u202eevil\u200b")
        if scenario == "kicked-resource" and action == "revoke":
            resource = "phone\u009b2J\u202e\u200b"
            self.send(f"<presence type='unavailable' from={quoteattr(self.jid + '/' + resource)} "
                      f"to={quoteattr(self.jid_full)}/>")
            self.server.listed = []
        if scenario == "renamed" and action == "revoke":
            self.server.listed = ["phone-2"]
        return self.result(elem)


class Server:
    def __init__(self, args):
        self.scenario = args.scenario
        self.user, self.password = args.user, args.password
        with open(args.cert_b64, encoding="ascii") as f:
            self.cert_b64 = f.read().strip()
        self.listed = ["phone"]
        key, crt = make_cert(args.dir)
        self.ca_file = crt
        self.tls_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.tls_context.load_cert_chain(crt, key)

    def items(self):
        open_items = f"<items xmlns='{NS_SASLCERT}'>"
        if self.scenario == "control-names":
            users = "<users><resource>{}</resource></users>"
            used = "<used xmlns='urn:certdeck:saslcert-use:0' last='2026-12-03T18:00:00Z&#9;now'/>"
            body = "".join(item(n, self.cert_b64, users.format(text(n)) + used) for n in HOSTILE_NAMES)
        elif self.scenario == "nested":
            body = "<a>" * 40000 + "</a>" * 40000
        elif self.scenario == "many-attributes":
            attributes = " ".join(f"a{i}='{i}'" for i in range(40000))
            body = f"<item {attributes}><name>phone</name><x509cert>{self.cert_b64}</x509cert></item>"
        elif self.scenario == "split-utf8":
            body = item("Téléphone", self.cert_b64) + item("Tablette · 2026", self.cert_b64)
        elif self.scenario == "large":
            body = "".join(item(f"device-{i:04}", self.cert_b64) for i in range(1000))
        else:
            body = "".join(item(n, self.cert_b64) for n in self.listed)
        return open_items + body + "</items>"


async def main():
    p = argparse.ArgumentParser()
    p.add_argument("--dir", required=True)
    p.add_argument("--scenario", required=True)
    p.add_argument("--cert-b64", required=True)
    p.add_argument("--user", default="alice")
    p.add_argument("--password", default="alice-password")
    p.add_argument("--lifetime", type=float, default=120)
    args = p.parse_args()
    server = Server(args)

    async def serve(reader, writer):
        await Session(server, reader, writer).run()

    listener = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = listener.sockets[0].getsockname()[1]
    print(json.dumps({"port": port, "ca_file": server.ca_file, "domain": DOMAIN}), flush=True)
    try:
        await asyncio.wait_for(asyncio.Event().wait(), args.lifetime)
    except asyncio.TimeoutError:
        pass
    listener.close()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
