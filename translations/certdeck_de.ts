<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityLog</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the disk refused the write</source>
        <translation>Der Datenträger hat das Schreiben verweigert</translation>
    </message>
    <message>
        <source>The activity log could not be written (%1): %2</source>
        <translation>Das Aktivitätsprotokoll konnte nicht geschrieben werden (%1): %2</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; it was not read.</source>
        <translation>%1 ist größer als %2 KiB; die Datei wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 is a pipe or a socket, not a file; it was not read.</source>
        <translation>%1 ist eine Pipe oder ein Socket, keine Datei; sie wurde nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>CertificateCheck</name>
    <message>
        <source>This is a CA certificate, not a device certificate.</source>
        <translation>Das ist ein CA-Zertifikat, kein Gerätezertifikat.</translation>
    </message>
    <message>
        <source>The certificate names no XMPP address (id-on-xmppAddr), so the server cannot use it to log in a device.</source>
        <translation>Das Zertifikat enthält keine XMPP-Adresse (id-on-xmppAddr), daher kann der Server damit kein Gerät anmelden.</translation>
    </message>
    <message>
        <source>The certificate is for %1, not for this account (%2).</source>
        <translation>Das Zertifikat gilt für %1, nicht für dieses Konto (%2).</translation>
    </message>
    <message>
        <source>The certificate expired on %1; no device can log in with it.</source>
        <translation>Das Zertifikat ist am %1 abgelaufen; kein Gerät kann sich damit anmelden.</translation>
    </message>
    <message>
        <source>The certificate expires soon, on %1.</source>
        <translation>Das Zertifikat läuft bald ab, am %1.</translation>
    </message>
    <message>
        <source>The certificate is not valid before %1; the device cannot log in with it until then.</source>
        <translation>Das Zertifikat gilt erst ab %1; bis dahin kann sich das Gerät damit nicht anmelden.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Log in to your XMPP account</source>
        <translation>Bei Ihrem XMPP-Konto anmelden</translation>
    </message>
    <message>
        <source>Certdeck logs in with your password to manage the certificates your devices use to log in.</source>
        <translation>Certdeck meldet sich mit Ihrem Passwort an, um die Zertifikate zu verwalten, mit denen sich Ihre Geräte anmelden.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>sie@example.org</translation>
    </message>
    <message>
        <source>Account address</source>
        <translation>Kontoadresse</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im &amp;Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>&amp;Host (optional):</source>
        <translation>&amp;Host (optional):</translation>
    </message>
    <message>
        <source>found from the account&apos;s domain</source>
        <translation>wird aus der Domain des Kontos ermittelt</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Server-Host</translation>
    </message>
    <message>
        <source>P&amp;ort (optional):</source>
        <translation>P&amp;ort (optional):</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Server-Port</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>ConnectionError</name>
    <message>
        <source>The server did not accept the address or password.</source>
        <translation>Der Server hat die Adresse oder das Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The server&apos;s address could not be found. Check the account address or the host name.</source>
        <translation>Die Adresse des Servers wurde nicht gefunden. Prüfen Sie die Kontoadresse oder den Hostnamen.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the host and port, or whether the server is running.</source>
        <translation>Der Server hat die Verbindung abgelehnt. Prüfen Sie Host und Port und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so Certdeck did not log in.</source>
        <translation>Das Zertifikat des Servers konnte nicht überprüft werden, daher hat sich Certdeck nicht angemeldet.</translation>
    </message>
    <message>
        <source>The server presented a different key than the one you trusted for this account. This can mean someone is intercepting the connection. Certdeck did not log in. If the server&apos;s administrator confirms a new key, remove the old one in the account settings.</source>
        <translation>Der Server hat einen anderen Schlüssel vorgelegt als den, dem Sie für dieses Konto vertraut haben. Das kann bedeuten, dass jemand die Verbindung abfängt. Certdeck hat sich nicht angemeldet. Wenn die Administration des Servers einen neuen Schlüssel bestätigt, entfernen Sie den alten in den Kontoeinstellungen.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection. Certdeck never logs in without encryption.</source>
        <translation>Der Server bietet keine verschlüsselte Verbindung an. Certdeck meldet sich nie ohne Verschlüsselung an.</translation>
    </message>
    <message>
        <source>The server offers no login method that Certdeck supports.</source>
        <translation>Der Server bietet kein Anmeldeverfahren an, das Certdeck unterstützt.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>Der Server antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>The network connection failed.</source>
        <translation>Die Netzwerkverbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The account settings are incomplete.</source>
        <translation>Die Kontoeinstellungen sind unvollständig.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The server sent data beyond Certdeck&apos;s safety limits, so Certdeck disconnected. The server may be broken or hostile.</source>
        <translation>Der Server sandte Daten jenseits der Sicherheitsgrenzen von Certdeck, daher hat Certdeck die Verbindung getrennt. Der Server ist vielleicht defekt oder feindselig.</translation>
    </message>
    <message>
        <source>This computer&apos;s certificate was revoked or disabled — log in with the password to enroll it again.</source>
        <translation>Das Zertifikat dieses Computers wurde widerrufen oder deaktiviert – melden Sie sich mit dem Passwort an, um ihn erneut hinzuzufügen.</translation>
    </message>
    <message>
        <source>This computer&apos;s certificate has expired — log in with the password to enroll it again.</source>
        <translation>Das Zertifikat dieses Computers ist abgelaufen – melden Sie sich mit dem Passwort an, um ihn erneut hinzuzufügen.</translation>
    </message>
    <message>
        <source>The server does not offer certificate login now — log in with the password.</source>
        <translation>Der Server bietet die Anmeldung mit Zertifikat gerade nicht an – melden Sie sich mit dem Passwort an.</translation>
    </message>
    <message>
        <source>This computer&apos;s key in the keychain cannot be used with its certificate — log in with the password to enroll it again.</source>
        <translation>Der Schlüssel dieses Computers im Schlüsselbund lässt sich nicht mit seinem Zertifikat verwenden – melden Sie sich mit dem Passwort an, um den Computer erneut hinzuzufügen.</translation>
    </message>
    <message>
        <source>The server accepted the login without proving that it knows the password, so it may not be your account&apos;s server. Certdeck did not continue.</source>
        <translation>Der Server hat die Anmeldung angenommen, ohne nachzuweisen, dass er das Passwort kennt; es ist also vielleicht nicht der Server Ihres Kontos. Certdeck hat nicht weitergemacht.</translation>
    </message>
    <message>
        <source>%1 Server says: “%2”</source>
        <translation>%1 Der Server meldet: „%2“</translation>
    </message>
</context>
<context>
    <name>CryptoError</name>
    <message>
        <source>The file or data is empty.</source>
        <translation>Die Datei oder die Daten sind leer.</translation>
    </message>
    <message>
        <source>This is not an X.509 certificate (neither PEM nor DER).</source>
        <translation>Das ist kein X.509-Zertifikat (weder PEM noch DER).</translation>
    </message>
    <message>
        <source>The private key could not be generated.</source>
        <translation>Der private Schlüssel konnte nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>The certificate could not be created.</source>
        <translation>Das Zertifikat konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The certificate request is incomplete: %1</source>
        <translation>Die Zertifikatsanfrage ist unvollständig: %1</translation>
    </message>
    <message>
        <source>The password is wrong, or the file is damaged.</source>
        <translation>Das Passwort ist falsch oder die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>This is not a PKCS#12 (.p12) file.</source>
        <translation>Das ist keine PKCS#12-Datei (.p12).</translation>
    </message>
    <message>
        <source>The PKCS#12 file must hold one private key and its certificate.</source>
        <translation>Die PKCS#12-Datei muss genau einen privaten Schlüssel und sein Zertifikat enthalten.</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>Der private Schlüssel gehört nicht zum Zertifikat.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No secure random numbers are available; no password was made.</source>
        <translation>Es sind keine sicheren Zufallszahlen verfügbar; es wurde kein Passwort erzeugt.</translation>
    </message>
    <message>
        <source>The data holds more than one certificate, or something after the certificate. Give exactly one certificate (PEM or DER).</source>
        <translation>Die Daten enthalten mehr als ein Zertifikat oder etwas nach dem Zertifikat. Geben Sie genau ein Zertifikat an (PEM oder DER).</translation>
    </message>
</context>
<context>
    <name>DeviceUseText</name>
    <message numerus="yes">
        <source>“%1” has never logged in, and its certificate was made %n day(s) ago. If no device uses it, disable it: an unused certificate is one more key to your account.</source>
        <translation>
            <numerusform>„%1“ hat sich nie angemeldet, und sein Zertifikat wurde vor %n Tag erstellt. Wenn kein Gerät es nutzt, deaktivieren Sie es: Ein unbenutztes Zertifikat ist ein Schlüssel mehr zu Ihrem Konto.</numerusform>
            <numerusform>„%1“ hat sich nie angemeldet, und sein Zertifikat wurde vor %n Tagen erstellt. Wenn kein Gerät es nutzt, deaktivieren Sie es: Ein unbenutztes Zertifikat ist ein Schlüssel mehr zu Ihrem Konto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has not logged in for %n day(s). If you no longer use that device, disable its certificate: an unused certificate is one more key to your account.</source>
        <translation>
            <numerusform>„%1“ hat sich seit %n Tag nicht angemeldet. Wenn Sie das Gerät nicht mehr nutzen, deaktivieren Sie sein Zertifikat: Ein unbenutztes Zertifikat ist ein Schlüssel mehr zu Ihrem Konto.</numerusform>
            <numerusform>„%1“ hat sich seit %n Tagen nicht angemeldet. Wenn Sie das Gerät nicht mehr nutzen, deaktivieren Sie sein Zertifikat: Ein unbenutztes Zertifikat ist ein Schlüssel mehr zu Ihrem Konto.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1: the session&apos;s resource, %2: the device name</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — no listed certificate (password login, or a removed certificate)</source>
        <translation>%1 — kein aufgeführtes Zertifikat (Anmeldung mit Passwort oder ein entferntes Zertifikat)</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <extracomment>%1: the session and its device, %2: the status text the session&apos;s client published</extracomment>
        <translation>%1 („%2“)</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>Online now · %1</source>
        <extracomment>%1: the resources (sessions) logged in with this device&apos;s certificate, e.g. &quot;phone&quot;</extracomment>
        <translation>Jetzt online · %1</translation>
    </message>
    <message>
        <source>Last used %1</source>
        <extracomment>%1: &quot;3 days ago&quot;, &quot;just now&quot; or &quot;on &lt;date&gt;&quot;</extracomment>
        <translation>Zuletzt benutzt %1</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nie benutzt</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1: date and time, %2: &quot;3 days ago&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <source>%1 have not logged in for %n day(s) or more. If you no longer use those devices, disable their certificates: an unused certificate is one more key to your account.</source>
        <extracomment>%1: the devices&apos; names, quoted, separated by commas</extracomment>
        <translation>
            <numerusform>%1 haben sich seit %n Tag oder länger nicht angemeldet. Wenn Sie diese Geräte nicht mehr nutzen, deaktivieren Sie ihre Zertifikate: Ein unbenutztes Zertifikat ist ein Schlüssel mehr zu Ihrem Konto.</numerusform>
            <numerusform>%1 haben sich seit %n Tagen oder länger nicht angemeldet. Wenn Sie diese Geräte nicht mehr nutzen, deaktivieren Sie ihre Zertifikate: Ein unbenutztes Zertifikat ist ein Schlüssel mehr zu Ihrem Konto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiryPolicy</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Renew soon</source>
        <translation>Bald erneuern</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Certdeck</source>
        <translation>Certdeck</translation>
    </message>
    <message>
        <source>Filter devices by name, key or fingerprint</source>
        <translation>Geräte nach Name, Schlüssel oder Fingerabdruck filtern</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Geräte filtern</translation>
    </message>
    <message>
        <source>Devices and their certificates</source>
        <translation>Geräte und ihre Zertifikate</translation>
    </message>
    <message>
        <source>Enroll the first device…</source>
        <translation>Erstes Gerät hinzufügen…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>List the account&apos;s certificates again</source>
        <translation>Die Zertifikate des Kontos neu abrufen</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
