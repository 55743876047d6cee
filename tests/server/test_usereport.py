#!/usr/bin/python3
"""The use report of Certdeck's fix of mod_client_certs (issue 27), read from the items replies the server sends:
each <item> carries XEP-0257's <users> (the resources of the sessions whose TLS client certificate is that
certificate) and <used xmlns='urn:certdeck:saslcert-use:0' first='…' last='…'/> (first SASL EXTERNAL login,
latest login or end of such a session; no attributes when never used). The times survive a restart of Prosody
and go with the entry. With client_certs_report_use = false (harness --no-use-report) neither element appears.

  test_usereport.py [-v]     (-v prints the items replies; CERTDECK_PROSODY_ROOT=DIR runs Prosody 13)
"""
import asyncio
import logging
import os
import sys
import tempfile
import time

from saslcert_server import (SASLCERT, TIMEOUT, USE, Client, by_name, check, finish, harness, items, make_cert,
                             next_second, saslcert, server, show, used_of, users_of, wait_items, xep0082)

VERBOSE = "-v" in sys.argv[1:]
ACCOUNT, PASSWORD = "alice@localhost", "alice-password"


def print_reply(what, reply):
    if VERBOSE:
        print(f"--- {what}:\n{show(reply, full=True)}", flush=True)


async def report_on(folder):
    with server("--domain", "localhost", "--user", f"alice:{PASSWORD}") as st:
        print(f"test_usereport: Prosody {st['prosody_version']}", flush=True)
        await report_checks(folder, st)


