#!/usr/bin/python3
"""SASL2 EXTERNAL and FAST (issue 32), on Prosody 13 with mod_sasl2, mod_sasl2_bind2 and mod_sasl2_fast. A phone
logs in the way Conversations does (Sasl2Phone of packaging/prosody/check-takeover.py, whose check uses it too:
STARTTLS with its certificate, one
<authenticate mechanism='EXTERNAL'> with the bare JID, <user-agent id>, Bind2 and a FAST token request):
- EXTERNAL is listed in <authentication xmlns='urn:xmpp:sasl:2'>; the phone logs in, is bound by Bind2 and
  online (its Bind2 resource in the item's <users>); it gets no FAST token (the fix refuses them to certificate
  logins), while a password login on the same server does get one that logs in (FAST is live here);
- a certificate not on the account, and (on b.test) the authorization identity alice@a.test, are refused;
- revoke: the phone's stream is closed; afterwards SASL2 and old-style EXTERNAL with its certificate are
  refused, and so would be its token had it got one; old-style EXTERNAL with another certificate, SCRAM by
  slixmpp, SASL2 PLAIN and the password login's FAST token keep working.
Prosody 0.12 has no usable mod_sasl2: there the script exits 77 (skipped) and says so; tests/CMakeLists.txt
registers it for the Prosody 13 run only.

  test_sasl2external.py [-v]     (needs CERTDECK_PROSODY_ROOT=DIR, Prosody 13; -v prints the SASL2 exchanges)
"""
import asyncio
import importlib.util
import logging
import os
import sys
import tempfile

from saslcert_server import (HARNESS, HERE, Client, by_name, check, finish, make_cert, saslcert, server, show,
                             users_of, wait_items)

sys.path.insert(0, os.path.dirname(HARNESS))
import prosody_harness  # noqa: E402  pylint: disable=wrong-import-position

spec = importlib.util.spec_from_file_location(
    "check_takeover", os.path.join(HERE, "..", "..", "packaging", "prosody", "check-takeover.py"))
check_takeover = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_takeover)
Sasl2Phone = check_takeover.Sasl2Phone

VERBOSE = "-v" in sys.argv[1:]
SKIPPED = 77  # ctest's SKIP_RETURN_CODE


def print_exchange(what, phone):
    if VERBOSE:
        print(f"--- {what}:\n" + "\n".join(line for line in phone.transcript if "authenticate" in line
                                            or "success" in line or "failure" in line or "mechanism>" in line),
              flush=True)


async def run(folder):
    with server("--domain", "a.test", "--extra-domain", "b.test", "--sasl2",
                "--user", "alice@a.test:alice-password", "--user", "alice@b.test:b-password") as st:
        print(f"test_sasl2external: Prosody {st['prosody_version']} with mod_sasl2, mod_sasl2_bind2, mod_sasl2_fast",
              flush=True)
        await checks(folder, st)


