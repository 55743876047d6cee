<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityLog</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk refused the write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity log could not be written (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a pipe or a socket, not a file; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateCheck</name>
    <message>
        <source>This is a CA certificate, not a device certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate names no XMPP address (id-on-xmppAddr), so the server cannot use it to log in a device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is for %1, not for this account (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate expired on %1; no device can log in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate expires soon, on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not valid before %1; the device cannot log in with it until then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Log in to your XMPP account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certdeck logs in with your password to manage the certificates your devices use to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found from the account&apos;s domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionError</name>
    <message>
        <source>The server did not accept the address or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s address could not be found. Check the account address or the host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection. Check the host and port, or whether the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so Certdeck did not log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection. Certdeck never logs in without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no login method that Certdeck supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network connection failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account settings are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server presented a different key than the one you trusted for this account. This can mean someone is intercepting the connection. Certdeck did not log in. If the server&apos;s administrator confirms a new key, remove the old one in the account settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent data beyond Certdeck&apos;s safety limits, so Certdeck disconnected. The server may be broken or hostile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s certificate was revoked or disabled — log in with the password to enroll it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s certificate has expired — log in with the password to enroll it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer certificate login now — log in with the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s key in the keychain cannot be used with its certificate — log in with the password to enroll it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the login without proving that it knows the password, so it may not be your account&apos;s server. Certdeck did not continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Server says: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CryptoError</name>
    <message>
        <source>The file or data is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an X.509 certificate (neither PEM nor DER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key could not be generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate request is incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong, or the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a PKCS#12 (.p12) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file must hold one private key and its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure random numbers are available; no password was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data holds more than one certificate, or something after the certificate. Give exactly one certificate (PEM or DER).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceUseText</name>
    <message numerus="yes">
        <source>“%1” has never logged in, and its certificate was made %n day(s) ago. If no device uses it, disable it: an unused certificate is one more key to your account.</source>
        <translation>
            <numerusform>“%1” has never logged in, and its certificate was made %n day ago. If no device uses it, disable it: an unused certificate is one more key to your account.</numerusform>
            <numerusform>“%1” has never logged in, and its certificate was made %n days ago. If no device uses it, disable it: an unused certificate is one more key to your account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has not logged in for %n day(s). If you no longer use that device, disable its certificate: an unused certificate is one more key to your account.</source>
        <translation>
            <numerusform>“%1” has not logged in for %n day. If you no longer use that device, disable its certificate: an unused certificate is one more key to your account.</numerusform>
            <numerusform>“%1” has not logged in for %n days. If you no longer use that device, disable its certificate: an unused certificate is one more key to your account.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1: the session&apos;s resource, %2: the device name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no listed certificate (password login, or a removed certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <extracomment>%1: the session and its device, %2: the status text the session&apos;s client published</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online now · %1</source>
        <extracomment>%1: the resources (sessions) logged in with this device&apos;s certificate, e.g. &quot;phone&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used %1</source>
        <extracomment>%1: &quot;3 days ago&quot;, &quot;just now&quot; or &quot;on &lt;date&gt;&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1: date and time, %2: &quot;3 days ago&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 have not logged in for %n day(s) or more. If you no longer use those devices, disable their certificates: an unused certificate is one more key to your account.</source>
        <extracomment>%1: the devices&apos; names, quoted, separated by commas</extracomment>
        <translation>
            <numerusform>%1 have not logged in for %n day or more. If you no longer use those devices, disable their certificates: an unused certificate is one more key to your account.</numerusform>
            <numerusform>%1 have not logged in for %n days or more. If you no longer use those devices, disable their certificates: an unused certificate is one more key to your account.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiryPolicy</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Certdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter devices by name, key or fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices and their certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the account&apos;s certificates again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll the first device…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDevices</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device certificate %1 was replaced by a new one (%2, %3) on your account since %4. Was this you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new device certificate %1 (%2, %3) appeared on your account since %4. Was this you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, replacing the certificate of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new device certificates appeared on your account since %2. Was this you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device certificate %1 left your account without Certdeck removing it. That device can no longer log in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device certificates left your account without Certdeck removing them: %1. Those devices can no longer log in with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced the certificate of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fingerprint: Certdeck cannot read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a device&apos;s name in the language&apos;s quotation marks</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaslCertError</name>
    <message>
        <source>The server rejected the request as malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not accept the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate with this name exists on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is not allowed to manage certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate service is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not implement this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost before the server answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not support client certificate management (XEP-0257). Ask the server&apos;s administrator to enable it (on Prosody: mod_client_certs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Server says: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device with this name already exists. Choose another name; nothing was sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no certificate with this name; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was sent, but Certdeck could not confirm it on the server. Check the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate cannot be used for this account; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate is already on the account as “%1”. Each device needs its own certificate; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaslCertParser</name>
    <message>
        <source>The item has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is listed more than once; only the first entry is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item has no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is not well-formed XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply holds no certificate list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>The cryptography self-test failed (%1). Certdeck cannot safely create or check keys on this system.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdeck</name>
    <message>
        <source>The device name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device name contains an invisible or control character (%1). Use letters, digits, spaces and punctuation only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name “%1” is too similar to the existing device “%2”; choose a name that differs in more than letter case or character form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdeck-cli</name>
    <message>
        <source>Try &apos;certdeck-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from this environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jid is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enroll: write the new device&apos;s key and certificate to this .p12 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enroll: add this existing certificate instead of creating one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enroll: protect the .p12 file with the password in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enroll: protect the .p12 file with the password in this environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enroll: validity of the new certificate in days (default 365).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enroll: p256 (default), rsa3072 or ed25519.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enroll: this device may not manage other devices&apos; certificates (the server may not enforce it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs exactly one device name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enroll needs either --p12 FILE or --certificate FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the .p12 file: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days must be a number from 1 to 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key-type must be p256, rsa3072 or ed25519.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enroll: ask for your own .p12 password on the terminal instead of generating one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enroll: write the generated .p12 password to this new file (mode 0600) instead of showing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enroll: the .p12 file&apos;s encoding: current (default; Android 14+, iOS 18+, macOS 15+ and desktop clients) or older-phones (Android 8-13, older iPhones and Macs; always a generated password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--p12-format must be current or older-phones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older-phones files always get a generated password: their key derivation is too weak for a password a person chooses. Leave out --export-password-file, --export-password-env and --export-password-prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--save-export-password saves a generated password; it cannot be combined with your own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older phones: Android 8-13, older iPhones and Macs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current phones and computers: Android 14+, iOS 18+, macOS 15+, desktop clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the password file %1 may be read by other users (mode %2); anyone who reads it can log in as you. Restrict it with: chmod 600 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the client certificates of an XMPP account (XEP-0257).

Commands:
  list                   list the account&apos;s certificates
  enroll NAME --p12 FILE create a key and certificate for a new device, add it to the account
                         and save both in a password-protected .p12 file for the device;
                         the password is generated and shown once (or saved with
                         --save-export-password); phones before Android 14 or iOS 18 and
                         Macs before macOS 15 need --p12-format older-phones
  enroll NAME --certificate FILE
                         add a device&apos;s existing certificate (PEM or DER)
  disable NAME           retire a certificate: it can no longer log in (live sessions stay)
  revoke NAME            for a lost or stolen device: the certificate can no longer log in and
                         the server closes every session that logged in with it now
  list --new-since-last  only the certificates that appeared since the last run and that
                         Certdeck did not add (exit code 6 while one is not acknowledged)
  acknowledge NAME|SHA256
                         a certificate reported as new was added by you: never report it again

Every change is verified by listing the certificates again; exit code 5 means it was sent
but could not be confirmed.

Exit codes:
  0  done (and verified)
  1  a local failure, or refused by Certdeck before anything was sent (a file, a certificate,
     a name or certificate already on the account)
  2  wrong arguments, or a device name against the rules (printable, at most 64 characters)
  3  could not log in, or the connection was lost before a change was sent
  4  the server refused, sent data beyond Certdeck&apos;s safety limits, or does not support XEP-0257
  5  a change was sent but could not be confirmed
  6  list --new-since-last: a certificate Certdeck did not add is on the account, not
     acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with this computer&apos;s certificate from the system keychain (SASL EXTERNAL), never the password. Without a password option this is tried first anyway; the password is asked for only when it does not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: only certificates that appeared since the last run and that Certdeck did not add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--new-since-last goes with the list command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--certificate-login logs in without a password; leave out --password-file and --password-env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · appeared since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · appeared since %2, still not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First check of this account: its certificates are noted. From now on, certificates that appear are reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left the account without Certdeck removing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added by you? Cut it off: certdeck-cli revoke NAME. Added by you? certdeck-cli acknowledge NAME (it is not reported again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate named “%1” was seen on %2; give its name as list --new-since-last prints it, or its SHA-256 fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity log could not be written (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged %1: it will not be reported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged “%1” (%2): it will not be reported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the password file %1 may be read by other users (mode %2); anyone who reads it can open the exported key. Restrict it with: chmod 600 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (the server does not say)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdeck::AccountController</name>
    <message>
        <source>The certificate list could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connection lost: %1 Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>Connection lost: %1 Reconnecting in %n second…</numerusform>
            <numerusform>Connection lost: %1 Reconnecting in %n seconds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdeck::AccountOptions</name>
    <message>
        <source>The account&apos;s address (user@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to this host instead of the JID&apos;s domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the server certificate(s) in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of this file (a warning is printed when other users may read it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdeck::CertificateListModel</name>
    <message>
        <source>expired today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether this device may add, disable or revoke other devices&apos; certificates. The server may not enforce it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May manage devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being replaced by “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not say which devices are online or when they were last used. The “Online sessions” box shows who is logged in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online now, or when the device last logged in. Sort by this column to see the devices unused the longest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdeck::CertificateLogin</name>
    <message>
        <source>The connection closed before the login finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key cannot be read or does not belong to the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdeck::CertificateService</name>
    <message>
        <source>the new certificate is not in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is still in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is %1 KiB; a server accepts at most %2 KiB in one request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server also lists %1, which Certdeck cannot read: it may be the same certificate under another name. Revoke it by name too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server accepted the change, then the connection was lost before it could be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server accepted the change, but did not answer the listing that checks it in time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdeck::DeviceLifecycle</name>
    <message>
        <source>No key was created, nothing was uploaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a name for the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device named “%1” already exists; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was added and verified in a fresh list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .p12 file was not written (%1); nothing was uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was added and verified; its key and certificate are in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” may or may not have been added (%2). %3 was kept; check the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not added: %2 The .p12 file was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be stored in the system keychain (%1); nothing was uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is this computer&apos;s certificate, added and verified; its key is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no certificate on the account to rotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key could not be stored in the keychain (%1); nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new certificate was not added (%1); the old one is still in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rotation was interrupted (%1); it will be finished or rolled back automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rotation to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key is not in the keychain (%1); the old certificate stays enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused the new key (%1); the old certificate stays enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in use; the old certificate “%2” is not disabled yet (%3). It will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotated: “%1” replaces “%2”, which is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interrupted rotation was rolled back; “%1” is still this computer&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not on the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is ready in %2. Install it on the device, then choose “Finish rotation” to disable “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not disabled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation finished: “%1” is disabled, “%2” is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is this computer&apos;s certificate from the next login on; “%2” will be disabled once “%1” has logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was added; %1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s certificate is being rotated already; wait for that to finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdeck::Housekeeping</name>
    <message>
        <source>This computer&apos;s certificate is due for rotation; rotating it now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdeck::NewDeviceWatch</name>
    <message>
        <source>The activity log could not be written (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdeck::ProofText</name>
    <message>
        <source>Enrolled “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the earlier request had reached the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no session went offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) closed (%1)</source>
        <translation>
            <numerusform>%n session closed (%1)</numerusform>
            <numerusform>%n sessions closed (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other session(s) went offline at the same time (%1)</source>
        <translation>
            <numerusform>%n other session went offline at the same time (%1)</numerusform>
            <numerusform>%n other sessions went offline at the same time (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>verified at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment of “%1” sent, not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable of “%1” sent, not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke of “%1” sent, not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no session tied to it went offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” replaces “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” added; “%2” stays until the rotation is finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back; “%1” stays in use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdeck::cli::CliRunner</name>
    <message>
        <source>skipped item %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was added; %1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: Android phones, iPhones and Macs cannot import Ed25519 keys; this file will work only in desktop clients such as Gajim or Poezio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .p12 password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the password has characters other than ASCII letters, digits and symbols; some devices and programs (Java&apos;s keytool among them) cannot open such a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is shown only now. Type it on the device when it asks, and pass it on separately from the file (say it, or send it another way).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key and certificate saved to %1 (password-protected; made for %2). Copy it to the device and import it in its XMPP app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same certificate was also listed as %1; removed there too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no certificate for %1 in the system keychain. Enroll this computer in Certdeck first, or log in with the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was added; %1 was removed, and the password shown above opens nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdeck::ui::ActivityPanel</name>
    <message>
        <source>✔ confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity could not be exported to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>account on server</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was this you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut off from the alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↶ rolled back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdeck::ui::BannerWidget</name>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more message(s) below these; dismiss one to see the next.</source>
        <translation>
            <numerusform>%n more message below these; dismiss one to see the next.</numerusform>
            <numerusform>%n more messages below these; dismiss one to see the next.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdeck::ui::ConnectDialog</name>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account&apos;s address, like you@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdeck::ui::DetailsPanel</name>
    <message>
        <source>&amp;Export certificate as PEM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a device to see its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMPP addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May manage devices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export certificate as PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of this account that are online now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (the server may not enforce this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other session is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdeck::ui::EnrollWizard</name>
    <message>
        <source>Enroll a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which device?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone or another computer: create its key and certificate here and save them in a password-protected .p12 file for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device that made its own key: upload its certificate (PEM or DER file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer: its key is kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device with this name already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC P-256 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device may &amp;manage other devices&apos; certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When off, Certdeck asks the server not to let this device add, disable or revoke certificates (&lt;i&gt;no-cert-management&lt;/i&gt;). Some servers, Prosody among them, do not enforce it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the device&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file, or drop it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate for %1, %2, valid until %3, SHA-256 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating and uploading; the list is read again to verify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the device?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is made so that this device can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Android phone or tablet, Android 14 or newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Android phone or tablet, Android 8 to 13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An iPhone, iPad or Mac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop client such as Gajim or Poezio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will use the older encoding these devices read (3DES, SHA-1), protected by a generated password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will use the current encoding (AES-256, SHA-256). Android before 14, iOS before 18 and macOS before 15 cannot open it and say the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 is not offered: Android phones, iPhones and Macs cannot import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Install it on the phone&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Copy the .p12 file to the phone. Open Settings → Security → Encryption &amp; credentials → Install a certificate → VPN &amp; app user certificate, choose the file, type its password and keep the name. Menus differ between phone makers and versions (on Android 8 to 10: Security &amp; location → Advanced → Encryption &amp; credentials → Install from storage); searching Settings for “certificate” finds it.&lt;/p&gt;&lt;p&gt;Then in &lt;b&gt;Conversations&lt;/b&gt;, on the screen for adding an account, choose “Login with certificate” in the menu and pick the certificate you installed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Install it on the iPhone, iPad or Mac&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;iPhone or iPad&lt;/b&gt;: send the file with AirDrop, or save it in Files and tap it. Then open Settings → Profile Downloaded → Install and type the device passcode and the file&apos;s password. iOS does not share certificates installed there with other apps: if your XMPP app imports certificates itself, open the file with the app instead (Share → the app).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mac&lt;/b&gt;: double-click the file and type its password; Keychain Access adds it to the login keychain.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Install it in the client&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gajim&lt;/b&gt;: Accounts → the account → Connection → Client certificate: choose the .p12 file and enter its password; select “Certificate is encrypted”.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Poezio&lt;/b&gt; reads PEM files: &lt;code&gt;openssl pkcs12 -in FILE.p12 -nokeys -out poezio.crt&lt;/code&gt; and &lt;code&gt;openssl pkcs12 -in FILE.p12 -nocerts -noenc -out poezio.key&lt;/code&gt;, then &lt;code&gt;chmod 600 poezio.key&lt;/code&gt; and set &lt;code&gt;certfile&lt;/code&gt; and &lt;code&gt;keyfile&lt;/code&gt; in poezio.cfg.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Once it is installed, delete the file from every place it passed through (downloads, cloud storage, chats).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdeck::ui::LanguageMenu</name>
    <message>
        <source>Certdeck will use this language from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <comment>the name of the language you translate into, in that language</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdeck::ui::LoginFlow</name>
    <message>
        <source>The password could not be stored in the system keychain (%1). Certdeck will ask for it next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer now logs in with its own certificate. Forget the account password stored in the system keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certdeck, its reminders and the automatic rotation of this computer&apos;s certificate work without it. You need the password again only if this computer&apos;s certificate is revoked, disabled or expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be removed from the system keychain (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdeck::ui::LostDeviceDialog</name>
    <message>
        <source>Revoke and log out now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost or stolen device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device to revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;What happens now:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;The device is logged out &lt;b&gt;right now&lt;/b&gt;, and it can never log in with this certificate again.&lt;/li&gt;&lt;li&gt;What it already downloaded (messages, files) stays on it.&lt;/li&gt;&lt;li&gt;If the device ever knew the account&apos;s password, change the password too.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the device name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the device&apos;s name (&lt;b&gt;%1&lt;/b&gt;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is &lt;b&gt;this computer&apos;s own certificate&lt;/b&gt;. Certdeck on this computer will no longer be able to log in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the &lt;b&gt;last certificate that may manage devices&lt;/b&gt;. After it is revoked, only the account password can add or remove device certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand, revoke it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Revoking “%1”…&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier revoke reached the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke sent at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified at %1: the certificate is gone from a fresh list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not revoked. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session went offline with the revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went offline at the same time, not tied to this certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: the device may still be able to log in. Retry to finish and prove the revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Cut off a lost or stolen device&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unreadable entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: Certdeck can revoke once it is back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name does not match. Type “%1” exactly as shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick “%1” first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdeck::ui::MainWindow</name>
    <message>
        <source>Log in to the account again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server listed %n certificate(s) that cannot be shown:</source>
        <translation>
            <numerusform>The server listed %n certificate that cannot be shown:</numerusform>
            <numerusform>The server listed %n certificates that cannot be shown:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expiring within 30 days</source>
        <translation>
            <numerusform>%n expiring within 30 days</numerusform>
            <numerusform>%n expiring within 30 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <translation>
            <numerusform>%n expired</numerusform>
            <numerusform>%n expired</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Not connected&lt;/h3&gt;&lt;p&gt;Log in to see the certificates your devices use.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Connecting…&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Loading certificates…&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online · no certificate management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;This server does not support client certificates&lt;/h3&gt;&lt;p&gt;The server does not offer XEP-0257 (client certificate management), so Certdeck cannot list or change the certificates of this account.&lt;/p&gt;&lt;p&gt;Ask the server&apos;s administrator to enable it; on Prosody it is the module &lt;i&gt;mod_client_certs&lt;/i&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No device matches “%1”.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export certificate as PEM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other session(s) online</source>
        <translation>
            <numerusform>%n other session online</numerusform>
            <numerusform>%n other sessions online</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online · loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificate (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of “%1” saved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device was lost or stolen: revoke its certificate and log it out now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire a device that is not compromised: it can no longer log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every enroll, disable and revoke, with its outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The device can no longer log in with this certificate. If it is connected right now, it &lt;b&gt;stays connected&lt;/b&gt; until it logs out.&lt;/p&gt;&lt;p&gt;Use this for a device you retire or replace. If the device was &lt;b&gt;lost or stolen&lt;/b&gt;, use “Lost device” instead: once its certificate is disabled, a device that is still connected can no longer be kicked off.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost device instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not disabled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lost device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable (retire)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enroll device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a device with its own certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the selected device&apos;s certificate with a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating this computer&apos;s certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the new certificate for “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No device certificates yet&lt;/h3&gt;&lt;p&gt;With a certificate of its own, each device logs in without the account&apos;s password (XEP-0257, SASL EXTERNAL). When a device is lost or stolen, you revoke its certificate and only that device is cut off; the others stay logged in.&lt;/p&gt;&lt;p&gt;Enroll your first device to begin.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate all &amp;due…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate every certificate past two thirds of its lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate is due for rotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rotating %n certificate(s)…</source>
        <translation>
            <numerusform>Rotating %n certificate…</numerusform>
            <numerusform>Rotating %n certificates…</numerusform>
        </translation>
    </message>
    <message>
        <source>Log &amp;in with password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in with this computer&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in with the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such an entry may still log in: unless you know what it is, revoke it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devi&amp;ces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdeck::ui::NewDeviceAlert</name>
    <message>
        <source>Yes, it was me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No — cut it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New device certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, all of them were me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No — cut off “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for new devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (only at start and refresh)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdeck::ui::P12TargetWidget</name>
    <message>
        <source>File for the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the device&apos;s key and certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file already exists; choose another name so no device loses its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least 8 characters. You will type it once on the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password strength: %1 · the two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password strength: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated password for the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note it now: it is shown only here. Type it on the device when it asks, and pass it on separately from the file (say it, or send it another way).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type my own password instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files for older phones always get a generated password: their encryption is weak with a password a person chooses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older phones: Android 8 to 13, older iPhones and Macs (3DES, SHA-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current phones and computers: Android 14, iOS 18, macOS 15 or newer, and desktop clients (AES-256, SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password could be generated (no secure random numbers). Type your own instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Some phones and programs cannot open a file whose password has characters other than the letters A–Z, digits and common symbols (such as ü or é).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the devices&apos; files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a file, not a folder; choose a folder for the devices&apos; files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdeck::ui::RotateDialog</name>
    <message numerus="yes">
        <source>Rotate %n certificate(s)</source>
        <translation>
            <numerusform>Rotate %n certificate</numerusform>
            <numerusform>Rotate %n certificates</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;New keys and certificates are made for: %1. Each is saved as a .p12 file in the folder below, all with the password below.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A new key and certificate are made for the device and saved in a .p12 file.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The old certificates keep working until you confirm each device has switched (“Finish rotation”).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and upload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdeck::ui::TrayIcon</name>
    <message>
        <source>Show Certdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of “%1” expires today. Rotate it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The certificate of “%1” expires in %n day(s). Rotate it soon.</source>
        <translation>
            <numerusform>The certificate of “%1” expires in %n day. Rotate it soon.</numerusform>
            <numerusform>The certificate of “%1” expires in %n days. Rotate it soon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certdeck · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>certdeck::ui::TrustDialog</name>
    <message>
        <source>Unverified server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The server for %1 presented a certificate that could not be verified.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This is normal for a private server with its own certificate. It can also mean that someone is intercepting the connection. Compare the fingerprint with the one your server&apos;s administrator gives you before you trust it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and &amp;remember this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust &amp;once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certdeck will accept this key, and only this key, for this account from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the key for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage your devices&apos; XMPP client certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate this computer&apos;s certificate automatically</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