async def report_checks(folder, st):
    host, port, ca = st["host"], st["port"], st["ca_file"]
    certs = {name: make_cert(folder, name, ACCOUNT) for name in ("phone-one", "phone-two", "spare")}

    desk = Client(ACCOUNT + "/desk", PASSWORD, ca)  # a password session, without a client certificate
    if not check("the desk logs in with the password", await desk.login(host, port) == "bound"):
        return
    for name, cert in certs.items():
        kind, cond = await desk.iq("set", saslcert("append", name, cert["b64"]))
        check(f"append of {name}", kind == "result", f"{kind} {cond}")

    reply = await items(desk)
    print_reply("items before any use", reply)
    listed = by_name(reply) if reply is not None else {}
    for name in certs:
        item = listed.get(name)
        check(f"before any login, {name} lists an empty <users/>", item is not None and users_of(item) == [],
              show(reply))
        check(f"before any login, {name} has <used/> without attributes",
              item is not None and used_of(item) == {}, show(reply))

    # Two phones, two certificates, two resources, logged in by SASL EXTERNAL.
    login_at = int(time.time())  # whole seconds, as the server writes them
    phones = {}
    for name in ("phone-one", "phone-two"):
        phones[name] = Client(f"{ACCOUNT}/{name}-res", None, ca, cert=certs[name])
        check(f"{name} logs in by SASL EXTERNAL", await phones[name].login(host, port) == "bound")
    reply = await items(desk)
    print_reply("items with phone-one and phone-two online, spare never used", reply)
    listed = by_name(reply) if reply is not None else {}
    for name in ("phone-one", "phone-two"):
        item = listed.get(name)
        check(f"{name}'s <users> lists exactly its own resource {name}-res",
              item is not None and users_of(item) == [f"{name}-res"], show(item))
        used = used_of(item) if item is not None else None
        first, last = xep0082((used or {}).get("first")), xep0082((used or {}).get("last"))
        check(f"{name}'s <used> has first and last in XEP-0082 UTC, not before its login",
              first is not None and last is not None and login_at <= first <= last <= time.time() + 1, used)
    item = listed.get("spare")
    check("the never-used spare lists an empty <users/>", item is not None and users_of(item) == [], show(item))
    check("the never-used spare has <used/> without attributes", item is not None and used_of(item) == {},
          show(item))
    check("the password session (desk) is not attributed to any certificate",
          all("desk" not in (users_of(i) or []) for i in listed.values()), show(reply))
    check("every <used> is in the namespace urn:certdeck:saslcert-use:0 and nothing else is called used",
          sum(1 for el in reply.iter() if el.tag.endswith("}used")) == len(listed)
          and len(reply.findall(f".//{{{USE}}}used")) == len(listed), show(reply))

    # phone-one goes offline, in a later second than its login: its <users/> empties, and its last moves to the
    # time it left.
    before = used_of(listed["phone-one"]) if "phone-one" in listed else {}
    await next_second(xep0082((before or {}).get("last")) or int(time.time()))
    left_at = int(time.time())
    await phones["phone-one"].logout()
    reply = await wait_items(desk, lambda m: "phone-one" in m and users_of(m["phone-one"]) == [],
                             "phone-one's <users/> empties once it is offline")
    print_reply("items after phone-one went offline", reply)
    listed = by_name(reply) if reply is not None else {}
    item = listed.get("phone-one")
    check("offline phone-one lists an empty <users/>", item is not None and users_of(item) == [], show(item))
    used = used_of(item) if item is not None else None
    first, last = xep0082((used or {}).get("first")), xep0082((used or {}).get("last"))
    check("offline phone-one keeps its first, and its last is when it left (later than its login)",
          first is not None and last is not None and used.get("first") == (before or {}).get("first")
          and login_at <= first <= last and last >= left_at, f"{used}, logged in at {login_at}, left at {left_at}")
    check("phone-two is still listed with its resource",
          "phone-two" in listed and users_of(listed["phone-two"]) == ["phone-two-res"], show(reply))

    # A restart of Prosody keeps the times; phone-two's session ends with the server, which counts as its last use.
    saved = {name: used_of(item) for name, item in listed.items()}
    await next_second(xep0082((saved.get("phone-two") or {}).get("last")) or int(time.time()))
    restart_at = int(time.time())
    await desk.logout()
    harness("restart", "--dir", st["dir"])
    await asyncio.wait_for(asyncio.shield(phones["phone-two"].gone), 15)
    desk = Client(ACCOUNT + "/desk", PASSWORD, ca)
    check("the desk logs in again after the restart", await desk.login(host, port) == "bound")
    reply = await items(desk)
    print_reply("items after a restart of Prosody", reply)
    listed = by_name(reply) if reply is not None else {}
    check("after the restart, phone-one's first and last are unchanged",
          "phone-one" in listed and used_of(listed["phone-one"]) == saved.get("phone-one"),
          f"{used_of(listed['phone-one']) if 'phone-one' in listed else None} != {saved.get('phone-one')}")
    check("after the restart, spare is still never used", "spare" in listed and used_of(listed["spare"]) == {},
          show(reply))
    used = used_of(listed["phone-two"]) if "phone-two" in listed else None
    check("after the restart, phone-two keeps its first, and its last is when the server ended its session",
          used is not None and used.get("first") == (saved.get("phone-two") or {}).get("first")
          and (xep0082(used.get("last")) or 0) >= restart_at, f"{used}, restarted at {restart_at}")
    check("after the restart, no certificate lists a session",
          all(users_of(i) == [] for i in listed.values()), show(reply))

    # A new login updates last and keeps first.
    again = Client(f"{ACCOUNT}/phone-one-res", None, ca, cert=certs["phone-one"])
    await next_second(xep0082((saved.get("phone-one") or {}).get("last")) or int(time.time()))
    relogin_at = int(time.time())
    check("phone-one logs in again", await again.login(host, port) == "bound")
    reply = await items(desk)
    used = used_of(by_name(reply)["phone-one"]) if reply is not None else None
    check("a new login keeps phone-one's first and moves its last",
          used is not None and used.get("first") == (saved.get("phone-one") or {}).get("first")
          and (xep0082(used.get("last")) or 0) >= relogin_at, f"{used}, logged in again at {relogin_at}")

    # Revoke removes the entry and its times: the same certificate appended again is never used.
    kind, cond = await desk.iq("set", saslcert("revoke", "phone-one"))
    check("revoke of phone-one", kind == "result", f"{kind} {cond}")
    await asyncio.wait_for(asyncio.shield(again.gone), TIMEOUT)
    reply = await items(desk)
    check("after revoke, phone-one is no longer listed", reply is not None and "phone-one" not in by_name(reply),
          show(reply))
    kind, cond = await desk.iq("set", saslcert("append", "phone-one", certs["phone-one"]["b64"]))
    check("phone-one's certificate appended again", kind == "result", f"{kind} {cond}")
    reply = await items(desk)
    print_reply("items after revoke and a new append of phone-one's certificate", reply)
    item = by_name(reply).get("phone-one") if reply is not None else None
    check("the new entry has no times of the revoked one (<used/> without attributes) and no session",
          item is not None and used_of(item) == {} and users_of(item) == [], show(item))

    # A store that cannot be written costs the report, never the login: a folder where the datamanager writes its
    # scratch file (FILE.dat~) makes every store of the account's certificates fail, while they still load.
    scratch = os.path.join(st["dir"], "data", "localhost", "client_certs", "alice.dat~")
    os.mkdir(scratch)
    try:
        blocked = Client(f"{ACCOUNT}/spare-res", None, ca, cert=certs["spare"])
        check("with the store failing, spare still logs in by SASL EXTERNAL",
              await blocked.login(host, port) == "bound")
        reply = await items(desk)
        item = by_name(reply).get("spare") if reply is not None else None
        check("with the store failing, items still answer and list spare's session",
              item is not None and users_of(item) == ["spare-res"], show(reply))
        with open(st["log"], encoding="utf-8", errors="replace") as f:
            logged = "Could not store when alice's certificate was used" in f.read()
        check("the failed store was logged (the test did make it fail)", logged)
        await blocked.logout()
    finally:
        os.rmdir(scratch)
    await desk.logout()


