#!/usr/bin/python3
"""SASL EXTERNAL keeps to its host (issue 27): on one Prosody with the VirtualHosts a.test and b.test, a
certificate enrolled on alice@b.test, presented to b.test with the authorization identity alice@a.test, is
refused. (mod_client_certs as shipped compares with "not host == module.host", which is always false, and logged
that request in as alice@b.test.) The same certificate logs in with the identity alice@b.test and with "=".

  test_externalhost.py     (CERTDECK_PROSODY_ROOT=DIR runs Prosody 13)
"""
import asyncio
import logging
import tempfile

from saslcert_server import Client, check, finish, make_cert, saslcert, server


async def run(folder):
    with server("--domain", "a.test", "--extra-domain", "b.test",
                "--user", "alice@a.test:a-password", "--user", "alice@b.test:b-password") as st:
        print(f"test_externalhost: Prosody {st['prosody_version']} with a.test and b.test", flush=True)
        host, port, ca = st["host"], st["port"], st["ca_file"]
        cert = make_cert(folder, "b-phone", "alice@b.test")
        b_desk = Client("alice@b.test/desk", "b-password", ca)
        if not check("alice@b.test logs in with the password", await b_desk.login(host, port) == "bound"):
            return
        kind, cond = await b_desk.iq("set", saslcert("append", "b-phone", cert["b64"]))
        check("alice@b.test adds her certificate", kind == "result", f"{kind} {cond}")

        # To b.test, asking for alice@a.test: another host's identity, refused.
        cross = Client("alice@b.test/cross", None, ca, cert=cert, authzid="alice@a.test")
        outcome = await cross.login(host, port)
        check("SASL EXTERNAL on b.test with the authorization identity alice@a.test is refused",
              outcome == "auth_failed",
              f"{outcome}" + (f" as {cross.boundjid.full}" if outcome == "bound" else ""))
        cross.disconnect()

        # The same certificate with its own identity, explicit and implicit, logs in as alice@b.test.
        for authzid, what in (("alice@b.test", "the authorization identity alice@b.test"), (None, "'='")):
            own = Client("alice@b.test/own", None, ca, cert=cert, authzid=authzid)
            outcome = await own.login(host, port)
            check(f"SASL EXTERNAL on b.test with {what} logs in as alice@b.test",
                  outcome == "bound" and own.boundjid.bare == "alice@b.test",
                  f"{outcome} {own.boundjid.full}")
            if outcome == "bound":
                await own.logout()
            else:
                own.disconnect()
        await b_desk.logout()


def main():
    logging.basicConfig(level=logging.CRITICAL)  # slixmpp's and asyncio's own chatter
    asyncio.set_event_loop(asyncio.new_event_loop())
    with tempfile.TemporaryDirectory(prefix="certdeck-xhost-") as folder:
        asyncio.get_event_loop().run_until_complete(run(folder))
    finish("test_externalhost")


if __name__ == "__main__":
    main()
