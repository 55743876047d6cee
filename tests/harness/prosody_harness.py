#!/usr/bin/python3
"""Throwaway Prosody servers (0.12 or 13) for Certdeck's tests and demo.

Everything lives in one folder given with --dir: config, data, TLS material, a copy of mod_client_certs fixed by
packaging/prosody/fix-mod_client_certs.sh, the log and the PID file. The server listens on 127.0.0.1 only, on a
free port. --extra-domain adds VirtualHosts to the same server (users of one reach the others locally, no s2s).
With CERTDECK_PROSODY_ROOT=DIR (a Debian root, see packaging/dev/prosody13-root.sh) Prosody and prosodyctl run
inside DIR (chroot, private mount namespace) and the module comes from DIR; otherwise the host's Prosody runs.
--sasl2 enables mod_sasl2, mod_sasl2_bind2 and mod_sasl2_fast (Prosody 13 with Debian 13's prosody-modules only).

  start    --dir D [--domain localhost] [--extra-domain D2 ...] [--no-saslcert] [--no-tls]
           [--lenient-appends] [--no-use-report] [--admin-shell] [--sasl2]
           [--user NAME[@DOMAIN]:PASSWORD ...]                                               -> prints JSON
  restart  --dir D                       (same config, data and port: a server restart)
  register --dir D NAME[@DOMAIN] PASSWORD
  stop     --dir D
  state    --dir D                                                                 -> prints JSON state
"""
import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time

SYSTEM_MODULE_DIR = "usr/lib/prosody/modules/mod_client_certs"  # relative to / or to CERTDECK_PROSODY_ROOT
STATE_FILE = "state.json"
HERE = os.path.dirname(os.path.abspath(__file__))
# The one fix admins apply too (README, "For server administrators"): it picks the patch variant that fits the
# module and refuses, with a message naming the file, a module it does not know.
FIX_SCRIPT = os.path.join(HERE, "..", "..", "packaging", "prosody", "fix-mod_client_certs.sh")


class HarnessError(Exception):
    pass


def prosody_root():
    """CERTDECK_PROSODY_ROOT=DIR runs Prosody from that Debian root (chroot) instead of the host's."""
    root = os.environ.get("CERTDECK_PROSODY_ROOT", "")
    if root and not os.path.isfile(os.path.join(root, "usr", "bin", "prosody")):
        raise HarnessError(f"CERTDECK_PROSODY_ROOT={root} holds no usr/bin/prosody")
    return os.path.abspath(root) if root else ""


def prosody_version(root):
    """The installed package's version, read from dpkg's database (never `prosody --version`: that starts a server)."""
    status = os.path.join(root or "/", "var", "lib", "dpkg", "status")
    with open(status, encoding="utf-8") as f:
        for para in f.read().split("\n\n"):
            fields = dict(line.split(": ", 1) for line in para.splitlines() if ": " in line and line[0] != " ")
            if fields.get("Package") == "prosody" and "installed" in fields.get("Status", ""):
                return fields["Version"]
    raise HarnessError(f"prosody is not installed (no entry in {status})")


def major_version(version):
    return int(version.split(".", 1)[0])


def patch_module(dest_dir, root):
    src = os.path.join(root or "/", SYSTEM_MODULE_DIR)
    dest = os.path.join(dest_dir, "mod_client_certs")
    if os.path.exists(dest):
        shutil.rmtree(dest)
    shutil.copytree(src, dest)
    r = subprocess.run(["bash", FIX_SCRIPT, os.path.join(dest, "mod_client_certs.lua")],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode != 0:
        raise HarnessError(f"cannot fix mod_client_certs from {src}: {r.stdout.strip()}")


def in_root(root, d, argv):
    """The command line that runs argv in root, with the throwaway folder d at the same path inside and /proc
    mounted, in a private mount namespace: the mounts vanish with the process, even when a test dies."""
    if not root:
        return argv
    inside = root + d
    os.makedirs(inside, exist_ok=True)
    script = ('d=$1 root=$2; shift 2; mount --bind "$d" "$root$d" && mount -t proc proc "$root/proc" && '
              'exec chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"')
    return ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "sh", d, root] + argv


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_server_cert(certs, domains):
    key, crt = os.path.join(certs, "server.key"), os.path.join(certs, "server.crt")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-keyout", key, "-out", crt, "-days", "30", "-subj", f"/CN={domains[0]}",
                    "-addext", "subjectAltName=" + ",".join(f"DNS:{x}" for x in domains) + ",IP:127.0.0.1"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.chmod(key, 0o600)
    return key, crt


def lua_str(s):
    return json.dumps(s)  # a JSON string literal is a valid Lua string literal for our paths