async def checks(folder, st):
    host, port, ca = st["host"], st["port"], st["ca_file"]
    cert = {n: make_cert(folder, n, "alice@a.test") for n in ("phone", "old-phone", "stranger")}
    pair = {n: (c["crt"], c["key"]) for n, c in cert.items()}

    desk = Client("alice@a.test/desk", "alice-password", ca)  # slixmpp: old-style SASL, SCRAM
    if not check("the desk logs in with the password (SCRAM, old-style SASL)", await desk.login(host, port) == "bound"):
        return
    for name in ("phone", "old-phone"):
        kind, cond = await desk.iq("set", saslcert("append", name, cert[name]["b64"]))
        check(f"the desk adds the certificate {name}", kind == "result", f"{kind} {cond}")

    # The phone, as Conversations logs in.
    phone = Sasl2Phone("alice@a.test", host, port, ca, cert=pair["phone"], user_agent_id="phone-0001")
    r = await phone.login("EXTERNAL", bind_tag="Conversations.Ab1x", request_token=True)
    print_exchange("the phone's SASL2 EXTERNAL login", phone)
    check("SASL2 <authentication> lists EXTERNAL to a client with a certificate", "EXTERNAL" in r.features,
          f"listed: {r.features}")
    check("FAST is offered inline (mod_sasl2_fast is live)", "HT-SHA-256-NONE" in r.fast, f"offered: {r.fast}")
    logged_in = check("SASL2 EXTERNAL with Bind2 logs the phone in as alice@a.test with a Bind2 resource",
                      r.outcome == "success" and (r.full_jid or "").startswith("alice@a.test/Conversations.Ab1x~"),
                      f"{r.outcome} {r.condition} {r.full_jid}")
    if not logged_in:
        return
    resource = r.full_jid.split("/", 1)[1]
    check("the phone's session answers a ping", await phone.ping())
    reply = await wait_items(desk, lambda it: users_of(it.get("phone", ET_NONE)) == [resource],
                             "the phone's Bind2 resource is listed in its item's <users>")
    check("the phone's item lists exactly its Bind2 resource as online",
          users_of(by_name(reply).get("phone", ET_NONE)) == [resource], show(reply))
    phone_token = r.token
    check("the phone's certificate login got no FAST token", phone_token is None, f"token {phone_token!r}")

    # The control: a password login over SASL2 on the same server gets a FAST token, and the token logs in.
    laptop = Sasl2Phone("alice@a.test", host, port, ca, user_agent_id="laptop-0001")
    r = await laptop.login("PLAIN", bind_tag="Laptop", request_token=True, password="alice-password")
    laptop_token = r.token
    check("SASL2 PLAIN with a token request logs in and gets a FAST token",
          r.outcome == "success" and laptop_token is not None, f"{r.outcome} {r.condition} token {laptop_token!r}")
    laptop.close()

    # Refusals over SASL2.
    stranger = Sasl2Phone("alice@a.test", host, port, ca, cert=pair["stranger"], user_agent_id="stranger-0001")
    r = await stranger.login("EXTERNAL", bind_tag="Conversations.Zz9q")
    print_exchange("a certificate not on the account", stranger)
    check("SASL2 EXTERNAL with a certificate not on the account is refused (not-authorized)",
          (r.outcome, r.condition) == ("failure", "not-authorized"), f"{r.outcome} {r.condition} {r.full_jid}")
    stranger.close()
    b_desk = Client("alice@b.test/desk", "b-password", ca)
    if check("alice@b.test logs in with the password", await b_desk.login(host, port) == "bound"):
        b_cert = make_cert(folder, "b-phone", "alice@b.test")
        kind, cond = await b_desk.iq("set", saslcert("append", "b-phone", b_cert["b64"]))
        check("alice@b.test adds her certificate", kind == "result", f"{kind} {cond}")
        for authzid, expected in (("alice@a.test", "failure"), ("alice@b.test", "success")):
            b_phone = Sasl2Phone("alice@b.test", host, port, ca, cert=(b_cert["crt"], b_cert["key"]),
                                 user_agent_id="b-phone-0001")
            r = await b_phone.login("EXTERNAL", bind_tag="Conversations.Bb2y", authzid=authzid)
            check(f"SASL2 EXTERNAL on b.test for the identity {authzid}: {expected}", r.outcome == expected
                  and (expected == "failure" or (r.full_jid or "").startswith("alice@b.test/")),
                  f"{r.outcome} {r.condition} {r.full_jid}")
            b_phone.close()
        await b_desk.logout()

    # Old-style EXTERNAL (slixmpp) on the same server, with another certificate.
    old = Client("alice@a.test/old-phone", None, ca, cert=cert["old-phone"])
    check("old-style SASL EXTERNAL with another certificate logs in", await old.login(host, port) == "bound")

    # The revoke.
    kind, cond = await desk.iq("set", saslcert("revoke", "phone"))
    check("the desk revokes the phone's certificate", kind == "result", f"{kind} {cond}")
    closed = await phone.wait_closed()
    check("the revoke closes the phone's SASL2 session (stream error not-authorized)", closed == "not-authorized",
          f"{closed}")
    phone.close()

    again = Sasl2Phone("alice@a.test", host, port, ca, cert=pair["phone"], user_agent_id="phone-0001")
    r = await again.login("EXTERNAL", bind_tag="Conversations.Ab1x", request_token=True)
    print_exchange("the revoked phone tries SASL2 EXTERNAL", again)
    check("after the revoke, SASL2 EXTERNAL with the phone's certificate is refused (not-authorized)",
          (r.outcome, r.condition) == ("failure", "not-authorized"), f"{r.outcome} {r.condition} {r.full_jid}")
    again.close()
    legacy = Client("alice@a.test/phone", None, ca, cert=cert["phone"])
    outcome = await legacy.login(host, port)
    check("after the revoke, old-style SASL EXTERNAL with the phone's certificate is refused",
          outcome == "auth_failed", outcome)
    legacy.disconnect()
    if phone_token is not None:  # only when the fix failed to refuse the token (checked above)
        fast = Sasl2Phone("alice@a.test", host, port, ca, cert=pair["phone"], user_agent_id="phone-0001")
        r = await fast.login("HT-SHA-256-NONE", bind_tag="Conversations.Ab1x", token=phone_token)
        check("after the revoke, the phone's FAST token is refused", r.outcome == "failure",
              f"{r.outcome} {r.condition} {r.full_jid}")
        fast.close()

    # What must keep working.
    check("the other certificate's old-style session is still there",
          users_of(by_name(await wait_items(desk, lambda it: "old-phone" in it, "items")).get("old-phone", ET_NONE))
          == ["old-phone"])
    await old.logout()
    scram = Client("alice@a.test/desk2", "alice-password", ca)
    check("after the revoke, SCRAM (slixmpp, old-style SASL) logs in", await scram.login(host, port) == "bound")
    await scram.logout()
    laptop = Sasl2Phone("alice@a.test", host, port, ca, user_agent_id="laptop-0001")
    r = await laptop.login("HT-SHA-256-NONE", bind_tag="Laptop", token=laptop_token)
    check("after the revoke, the password login's FAST token still logs in", r.outcome == "success",
          f"{r.outcome} {r.condition}")
    laptop.close()
    plain = Sasl2Phone("alice@a.test", host, port, ca, user_agent_id="laptop-0002")
    r = await plain.login("PLAIN", bind_tag="Laptop", password="alice-password")
    check("after the revoke, SASL2 PLAIN logs in", r.outcome == "success", f"{r.outcome} {r.condition}")
    plain.close()
    # A client that presents a certificate (the fix changes its SASL handler) still has the password mechanisms.
    plain = Sasl2Phone("alice@a.test", host, port, ca, cert=pair["stranger"], user_agent_id="laptop-0003")
    r = await plain.login("PLAIN", bind_tag="Laptop", password="alice-password")
    check("SASL2 PLAIN from a client that presents a certificate logs in", r.outcome == "success",
          f"{r.outcome} {r.condition}")
    plain.close()
    await desk.logout()


class _NoItem:  # stands in for a missing <item>: users_of() finds no <users> in it
    @staticmethod
    def findall(_path):
        return []


ET_NONE = _NoItem()


def main():
    logging.basicConfig(level=logging.CRITICAL)  # slixmpp's and asyncio's own chatter
    version = prosody_harness.prosody_version(prosody_harness.prosody_root())
    if prosody_harness.major_version(version) < 13:
        print(f"test_sasl2external: skipped: Prosody {version} has no usable mod_sasl2; set CERTDECK_PROSODY_ROOT "
              "to a Debian 13 root (Prosody 13)")
        sys.exit(SKIPPED)
    asyncio.set_event_loop(asyncio.new_event_loop())
    with tempfile.TemporaryDirectory(prefix="certdeck-sasl2-") as folder:
        asyncio.get_event_loop().run_until_complete(run(folder))
    finish("test_sasl2external")


if __name__ == "__main__":
    main()
