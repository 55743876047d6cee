#!/usr/bin/python3
"""A phone for Certdeck's tests: a third-party XMPP client (slixmpp) that logs in with a device certificate
by SASL EXTERNAL and reports what happens, one JSON object per line on stdout:

  {"event": "bound", "jid": "alice@localhost/phone"}     logged in, resource bound
  {"event": "auth_failed", "reason": "..."}              the server refused the certificate
  {"event": "disconnected", "reason": "..."}             the stream ended (after bound, or before)
  {"event": "appended"} / {"event": "append_failed", ...} with --append-name/--append-der: the phone added
                                                         that certificate to the account (XEP-0257), as
                                                         another client or an intruder's device would
  {"event": "items", "items": [{"name": ..., "x509cert": ...}]}
                                                         with --list-items: the account's entries as the
                                                         server lists them, text exactly as sent, after
                                                         any appends

It exits when the stream ends, or on SIGTERM.
"""
import argparse
import asyncio
import base64
import json
import logging
import signal
import sys
import time
import xml.etree.ElementTree as ET

import slixmpp


def emit(event, **fields):
    fields["event"] = event
    fields["mono_ms"] = time.monotonic() * 1000  # CLOCK_MONOTONIC, comparable with the test process's clock
    sys.stdout.write(json.dumps(fields) + "\n")
    sys.stdout.flush()


class Phone(slixmpp.ClientXMPP):
    def __init__(self, jid, cert, key, ca, append=None, list_items=False):
        super().__init__(jid, "", sasl_mech="EXTERNAL")
        self.append = append or []  # (name, base64 text) to add to the account once logged in, in order
        self.list_items = list_items
        self.certfile = cert
        self.keyfile = key
        self.ca_certs = ca
        self.stream_error_text = ""
        self.bound = False
        self.add_event_handler("session_start", self.on_session_start)
        self.add_event_handler("failed_auth", self.on_failed_auth)
        self.add_event_handler("stream_error", self.on_stream_error)
        self.add_event_handler("disconnected", self.on_disconnected)
        self.add_event_handler("connection_failed", self.on_connection_failed)

    async def on_session_start(self, _event):
        self.send_presence()
        self.bound = True
        emit("bound", jid=str(self.boundjid.full))
        for name, text in self.append:
            await self.append_certificate(name, text)
        if self.list_items:
            await self.emit_items()

    async def emit_items(self):
        ns = "urn:xmpp:saslcert:1"
        iq = self.make_iq_get()
        iq.append(ET.Element(f"{{{ns}}}items"))
        try:
            reply = await iq.send(timeout=10)
        except Exception as error:
            emit("items_failed", reason=str(error))
            return
        items = [{"name": item.findtext(f"{{{ns}}}name"), "x509cert": item.findtext(f"{{{ns}}}x509cert")}
                 for item in reply.xml.iter(f"{{{ns}}}item")]
        emit("items", items=items)

    async def append_certificate(self, name, text):
        ns = "urn:xmpp:saslcert:1"
        iq = self.make_iq_set()
        payload = ET.Element(f"{{{ns}}}append")
        ET.SubElement(payload, f"{{{ns}}}name").text = name
        ET.SubElement(payload, f"{{{ns}}}x509cert").text = text  # as given: tests send odd encodings too
        iq.append(payload)
        try:
            await iq.send(timeout=10)
            emit("appended", name=name)
        except Exception as error:  # the server's error or a timeout: the test reads the reason
            emit("append_failed", name=name, reason=str(error))

    def on_failed_auth(self, _event):
        emit("auth_failed", reason="SASL EXTERNAL refused")
        self.disconnect()

    def on_stream_error(self, error):
        self.stream_error_text = error["text"] or error["condition"]

    def on_connection_failed(self, error):
        emit("disconnected", reason=f"connection failed: {error}")
        asyncio.get_event_loop().stop()

    def on_disconnected(self, reason):
        emit("disconnected", reason=self.stream_error_text or str(reason or ""))
        asyncio.get_event_loop().stop()


def connect_with_starttls(phone, port):
    """Connects to 127.0.0.1:port with STARTTLS required, on slixmpp 1.8 (Debian 12) as on 1.10 (Debian 13)."""
    if hasattr(phone, "enable_starttls"):
        # Newer slixmpp: the TLS choices are attributes, and connect() no longer takes force_starttls.
        phone.enable_starttls = True
        phone.enable_direct_tls = False
        phone.enable_plaintext = False
        phone.connect("127.0.0.1", port)
    else:
        phone.connect(("127.0.0.1", port), force_starttls=True, disable_starttls=False)


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--jid", required=True, help="bare JID plus the resource to bind, e.g. alice@localhost/phone")
    p.add_argument("--cert", required=True)
    p.add_argument("--key", required=True)
    p.add_argument("--ca", required=True, help="the test server's certificate")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--append-name", help="once logged in, add a certificate under this name")
    p.add_argument("--append-der", help="the certificate to add (DER file)")
    p.add_argument("--append-b64", nargs=2, action="append", metavar=("NAME", "FILE"), default=[],
                   help="also add this entry, its x509cert text exactly as in FILE (repeatable)")
    p.add_argument("--list-items", action="store_true", help="then report the account's entries (event items)")
    a = p.parse_args()
    logging.basicConfig(level=logging.CRITICAL)
    append = []
    if a.append_name:
        with open(a.append_der, "rb") as f:
            append.append((a.append_name, base64.b64encode(f.read()).decode("ascii")))
    for name, path in a.append_b64:
        with open(path, encoding="ascii") as f:
            append.append((name, f.read()))
    phone = Phone(a.jid, a.cert, a.key, a.ca, append, a.list_items)
    loop = asyncio.get_event_loop()
    loop.add_signal_handler(signal.SIGTERM, loop.stop)
    connect_with_starttls(phone, a.port)
    loop.run_forever()


if __name__ == "__main__":
    main()