def write_config(d, port, domains, key, crt, saslcert, tls, version, lenient=False, use_report=True,
                 admin_shell=False, sasl2=False):
    modules = ["roster", "saslauth", "disco", "ping", "posix", "presence"] + (["tls"] if tls else [])
    # sasl2: XEP-0388 SASL2 with Bind2 and FAST, as Conversations uses them when a server offers them.
    modules += ["sasl2", "sasl2_bind2", "sasl2_fast"] if sasl2 else []
    # admin_shell: prosodyctl shell, as on a server with Debian's default config (its socket: data/prosody.sock).
    modules += ["admin_shell"] if admin_shell else []
    disabled = ["s2s", "dialback", "http", "admin_telnet"] + ([] if admin_shell else ["admin_shell"])
    if saslcert:  # adhoc serves the module's ad-hoc command, as on a server with Debian's default config
        modules += ["client_certs", "adhoc"]
    cfg = f"""-- Generated by Certdeck's test harness; throwaway.
run_as_root = true
daemonize = false
pidfile = {lua_str(os.path.join(d, "prosody.pid"))}
data_path = {lua_str(os.path.join(d, "data"))}
plugin_paths = {{ {lua_str(os.path.join(d, "plugins"))} }}
log = {{ {{ levels = {{ min = "info" }}, to = "file", filename = {lua_str(os.path.join(d, "prosody.log"))} }} }}
modules_enabled = {{ {", ".join(lua_str(m) for m in modules)} }}
modules_disabled = {{ {", ".join(lua_str(m) for m in disabled)} }}
interfaces = {{ "127.0.0.1" }}
local_interfaces = {{ "127.0.0.1" }}
c2s_ports = {{ {port} }}
c2s_interfaces = {{ "127.0.0.1" }}
c2s_direct_tls_ports = {{ }}
legacy_ssl_ports = {{ }}
s2s_ports = {{ }}
s2s_interfaces = {{ }}
component_ports = {{ }}
component_interfaces = {{ }}
http_ports = {{ }}
https_ports = {{ }}
http_interfaces = {{ }}
https_interfaces = {{ }}
authentication = "internal_hashed"
storage = "internal"
allow_registration = false
"""
    if lenient:
        # The fixed module as servers without its canonical-certificate part behave: appends in any encoding
        # Prosody decodes are stored and listed as sent (what the thief's tests need to meet).
        cfg += "client_certs_canonical = false\n"
    if not use_report:
        # The fixed module without its use report: items without <users> and <used>, as on servers that lack it.
        cfg += "client_certs_report_use = false\n"
    if tls:
        # Ask for the client's certificate; Prosody 13 also needs verifyext to let self-signed ones through.
        verifyext = ', verifyext = { "lsec_continue", "lsec_ignore_purpose" }' if major_version(version) >= 13 else ""
        cfg += f"""c2s_require_encryption = true
c2s_ssl = {{ verify = {{ "peer", "client_once" }}{verifyext} }}
ssl = {{ key = {lua_str(key)}, certificate = {lua_str(crt)} }}
"""
        for domain in domains:
            cfg += f"""
VirtualHost {lua_str(domain)}
    ssl = {{ key = {lua_str(key)}, certificate = {lua_str(crt)} }}
"""
    else:
        # A server that offers no TLS at all: clients must refuse it.
        cfg += "c2s_require_encryption = false\nallow_unencrypted_plain_auth = true\n"
        for domain in domains:
            cfg += f"\nVirtualHost {lua_str(domain)}\n"
    path = os.path.join(d, "prosody.cfg.lua")
    with open(path, "w", encoding="utf-8") as f:
        f.write(cfg)
    return path