</context>
<context>
    <name>NewDevices</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>The device certificate %1 was replaced by a new one (%2, %3) on your account since %4. Was this you?</source>
        <translation>Seit %4 wurde das Gerätezertifikat %1 in Ihrem Konto durch ein neues ersetzt (%2, %3). Waren Sie das?</translation>
    </message>
    <message>
        <source>A new device certificate %1 (%2, %3) appeared on your account since %4. Was this you?</source>
        <translation>Seit %4 ist in Ihrem Konto ein neues Gerätezertifikat %1 (%2, %3) aufgetaucht. Waren Sie das?</translation>
    </message>
    <message>
        <source>%1, replacing the certificate of that name</source>
        <translation>%1, ersetzt das gleichnamige Zertifikat</translation>
    </message>
    <message>
        <source>%1 new device certificates appeared on your account since %2. Was this you?</source>
        <translation>Seit %2 sind in Ihrem Konto %1 neue Gerätezertifikate aufgetaucht. Waren Sie das?</translation>
    </message>
    <message>
        <source>The device certificate %1 left your account without Certdeck removing it. That device can no longer log in with it.</source>
        <translation>Das Gerätezertifikat %1 ist aus Ihrem Konto verschwunden, ohne dass Certdeck es entfernt hat. Dieses Gerät kann sich damit nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>Device certificates left your account without Certdeck removing them: %1. Those devices can no longer log in with them.</source>
        <translation>Gerätezertifikate sind aus Ihrem Konto verschwunden, ohne dass Certdeck sie entfernt hat: %1. Diese Geräte können sich damit nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>replaced the certificate of that name</source>
        <translation>hat das gleichnamige Zertifikat ersetzt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>no fingerprint: Certdeck cannot read it</source>
        <translation>kein Fingerabdruck: Certdeck kann den Eintrag nicht lesen</translation>
    </message>
    <message>
        <source>unreadable entry</source>
        <translation>unlesbarer Eintrag</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a device&apos;s name in the language&apos;s quotation marks</comment>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>SaslCertError</name>
    <message>
        <source>The server rejected the request as malformed.</source>
        <translation>Der Server hat die Anfrage als fehlerhaft abgelehnt.</translation>
    </message>
    <message>
        <source>The server could not accept the certificate.</source>
        <translation>Der Server konnte das Zertifikat nicht annehmen.</translation>
    </message>
    <message>
        <source>A certificate with this name already exists.</source>
        <translation>Ein Zertifikat mit diesem Namen gibt es bereits.</translation>
    </message>
    <message>
        <source>No certificate with this name exists on the server.</source>
        <translation>Auf dem Server gibt es kein Zertifikat mit diesem Namen.</translation>
    </message>
    <message>
        <source>This device is not allowed to manage certificates.</source>
        <translation>Dieses Gerät darf keine Zertifikate verwalten.</translation>
    </message>
    <message>
        <source>The server does not allow this change.</source>
        <translation>Der Server lässt diese Änderung nicht zu.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate service is unavailable.</source>
        <translation>Der Zertifikatsdienst des Servers ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The server does not implement this request.</source>
        <translation>Der Server unterstützt diese Anfrage nicht.</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>Der Server hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The connection was lost before the server answered.</source>
        <translation>Die Verbindung brach ab, bevor der Server antwortete.</translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be understood.</source>
        <translation>Die Antwort des Servers ist unverständlich.</translation>
    </message>
    <message>
        <source>This server does not support client certificate management (XEP-0257). Ask the server&apos;s administrator to enable it (on Prosody: mod_client_certs).</source>
        <translation>Dieser Server unterstützt die Verwaltung von Client-Zertifikaten (XEP-0257) nicht. Bitten Sie die Administration des Servers, sie einzuschalten (bei Prosody: mod_client_certs).</translation>
    </message>
    <message>
        <source>A device with this name already exists. Choose another name; nothing was sent to the server.</source>
        <translation>Ein Gerät mit diesem Namen gibt es bereits. Wählen Sie einen anderen Namen; an den Server wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The account has no certificate with this name; nothing was sent.</source>
        <translation>Das Konto hat kein Zertifikat mit diesem Namen; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The change was sent, but Certdeck could not confirm it on the server. Check the list and try again.</source>
        <translation>Die Änderung wurde gesendet, aber Certdeck konnte sie auf dem Server nicht bestätigen. Prüfen Sie die Liste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The certificate cannot be used for this account; nothing was sent.</source>
        <translation>Das Zertifikat kann für dieses Konto nicht verwendet werden; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 Server says: “%2”</source>
        <translation>%1 Der Server meldet: „%2“</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>This certificate is already on the account as “%1”. Each device needs its own certificate; nothing was sent.</source>
        <translation>Dieses Zertifikat ist bereits als „%1“ im Konto. Jedes Gerät braucht ein eigenes Zertifikat; es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>SaslCertParser</name>
    <message>
        <source>The item has no certificate.</source>
        <translation>Der Eintrag enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate is not valid base64.</source>
        <translation>Das Zertifikat ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>The certificate cannot be read: %1</source>
        <translation>Das Zertifikat kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The item has no name.</source>
        <translation>Der Eintrag hat keinen Namen.</translation>
    </message>
    <message>
        <source>The name is listed more than once; only the first entry is shown.</source>
        <translation>Der Name steht mehrfach in der Liste; nur der erste Eintrag wird angezeigt.</translation>
    </message>
    <message>
        <source>The reply is not well-formed XML.</source>
        <translation>Die Antwort ist kein wohlgeformtes XML.</translation>
    </message>
    <message>
        <source>The reply holds no certificate list.</source>
        <translation>Die Antwort enthält keine Zertifikatsliste.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>The cryptography self-test failed (%1). Certdeck cannot safely create or check keys on this system.</source>
        <translation>Der Selbsttest der Kryptografie ist fehlgeschlagen (%1). Certdeck kann auf diesem System keine Schlüssel sicher erzeugen oder prüfen.</translation>
    </message>
</context>
<context>
    <name>certdeck</name>
    <message>
        <source>The device name is empty.</source>
        <translation>Der Gerätename ist leer.</translation>
    </message>
    <message>
        <source>The device name contains an invisible or control character (%1). Use letters, digits, spaces and punctuation only.</source>
        <translation>Der Gerätename enthält ein unsichtbares oder ein Steuerzeichen (%1). Verwenden Sie nur Buchstaben, Ziffern, Leerzeichen und Satzzeichen.</translation>
    </message>
    <message>
        <source>The device name is longer than %1 characters.</source>
        <translation>Der Gerätename ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The name “%1” is too similar to the existing device “%2”; choose a name that differs in more than letter case or character form.</source>
        <translation>Der Name „%1“ ist dem vorhandenen Gerät „%2“ zu ähnlich; wählen Sie einen Namen, der sich nicht nur in Groß- und Kleinschreibung oder Zeichenform unterscheidet.</translation>
    </message>