async def no_report_on(folder):
    with server("--domain", "localhost", "--no-use-report", "--user", f"alice:{PASSWORD}") as st:
        host, port, ca = st["host"], st["port"], st["ca_file"]
        cert = make_cert(folder, "quiet-phone", ACCOUNT)
        spare = make_cert(folder, "quiet-spare", ACCOUNT)
        desk = Client(ACCOUNT + "/desk", PASSWORD, ca)
        check("(no report) the desk logs in with the password", await desk.login(host, port) == "bound")
        for name, c in (("quiet-phone", cert), ("quiet-spare", spare)):
            kind, cond = await desk.iq("set", saslcert("append", name, c["b64"]))
            check(f"(no report) append of {name}", kind == "result", f"{kind} {cond}")
        phone = Client(f"{ACCOUNT}/quiet-res", None, ca, cert=cert)
        check("(no report) the phone logs in by SASL EXTERNAL", await phone.login(host, port) == "bound")
        reply = await items(desk)
        print_reply("items with client_certs_report_use = false", reply)
        listed = by_name(reply) if reply is not None else {}
        check("(no report) both certificates are listed", sorted(listed) == ["quiet-phone", "quiet-spare"],
              show(reply))
        check("(no report) no <users> and no <used> anywhere in items",
              reply is not None and not any(el.tag.endswith("}users") or el.tag.endswith("}used")
                                            for el in reply.iter()), show(reply))
        await phone.logout()
        reply = await items(desk)
        check("(no report) still none after the phone went offline",
              reply is not None and not any(el.tag in (f"{{{SASLCERT}}}users", f"{{{USE}}}used")
                                            for el in reply.iter()), show(reply))
        await desk.logout()


def main():
    logging.basicConfig(level=logging.CRITICAL)  # slixmpp's and asyncio's own chatter
    asyncio.set_event_loop(asyncio.new_event_loop())
    loop = asyncio.get_event_loop()
    with tempfile.TemporaryDirectory(prefix="certdeck-use-") as folder:
        loop.run_until_complete(report_on(folder))
        loop.run_until_complete(no_report_on(folder))
    finish("test_usereport")


if __name__ == "__main__":
    main()
