#!/usr/bin/python3
"""check-takeover.py names the mod_client_certs.lua Prosody loaded and fails unless it holds Certdeck's current fix
(issue 27): an old copy of the module listed first in plugin_paths is loaded instead of a fixed copy beside it.
Against the harness's Prosody, with prosodyctl shell (mod_admin_shell) and without it (prosodyctl about and the
module loader's search order): the fixed copy passes; Debian's module with the permission "any" (what this README
once said) in a folder before it in plugin_paths, and a copy of an earlier Certdeck fix (on Prosody 13 also one
without SASL EXTERNAL over SASL2, issue 32), fail, each named.

  test_loadedmodule.py     (CERTDECK_PROSODY_ROOT=DIR runs Prosody 13)
"""
import contextlib
import importlib.util
import io
import os
import re
import shutil
import sys

from saslcert_server import HERE, check, finish, harness, server

sys.path.insert(0, os.path.join(HERE, "..", "harness"))
import prosody_harness  # noqa: E402  (the harness as a library: where the module comes from, in_root)

spec = importlib.util.spec_from_file_location(
    "check_takeover", os.path.join(HERE, "..", "..", "packaging", "prosody", "check-takeover.py"))
check_takeover = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_takeover)


def module_check(st):
    """check-takeover's own step against the harness server st: (the paths it found, how, its failed checks).
    What check-takeover prints is shown indented: its FAILED lines are expected where a test says so."""
    prosodyctl, exists, read = check_takeover.harness_server(st)
    paths, how = check_takeover.loaded_module(prosodyctl, exists)
    check_takeover.failures.clear()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        check_takeover.check_loaded_module(prosodyctl, exists, read)
    print("".join("    > " + line + "\n" for line in out.getvalue().splitlines()), end="")
    return paths, how, list(check_takeover.failures)


def set_plugin_paths(st, folders):
    with open(st["config"], encoding="utf-8") as f:
        cfg = f.read()
    cfg, n = re.subn(r"^plugin_paths = .*$", "plugin_paths = { " + ", ".join(f'"{x}"' for x in folders) + " }",
                     cfg, flags=re.M)
    assert n == 1, "no plugin_paths line in the harness config"
    with open(st["config"], "w", encoding="utf-8") as f:
        f.write(cfg)


def run(admin_shell):
    mode = "with prosodyctl shell" if admin_shell else "without prosodyctl shell"
    with server(*(["--admin-shell"] if admin_shell else [])) as st:
        print(f"test_loadedmodule: Prosody {st['prosody_version']}, {mode}", flush=True)
        fixed = os.path.join(st["dir"], "plugins", "mod_client_certs", "mod_client_certs.lua")
        paths, how, failed = module_check(st)
        check(f"{mode}: the harness's fixed copy is named as the loaded file and passes",
              paths == [fixed] and not failed, f"{paths} ({how}), failed: {failed}")
        check(f"{mode}: the answer comes from the way expected",
              ("running Prosody" in how) == admin_shell, how)

        # Debian's module with "any", as the old README made it, in a folder listed before the fixed copy.
        old_dir = os.path.join(st["dir"], "old-plugins")
        shutil.copytree(os.path.join(st["root"] or "/", prosody_harness.SYSTEM_MODULE_DIR),
                        os.path.join(old_dir, "mod_client_certs"))
        old = os.path.join(old_dir, "mod_client_certs", "mod_client_certs.lua")
        with open(old, encoding="utf-8") as f:
            text = f.read()
        with open(old, "w", encoding="utf-8") as f:
            f.write(text.replace('adhoc_handler, "user");', 'adhoc_handler, "any");'))
        set_plugin_paths(st, [old_dir, os.path.join(st["dir"], "plugins")])
        harness("restart", "--dir", st["dir"])
        paths, how, failed = module_check(st)
        check(f"{mode}: an old \"any\" copy first in plugin_paths is named as the loaded file, and fails",
              paths == [old] and failed == [f"{old} is Certdeck's current fix"], f"{paths} ({how}), failed: {failed}")

        # A copy of an earlier Certdeck fix (without the use report) where the fixed copy was.
        set_plugin_paths(st, [os.path.join(st["dir"], "plugins")])
        with open(fixed, encoding="utf-8") as f:
            text = f.read()
        if prosody_harness.major_version(st["prosody_version"]) >= 13:
            # Debian 13's: the fix of issue 27 without SASL EXTERNAL over SASL2 (its marker gone, the code working).
            earlier = text.replace("local function external_user(", "local external_user = function(")
            assert earlier != text, "the fixed copy has no external_user()"
            with open(fixed, "w", encoding="utf-8") as f:
                f.write(earlier)
            harness("restart", "--dir", st["dir"])
            paths, how, failed = module_check(st)
            check(f"{mode}: a copy without SASL EXTERNAL over SASL2 is named, and fails",
                  paths == [fixed] and failed == [f"{fixed} is Certdeck's current fix"],
                  f"{paths} ({how}), failed: {failed}")
        earlier = re.sub(r'^local report_use = module:get_option_boolean\("client_certs_report_use", true\);$',
                         "local report_use = false;", text, flags=re.M)
        assert earlier != text, "the fixed copy has no client_certs_report_use option"
        with open(fixed, "w", encoding="utf-8") as f:
            f.write(earlier)
        harness("restart", "--dir", st["dir"])
        paths, how, failed = module_check(st)
        check(f"{mode}: a copy without the current fix's use report is named, and fails",
              paths == [fixed] and failed == [f"{fixed} is Certdeck's current fix"],
              f"{paths} ({how}), failed: {failed}")


def main():
    run(admin_shell=True)
    run(admin_shell=False)
    finish("test_loadedmodule")


if __name__ == "__main__":
    main()