</context>
<context>
    <name>certdeck-cli</name>
    <message>
        <source>Try &apos;certdeck-cli --help&apos;.</source>
        <translation>Siehe „certdeck-cli --help“.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <source>Read the password from this environment variable.</source>
        <translation>Das Passwort aus dieser Umgebungsvariable lesen.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>enroll: write the new device&apos;s key and certificate to this .p12 file.</source>
        <translation>enroll: Schlüssel und Zertifikat des neuen Geräts in diese .p12-Datei schreiben.</translation>
    </message>
    <message>
        <source>enroll: add this existing certificate instead of creating one.</source>
        <translation>enroll: dieses vorhandene Zertifikat hinzufügen, statt eines zu erzeugen.</translation>
    </message>
    <message>
        <source>enroll: protect the .p12 file with the password in this file.</source>
        <translation>enroll: die .p12-Datei mit dem Passwort aus dieser Datei schützen.</translation>
    </message>
    <message>
        <source>enroll: protect the .p12 file with the password in this environment variable.</source>
        <translation>enroll: die .p12-Datei mit dem Passwort aus dieser Umgebungsvariable schützen.</translation>
    </message>
    <message>
        <source>enroll: validity of the new certificate in days (default 365).</source>
        <translation>enroll: Gültigkeit des neuen Zertifikats in Tagen (Standard 365).</translation>
    </message>
    <message>
        <source>enroll: p256 (default), rsa3072 or ed25519.</source>
        <translation>enroll: p256 (Standard), rsa3072 oder ed25519.</translation>
    </message>
    <message>
        <source>enroll: this device may not manage other devices&apos; certificates (the server may not enforce it).</source>
        <translation>enroll: dieses Gerät darf die Zertifikate anderer Geräte nicht verwalten (der Server setzt das eventuell nicht durch).</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>%1 needs exactly one device name.</source>
        <translation>%1 erwartet genau einen Gerätenamen.</translation>
    </message>
    <message>
        <source>enroll needs either --p12 FILE or --certificate FILE.</source>
        <translation>enroll erwartet entweder --p12 DATEI oder --certificate DATEI.</translation>
    </message>
    <message>
        <source>Password for the .p12 file: </source>
        <translation>Passwort für die .p12-Datei: </translation>
    </message>
    <message>
        <source>--days must be a number from 1 to 3650.</source>
        <translation>--days muss eine Zahl von 1 bis 3650 sein.</translation>
    </message>
    <message>
        <source>--key-type must be p256, rsa3072 or ed25519.</source>
        <translation>--key-type muss p256, rsa3072 oder ed25519 sein.</translation>
    </message>
    <message>
        <source>--jid is required.</source>
        <translation>--jid ist erforderlich.</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>Die Passwortdatei %1 ist leer.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>Die Umgebungsvariable %1 ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation>Kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>Repeat: </source>
        <translation>Wiederholen: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>enroll: ask for your own .p12 password on the terminal instead of generating one.</source>
        <translation>enroll: ein eigenes .p12-Passwort im Terminal abfragen, statt eines zu erzeugen.</translation>
    </message>
    <message>
        <source>enroll: write the generated .p12 password to this new file (mode 0600) instead of showing it.</source>
        <translation>enroll: das erzeugte .p12-Passwort in diese neue Datei (Modus 0600) schreiben, statt es anzuzeigen.</translation>
    </message>
    <message>
        <source>enroll: the .p12 file&apos;s encoding: current (default; Android 14+, iOS 18+, macOS 15+ and desktop clients) or older-phones (Android 8-13, older iPhones and Macs; always a generated password).</source>
        <translation>enroll: die Kodierung der .p12-Datei: current (Standard; Android 14+, iOS 18+, macOS 15+ und Desktop-Clients) oder older-phones (Android 8–13, ältere iPhones und Macs; immer mit erzeugtem Passwort).</translation>
    </message>
    <message>
        <source>--p12-format must be current or older-phones.</source>
        <translation>--p12-format muss current oder older-phones sein.</translation>
    </message>
    <message>
        <source>older-phones files always get a generated password: their key derivation is too weak for a password a person chooses. Leave out --export-password-file, --export-password-env and --export-password-prompt.</source>
        <translation>Dateien im Format older-phones bekommen immer ein erzeugtes Passwort: ihre Schlüsselableitung ist für ein selbst gewähltes Passwort zu schwach. Lassen Sie --export-password-file, --export-password-env und --export-password-prompt weg.</translation>
    </message>
    <message>
        <source>--save-export-password saves a generated password; it cannot be combined with your own password.</source>
        <translation>--save-export-password speichert ein erzeugtes Passwort; es lässt sich nicht mit einem eigenen Passwort kombinieren.</translation>
    </message>
    <message>
        <source>older phones: Android 8-13, older iPhones and Macs</source>
        <translation>ältere Handys: Android 8–13, ältere iPhones und Macs</translation>
    </message>
    <message>
        <source>current phones and computers: Android 14+, iOS 18+, macOS 15+, desktop clients</source>
        <translation>aktuelle Handys und Computer: Android 14+, iOS 18+, macOS 15+, Desktop-Clients</translation>
    </message>
    <message>
        <source>warning: the password file %1 may be read by other users (mode %2); anyone who reads it can log in as you. Restrict it with: chmod 600 %1</source>
        <translation>Warnung: Die Passwortdatei %1 kann von anderen Benutzern gelesen werden (Modus %2); wer sie liest, kann sich als Sie anmelden. Schränken Sie sie ein mit: chmod 600 %1</translation>
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
        <translation>Verwaltet die Client-Zertifikate eines XMPP-Kontos (XEP-0257).

Befehle:
  list                   die Zertifikate des Kontos auflisten
  enroll NAME --p12 DATEI
                         Schlüssel und Zertifikat für ein neues Gerät erzeugen, dem Konto
                         hinzufügen und beides in einer passwortgeschützten .p12-Datei für
                         das Gerät speichern; das Passwort wird erzeugt und einmal angezeigt
                         (oder mit --save-export-password gespeichert); Handys vor Android 14
                         oder iOS 18 und Macs vor macOS 15 brauchen --p12-format older-phones
  enroll NAME --certificate DATEI
                         das vorhandene Zertifikat eines Geräts hinzufügen (PEM oder DER)
  disable NAME           ein Zertifikat stilllegen: es kann sich nicht mehr anmelden
                         (laufende Sitzungen bleiben bestehen)
  revoke NAME            für ein verlorenes oder gestohlenes Gerät: das Zertifikat kann sich
                         nicht mehr anmelden, und der Server beendet sofort jede Sitzung,
                         die sich damit angemeldet hat
  list --new-since-last  nur die Zertifikate, die seit dem letzten Aufruf aufgetaucht sind und
                         die Certdeck nicht hinzugefügt hat (Exit-Code 6, solange eines nicht
                         quittiert ist)
  acknowledge NAME|SHA256
                         ein als neu gemeldetes Zertifikat haben Sie hinzugefügt: es nie
                         wieder melden

Jede Änderung wird durch erneutes Auflisten der Zertifikate geprüft; Exit-Code 5 bedeutet,
dass sie gesendet, aber nicht bestätigt werden konnte.

Exit-Codes:
  0  erledigt (und geprüft)
  1  ein lokaler Fehler, oder von Certdeck abgelehnt, bevor etwas gesendet wurde (eine Datei,
     ein Zertifikat, ein Name oder Zertifikat, das schon im Konto ist)
  2  falsche Argumente, oder ein Gerätename gegen die Regeln (druckbar, höchstens 64 Zeichen)
  3  Anmeldung fehlgeschlagen, oder die Verbindung brach ab, bevor eine Änderung gesendet wurde
  4  der Server lehnte ab, sendete Daten jenseits der Sicherheitsgrenzen von Certdeck oder
     unterstützt XEP-0257 nicht
  5  eine Änderung wurde gesendet, konnte aber nicht bestätigt werden
  6  list --new-since-last: ein Zertifikat, das Certdeck nicht hinzugefügt hat, ist im Konto
     und nicht quittiert</translation>
    </message>
    <message>
        <source>Log in with this computer&apos;s certificate from the system keychain (SASL EXTERNAL), never the password. Without a password option this is tried first anyway; the password is asked for only when it does not work.</source>
        <translation>Mit dem Zertifikat dieses Computers aus dem Schlüsselbund des Systems anmelden (SASL EXTERNAL), nie mit dem Passwort. Ohne Passwortoption wird das ohnehin zuerst versucht; nach dem Passwort wird nur gefragt, wenn es nicht gelingt.</translation>
    </message>
    <message>
        <source>list: only certificates that appeared since the last run and that Certdeck did not add.</source>
        <translation>list: nur Zertifikate, die seit dem letzten Aufruf aufgetaucht sind und die Certdeck nicht hinzugefügt hat.</translation>
    </message>
    <message>
        <source>--new-since-last goes with the list command.</source>
        <translation>--new-since-last gehört zum Befehl list.</translation>
    </message>
    <message>
        <source>--certificate-login logs in without a password; leave out --password-file and --password-env.</source>
        <translation>--certificate-login meldet sich ohne Passwort an; lassen Sie --password-file und --password-env weg.</translation>
    </message>
    <message>
        <source>%1 · appeared since %2</source>
        <translation>%1 · aufgetaucht seit %2</translation>
    </message>
    <message>
        <source>%1 · appeared since %2, still not acknowledged</source>
        <translation>%1 · aufgetaucht seit %2, noch nicht quittiert</translation>
    </message>
    <message>
        <source>First check of this account: its certificates are noted. From now on, certificates that appear are reported.</source>
        <translation>Erste Prüfung dieses Kontos: Seine Zertifikate sind vermerkt. Ab jetzt werden neu auftauchende Zertifikate gemeldet.</translation>
    </message>
    <message>
        <source>%1 left the account without Certdeck removing it.</source>
        <translation>%1 ist aus dem Konto verschwunden, ohne dass Certdeck es entfernt hat.</translation>
    </message>
    <message>
        <source>Not added by you? Cut it off: certdeck-cli revoke NAME. Added by you? certdeck-cli acknowledge NAME (it is not reported again).</source>
        <translation>Nicht von Ihnen hinzugefügt? Sperren Sie es aus: certdeck-cli revoke NAME. Von Ihnen hinzugefügt? certdeck-cli acknowledge NAME (es wird nicht mehr gemeldet).</translation>
    </message>
    <message>
        <source>No certificate named “%1” was seen on %2; give its name as list --new-since-last prints it, or its SHA-256 fingerprint.</source>
        <translation>Auf %2 wurde kein Zertifikat namens „%1“ gesehen; geben Sie seinen Namen so an, wie list --new-since-last ihn ausgibt, oder seinen SHA-256-Fingerabdruck.</translation>
    </message>
    <message>
        <source>The activity log could not be written (%1): %2</source>
        <translation>Das Aktivitätsprotokoll konnte nicht geschrieben werden (%1): %2</translation>
    </message>
    <message>
        <source>Acknowledged %1: it will not be reported again.</source>
        <translation>%1 quittiert: Es wird nicht mehr gemeldet.</translation>
    </message>
    <message>
        <source>Acknowledged “%1” (%2): it will not be reported again.</source>
        <translation>„%1“ (%2) quittiert: Es wird nicht mehr gemeldet.</translation>
    </message>
    <message>
        <source>warning: the password file %1 may be read by other users (mode %2); anyone who reads it can open the exported key. Restrict it with: chmod 600 %1</source>
        <translation>Warnung: Die Passwortdatei %1 kann von anderen Benutzern gelesen werden (Modus %2); wer sie liest, kann den exportierten Schlüssel öffnen. Schränken Sie sie ein mit: chmod 600 %1</translation>
    </message>
    <message>
        <source>online now (%1)</source>
        <translation>jetzt online (%1)</translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation>zuletzt benutzt %1</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>nie benutzt</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>unknown (the server does not say)</source>
        <translation>unbekannt (der Server sagt es nicht)</translation>
    </message>
</context>
<context>
    <name>certdeck::AccountController</name>
    <message numerus="yes">
        <source>Connection lost: %1 Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>Verbindung verloren: %1 Neuer Versuch in %n Sekunde…</numerusform>
            <numerusform>Verbindung verloren: %1 Neuer Versuch in %n Sekunden…</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate list could not be loaded. %1</source>
        <translation>Die Zertifikatsliste konnte nicht geladen werden. %1</translation>
    </message>