def read_state(d):
    try:
        with open(os.path.join(d, STATE_FILE), encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        raise HarnessError(f"no harness server in {d}")


def register(d, name, password):
    """name is a user of the first domain, or user@domain for any of the server's domains."""
    st = read_state(d)
    user, _, domain = name.partition("@")
    domain = domain or st["domain"]
    if domain not in st.get("domains", [st["domain"]]):
        raise HarnessError(f"{domain} is not one of this server's domains")
    argv = ["prosodyctl", "--config", st["config"], "register", user, domain, password]
    r = subprocess.run(in_root(st.get("root", ""), st["dir"], argv),
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode != 0:
        raise HarnessError(f"prosodyctl register {name} failed: {r.stdout.strip()}")


def wait_for_port(port, proc, log, timeout=10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise HarnessError(f"prosody exited with {proc.returncode}; see {log}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise HarnessError(f"prosody did not listen on 127.0.0.1:{port} within {timeout} s; see {log}")


def launch(d, cfg, port, root):
    log = os.path.join(d, "prosody.log")
    out = open(os.path.join(d, "prosody.stdout"), "ab")
    proc = subprocess.Popen(in_root(root, d, ["prosody", "--config", cfg, "-F"]), stdout=out,
                            stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True, cwd=d)
    try:
        wait_for_port(port, proc, log)
    except HarnessError:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        raise
    return proc


def restart(d):
    """Stops the server and starts it again with the same config, data and port (a server restart)."""
    st = read_state(d)
    stop(d)
    proc = launch(st["dir"], st["config"], st["port"], st.get("root", ""))
    st["pid"] = proc.pid
    with open(os.path.join(d, STATE_FILE), "w", encoding="utf-8") as f:
        json.dump(st, f)
    return st


def start(d, domains, saslcert, users, tls=True, lenient=False, use_report=True, admin_shell=False, sasl2=False):
    d = os.path.abspath(d)
    if os.path.exists(os.path.join(d, STATE_FILE)):
        stop(d)
    root = prosody_root()
    version = prosody_version(root)
    if sasl2 and major_version(version) < 13:
        raise HarnessError(f"--sasl2 needs Prosody 13 (Debian 13's prosody-modules), not {version}")
    for sub in ("data", "plugins", "certs"):
        os.makedirs(os.path.join(d, sub), exist_ok=True)
    if saslcert:
        patch_module(os.path.join(d, "plugins"), root)
    key, crt = make_server_cert(os.path.join(d, "certs"), domains)
    last_error = None
    for _ in range(5):  # a free port can be taken between the probe and prosody's bind: try another
        port = free_port()
        cfg = write_config(d, port, domains, key, crt, saslcert, tls, version, lenient, use_report, admin_shell,
                           sasl2)
        log = os.path.join(d, "prosody.log")
        try:
            proc = launch(d, cfg, port, root)
        except HarnessError as e:
            last_error = e
            continue
        state = {"pid": proc.pid, "port": port, "host": "127.0.0.1", "domain": domains[0], "domains": domains,
                 "dir": d, "config": cfg, "ca_file": crt, "log": log, "saslcert": saslcert, "root": root,
                 "prosody_version": version, "sasl2": sasl2}
        with open(os.path.join(d, STATE_FILE), "w", encoding="utf-8") as f:
            json.dump(state, f)
        for user in users:
            name, _, password = user.partition(":")
            register(d, name, password)
        return state
    if root:  # the mount point made inside the root for the failed launches
        try:
            os.rmdir(root + d)
        except OSError:
            pass
    raise HarnessError(str(last_error))


def pid_alive(pid):
    try:
        os.kill(pid, 0)
        return True
    except ProcessLookupError:
        return False


def stop(d):
    path = os.path.join(os.path.abspath(d), STATE_FILE)
    if not os.path.exists(path):
        return
    st = read_state(d)
    pid = st["pid"]
    if pid_alive(pid):
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 5
        while pid_alive(pid) and time.monotonic() < deadline:
            try:  # reap it if it is our child; otherwise just poll
                if os.waitpid(pid, os.WNOHANG)[0] == pid:
                    break
            except ChildProcessError:
                pass
            time.sleep(0.05)
        if pid_alive(pid):
            os.kill(pid, signal.SIGKILL)
    os.remove(path)
    if st.get("root"):  # the empty mount point made inside the root; the mounts died with the server
        try:
            os.rmdir(st["root"] + st["dir"])
        except OSError:
            pass


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("start")
    s.add_argument("--dir", required=True)
    s.add_argument("--domain", default="localhost")
    s.add_argument("--extra-domain", action="append", default=[],
                   help="another VirtualHost on the same server (may repeat); users as NAME@DOMAIN:PASSWORD")
    s.add_argument("--no-saslcert", action="store_true", help="run without mod_client_certs")
    s.add_argument("--user", action="append", default=[], help="NAME:PASSWORD, may repeat")
    s.add_argument("--no-tls", action="store_true", help="offer no TLS at all (for refusal tests)")
    s.add_argument("--lenient-appends", action="store_true",
                   help="mod_client_certs stores appends as sent, in any encoding (servers without that part of the fix)")
    s.add_argument("--no-use-report", action="store_true",
                   help="mod_client_certs reports no sessions (<users>) and no times of use (<used>) in its items")
    s.add_argument("--admin-shell", action="store_true", help="enable mod_admin_shell (prosodyctl shell)")
    s.add_argument("--sasl2", action="store_true",
                   help="enable mod_sasl2, mod_sasl2_bind2 and mod_sasl2_fast (Prosody 13, Debian 13's prosody-modules)")
    r = sub.add_parser("register")
    r.add_argument("--dir", required=True)
    r.add_argument("name")
    r.add_argument("password")
    for name in ("stop", "state", "restart"):
        sub.add_parser(name).add_argument("--dir", required=True)
    a = p.parse_args()
    try:
        if a.cmd == "start":
            domains = [a.domain] + [x for x in a.extra_domain if x != a.domain]
            print(json.dumps(start(a.dir, domains, not a.no_saslcert, a.user, not a.no_tls, a.lenient_appends,
                                   not a.no_use_report, a.admin_shell, a.sasl2)))
        elif a.cmd == "restart":
            print(json.dumps(restart(a.dir)))
        elif a.cmd == "register":
            register(a.dir, a.name, a.password)
        elif a.cmd == "stop":
            stop(a.dir)
        elif a.cmd == "state":
            print(json.dumps(read_state(a.dir)))
    except (HarnessError, subprocess.CalledProcessError, OSError, ValueError) as e:
        print(f"prosody_harness: {e}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
