#!/usr/bin/python3
"""Reference for the revoke benchmark: slixmpp logs in with the password and sends a raw XEP-0257 revoke.
Prints {"sent_mono_ms": ..., "answered_mono_ms": ...} and exits."""
import argparse
import asyncio
import json
import logging
import time

import slixmpp
from slixmpp.xmlstream import ET


class Revoker(slixmpp.ClientXMPP):
    def __init__(self, jid, password, ca, name):
        super().__init__(jid, password)
        self.ca_certs = ca
        self.name = name
        self.add_event_handler("session_start", self.start)

    async def start(self, _):
        iq = self.make_iq_set()
        revoke = ET.Element("{urn:xmpp:saslcert:1}revoke")
        name = ET.SubElement(revoke, "{urn:xmpp:saslcert:1}name")
        name.text = self.name
        iq.append(revoke)
        sent = time.monotonic() * 1000
        await iq.send()
        print(json.dumps({"sent_mono_ms": sent, "answered_mono_ms": time.monotonic() * 1000}), flush=True)
        self.disconnect()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--jid", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--ca", required=True)
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--name", required=True)
    a = p.parse_args()
    logging.basicConfig(level=logging.CRITICAL)
    r = Revoker(a.jid, a.password, a.ca, a.name)
    r.connect(("127.0.0.1", a.port))
    asyncio.get_event_loop().run_until_complete(r.disconnected)


if __name__ == "__main__":
    main()