</context>
<context>
    <name>certdeck::AccountOptions</name>
    <message>
        <source>The account&apos;s address (user@example.org).</source>
        <translation>Die Adresse des Kontos (nutzer@example.org).</translation>
    </message>
    <message>
        <source>Connect to this host instead of the JID&apos;s domain.</source>
        <translation>Mit diesem Host statt mit der Domain der JID verbinden.</translation>
    </message>
    <message>
        <source>Connect to this port.</source>
        <translation>Mit diesem Port verbinden.</translation>
    </message>
    <message>
        <source>Also trust the server certificate(s) in this PEM file.</source>
        <translation>Zusätzlich den Server-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535.</source>
        <translation>--port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Read the password from the first line of this file (a warning is printed when other users may read it).</source>
        <translation>Das Passwort aus der ersten Zeile dieser Datei lesen (eine Warnung erscheint, wenn andere Benutzer sie lesen können).</translation>
    </message>
</context>
<context>
    <name>certdeck::CertificateListModel</name>
    <message>
        <source>expired today</source>
        <translation>heute abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag abgelaufen</numerusform>
            <numerusform>vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>läuft heute ab</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Being replaced by “%1”</source>
        <translation>Wird durch „%1“ ersetzt</translation>
    </message>
    <message>
        <source>Replaces “%1”</source>
        <translation>Ersetzt „%1“</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (dieser Computer)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Rotation due %1</source>
        <translation>Erneuerung fällig %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Whether this device may add, disable or revoke other devices&apos; certificates. The server may not enforce it.</source>
        <translation>Ob dieses Gerät die Zertifikate anderer Geräte hinzufügen, deaktivieren oder widerrufen darf. Der Server setzt das eventuell nicht durch.</translation>
    </message>
    <message>
        <source>%1, this computer</source>
        <translation>%1, dieser Computer</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab am</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerabdruck (SHA-256)</translation>
    </message>
    <message>
        <source>May manage devices</source>
        <translation>Darf Geräte verwalten</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>The server does not say which devices are online or when they were last used. The “Online sessions” box shows who is logged in now.</source>
        <translation>Der Server sagt nicht, welche Geräte online sind und wann sie zuletzt benutzt wurden. Das Feld „Angemeldete Sitzungen“ zeigt, wer jetzt angemeldet ist.</translation>
    </message>
    <message>
        <source>Online now, or when the device last logged in. Sort by this column to see the devices unused the longest.</source>
        <translation>Jetzt online, oder wann sich das Gerät zuletzt angemeldet hat. Sortieren Sie nach dieser Spalte, um die am längsten unbenutzten Geräte zu sehen.</translation>
    </message>
</context>
<context>
    <name>certdeck::CertificateLogin</name>
    <message>
        <source>The connection closed before the login finished.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Anmeldung abgeschlossen war.</translation>
    </message>
    <message>
        <source>The private key cannot be read or does not belong to the certificate.</source>
        <translation>Der private Schlüssel kann nicht gelesen werden oder gehört nicht zum Zertifikat.</translation>
    </message>
</context>
<context>
    <name>certdeck::CertificateService</name>
    <message>
        <source>the new certificate is not in the list</source>
        <translation>das neue Zertifikat steht nicht in der Liste</translation>
    </message>
    <message>
        <source>the certificate is still in the list</source>
        <translation>das Zertifikat steht noch in der Liste</translation>
    </message>
    <message>
        <source>The certificate is %1 KiB; a server accepts at most %2 KiB in one request.</source>
        <translation>Das Zertifikat ist %1 KiB groß; ein Server nimmt höchstens %2 KiB in einer Anfrage an.</translation>
    </message>
    <message>
        <source>an entry without a name</source>
        <translation>einen Eintrag ohne Namen</translation>
    </message>
    <message>
        <source>the server also lists %1, which Certdeck cannot read: it may be the same certificate under another name. Revoke it by name too</source>
        <translation>der Server listet außerdem %1, was Certdeck nicht lesen kann: Es kann dasselbe Zertifikat unter einem anderen Namen sein. Widerrufen Sie es ebenfalls über seinen Namen</translation>
    </message>
    <message>
        <source>the server accepted the change, then the connection was lost before it could be checked</source>
        <translation>der Server hat die Änderung angenommen, dann brach die Verbindung ab, bevor sie geprüft werden konnte</translation>
    </message>
    <message>
        <source>the server accepted the change, but did not answer the listing that checks it in time</source>
        <translation>der Server hat die Änderung angenommen, aber die Auflistung zu ihrer Prüfung nicht rechtzeitig beantwortet</translation>
    </message>
</context>
<context>
    <name>certdeck::DeviceLifecycle</name>
    <message>
        <source>No key was created, nothing was uploaded: %1</source>
        <translation>Es wurde kein Schlüssel erzeugt und nichts hochgeladen: %1</translation>
    </message>
    <message>
        <source>Choose a name for the device.</source>
        <translation>Wählen Sie einen Namen für das Gerät.</translation>
    </message>
    <message>
        <source>A device named “%1” already exists; nothing was sent.</source>
        <translation>Ein Gerät namens „%1“ gibt es bereits; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>“%1” was not added: %2</source>
        <translation>„%1“ wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <source>“%1” was added and verified in a fresh list.</source>
        <translation>„%1“ wurde hinzugefügt und in einer frisch abgerufenen Liste bestätigt.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name. Nothing was sent.</source>
        <translation>%1 gibt es bereits; wählen Sie einen anderen Dateinamen. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The .p12 file was not written (%1); nothing was uploaded.</source>
        <translation>Die .p12-Datei wurde nicht geschrieben (%1); es wurde nichts hochgeladen.</translation>
    </message>
    <message>
        <source>“%1” was added and verified; its key and certificate are in %2.</source>
        <translation>„%1“ wurde hinzugefügt und bestätigt; Schlüssel und Zertifikat liegen in %2.</translation>
    </message>
    <message>
        <source>“%1” may or may not have been added (%2). %3 was kept; check the list.</source>
        <translation>„%1“ wurde möglicherweise hinzugefügt (%2). %3 wurde behalten; prüfen Sie die Liste.</translation>
    </message>
    <message>
        <source>“%1” was not added: %2 The .p12 file was removed.</source>
        <translation>„%1“ wurde nicht hinzugefügt: %2 Die .p12-Datei wurde gelöscht.</translation>
    </message>
    <message>
        <source>The key could not be stored in the system keychain (%1); nothing was uploaded.</source>
        <translation>Der Schlüssel konnte nicht im Schlüsselbund des Systems gespeichert werden (%1); es wurde nichts hochgeladen.</translation>
    </message>
    <message>
        <source>“%1” is this computer&apos;s certificate, added and verified; its key is in the system keychain.</source>
        <translation>„%1“ ist das Zertifikat dieses Computers, hinzugefügt und bestätigt; sein Schlüssel liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>This computer has no certificate on the account to rotate.</source>
        <translation>Dieser Computer hat auf dem Konto kein Zertifikat, das erneuert werden könnte.</translation>
    </message>
    <message>
        <source>The new key could not be stored in the keychain (%1); nothing changed.</source>
        <translation>Der neue Schlüssel konnte nicht im Schlüsselbund gespeichert werden (%1); es hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>The new certificate was not added (%1); the old one is still in use.</source>
        <translation>Das neue Zertifikat wurde nicht hinzugefügt (%1); das alte bleibt in Gebrauch.</translation>
    </message>
    <message>
        <source>The rotation was interrupted (%1); it will be finished or rolled back automatically.</source>
        <translation>Die Erneuerung wurde unterbrochen (%1); sie wird automatisch abgeschlossen oder zurückgenommen.</translation>
    </message>
    <message>
        <source>No rotation to finish.</source>
        <translation>Es gibt keine Erneuerung abzuschließen.</translation>
    </message>
    <message>
        <source>The new key is not in the keychain (%1); the old certificate stays enabled.</source>
        <translation>Der neue Schlüssel ist nicht im Schlüsselbund (%1); das alte Zertifikat bleibt aktiv.</translation>
    </message>
    <message>
        <source>The keychain refused the new key (%1); the old certificate stays enabled.</source>
        <translation>Der Schlüsselbund hat den neuen Schlüssel abgelehnt (%1); das alte Zertifikat bleibt aktiv.</translation>
    </message>
    <message>
        <source>“%1” is in use; the old certificate “%2” is not disabled yet (%3). It will be tried again.</source>
        <translation>„%1“ ist in Gebrauch; das alte Zertifikat „%2“ ist noch nicht deaktiviert (%3). Es wird erneut versucht.</translation>
    </message>
    <message>
        <source>Rotated: “%1” replaces “%2”, which is disabled.</source>
        <translation>Erneuert: „%1“ ersetzt „%2“, das deaktiviert ist.</translation>
    </message>
    <message>
        <source>An interrupted rotation was rolled back; “%1” is still this computer&apos;s certificate.</source>
        <translation>Eine unterbrochene Erneuerung wurde zurückgenommen; „%1“ ist weiterhin das Zertifikat dieses Computers.</translation>
    </message>
    <message>
        <source>“%1” is not on the account.</source>
        <translation>„%1“ ist nicht auf dem Konto.</translation>
    </message>
    <message>
        <source>“%1” is ready in %2. Install it on the device, then choose “Finish rotation” to disable “%3”.</source>
        <translation>„%1“ liegt bereit in %2. Installieren Sie es auf dem Gerät und wählen Sie dann „Erneuerung abschließen“, um „%3“ zu deaktivieren.</translation>
    </message>
    <message>
        <source>“%1” was not disabled: %2</source>
        <translation>„%1“ wurde nicht deaktiviert: %2</translation>
    </message>
    <message>
        <source>Rotation finished: “%1” is disabled, “%2” is in use.</source>
        <translation>Erneuerung abgeschlossen: „%1“ ist deaktiviert, „%2“ ist in Gebrauch.</translation>
    </message>
    <message>
        <source>“%1” is this computer&apos;s certificate from the next login on; “%2” will be disabled once “%1” has logged in.</source>
        <translation>„%1“ ist ab der nächsten Anmeldung das Zertifikat dieses Computers; „%2“ wird deaktiviert, sobald sich „%1“ angemeldet hat.</translation>
    </message>
    <message>
        <source>Nothing was added; %1 was removed.</source>
        <translation>Es wurde nichts hinzugefügt; %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>This computer&apos;s certificate is being rotated already; wait for that to finish.</source>
        <translation>Das Zertifikat dieses Computers wird bereits erneuert; warten Sie, bis das abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>certdeck::Housekeeping</name>
    <message>
        <source>This computer&apos;s certificate is due for rotation; rotating it now.</source>
        <translation>Das Zertifikat dieses Computers muss erneuert werden; das geschieht jetzt.</translation>
    </message>
</context>
<context>
    <name>certdeck::NewDeviceWatch</name>
    <message>
        <source>The activity log could not be written (%1): %2</source>
        <translation>Das Aktivitätsprotokoll konnte nicht geschrieben werden (%1): %2</translation>
    </message>
</context>
<context>
    <name>certdeck::ProofText</name>
    <message>
        <source>Enrolled “%1”</source>
        <translation>„%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>Disabled “%1”</source>
        <translation>„%1“ deaktiviert</translation>
    </message>
    <message>
        <source>Revoked “%1”</source>
        <translation>„%1“ widerrufen</translation>
    </message>
    <message>
        <source>the earlier request had reached the server</source>
        <translation>die frühere Anfrage hatte den Server bereits erreicht</translation>
    </message>
    <message>
        <source>no session went offline</source>
        <translation>keine Sitzung ging offline</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) closed (%1)</source>
        <translation>
            <numerusform>%n Sitzung beendet (%1)</numerusform>
            <numerusform>%n Sitzungen beendet (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other session(s) went offline at the same time (%1)</source>
        <translation>
            <numerusform>%n weitere Sitzung ging gleichzeitig offline (%1)</numerusform>
            <numerusform>%n weitere Sitzungen gingen gleichzeitig offline (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>verified at %1</source>
        <translation>bestätigt um %1</translation>
    </message>
    <message>
        <source>Enrollment of “%1” sent, not confirmed</source>
        <translation>Hinzufügen von „%1“ gesendet, nicht bestätigt</translation>
    </message>
    <message>
        <source>Disable of “%1” sent, not confirmed</source>
        <translation>Deaktivierung von „%1“ gesendet, nicht bestätigt</translation>
    </message>
    <message>
        <source>Revoke of “%1” sent, not confirmed</source>
        <translation>Widerruf von „%1“ gesendet, nicht bestätigt</translation>
    </message>
    <message>
        <source>no session tied to it went offline</source>
        <translation>keine damit verbundene Sitzung ging offline</translation>
    </message>
    <message>
        <source>“%1” replaces “%2”</source>
        <translation>„%1“ ersetzt „%2“</translation>
    </message>
    <message>
        <source>“%1” added; “%2” stays until the rotation is finished</source>
        <translation>„%1“ hinzugefügt; „%2“ bleibt, bis die Erneuerung abgeschlossen ist</translation>
    </message>
    <message>
        <source>Rolled back; “%1” stays in use</source>
        <translation>Zurückgenommen; „%1“ bleibt in Gebrauch</translation>
    </message>
</context>
<context>
    <name>certdeck::cli::CliRunner</name>
    <message>
        <source>skipped item %1 (%2): %3</source>
        <translation>Eintrag %1 übersprungen (%2): %3</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 gibt es bereits; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was added; %1 was removed.</source>
        <translation>Es wurde nichts hinzugefügt; %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>warning: Android phones, iPhones and Macs cannot import Ed25519 keys; this file will work only in desktop clients such as Gajim or Poezio.</source>
        <translation>Warnung: Android-Handys, iPhones und Macs können keine Ed25519-Schlüssel importieren; diese Datei funktioniert nur in Desktop-Clients wie Gajim oder Poezio.</translation>
    </message>
    <message>
        <source>The .p12 password must have at least %1 characters.</source>
        <translation>Das .p12-Passwort muss mindestens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>warning: the password has characters other than ASCII letters, digits and symbols; some devices and programs (Java&apos;s keytool among them) cannot open such a file.</source>
        <translation>Warnung: Das Passwort enthält andere Zeichen als ASCII-Buchstaben, Ziffern und Symbole; manche Geräte und Programme (darunter keytool von Java) können eine solche Datei nicht öffnen.</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>It is shown only now. Type it on the device when it asks, and pass it on separately from the file (say it, or send it another way).</source>
        <translation>Es wird nur jetzt angezeigt. Geben Sie es auf dem Gerät ein, wenn es danach fragt, und übermitteln Sie es getrennt von der Datei (sagen Sie es oder schicken Sie es auf anderem Weg).</translation>
    </message>
    <message>
        <source>The password could not be saved to %1: %2</source>
        <translation>Das Passwort konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Key and certificate saved to %1 (password-protected; made for %2). Copy it to the device and import it in its XMPP app.</source>
        <translation>Schlüssel und Zertifikat in %1 gespeichert (passwortgeschützt; erstellt für %2). Kopieren Sie die Datei auf das Gerät und importieren Sie sie in dessen XMPP-App.</translation>
    </message>
    <message>
        <source>The same certificate was also listed as %1; removed there too.</source>
        <translation>Dasselbe Zertifikat war auch als %1 eingetragen; dort wurde es ebenfalls entfernt.</translation>
    </message>
    <message>
        <source>This computer has no certificate for %1 in the system keychain. Enroll this computer in Certdeck first, or log in with the password.</source>
        <translation>Dieser Computer hat im Schlüsselbund des Systems kein Zertifikat für %1. Fügen Sie diesen Computer zuerst in Certdeck hinzu, oder melden Sie sich mit dem Passwort an.</translation>
    </message>
    <message>
        <source>Nothing was added; %1 was removed, and the password shown above opens nothing.</source>
        <translation>Nichts wurde hinzugefügt; %1 wurde entfernt, und das oben gezeigte Passwort öffnet nichts mehr.</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::ActivityPanel</name>
    <message>
        <source>✔ confirmed</source>
        <translation>✔ bestätigt</translation>
    </message>
    <message>
        <source>… sent</source>
        <translation>… gesendet</translation>
    </message>
    <message>
        <source>✘ not confirmed</source>
        <translation>✘ nicht bestätigt</translation>
    </message>
    <message>
        <source>✘ failed</source>
        <translation>✘ fehlgeschlagen</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>Aktivität exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The activity could not be exported to %1: %2</source>
        <translation>Die Aktivität konnte nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <source>Activity exported to %1.</source>
        <translation>Aktivität nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Show &amp;all accounts</source>
        <translation>&amp;Alle Konten anzeigen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>account on server</comment>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Was this you?</source>
        <translation>Waren Sie das?</translation>
    </message>
    <message>
        <source>It was me</source>
        <translation>Das war ich</translation>
    </message>
    <message>
        <source>Cut off from the alert</source>
        <translation>Über die Warnung ausgesperrt</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>Neues Gerät</translation>
    </message>
    <message>
        <source>… started</source>
        <translation>… begonnen</translation>
    </message>
    <message>
        <source>↶ rolled back</source>
        <translation>↶ zurückgenommen</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::BannerWidget</name>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message numerus="yes">
        <source>%n more message(s) below these; dismiss one to see the next.</source>
        <translation>
            <numerusform>%n weitere Meldung unter diesen; schließen Sie eine, um die nächste zu sehen.</numerusform>
            <numerusform>%n weitere Meldungen unter diesen; schließen Sie eine, um die nächste zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::ConnectDialog</name>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Enter the account&apos;s address, like you@example.org.</source>
        <translation>Geben Sie die Adresse des Kontos ein, etwa sie@example.org.</translation>
    </message>
    <message>
        <source>Enter the account&apos;s password.</source>
        <translation>Geben Sie das Passwort des Kontos ein.</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::DetailsPanel</name>
    <message>
        <source>&amp;Export certificate as PEM…</source>
        <translation>Zertifikat als PEM &amp;exportieren…</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Select a device to see its certificate.</source>
        <translation>Wählen Sie ein Gerät aus, um sein Zertifikat zu sehen.</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>SHA-1:</source>
        <translation>SHA-1:</translation>
    </message>
    <message>
        <source>XMPP addresses:</source>
        <translation>XMPP-Adressen:</translation>
    </message>
    <message>
        <source>E-mail addresses:</source>
        <translation>E-Mail-Adressen:</translation>
    </message>
    <message>
        <source>Self-signed:</source>
        <translation>Selbst signiert:</translation>
    </message>
    <message>
        <source>May manage devices:</source>
        <translation>Darf Geräte verwalten:</translation>
    </message>
    <message>
        <source>Export certificate as PEM</source>
        <translation>Zertifikat als PEM exportieren</translation>
    </message>
    <message>
        <source>Online sessions</source>
        <translation>Angemeldete Sitzungen</translation>
    </message>
    <message>
        <source>Sessions of this account that are online now</source>
        <translation>Sitzungen dieses Kontos, die gerade angemeldet sind</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No (the server may not enforce this)</source>
        <translation>Nein (der Server setzt das eventuell nicht durch)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>No other session is online.</source>
        <translation>Keine andere Sitzung ist angemeldet.</translation>
    </message>
    <message>
        <source>First used:</source>
        <translation>Zuerst benutzt:</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>Zuletzt benutzt:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::EnrollWizard</name>
    <message>
        <source>Enroll a device</source>
        <translation>Gerät hinzufügen</translation>
    </message>
    <message>
        <source>Which device?</source>
        <translation>Welches Gerät?</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Handy</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A phone or another computer: create its key and certificate here and save them in a password-protected .p12 file for it</source>
        <translation>Ein Handy oder ein anderer Computer: Schlüssel und Zertifikat hier erzeugen und in einer passwortgeschützten .p12-Datei dafür speichern</translation>
    </message>
    <message>
        <source>A device that made its own key: upload its certificate (PEM or DER file)</source>
        <translation>Ein Gerät, das seinen Schlüssel selbst erzeugt hat: sein Zertifikat hochladen (PEM- oder DER-Datei)</translation>
    </message>
    <message>
        <source>This computer: its key is kept in the system keychain</source>
        <translation>Dieser Computer: sein Schlüssel wird im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <source>A device with this name already exists.</source>
        <translation>Ein Gerät mit diesem Namen gibt es bereits.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>2 years</source>
        <translation>2 Jahre</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Gültig für:</translation>
    </message>
    <message>
        <source>EC P-256 (recommended)</source>
        <translation>EC P-256 (empfohlen)</translation>
    </message>
    <message>
        <source>Ed25519</source>
        <translation>Ed25519</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>&amp;Schlüsseltyp:</translation>
    </message>
    <message>
        <source>This device may &amp;manage other devices&apos; certificates</source>
        <translation>Dieses Gerät darf die Zertifikate anderer Geräte &amp;verwalten</translation>
    </message>
    <message>
        <source>When off, Certdeck asks the server not to let this device add, disable or revoke certificates (&lt;i&gt;no-cert-management&lt;/i&gt;). Some servers, Prosody among them, do not enforce it.</source>
        <translation>Wenn ausgeschaltet, bittet Certdeck den Server, diesem Gerät das Hinzufügen, Deaktivieren und Widerrufen von Zertifikaten zu verbieten (&lt;i&gt;no-cert-management&lt;/i&gt;). Manche Server, darunter Prosody, setzen das nicht durch.</translation>
    </message>
    <message>
        <source>Save the device&apos;s file</source>
        <translation>Datei für das Gerät speichern</translation>
    </message>
    <message>
        <source>The device&apos;s certificate</source>
        <translation>Das Zertifikat des Geräts</translation>
    </message>
    <message>
        <source>Choose the file, or drop it here.</source>
        <translation>Wählen Sie die Datei aus oder ziehen Sie sie hierher.</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Zertifikatsdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Device certificate</source>
        <translation>Gerätezertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation>Gerät wird hinzugefügt</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Certificate for %1, %2, valid until %3, SHA-256 %4</source>
        <translation>Zertifikat für %1, %2, gültig bis %3, SHA-256 %4</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Creating and uploading; the list is read again to verify…</source>
        <translation>Erzeugen und hochladen; zur Bestätigung wird die Liste neu abgerufen…</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>What is the device?</source>
        <translation>Was für ein Gerät ist es?</translation>
    </message>
    <message>
        <source>The file is made so that this device can open it.</source>
        <translation>Die Datei wird so erstellt, dass dieses Gerät sie öffnen kann.</translation>
    </message>
    <message>
        <source>An Android phone or tablet, Android 14 or newer</source>
        <translation>Ein Android-Handy oder -Tablet, Android 14 oder neuer</translation>
    </message>
    <message>
        <source>An Android phone or tablet, Android 8 to 13</source>
        <translation>Ein Android-Handy oder -Tablet, Android 8 bis 13</translation>
    </message>
    <message>
        <source>An iPhone, iPad or Mac</source>
        <translation>Ein iPhone, iPad oder Mac</translation>
    </message>
    <message>
        <source>A desktop client such as Gajim or Poezio</source>
        <translation>Ein Desktop-Client wie Gajim oder Poezio</translation>
    </message>
    <message>
        <source>The file will use the older encoding these devices read (3DES, SHA-1), protected by a generated password.</source>
        <translation>Die Datei verwendet die ältere Kodierung, die diese Geräte lesen (3DES, SHA-1), geschützt durch ein erzeugtes Passwort.</translation>
    </message>
    <message>
        <source>The file will use the current encoding (AES-256, SHA-256). Android before 14, iOS before 18 and macOS before 15 cannot open it and say the password is wrong.</source>
        <translation>Die Datei verwendet die aktuelle Kodierung (AES-256, SHA-256). Android vor 14, iOS vor 18 und macOS vor 15 können sie nicht öffnen und melden, das Passwort sei falsch.</translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <source>Ed25519 is not offered: Android phones, iPhones and Macs cannot import it.</source>
        <translation>Ed25519 wird nicht angeboten: Android-Handys, iPhones und Macs können es nicht importieren.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Install it on the phone&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Copy the .p12 file to the phone. Open Settings → Security → Encryption &amp; credentials → Install a certificate → VPN &amp; app user certificate, choose the file, type its password and keep the name. Menus differ between phone makers and versions (on Android 8 to 10: Security &amp; location → Advanced → Encryption &amp; credentials → Install from storage); searching Settings for “certificate” finds it.&lt;/p&gt;&lt;p&gt;Then in &lt;b&gt;Conversations&lt;/b&gt;, on the screen for adding an account, choose “Login with certificate” in the menu and pick the certificate you installed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Auf dem Handy installieren&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Kopieren Sie die .p12-Datei auf das Handy. Öffnen Sie Einstellungen → Sicherheit → Verschlüsselung und Anmeldedaten → Zertifikat installieren → Nutzerzertifikat für VPN und Apps, wählen Sie die Datei, geben Sie ihr Passwort ein und behalten Sie den Namen bei. Die Menüs unterscheiden sich je nach Hersteller und Version (unter Android 8 bis 10: Sicherheit und Standort → Erweitert → Verschlüsselung und Anmeldedaten → Von Speicher installieren); eine Suche nach „Zertifikat“ in den Einstellungen findet den Eintrag.&lt;/p&gt;&lt;p&gt;Wählen Sie dann in &lt;b&gt;Conversations&lt;/b&gt; auf dem Bildschirm zum Hinzufügen eines Kontos im Menü „Mit Zertifikat anmelden“ und wählen Sie das installierte Zertifikat aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Install it on the iPhone, iPad or Mac&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;iPhone or iPad&lt;/b&gt;: send the file with AirDrop, or save it in Files and tap it. Then open Settings → Profile Downloaded → Install and type the device passcode and the file&apos;s password. iOS does not share certificates installed there with other apps: if your XMPP app imports certificates itself, open the file with the app instead (Share → the app).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mac&lt;/b&gt;: double-click the file and type its password; Keychain Access adds it to the login keychain.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Auf dem iPhone, iPad oder Mac installieren&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;iPhone oder iPad&lt;/b&gt;: Senden Sie die Datei per AirDrop oder sichern Sie sie in „Dateien“ und tippen Sie sie an. Öffnen Sie dann Einstellungen → Profil geladen → Installieren und geben Sie den Gerätecode und das Passwort der Datei ein. iOS gibt dort installierte Zertifikate nicht an andere Apps weiter: Wenn Ihre XMPP-App Zertifikate selbst importiert, öffnen Sie die Datei stattdessen mit der App (Teilen → die App).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mac&lt;/b&gt;: Doppelklicken Sie auf die Datei und geben Sie ihr Passwort ein; die Schlüsselbundverwaltung fügt sie dem Schlüsselbund „Anmeldung“ hinzu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Install it in the client&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gajim&lt;/b&gt;: Accounts → the account → Connection → Client certificate: choose the .p12 file and enter its password; select “Certificate is encrypted”.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Poezio&lt;/b&gt; reads PEM files: &lt;code&gt;openssl pkcs12 -in FILE.p12 -nokeys -out poezio.crt&lt;/code&gt; and &lt;code&gt;openssl pkcs12 -in FILE.p12 -nocerts -noenc -out poezio.key&lt;/code&gt;, then &lt;code&gt;chmod 600 poezio.key&lt;/code&gt; and set &lt;code&gt;certfile&lt;/code&gt; and &lt;code&gt;keyfile&lt;/code&gt; in poezio.cfg.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Im Client installieren&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gajim&lt;/b&gt;: Konten → das Konto → Verbindung → Client-Zertifikat: Wählen Sie die .p12-Datei, geben Sie ihr Passwort ein und aktivieren Sie „Zertifikat ist verschlüsselt“.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Poezio&lt;/b&gt; liest PEM-Dateien: &lt;code&gt;openssl pkcs12 -in FILE.p12 -nokeys -out poezio.crt&lt;/code&gt; und &lt;code&gt;openssl pkcs12 -in FILE.p12 -nocerts -noenc -out poezio.key&lt;/code&gt;, dann &lt;code&gt;chmod 600 poezio.key&lt;/code&gt; und in poezio.cfg &lt;code&gt;certfile&lt;/code&gt; und &lt;code&gt;keyfile&lt;/code&gt; setzen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Once it is installed, delete the file from every place it passed through (downloads, cloud storage, chats).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sobald sie installiert ist, löschen Sie die Datei überall, wo sie unterwegs lag (Downloads, Cloud-Speicher, Chats).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Sent, not confirmed</source>
        <translation>Gesendet, nicht bestätigt</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::LanguageMenu</name>
    <message>
        <source>Certdeck will use this language from its next start.</source>
        <translation>Certdeck verwendet diese Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>English</source>
        <comment>the name of the language you translate into, in that language</comment>
        <translation>Deutsch</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::LoginFlow</name>
    <message>
        <source>The password could not be stored in the system keychain (%1). Certdeck will ask for it next time.</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund des Systems gespeichert werden (%1). Certdeck fragt beim nächsten Mal danach.</translation>
    </message>
    <message>
        <source>Forget the password?</source>
        <translation>Gespeichertes Passwort löschen?</translation>
    </message>
    <message>
        <source>This computer now logs in with its own certificate. Forget the account password stored in the system keychain?</source>
        <translation>Dieser Computer meldet sich jetzt mit seinem eigenen Zertifikat an. Das im Schlüsselbund des Systems gespeicherte Passwort des Kontos löschen?</translation>
    </message>
    <message>
        <source>Certdeck, its reminders and the automatic rotation of this computer&apos;s certificate work without it. You need the password again only if this computer&apos;s certificate is revoked, disabled or expires.</source>
        <translation>Certdeck, seine Erinnerungen und die automatische Erneuerung des Zertifikats dieses Computers funktionieren ohne das Passwort. Sie brauchen es erst wieder, wenn das Zertifikat dieses Computers widerrufen oder deaktiviert wird oder abläuft.</translation>
    </message>
    <message>
        <source>Forget the password</source>
        <translation>Passwort löschen</translation>
    </message>
    <message>
        <source>Keep the password</source>
        <translation>Passwort behalten</translation>
    </message>
    <message>
        <source>The password could not be removed from the system keychain (%1).</source>
        <translation>Das Passwort konnte nicht aus dem Schlüsselbund des Systems gelöscht werden (%1).</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::LostDeviceDialog</name>
    <message>
        <source>Revoke and log out now</source>
        <translation>Widerrufen und jetzt abmelden</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Lost or stolen device</source>
        <translation>Verlorenes oder gestohlenes Gerät</translation>
    </message>
    <message>
        <source>Device to revoke</source>
        <translation>Zu widerrufendes Gerät</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>&lt;p&gt;What happens now:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;The device is logged out &lt;b&gt;right now&lt;/b&gt;, and it can never log in with this certificate again.&lt;/li&gt;&lt;li&gt;What it already downloaded (messages, files) stays on it.&lt;/li&gt;&lt;li&gt;If the device ever knew the account&apos;s password, change the password too.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Was jetzt geschieht:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Das Gerät wird &lt;b&gt;sofort&lt;/b&gt; abgemeldet und kann sich mit diesem Zertifikat nie wieder anmelden.&lt;/li&gt;&lt;li&gt;Was es bereits heruntergeladen hat (Nachrichten, Dateien), bleibt darauf.&lt;/li&gt;&lt;li&gt;Falls das Gerät je das Passwort des Kontos kannte, ändern Sie auch das Passwort.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Type the device name to confirm</source>
        <translation>Zur Bestätigung den Gerätenamen eingeben</translation>
    </message>
    <message>
        <source>To confirm, type the device&apos;s name (&lt;b&gt;%1&lt;/b&gt;):</source>
        <translation>Geben Sie zur Bestätigung den Namen des Geräts ein (&lt;b&gt;%1&lt;/b&gt;):</translation>
    </message>
    <message>
        <source>This is &lt;b&gt;this computer&apos;s own certificate&lt;/b&gt;. Certdeck on this computer will no longer be able to log in with it.</source>
        <translation>Das ist &lt;b&gt;das eigene Zertifikat dieses Computers&lt;/b&gt;. Certdeck kann sich auf diesem Computer damit nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>This is the &lt;b&gt;last certificate that may manage devices&lt;/b&gt;. After it is revoked, only the account password can add or remove device certificates.</source>
        <translation>Das ist das &lt;b&gt;letzte Zertifikat, das Geräte verwalten darf&lt;/b&gt;. Nach dem Widerruf können nur noch mit dem Passwort des Kontos Gerätezertifikate hinzugefügt oder entfernt werden.</translation>
    </message>
    <message>
        <source>I understand, revoke it anyway</source>
        <translation>Verstanden, trotzdem widerrufen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Revoking “%1”…&lt;/p&gt;</source>
        <translation>&lt;p&gt;„%1“ wird widerrufen…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The earlier revoke reached the server</source>
        <translation>Der frühere Widerruf hat den Server erreicht</translation>
    </message>
    <message>
        <source>Revoke sent at %1</source>
        <translation>Widerruf gesendet um %1</translation>
    </message>
    <message>
        <source>Sessions closed: %1</source>
        <translation>Beendete Sitzungen: %1</translation>
    </message>
    <message>
        <source>Verified at %1: the certificate is gone from a fresh list</source>
        <translation>Bestätigt um %1: Das Zertifikat fehlt in einer frisch abgerufenen Liste</translation>
    </message>
    <message>
        <source>Not revoked. %1</source>
        <translation>Nicht widerrufen. %1</translation>
    </message>
    <message>
        <source>No session went offline with the revoke</source>
        <translation>Mit dem Widerruf ging keine Sitzung offline</translation>
    </message>
    <message>
        <source>Went offline at the same time, not tied to this certificate: %1</source>
        <translation>Gleichzeitig offline gegangen, ohne Bezug zu diesem Zertifikat: %1</translation>
    </message>
    <message>
        <source>Not confirmed: the device may still be able to log in. Retry to finish and prove the revoke.</source>
        <translation>Nicht bestätigt: Das Gerät kann sich möglicherweise noch anmelden. Versuchen Sie es erneut, um den Widerruf abzuschließen und nachzuweisen.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Cut off a lost or stolen device&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Verlorenes oder gestohlenes Gerät aussperren&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>%1 (unreadable entry)</source>
        <translation>%1 (unlesbarer Eintrag)</translation>
    </message>
    <message>
        <source>Not connected: Certdeck can revoke once it is back online.</source>
        <translation>Nicht verbunden: Certdeck kann widerrufen, sobald es wieder online ist.</translation>
    </message>
    <message>
        <source>The name does not match. Type “%1” exactly as shown.</source>
        <translation>Der Name stimmt nicht überein. Geben Sie „%1“ genau wie angezeigt ein.</translation>
    </message>
    <message>
        <source>Tick “%1” first.</source>
        <translation>Setzen Sie zuerst das Häkchen bei „%1“.</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::MainWindow</name>
    <message>
        <source>&amp;Copy SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Export certificate as PEM…</source>
        <translation>Zertifikat als PEM &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Lost device…</source>
        <translation>Gerät &amp;verloren…</translation>
    </message>
    <message>
        <source>&amp;Disable (retire)…</source>
        <translation>&amp;Deaktivieren (stilllegen)…</translation>
    </message>
    <message>
        <source>&amp;Enroll device…</source>
        <translation>Gerät &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>E&amp;rneuern…</translation>
    </message>
    <message>
        <source>&amp;Finish rotation</source>
        <translation>Erneuerung a&amp;bschließen</translation>
    </message>
    <message>
        <source>Log in to the account again</source>
        <translation>Erneut beim Konto anmelden</translation>
    </message>
    <message>
        <source>A device was lost or stolen: revoke its certificate and log it out now (%1)</source>
        <translation>Ein Gerät wurde verloren oder gestohlen: sein Zertifikat widerrufen und es sofort abmelden (%1)</translation>
    </message>
    <message>
        <source>Lost device</source>
        <translation>Gerät verloren</translation>
    </message>
    <message>
        <source>Retire a device that is not compromised: it can no longer log in</source>
        <translation>Ein nicht kompromittiertes Gerät stilllegen: Es kann sich nicht mehr anmelden</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The server listed %n certificate(s) that cannot be shown:</source>
        <translation>
            <numerusform>Der Server hat %n Zertifikat gemeldet, das nicht angezeigt werden kann:</numerusform>
            <numerusform>Der Server hat %n Zertifikate gemeldet, die nicht angezeigt werden können:</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>Akt&amp;ivität</translation>
    </message>
    <message>
        <source>Every enroll, disable and revoke, with its outcome</source>
        <translation>Jedes Hinzufügen, Deaktivieren und Widerrufen mit seinem Ergebnis</translation>
    </message>
    <message>
        <source>Add a device with its own certificate</source>
        <translation>Ein Gerät mit eigenem Zertifikat hinzufügen</translation>
    </message>
    <message>
        <source>Replace the selected device&apos;s certificate with a new one</source>
        <translation>Das Zertifikat des ausgewählten Geräts durch ein neues ersetzen</translation>
    </message>
    <message>
        <source>Rotate all &amp;due…</source>
        <translation>Alle &amp;fälligen erneuern…</translation>
    </message>
    <message>
        <source>Rotate every certificate past two thirds of its lifetime</source>
        <translation>Jedes Zertifikat erneuern, das zwei Drittel seiner Laufzeit hinter sich hat</translation>
    </message>
    <message>
        <source>Rotating this computer&apos;s certificate…</source>
        <translation>Das Zertifikat dieses Computers wird erneuert…</translation>
    </message>
    <message>
        <source>Creating the new certificate for “%1”…</source>
        <translation>Das neue Zertifikat für „%1“ wird erzeugt…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Ein&amp;stellungen</translation>
    </message>
    <message>
        <source>No certificate is due for rotation.</source>
        <translation>Kein Zertifikat muss erneuert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Rotating %n certificate(s)…</source>
        <translation>
            <numerusform>%n Zertifikat wird erneuert…</numerusform>
            <numerusform>%n Zertifikate werden erneuert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable “%1”?</source>
        <translation>„%1“ deaktivieren?</translation>
    </message>
    <message>
        <source>&lt;p&gt;The device can no longer log in with this certificate. If it is connected right now, it &lt;b&gt;stays connected&lt;/b&gt; until it logs out.&lt;/p&gt;&lt;p&gt;Use this for a device you retire or replace. If the device was &lt;b&gt;lost or stolen&lt;/b&gt;, use “Lost device” instead: once its certificate is disabled, a device that is still connected can no longer be kicked off.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Gerät kann sich mit diesem Zertifikat nicht mehr anmelden. Ist es gerade verbunden, &lt;b&gt;bleibt es verbunden&lt;/b&gt;, bis es sich abmeldet.&lt;/p&gt;&lt;p&gt;Verwenden Sie das für ein Gerät, das Sie stilllegen oder ersetzen. Wurde das Gerät &lt;b&gt;verloren oder gestohlen&lt;/b&gt;, wählen Sie stattdessen „Gerät verloren“: Ist sein Zertifikat erst deaktiviert, lässt sich ein noch verbundenes Gerät nicht mehr hinauswerfen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Lost device instead…</source>
        <translation>Stattdessen „Gerät verloren“…</translation>
    </message>
    <message>
        <source>Disabling “%1”…</source>
        <translation>„%1“ wird deaktiviert…</translation>
    </message>
    <message>
        <source>“%1” was not disabled: %2</source>
        <translation>„%1“ wurde nicht deaktiviert: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expiring within 30 days</source>
        <translation>
            <numerusform>%n läuft innerhalb von 30 Tagen ab</numerusform>
            <numerusform>%n laufen innerhalb von 30 Tagen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <translation>
            <numerusform>%n abgelaufen</numerusform>
            <numerusform>%n abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other session(s) online</source>
        <translation>
            <numerusform>%n weitere Sitzung angemeldet</numerusform>
            <numerusform>%n weitere Sitzungen angemeldet</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Erneut verbinden…</translation>
    </message>
    <message>
        <source>Online · loading…</source>
        <translation>Online · wird geladen…</translation>
    </message>
    <message>
        <source>Online · no certificate management</source>
        <translation>Online · keine Zertifikatsverwaltung</translation>
    </message>
    <message>
        <source>Online as %1</source>
        <translation>Online als %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Not connected&lt;/h3&gt;&lt;p&gt;Log in to see the certificates your devices use.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nicht verbunden&lt;/h3&gt;&lt;p&gt;Melden Sie sich an, um die Zertifikate Ihrer Geräte zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Connecting…&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Verbinden…&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Loading certificates…&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Zertifikate werden geladen…&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;This server does not support client certificates&lt;/h3&gt;&lt;p&gt;The server does not offer XEP-0257 (client certificate management), so Certdeck cannot list or change the certificates of this account.&lt;/p&gt;&lt;p&gt;Ask the server&apos;s administrator to enable it; on Prosody it is the module &lt;i&gt;mod_client_certs&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dieser Server unterstützt keine Client-Zertifikate&lt;/h3&gt;&lt;p&gt;Der Server bietet XEP-0257 (Verwaltung von Client-Zertifikaten) nicht an, daher kann Certdeck die Zertifikate dieses Kontos weder auflisten noch ändern.&lt;/p&gt;&lt;p&gt;Bitten Sie die Administration des Servers, es einzuschalten; bei Prosody ist es das Modul &lt;i&gt;mod_client_certs&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No device certificates yet&lt;/h3&gt;&lt;p&gt;With a certificate of its own, each device logs in without the account&apos;s password (XEP-0257, SASL EXTERNAL). When a device is lost or stolen, you revoke its certificate and only that device is cut off; the others stay logged in.&lt;/p&gt;&lt;p&gt;Enroll your first device to begin.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Gerätezertifikate&lt;/h3&gt;&lt;p&gt;Mit einem eigenen Zertifikat meldet sich jedes Gerät ohne das Passwort des Kontos an (XEP-0257, SASL EXTERNAL). Geht ein Gerät verloren oder wird es gestohlen, widerrufen Sie sein Zertifikat, und nur dieses Gerät wird ausgesperrt; die anderen bleiben angemeldet.&lt;/p&gt;&lt;p&gt;Fügen Sie Ihr erstes Gerät hinzu, um zu beginnen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No device matches “%1”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Gerät passt zu „%1“.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export certificate</source>
        <translation>Zertifikat exportieren</translation>
    </message>
    <message>
        <source>PEM certificate (*.pem *.crt)</source>
        <translation>PEM-Zertifikat (*.pem *.crt)</translation>
    </message>
    <message>
        <source>The certificate could not be saved to %1: %2</source>
        <translation>Das Zertifikat konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Certificate of “%1” saved to %2.</source>
        <translation>Zertifikat von „%1“ unter %2 gespeichert.</translation>
    </message>
    <message>
        <source>Log &amp;in with password…</source>
        <translation>Mit Passwort &amp;anmelden…</translation>
    </message>
    <message>
        <source>Logged in with this computer&apos;s certificate</source>
        <translation>Mit dem Zertifikat dieses Computers angemeldet</translation>
    </message>
    <message>
        <source>Logged in with the password</source>
        <translation>Mit dem Passwort angemeldet</translation>
    </message>
    <message>
        <source>Revoke “%1”…</source>
        <translation>„%1“ widerrufen…</translation>
    </message>
    <message>
        <source>Disable “%1”…</source>
        <translation>„%1“ deaktivieren…</translation>
    </message>
    <message>
        <source>Such an entry may still log in: unless you know what it is, revoke it.</source>
        <translation>Ein solcher Eintrag kann sich womöglich noch anmelden: Widerrufen Sie ihn, wenn Sie nicht wissen, was er ist.</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>Devi&amp;ces</source>
        <translation>&amp;Geräte</translation>
    </message>
    <message>
        <source>Not reported by the server</source>
        <translation>Vom Server nicht gemeldet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>&amp;Sort by</source>
        <translation>&amp;Sortieren nach</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>&amp;Absteigend</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::NewDeviceAlert</name>
    <message>
        <source>Yes, it was me</source>
        <translation>Ja, das war ich</translation>
    </message>
    <message>
        <source>No — cut it off</source>
        <translation>Nein – aussperren</translation>
    </message>
    <message>
        <source>New device certificate</source>
        <translation>Neues Gerätezertifikat</translation>
    </message>
    <message>
        <source>Yes, all of them were me</source>
        <translation>Ja, alle stammen von mir</translation>
    </message>
    <message>
        <source>No — cut off “%1”</source>
        <translation>Nein – „%1“ aussperren</translation>
    </message>
    <message>
        <source>Check for new devices</source>
        <translation>Auf neue Geräte prüfen</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Alle 5 Minuten</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Alle 15 Minuten</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Off (only at start and refresh)</source>
        <translation>Aus (nur beim Start und beim Aktualisieren)</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::P12TargetWidget</name>
    <message>
        <source>File for the device</source>
        <translation>Datei für das Gerät</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Password for the file</source>
        <translation>Passwort für die Datei</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Save the device&apos;s key and certificate</source>
        <translation>Schlüssel und Zertifikat des Geräts speichern</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12)</source>
        <translation>PKCS#12-Dateien (*.p12)</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>This file already exists; choose another name so no device loses its key.</source>
        <translation>Diese Datei gibt es bereits; wählen Sie einen anderen Namen, damit kein Gerät seinen Schlüssel verliert.</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters. You will type it once on the device.</source>
        <translation>Das Passwort braucht mindestens 8 Zeichen. Sie geben es einmal auf dem Gerät ein.</translation>
    </message>
    <message>
        <source>Password strength: %1 · the two passwords differ</source>
        <translation>Passwortstärke: %1 · die beiden Passwörter stimmen nicht überein</translation>
    </message>
    <message>
        <source>Password strength: %1</source>
        <translation>Passwortstärke: %1</translation>
    </message>
    <message>
        <source>Made for:</source>
        <translation>Erstellt für:</translation>
    </message>
    <message>
        <source>Generated password for the file</source>
        <translation>Erzeugtes Passwort für die Datei</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Note it now: it is shown only here. Type it on the device when it asks, and pass it on separately from the file (say it, or send it another way).</source>
        <translation>Notieren Sie es jetzt: Es wird nur hier angezeigt. Geben Sie es auf dem Gerät ein, wenn es danach fragt, und übermitteln Sie es getrennt von der Datei (sagen Sie es oder schicken Sie es auf anderem Weg).</translation>
    </message>
    <message>
        <source>Type my own password instead</source>
        <translation>Stattdessen eigenes Passwort eingeben</translation>
    </message>
    <message>
        <source>Files for older phones always get a generated password: their encryption is weak with a password a person chooses.</source>
        <translation>Dateien für ältere Handys bekommen immer ein erzeugtes Passwort: Ihre Verschlüsselung ist mit einem selbst gewählten Passwort schwach.</translation>
    </message>
    <message>
        <source>Older phones: Android 8 to 13, older iPhones and Macs (3DES, SHA-1)</source>
        <translation>Ältere Handys: Android 8 bis 13, ältere iPhones und Macs (3DES, SHA-1)</translation>
    </message>
    <message>
        <source>Current phones and computers: Android 14, iOS 18, macOS 15 or newer, and desktop clients (AES-256, SHA-256)</source>
        <translation>Aktuelle Handys und Computer: Android 14, iOS 18, macOS 15 oder neuer sowie Desktop-Clients (AES-256, SHA-256)</translation>
    </message>
    <message>
        <source>No password could be generated (no secure random numbers). Type your own instead.</source>
        <translation>Es konnte kein Passwort erzeugt werden (keine sicheren Zufallszahlen). Geben Sie stattdessen ein eigenes ein.</translation>
    </message>
    <message>
        <source>⚠ Some phones and programs cannot open a file whose password has characters other than the letters A–Z, digits and common symbols (such as ü or é).</source>
        <translation>⚠ Manche Handys und Programme können eine Datei nicht öffnen, deren Passwort andere Zeichen enthält als die Buchstaben A–Z, Ziffern und gängige Symbole (etwa ü oder é).</translation>
    </message>
    <message>
        <source>Folder for the devices&apos; files</source>
        <translation>Ordner für die Dateien der Geräte</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>This is a file, not a folder; choose a folder for the devices&apos; files.</source>
        <translation>Das ist eine Datei, kein Ordner; wählen Sie einen Ordner für die Dateien der Geräte.</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Passwort kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Password copied</source>
        <translation>Passwort kopiert</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::RotateDialog</name>
    <message numerus="yes">
        <source>Rotate %n certificate(s)</source>
        <translation>
            <numerusform>%n Zertifikat erneuern</numerusform>
            <numerusform>%n Zertifikate erneuern</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate “%1”</source>
        <translation>„%1“ erneuern</translation>
    </message>
    <message>
        <source>&lt;p&gt;New keys and certificates are made for: %1. Each is saved as a .p12 file in the folder below, all with the password below.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Neue Schlüssel und Zertifikate werden erzeugt für: %1. Jedes wird als .p12-Datei im Ordner unten gespeichert, alle mit dem Passwort unten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A new key and certificate are made for the device and saved in a .p12 file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Für das Gerät werden ein neuer Schlüssel und ein neues Zertifikat erzeugt und in einer .p12-Datei gespeichert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The old certificates keep working until you confirm each device has switched (“Finish rotation”).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die alten Zertifikate funktionieren weiter, bis Sie für jedes Gerät bestätigen, dass es umgestellt ist („Erneuerung abschließen“).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create and upload</source>
        <translation>Erzeugen und hochladen</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::TrayIcon</name>
    <message>
        <source>Show Certdeck</source>
        <translation>Certdeck anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>The certificate of “%1” expires today. Rotate it now.</source>
        <translation>Das Zertifikat von „%1“ läuft heute ab. Erneuern Sie es jetzt.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate of “%1” expires in %n day(s). Rotate it soon.</source>
        <translation>
            <numerusform>Das Zertifikat von „%1“ läuft in %n Tag ab. Erneuern Sie es bald.</numerusform>
            <numerusform>Das Zertifikat von „%1“ läuft in %n Tagen ab. Erneuern Sie es bald.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate expiring</source>
        <translation>Zertifikat läuft ab</translation>
    </message>
    <message>
        <source>Certdeck · %1</source>
        <translation>Certdeck · %1</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::TrustDialog</name>
    <message>
        <source>Unverified server certificate</source>
        <translation>Nicht überprüftes Server-Zertifikat</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The server for %1 presented a certificate that could not be verified.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This is normal for a private server with its own certificate. It can also mean that someone is intercepting the connection. Compare the fingerprint with the one your server&apos;s administrator gives you before you trust it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Der Server für %1 hat ein Zertifikat vorgelegt, das nicht überprüft werden konnte.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Das ist bei einem privaten Server mit eigenem Zertifikat üblich. Es kann aber auch bedeuten, dass jemand die Verbindung abfängt. Vergleichen Sie den Fingerabdruck mit dem, den Ihnen die Administration Ihres Servers nennt, bevor Sie ihm vertrauen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>Trust and &amp;remember this key</source>
        <translation>Vertrauen und diesen Schlüssel &amp;merken</translation>
    </message>
    <message>
        <source>Trust &amp;once</source>
        <translation>&amp;Einmal vertrauen</translation>
    </message>
    <message>
        <source>Certdeck will accept this key, and only this key, for this account from now on.</source>
        <translation>Certdeck akzeptiert ab jetzt für dieses Konto diesen Schlüssel und nur diesen.</translation>
    </message>
    <message>
        <source>Accept the key for this session only.</source>
        <translation>Den Schlüssel nur für diese Sitzung akzeptieren.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage your devices&apos; XMPP client certificates.</source>
        <translation>Verwaltet die XMPP-Client-Zertifikate Ihrer Geräte.</translation>
    </message>
    <message>
        <source>Rotate this computer&apos;s certificate automatically</source>
        <translation>Das Zertifikat dieses Computers automatisch erneuern</translation>
    </message>
</context>
</TS>
