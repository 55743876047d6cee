<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityLog</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>the disk refused the write</source>
        <translation>le disque a refusé l&apos;écriture</translation>
    </message>
    <message>
        <source>The activity log could not be written (%1): %2</source>
        <translation>Le journal d&apos;activité n&apos;a pas pu être écrit (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; it was not read.</source>
        <translation>%1 dépasse %2&#xa0;Kio&#xa0;; il n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>%1 is a pipe or a socket, not a file; it was not read.</source>
        <translation>%1 est un tube ou un socket, pas un fichier ; il n’a pas été lu.</translation>
    </message>
</context>
<context>
    <name>CertificateCheck</name>
    <message>
        <source>This is a CA certificate, not a device certificate.</source>
        <translation>C&apos;est un certificat d&apos;autorité (CA), pas un certificat d&apos;appareil.</translation>
    </message>
    <message>
        <source>The certificate names no XMPP address (id-on-xmppAddr), so the server cannot use it to log in a device.</source>
        <translation>Le certificat ne contient aucune adresse XMPP (id-on-xmppAddr)&#xa0;: le serveur ne peut pas s&apos;en servir pour connecter un appareil.</translation>
    </message>
    <message>
        <source>The certificate is for %1, not for this account (%2).</source>
        <translation>Le certificat est destiné à %1, pas à ce compte (%2).</translation>
    </message>
    <message>
        <source>The certificate expired on %1; no device can log in with it.</source>
        <translation>Le certificat a expiré le %1&#xa0;; aucun appareil ne peut plus se connecter avec.</translation>
    </message>
    <message>
        <source>The certificate expires soon, on %1.</source>
        <translation>Le certificat expire bientôt, le %1.</translation>
    </message>
    <message>
        <source>The certificate is not valid before %1; the device cannot log in with it until then.</source>
        <translation>Le certificat n&apos;est valide qu&apos;à partir du %1&#xa0;; l&apos;appareil ne peut pas se connecter avec avant cette date.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Log in to your XMPP account</source>
        <translation>Connexion à votre compte XMPP</translation>
    </message>
    <message>
        <source>Certdeck logs in with your password to manage the certificates your devices use to log in.</source>
        <translation>Certdeck se connecte avec votre mot de passe pour gérer les certificats qu&apos;utilisent vos appareils pour se connecter.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>vous@example.org</translation>
    </message>
    <message>
        <source>Account address</source>
        <translation>Adresse du compte</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Enregistrer le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Host (optional):</source>
        <translation>&amp;Hôte (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>found from the account&apos;s domain</source>
        <translation>déduit du domaine du compte</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Hôte du serveur</translation>
    </message>
    <message>
        <source>P&amp;ort (optional):</source>
        <translation>P&amp;ort (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Port du serveur</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Connexion en cours…</translation>
    </message>
</context>
<context>
    <name>ConnectionError</name>
    <message>
        <source>The server did not accept the address or password.</source>
        <translation>Le serveur n&apos;a pas accepté l&apos;adresse ou le mot de passe.</translation>
    </message>
    <message>
        <source>The server&apos;s address could not be found. Check the account address or the host name.</source>
        <translation>L&apos;adresse du serveur est introuvable. Vérifiez l&apos;adresse du compte ou le nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the host and port, or whether the server is running.</source>
        <translation>Le serveur a refusé la connexion. Vérifiez l&apos;hôte et le port, ou si le serveur est en marche.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so Certdeck did not log in.</source>
        <translation>Le certificat du serveur n&apos;a pas pu être vérifié&#xa0;; Certdeck ne s&apos;est donc pas connecté.</translation>
    </message>
    <message>
        <source>The server presented a different key than the one you trusted for this account. This can mean someone is intercepting the connection. Certdeck did not log in. If the server&apos;s administrator confirms a new key, remove the old one in the account settings.</source>
        <translation>Le serveur a présenté une autre clé que celle à laquelle vous avez fait confiance pour ce compte. Quelqu&apos;un intercepte peut-être la connexion. Certdeck ne s&apos;est pas connecté. Si l&apos;administrateur du serveur confirme une nouvelle clé, supprimez l&apos;ancienne dans les réglages du compte.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection. Certdeck never logs in without encryption.</source>
        <translation>Le serveur ne propose pas de connexion chiffrée. Certdeck ne se connecte jamais sans chiffrement.</translation>
    </message>
    <message>
        <source>The server offers no login method that Certdeck supports.</source>
        <translation>Le serveur ne propose aucune méthode de connexion prise en charge par Certdeck.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>Le serveur ne répond plus.</translation>
    </message>
    <message>
        <source>The network connection failed.</source>
        <translation>La connexion réseau a échoué.</translation>
    </message>
    <message>
        <source>The account settings are incomplete.</source>
        <translation>Les réglages du compte sont incomplets.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The server sent data beyond Certdeck&apos;s safety limits, so Certdeck disconnected. The server may be broken or hostile.</source>
        <translation>Le serveur a envoyé des données au-delà des limites de sécurité de Certdeck, qui s&apos;est donc déconnecté. Le serveur est peut-être défaillant ou hostile.</translation>
    </message>
    <message>
        <source>This computer&apos;s certificate was revoked or disabled — log in with the password to enroll it again.</source>
        <translation>Le certificat de cet ordinateur a été révoqué ou désactivé – connectez-vous avec le mot de passe pour l&apos;ajouter à nouveau.</translation>
    </message>
    <message>
        <source>This computer&apos;s certificate has expired — log in with the password to enroll it again.</source>
        <translation>Le certificat de cet ordinateur a expiré – connectez-vous avec le mot de passe pour l&apos;ajouter à nouveau.</translation>
    </message>
    <message>
        <source>The server does not offer certificate login now — log in with the password.</source>
        <translation>Le serveur ne propose pas la connexion par certificat pour le moment – connectez-vous avec le mot de passe.</translation>
    </message>
    <message>
        <source>This computer&apos;s key in the keychain cannot be used with its certificate — log in with the password to enroll it again.</source>
        <translation>La clé de cet ordinateur dans le trousseau ne peut pas être utilisée avec son certificat – connectez-vous avec le mot de passe pour ajouter à nouveau cet ordinateur.</translation>
    </message>
    <message>
        <source>The server accepted the login without proving that it knows the password, so it may not be your account&apos;s server. Certdeck did not continue.</source>
        <translation>Le serveur a accepté la connexion sans prouver qu’il connaît le mot de passe ; ce n’est peut-être pas le serveur de votre compte. Certdeck n’a pas continué.</translation>
    </message>
    <message>
        <source>%1 Server says: “%2”</source>
        <translation>%1 Le serveur indique&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CryptoError</name>
    <message>
        <source>The file or data is empty.</source>
        <translation>Le fichier ou les données sont vides.</translation>
    </message>
    <message>
        <source>This is not an X.509 certificate (neither PEM nor DER).</source>
        <translation>Ce n&apos;est pas un certificat X.509 (ni PEM ni DER).</translation>
    </message>
    <message>
        <source>The private key could not be generated.</source>
        <translation>La clé privée n&apos;a pas pu être générée.</translation>
    </message>
    <message>
        <source>The certificate could not be created.</source>
        <translation>Le certificat n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The certificate request is incomplete: %1</source>
        <translation>La demande de certificat est incomplète&#xa0;: %1</translation>
    </message>
    <message>
        <source>The password is wrong, or the file is damaged.</source>
        <translation>Le mot de passe est incorrect, ou le fichier est endommagé.</translation>
    </message>
    <message>
        <source>This is not a PKCS#12 (.p12) file.</source>
        <translation>Ce n&apos;est pas un fichier PKCS#12 (.p12).</translation>
    </message>
    <message>
        <source>The PKCS#12 file must hold one private key and its certificate.</source>
        <translation>Le fichier PKCS#12 doit contenir une clé privée et son certificat.</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>La clé privée ne correspond pas au certificat.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Le fichier n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Le fichier n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>No secure random numbers are available; no password was made.</source>
        <translation>Aucun nombre aléatoire sûr n&apos;est disponible&#xa0;; aucun mot de passe n&apos;a été créé.</translation>
    </message>
    <message>
        <source>The data holds more than one certificate, or something after the certificate. Give exactly one certificate (PEM or DER).</source>
        <translation>Les données contiennent plus d&apos;un certificat, ou quelque chose après le certificat. Donnez exactement un certificat (PEM ou DER).</translation>
    </message>
</context>
<context>
    <name>DeviceUseText</name>
    <message numerus="yes">
        <source>“%1” has never logged in, and its certificate was made %n day(s) ago. If no device uses it, disable it: an unused certificate is one more key to your account.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» ne s’est jamais connecté, et son certificat a été créé il y a %n jour. Si aucun appareil ne l’utilise, désactivez-le&#xa0;: un certificat inutilisé est une clé de plus pour votre compte.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» ne s’est jamais connecté, et son certificat a été créé il y a %n jours. Si aucun appareil ne l’utilise, désactivez-le&#xa0;: un certificat inutilisé est une clé de plus pour votre compte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has not logged in for %n day(s). If you no longer use that device, disable its certificate: an unused certificate is one more key to your account.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» ne s’est pas connecté depuis %n jour. Si vous n’utilisez plus cet appareil, désactivez son certificat&#xa0;: un certificat inutilisé est une clé de plus pour votre compte.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» ne s’est pas connecté depuis %n jours. Si vous n’utilisez plus cet appareil, désactivez son certificat&#xa0;: un certificat inutilisé est une clé de plus pour votre compte.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1: the session&apos;s resource, %2: the device name</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — no listed certificate (password login, or a removed certificate)</source>
        <translation>%1 — aucun certificat de la liste (connexion par mot de passe, ou certificat retiré)</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <extracomment>%1: the session and its device, %2: the status text the session&apos;s client published</extracomment>
        <translation>%1 («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>Online now · %1</source>
        <extracomment>%1: the resources (sessions) logged in with this device&apos;s certificate, e.g. &quot;phone&quot;</extracomment>
        <translation>En ligne · %1</translation>
    </message>
    <message>
        <source>Last used %1</source>
        <extracomment>%1: &quot;3 days ago&quot;, &quot;just now&quot; or &quot;on &lt;date&gt;&quot;</extracomment>
        <translation>Dernière utilisation %1</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Jamais utilisé</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1: date and time, %2: &quot;3 days ago&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%1 have not logged in for %n day(s) or more. If you no longer use those devices, disable their certificates: an unused certificate is one more key to your account.</source>
        <extracomment>%1: the devices&apos; names, quoted, separated by commas</extracomment>
        <translation>
            <numerusform>%1 ne se sont pas connectés depuis %n jour ou plus. Si vous n’utilisez plus ces appareils, désactivez leurs certificats&#xa0;: un certificat inutilisé est une clé de plus pour votre compte.</numerusform>
            <numerusform>%1 ne se sont pas connectés depuis %n jours ou plus. Si vous n’utilisez plus ces appareils, désactivez leurs certificats&#xa0;: un certificat inutilisé est une clé de plus pour votre compte.</numerusform>
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
        <translation>À renouveler</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
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
        <translation>Filtrer les appareils par nom, clé ou empreinte</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Filtrer les appareils</translation>
    </message>
    <message>
        <source>Devices and their certificates</source>
        <translation>Appareils et leurs certificats</translation>
    </message>
    <message>
        <source>Enroll the first device…</source>
        <translation>Ajouter le premier appareil…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>List the account&apos;s certificates again</source>
        <translation>Relire la liste des certificats du compte</translation>
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
        <translation>Depuis %4, le certificat d&apos;appareil %1 a été remplacé par un nouveau (%2, %3) sur votre compte. Était-ce vous&#xa0;?</translation>
    </message>
    <message>
        <source>A new device certificate %1 (%2, %3) appeared on your account since %4. Was this you?</source>
        <translation>Depuis %4, un nouveau certificat d&apos;appareil %1 (%2, %3) est apparu sur votre compte. Était-ce vous&#xa0;?</translation>
    </message>
    <message>
        <source>%1, replacing the certificate of that name</source>
        <translation>%1, qui remplace le certificat du même nom</translation>
    </message>
    <message>
        <source>%1 new device certificates appeared on your account since %2. Was this you?</source>
        <translation>Depuis %2, %1 nouveaux certificats d&apos;appareil sont apparus sur votre compte. Était-ce vous&#xa0;?</translation>
    </message>
    <message>
        <source>The device certificate %1 left your account without Certdeck removing it. That device can no longer log in with it.</source>
        <translation>Le certificat d&apos;appareil %1 a disparu de votre compte sans que Certdeck l&apos;ait retiré. Cet appareil ne peut plus se connecter avec.</translation>
    </message>
    <message>
        <source>Device certificates left your account without Certdeck removing them: %1. Those devices can no longer log in with them.</source>
        <translation>Des certificats d&apos;appareil ont disparu de votre compte sans que Certdeck les ait retirés&#xa0;: %1. Ces appareils ne peuvent plus se connecter avec.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>replaced the certificate of that name</source>
        <translation>a remplacé le certificat du même nom</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>no fingerprint: Certdeck cannot read it</source>
        <translation>pas d’empreinte : Certdeck ne peut pas le lire</translation>
    </message>
    <message>
        <source>unreadable entry</source>
        <translation>entrée illisible</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a device&apos;s name in the language&apos;s quotation marks</comment>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SaslCertError</name>
    <message>
        <source>The server rejected the request as malformed.</source>
        <translation>Le serveur a rejeté la requête comme mal formée.</translation>
    </message>
    <message>
        <source>The server could not accept the certificate.</source>
        <translation>Le serveur n&apos;a pas pu accepter le certificat.</translation>
    </message>
    <message>
        <source>A certificate with this name already exists.</source>
        <translation>Un certificat portant ce nom existe déjà.</translation>
    </message>
    <message>
        <source>No certificate with this name exists on the server.</source>
        <translation>Aucun certificat portant ce nom n&apos;existe sur le serveur.</translation>
    </message>
    <message>
        <source>This device is not allowed to manage certificates.</source>
        <translation>Cet appareil n&apos;est pas autorisé à gérer les certificats.</translation>
    </message>
    <message>
        <source>The server does not allow this change.</source>
        <translation>Le serveur n&apos;autorise pas cette modification.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate service is unavailable.</source>
        <translation>Le service de certificats du serveur est indisponible.</translation>
    </message>
    <message>
        <source>The server does not implement this request.</source>
        <translation>Le serveur ne prend pas en charge cette requête.</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>Le serveur a signalé une erreur.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The connection was lost before the server answered.</source>
        <translation>La connexion a été perdue avant la réponse du serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be understood.</source>
        <translation>La réponse du serveur est incompréhensible.</translation>
    </message>
    <message>
        <source>This server does not support client certificate management (XEP-0257). Ask the server&apos;s administrator to enable it (on Prosody: mod_client_certs).</source>
        <translation>Ce serveur ne prend pas en charge la gestion des certificats client (XEP-0257). Demandez à l&apos;administrateur du serveur de l&apos;activer (sur Prosody&#xa0;: mod_client_certs).</translation>
    </message>
    <message>
        <source>A device with this name already exists. Choose another name; nothing was sent to the server.</source>
        <translation>Un appareil portant ce nom existe déjà. Choisissez un autre nom&#xa0;; rien n&apos;a été envoyé au serveur.</translation>
    </message>
    <message>
        <source>The account has no certificate with this name; nothing was sent.</source>
        <translation>Le compte n&apos;a aucun certificat portant ce nom&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The change was sent, but Certdeck could not confirm it on the server. Check the list and try again.</source>
        <translation>La modification a été envoyée, mais Certdeck n&apos;a pas pu la confirmer sur le serveur. Vérifiez la liste et réessayez.</translation>
    </message>
    <message>
        <source>The certificate cannot be used for this account; nothing was sent.</source>
        <translation>Le certificat ne peut pas servir pour ce compte&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 Server says: “%2”</source>
        <translation>%1 Le serveur indique&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>This certificate is already on the account as “%1”. Each device needs its own certificate; nothing was sent.</source>
        <translation>Ce certificat est déjà sur le compte sous le nom «&#xa0;%1&#xa0;». Chaque appareil a besoin de son propre certificat&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
</context>
<context>
    <name>SaslCertParser</name>
    <message>
        <source>The item has no certificate.</source>
        <translation>L&apos;entrée ne contient aucun certificat.</translation>
    </message>
    <message>
        <source>The certificate is not valid base64.</source>
        <translation>Le certificat n&apos;est pas du base64 valide.</translation>
    </message>
    <message>
        <source>The certificate cannot be read: %1</source>
        <translation>Le certificat est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The item has no name.</source>
        <translation>L&apos;entrée n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>The name is listed more than once; only the first entry is shown.</source>
        <translation>Le nom figure plusieurs fois dans la liste&#xa0;; seule la première entrée est affichée.</translation>
    </message>
    <message>
        <source>The reply is not well-formed XML.</source>
        <translation>La réponse n&apos;est pas du XML bien formé.</translation>
    </message>
    <message>
        <source>The reply holds no certificate list.</source>
        <translation>La réponse ne contient aucune liste de certificats.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>The cryptography self-test failed (%1). Certdeck cannot safely create or check keys on this system.</source>
        <translation>L&apos;autotest cryptographique a échoué (%1). Certdeck ne peut pas créer ni vérifier de clés en toute sécurité sur ce système.</translation>
    </message>
</context>
<context>
    <name>certdeck</name>
    <message>
        <source>The device name is empty.</source>
        <translation>Le nom de l&apos;appareil est vide.</translation>
    </message>
    <message>
        <source>The device name contains an invisible or control character (%1). Use letters, digits, spaces and punctuation only.</source>
        <translation>Le nom de l&apos;appareil contient un caractère invisible ou de contrôle (%1). N&apos;utilisez que des lettres, des chiffres, des espaces et de la ponctuation.</translation>
    </message>
    <message>
        <source>The device name is longer than %1 characters.</source>
        <translation>Le nom de l&apos;appareil dépasse %1&#xa0;caractères.</translation>
    </message>
    <message>
        <source>The name “%1” is too similar to the existing device “%2”; choose a name that differs in more than letter case or character form.</source>
        <translation>Le nom «&#xa0;%1&#xa0;» ressemble trop à l&apos;appareil existant «&#xa0;%2&#xa0;»&#xa0;; choisissez un nom qui diffère par plus que la casse ou la forme des caractères.</translation>
    </message>
</context>
<context>
    <name>certdeck-cli</name>
    <message>
        <source>Try &apos;certdeck-cli --help&apos;.</source>
        <translation>Essayez «&#xa0;certdeck-cli --help&#xa0;».</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>La commande à exécuter.</translation>
    </message>
    <message>
        <source>Read the password from this environment variable.</source>
        <translation>Lire le mot de passe dans cette variable d&apos;environnement.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Afficher du JSON lisible par une machine.</translation>
    </message>
    <message>
        <source>enroll: write the new device&apos;s key and certificate to this .p12 file.</source>
        <translation>enroll&#xa0;: écrire la clé et le certificat du nouvel appareil dans ce fichier .p12.</translation>
    </message>
    <message>
        <source>enroll: add this existing certificate instead of creating one.</source>
        <translation>enroll&#xa0;: ajouter ce certificat existant au lieu d&apos;en créer un.</translation>
    </message>
    <message>
        <source>enroll: protect the .p12 file with the password in this file.</source>
        <translation>enroll&#xa0;: protéger le fichier .p12 avec le mot de passe contenu dans ce fichier.</translation>
    </message>
    <message>
        <source>enroll: protect the .p12 file with the password in this environment variable.</source>
        <translation>enroll&#xa0;: protéger le fichier .p12 avec le mot de passe de cette variable d&apos;environnement.</translation>
    </message>
    <message>
        <source>enroll: validity of the new certificate in days (default 365).</source>
        <translation>enroll&#xa0;: durée de validité du nouveau certificat en jours (365 par défaut).</translation>
    </message>
    <message>
        <source>enroll: p256 (default), rsa3072 or ed25519.</source>
        <translation>enroll&#xa0;: p256 (par défaut), rsa3072 ou ed25519.</translation>
    </message>
    <message>
        <source>enroll: this device may not manage other devices&apos; certificates (the server may not enforce it).</source>
        <translation>enroll&#xa0;: cet appareil ne peut pas gérer les certificats des autres appareils (le serveur ne l&apos;impose pas forcément).</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list ne prend aucun argument.</translation>
    </message>
    <message>
        <source>%1 needs exactly one device name.</source>
        <translation>%1 attend exactement un nom d&apos;appareil.</translation>
    </message>
    <message>
        <source>enroll needs either --p12 FILE or --certificate FILE.</source>
        <translation>enroll attend soit --p12 FICHIER, soit --certificate FICHIER.</translation>
    </message>
    <message>
        <source>Password for the .p12 file: </source>
        <translation>Mot de passe du fichier .p12&#xa0;: </translation>
    </message>
    <message>
        <source>--days must be a number from 1 to 3650.</source>
        <translation>--days doit être un nombre de 1 à 3650.</translation>
    </message>
    <message>
        <source>--key-type must be p256, rsa3072 or ed25519.</source>
        <translation>--key-type doit valoir p256, rsa3072 ou ed25519.</translation>
    </message>
    <message>
        <source>--jid is required.</source>
        <translation>--jid est obligatoire.</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>Le fichier de mot de passe %1 est vide.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>La variable d&apos;environnement %1 n&apos;est pas définie.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation>Aucun mot de passe indiqué.</translation>
    </message>
    <message>
        <source>Repeat: </source>
        <translation>Répétez&#xa0;: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>enroll: ask for your own .p12 password on the terminal instead of generating one.</source>
        <translation>enroll&#xa0;: demander votre propre mot de passe .p12 dans le terminal au lieu d&apos;en générer un.</translation>
    </message>
    <message>
        <source>enroll: write the generated .p12 password to this new file (mode 0600) instead of showing it.</source>
        <translation>enroll&#xa0;: écrire le mot de passe .p12 généré dans ce nouveau fichier (mode 0600) au lieu de l&apos;afficher.</translation>
    </message>
    <message>
        <source>enroll: the .p12 file&apos;s encoding: current (default; Android 14+, iOS 18+, macOS 15+ and desktop clients) or older-phones (Android 8-13, older iPhones and Macs; always a generated password).</source>
        <translation>enroll&#xa0;: l&apos;encodage du fichier .p12&#xa0;: current (par défaut&#xa0;; Android 14+, iOS 18+, macOS 15+ et clients de bureau) ou older-phones (Android 8 à 13, anciens iPhone et Mac&#xa0;; toujours avec un mot de passe généré).</translation>
    </message>
    <message>
        <source>--p12-format must be current or older-phones.</source>
        <translation>--p12-format doit valoir current ou older-phones.</translation>
    </message>
    <message>
        <source>older-phones files always get a generated password: their key derivation is too weak for a password a person chooses. Leave out --export-password-file, --export-password-env and --export-password-prompt.</source>
        <translation>Les fichiers older-phones reçoivent toujours un mot de passe généré&#xa0;: leur dérivation de clé est trop faible pour un mot de passe choisi par une personne. N&apos;utilisez pas --export-password-file, --export-password-env ni --export-password-prompt.</translation>
    </message>
    <message>
        <source>--save-export-password saves a generated password; it cannot be combined with your own password.</source>
        <translation>--save-export-password enregistre un mot de passe généré&#xa0;; il ne peut pas être combiné avec votre propre mot de passe.</translation>
    </message>
    <message>
        <source>older phones: Android 8-13, older iPhones and Macs</source>
        <translation>anciens téléphones&#xa0;: Android 8 à 13, anciens iPhone et Mac</translation>
    </message>
    <message>
        <source>current phones and computers: Android 14+, iOS 18+, macOS 15+, desktop clients</source>
        <translation>téléphones et ordinateurs actuels&#xa0;: Android 14+, iOS 18+, macOS 15+, clients de bureau</translation>
    </message>
    <message>
        <source>warning: the password file %1 may be read by other users (mode %2); anyone who reads it can log in as you. Restrict it with: chmod 600 %1</source>
        <translation>avertissement&#xa0;: le fichier de mot de passe %1 peut être lu par d&apos;autres utilisateurs (mode %2)&#xa0;; quiconque le lit peut se connecter à votre place. Restreignez-le avec&#xa0;: chmod 600 %1</translation>
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
        <translation>Gère les certificats client d&apos;un compte XMPP (XEP-0257).

Commandes&#xa0;:
  list                   lister les certificats du compte
  enroll NOM --p12 FICHIER
                         créer une clé et un certificat pour un nouvel appareil, l&apos;ajouter au
                         compte et enregistrer les deux dans un fichier .p12 protégé par mot
                         de passe pour l&apos;appareil&#xa0;; le mot de passe est généré et affiché une
                         seule fois (ou enregistré avec --save-export-password)&#xa0;; les
                         téléphones antérieurs à Android 14 ou iOS 18 et les Mac antérieurs
                         à macOS 15 ont besoin de --p12-format older-phones
  enroll NOM --certificate FICHIER
                         ajouter le certificat existant d&apos;un appareil (PEM ou DER)
  disable NOM            retirer un certificat&#xa0;: il ne peut plus se connecter (les sessions
                         ouvertes restent)
  revoke NOM             pour un appareil perdu ou volé&#xa0;: le certificat ne peut plus se
                         connecter et le serveur ferme aussitôt toute session ouverte avec
                         lui
  list --new-since-last  seulement les certificats apparus depuis la dernière exécution et que
                         Certdeck n&apos;a pas ajoutés (code de sortie 6 tant que l&apos;un d&apos;eux n&apos;est
                         pas acquitté)
  acknowledge NOM|SHA256
                         un certificat signalé comme nouveau a été ajouté par vous&#xa0;: ne plus
                         jamais le signaler

Chaque modification est vérifiée en relisant la liste des certificats&#xa0;; le code de sortie 5
signifie qu&apos;elle a été envoyée mais n&apos;a pas pu être confirmée.

Codes de sortie&#xa0;:
  0  fait (et vérifié)
  1  un échec local, ou un refus de Certdeck avant tout envoi (un fichier, un certificat,
     un nom ou un certificat déjà présent sur le compte)
  2  arguments erronés, ou un nom d&apos;appareil contraire aux règles (imprimable, 64 caractères
     au plus)
  3  connexion impossible, ou connexion perdue avant l&apos;envoi d&apos;une modification
  4  le serveur a refusé, a envoyé des données au-delà des limites de sécurité de Certdeck,
     ou ne prend pas en charge XEP-0257
  5  une modification a été envoyée mais n&apos;a pas pu être confirmée
  6  list --new-since-last&#xa0;: un certificat que Certdeck n&apos;a pas ajouté est sur le compte,
     non acquitté</translation>
    </message>
    <message>
        <source>Log in with this computer&apos;s certificate from the system keychain (SASL EXTERNAL), never the password. Without a password option this is tried first anyway; the password is asked for only when it does not work.</source>
        <translation>Se connecter avec le certificat de cet ordinateur depuis le trousseau du système (SASL EXTERNAL), jamais avec le mot de passe. Sans option de mot de passe, c&apos;est de toute façon essayé en premier&#xa0;; le mot de passe n&apos;est demandé qu&apos;en cas d&apos;échec.</translation>
    </message>
    <message>
        <source>list: only certificates that appeared since the last run and that Certdeck did not add.</source>
        <translation>list&#xa0;: seulement les certificats apparus depuis la dernière exécution et que Certdeck n&apos;a pas ajoutés.</translation>
    </message>
    <message>
        <source>--new-since-last goes with the list command.</source>
        <translation>--new-since-last s&apos;utilise avec la commande list.</translation>
    </message>
    <message>
        <source>--certificate-login logs in without a password; leave out --password-file and --password-env.</source>
        <translation>--certificate-login se connecte sans mot de passe&#xa0;; n&apos;utilisez pas --password-file ni --password-env.</translation>
    </message>
    <message>
        <source>%1 · appeared since %2</source>
        <translation>%1 · apparu depuis %2</translation>
    </message>
    <message>
        <source>%1 · appeared since %2, still not acknowledged</source>
        <translation>%1 · apparu depuis %2, toujours pas acquitté</translation>
    </message>
    <message>
        <source>First check of this account: its certificates are noted. From now on, certificates that appear are reported.</source>
        <translation>Première vérification de ce compte&#xa0;: ses certificats sont notés. Désormais, les certificats qui apparaissent sont signalés.</translation>
    </message>
    <message>
        <source>%1 left the account without Certdeck removing it.</source>
        <translation>%1 a disparu du compte sans que Certdeck l&apos;ait retiré.</translation>
    </message>
    <message>
        <source>Not added by you? Cut it off: certdeck-cli revoke NAME. Added by you? certdeck-cli acknowledge NAME (it is not reported again).</source>
        <translation>Pas ajouté par vous&#xa0;? Coupez son accès&#xa0;: certdeck-cli revoke NOM. Ajouté par vous&#xa0;? certdeck-cli acknowledge NOM (il ne sera plus signalé).</translation>
    </message>
    <message>
        <source>No certificate named “%1” was seen on %2; give its name as list --new-since-last prints it, or its SHA-256 fingerprint.</source>
        <translation>Aucun certificat nommé «&#xa0;%1&#xa0;» n&apos;a été vu sur %2&#xa0;; indiquez son nom tel que list --new-since-last l&apos;affiche, ou son empreinte SHA-256.</translation>
    </message>
    <message>
        <source>The activity log could not be written (%1): %2</source>
        <translation>Le journal d&apos;activité n&apos;a pas pu être écrit (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Acknowledged %1: it will not be reported again.</source>
        <translation>%1 acquitté&#xa0;: il ne sera plus signalé.</translation>
    </message>
    <message>
        <source>Acknowledged “%1” (%2): it will not be reported again.</source>
        <translation>«&#xa0;%1&#xa0;» (%2) acquitté&#xa0;: il ne sera plus signalé.</translation>
    </message>
    <message>
        <source>warning: the password file %1 may be read by other users (mode %2); anyone who reads it can open the exported key. Restrict it with: chmod 600 %1</source>
        <translation>avertissement : le fichier de mot de passe %1 peut être lu par d’autres utilisateurs (mode %2) ; quiconque le lit peut ouvrir la clé exportée. Restreignez-le avec : chmod 600 %1</translation>
    </message>
    <message>
        <source>online now (%1)</source>
        <translation>en ligne (%1)</translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation>dernière utilisation %1</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>jamais utilisé</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>unknown (the server does not say)</source>
        <translation>inconnu (le serveur ne le dit pas)</translation>
    </message>
</context>
<context>
    <name>certdeck::AccountController</name>
    <message numerus="yes">
        <source>Connection lost: %1 Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>Connexion perdue&#xa0;: %1 Nouvelle tentative dans %n seconde…</numerusform>
            <numerusform>Connexion perdue&#xa0;: %1 Nouvelle tentative dans %n secondes…</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate list could not be loaded. %1</source>
        <translation>La liste des certificats n&apos;a pas pu être chargée. %1</translation>
    </message>
</context>
<context>
    <name>certdeck::AccountOptions</name>
    <message>
        <source>The account&apos;s address (user@example.org).</source>
        <translation>L&apos;adresse du compte (utilisateur@example.org).</translation>
    </message>
    <message>
        <source>Connect to this host instead of the JID&apos;s domain.</source>
        <translation>Se connecter à cet hôte au lieu du domaine du JID.</translation>
    </message>
    <message>
        <source>Connect to this port.</source>
        <translation>Se connecter à ce port.</translation>
    </message>
    <message>
        <source>Also trust the server certificate(s) in this PEM file.</source>
        <translation>Faire aussi confiance au(x) certificat(s) serveur de ce fichier PEM.</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535.</source>
        <translation>--port doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>Read the password from the first line of this file (a warning is printed when other users may read it).</source>
        <translation>Lire le mot de passe sur la première ligne de ce fichier (un avertissement s&apos;affiche si d&apos;autres utilisateurs peuvent le lire).</translation>
    </message>
</context>
<context>
    <name>certdeck::CertificateListModel</name>
    <message>
        <source>expired today</source>
        <translation>expiré aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expiré depuis %n jour</numerusform>
            <numerusform>expiré depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>expire aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Being replaced by “%1”</source>
        <translation>Remplacé par «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Replaces “%1”</source>
        <translation>Remplace «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (cet ordinateur)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Rotation due %1</source>
        <translation>Renouvellement prévu %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>Whether this device may add, disable or revoke other devices&apos; certificates. The server may not enforce it.</source>
        <translation>Indique si cet appareil peut ajouter, désactiver ou révoquer les certificats des autres appareils. Le serveur ne l&apos;impose pas forcément.</translation>
    </message>
    <message>
        <source>%1, this computer</source>
        <translation>%1, cet ordinateur</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Empreinte (SHA-256)</translation>
    </message>
    <message>
        <source>May manage devices</source>
        <translation>Peut gérer les appareils</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide depuis</translation>
    </message>
    <message>
        <source>The server does not say which devices are online or when they were last used. The “Online sessions” box shows who is logged in now.</source>
        <translation>Le serveur ne dit pas quels appareils sont en ligne ni quand ils ont été utilisés pour la dernière fois. La zone «&#xa0;Sessions en ligne&#xa0;» montre qui est connecté maintenant.</translation>
    </message>
    <message>
        <source>Online now, or when the device last logged in. Sort by this column to see the devices unused the longest.</source>
        <translation>En ligne maintenant, ou date de la dernière connexion de l’appareil. Triez par cette colonne pour voir les appareils inutilisés depuis le plus longtemps.</translation>
    </message>
</context>
<context>
    <name>certdeck::CertificateLogin</name>
    <message>
        <source>The connection closed before the login finished.</source>
        <translation>La connexion s&apos;est fermée avant la fin de l&apos;authentification.</translation>
    </message>
    <message>
        <source>The private key cannot be read or does not belong to the certificate.</source>
        <translation>La clé privée est illisible ou n&apos;appartient pas au certificat.</translation>
    </message>
</context>
<context>
    <name>certdeck::CertificateService</name>
    <message>
        <source>the new certificate is not in the list</source>
        <translation>le nouveau certificat n&apos;est pas dans la liste</translation>
    </message>
    <message>
        <source>the certificate is still in the list</source>
        <translation>le certificat est toujours dans la liste</translation>
    </message>
    <message>
        <source>The certificate is %1 KiB; a server accepts at most %2 KiB in one request.</source>
        <translation>Le certificat fait %1&#xa0;Kio&#xa0;; un serveur accepte au plus %2&#xa0;Kio par requête.</translation>
    </message>
    <message>
        <source>an entry without a name</source>
        <translation>une entrée sans nom</translation>
    </message>
    <message>
        <source>the server also lists %1, which Certdeck cannot read: it may be the same certificate under another name. Revoke it by name too</source>
        <translation>le serveur liste aussi %1, que Certdeck ne peut pas lire : il peut s’agir du même certificat sous un autre nom. Révoquez-le aussi par son nom</translation>
    </message>
    <message>
        <source>the server accepted the change, then the connection was lost before it could be checked</source>
        <translation>le serveur a accepté la modification, puis la connexion a été perdue avant qu’elle puisse être vérifiée</translation>
    </message>
    <message>
        <source>the server accepted the change, but did not answer the listing that checks it in time</source>
        <translation>le serveur a accepté la modification, mais n’a pas répondu à temps à la liste qui la vérifie</translation>
    </message>
</context>
<context>
    <name>certdeck::DeviceLifecycle</name>
    <message>
        <source>No key was created, nothing was uploaded: %1</source>
        <translation>Aucune clé n&apos;a été créée, rien n&apos;a été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose a name for the device.</source>
        <translation>Choisissez un nom pour l&apos;appareil.</translation>
    </message>
    <message>
        <source>A device named “%1” already exists; nothing was sent.</source>
        <translation>Un appareil nommé «&#xa0;%1&#xa0;» existe déjà&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” was not added: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été ajouté&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” was added and verified in a fresh list.</source>
        <translation>«&#xa0;%1&#xa0;» a été ajouté et vérifié dans une liste relue.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name. Nothing was sent.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom de fichier. Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The .p12 file was not written (%1); nothing was uploaded.</source>
        <translation>Le fichier .p12 n&apos;a pas été écrit (%1)&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>“%1” was added and verified; its key and certificate are in %2.</source>
        <translation>«&#xa0;%1&#xa0;» a été ajouté et vérifié&#xa0;; sa clé et son certificat sont dans %2.</translation>
    </message>
    <message>
        <source>“%1” may or may not have been added (%2). %3 was kept; check the list.</source>
        <translation>«&#xa0;%1&#xa0;» a peut-être été ajouté (%2). %3 a été conservé&#xa0;; vérifiez la liste.</translation>
    </message>
    <message>
        <source>“%1” was not added: %2 The .p12 file was removed.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été ajouté&#xa0;: %2 Le fichier .p12 a été supprimé.</translation>
    </message>
    <message>
        <source>The key could not be stored in the system keychain (%1); nothing was uploaded.</source>
        <translation>La clé n&apos;a pas pu être enregistrée dans le trousseau du système (%1)&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>“%1” is this computer&apos;s certificate, added and verified; its key is in the system keychain.</source>
        <translation>«&#xa0;%1&#xa0;» est le certificat de cet ordinateur, ajouté et vérifié&#xa0;; sa clé est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>This computer has no certificate on the account to rotate.</source>
        <translation>Cet ordinateur n&apos;a aucun certificat à renouveler sur le compte.</translation>
    </message>
    <message>
        <source>The new key could not be stored in the keychain (%1); nothing changed.</source>
        <translation>La nouvelle clé n&apos;a pas pu être enregistrée dans le trousseau (%1)&#xa0;; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>The new certificate was not added (%1); the old one is still in use.</source>
        <translation>Le nouveau certificat n&apos;a pas été ajouté (%1)&#xa0;; l&apos;ancien reste en service.</translation>
    </message>
    <message>
        <source>The rotation was interrupted (%1); it will be finished or rolled back automatically.</source>
        <translation>Le renouvellement a été interrompu (%1)&#xa0;; il sera terminé ou annulé automatiquement.</translation>
    </message>
    <message>
        <source>No rotation to finish.</source>
        <translation>Aucun renouvellement à terminer.</translation>
    </message>
    <message>
        <source>The new key is not in the keychain (%1); the old certificate stays enabled.</source>
        <translation>La nouvelle clé n&apos;est pas dans le trousseau (%1)&#xa0;; l&apos;ancien certificat reste actif.</translation>
    </message>
    <message>
        <source>The keychain refused the new key (%1); the old certificate stays enabled.</source>
        <translation>Le trousseau a refusé la nouvelle clé (%1)&#xa0;; l&apos;ancien certificat reste actif.</translation>
    </message>
    <message>
        <source>“%1” is in use; the old certificate “%2” is not disabled yet (%3). It will be tried again.</source>
        <translation>«&#xa0;%1&#xa0;» est en service&#xa0;; l&apos;ancien certificat «&#xa0;%2&#xa0;» n&apos;est pas encore désactivé (%3). Une nouvelle tentative aura lieu.</translation>
    </message>
    <message>
        <source>Rotated: “%1” replaces “%2”, which is disabled.</source>
        <translation>Renouvelé&#xa0;: «&#xa0;%1&#xa0;» remplace «&#xa0;%2&#xa0;», qui est désactivé.</translation>
    </message>
    <message>
        <source>An interrupted rotation was rolled back; “%1” is still this computer&apos;s certificate.</source>
        <translation>Un renouvellement interrompu a été annulé&#xa0;; «&#xa0;%1&#xa0;» reste le certificat de cet ordinateur.</translation>
    </message>
    <message>
        <source>“%1” is not on the account.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas sur le compte.</translation>
    </message>
    <message>
        <source>“%1” is ready in %2. Install it on the device, then choose “Finish rotation” to disable “%3”.</source>
        <translation>«&#xa0;%1&#xa0;» est prêt dans %2. Installez-le sur l&apos;appareil, puis choisissez «&#xa0;Terminer le renouvellement&#xa0;» pour désactiver «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” was not disabled: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été désactivé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Rotation finished: “%1” is disabled, “%2” is in use.</source>
        <translation>Renouvellement terminé&#xa0;: «&#xa0;%1&#xa0;» est désactivé, «&#xa0;%2&#xa0;» est en service.</translation>
    </message>
    <message>
        <source>“%1” is this computer&apos;s certificate from the next login on; “%2” will be disabled once “%1” has logged in.</source>
        <translation>«&#xa0;%1&#xa0;» est le certificat de cet ordinateur à partir de la prochaine connexion&#xa0;; «&#xa0;%2&#xa0;» sera désactivé dès que «&#xa0;%1&#xa0;» se sera connecté.</translation>
    </message>
    <message>
        <source>Nothing was added; %1 was removed.</source>
        <translation>Rien n&apos;a été ajouté&#xa0;; %1 a été supprimé.</translation>
    </message>
    <message>
        <source>This computer&apos;s certificate is being rotated already; wait for that to finish.</source>
        <translation>Le certificat de cet ordinateur est déjà en cours de renouvellement&#xa0;; attendez la fin.</translation>
    </message>
</context>
<context>
    <name>certdeck::Housekeeping</name>
    <message>
        <source>This computer&apos;s certificate is due for rotation; rotating it now.</source>
        <translation>Le certificat de cet ordinateur doit être renouvelé&#xa0;; renouvellement en cours.</translation>
    </message>
</context>
<context>
    <name>certdeck::NewDeviceWatch</name>
    <message>
        <source>The activity log could not be written (%1): %2</source>
        <translation>Le journal d&apos;activité n&apos;a pas pu être écrit (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>certdeck::ProofText</name>
    <message>
        <source>Enrolled “%1”</source>
        <translation>«&#xa0;%1&#xa0;» ajouté</translation>
    </message>
    <message>
        <source>Disabled “%1”</source>
        <translation>«&#xa0;%1&#xa0;» désactivé</translation>
    </message>
    <message>
        <source>Revoked “%1”</source>
        <translation>«&#xa0;%1&#xa0;» révoqué</translation>
    </message>
    <message>
        <source>the earlier request had reached the server</source>
        <translation>la demande précédente était déjà parvenue au serveur</translation>
    </message>
    <message>
        <source>no session went offline</source>
        <translation>aucune session ne s&apos;est déconnectée</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) closed (%1)</source>
        <translation>
            <numerusform>%n session fermée (%1)</numerusform>
            <numerusform>%n sessions fermées (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other session(s) went offline at the same time (%1)</source>
        <translation>
            <numerusform>%n autre session s&apos;est déconnectée au même moment (%1)</numerusform>
            <numerusform>%n autres sessions se sont déconnectées au même moment (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>verified at %1</source>
        <translation>vérifié à %1</translation>
    </message>
    <message>
        <source>Enrollment of “%1” sent, not confirmed</source>
        <translation>Ajout de «&#xa0;%1&#xa0;» envoyé, non confirmé</translation>
    </message>
    <message>
        <source>Disable of “%1” sent, not confirmed</source>
        <translation>Désactivation de «&#xa0;%1&#xa0;» envoyée, non confirmée</translation>
    </message>
    <message>
        <source>Revoke of “%1” sent, not confirmed</source>
        <translation>Révocation de «&#xa0;%1&#xa0;» envoyée, non confirmée</translation>
    </message>
    <message>
        <source>no session tied to it went offline</source>
        <translation>aucune session liée à ce certificat ne s&apos;est déconnectée</translation>
    </message>
    <message>
        <source>“%1” replaces “%2”</source>
        <translation>«&#xa0;%1&#xa0;» remplace «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” added; “%2” stays until the rotation is finished</source>
        <translation>«&#xa0;%1&#xa0;» ajouté&#xa0;; «&#xa0;%2&#xa0;» reste jusqu’à la fin du renouvellement</translation>
    </message>
    <message>
        <source>Rolled back; “%1” stays in use</source>
        <translation>Annulé&#xa0;; «&#xa0;%1&#xa0;» reste en service</translation>
    </message>
</context>
<context>
    <name>certdeck::cli::CliRunner</name>
    <message>
        <source>skipped item %1 (%2): %3</source>
        <translation>entrée %1 ignorée (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was added; %1 was removed.</source>
        <translation>Rien n&apos;a été ajouté&#xa0;; %1 a été supprimé.</translation>
    </message>
    <message>
        <source>warning: Android phones, iPhones and Macs cannot import Ed25519 keys; this file will work only in desktop clients such as Gajim or Poezio.</source>
        <translation>avertissement&#xa0;: les téléphones Android, les iPhone et les Mac ne peuvent pas importer de clés Ed25519&#xa0;; ce fichier ne fonctionnera que dans des clients de bureau comme Gajim ou Poezio.</translation>
    </message>
    <message>
        <source>The .p12 password must have at least %1 characters.</source>
        <translation>Le mot de passe .p12 doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>warning: the password has characters other than ASCII letters, digits and symbols; some devices and programs (Java&apos;s keytool among them) cannot open such a file.</source>
        <translation>avertissement&#xa0;: le mot de passe contient des caractères autres que des lettres ASCII, des chiffres et des symboles&#xa0;; certains appareils et programmes (dont keytool de Java) ne peuvent pas ouvrir un tel fichier.</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>It is shown only now. Type it on the device when it asks, and pass it on separately from the file (say it, or send it another way).</source>
        <translation>Il n&apos;est affiché que maintenant. Saisissez-le sur l&apos;appareil quand il le demande, et transmettez-le séparément du fichier (dites-le, ou envoyez-le par un autre moyen).</translation>
    </message>
    <message>
        <source>The password could not be saved to %1: %2</source>
        <translation>Le mot de passe n&apos;a pas pu être enregistré dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Key and certificate saved to %1 (password-protected; made for %2). Copy it to the device and import it in its XMPP app.</source>
        <translation>Clé et certificat enregistrés dans %1 (fichier protégé par mot de passe&#xa0;; créé pour %2). Copiez ce fichier sur l&apos;appareil et importez-le dans son application XMPP.</translation>
    </message>
    <message>
        <source>The same certificate was also listed as %1; removed there too.</source>
        <translation>Le même certificat figurait aussi sous le nom %1&#xa0;; il y a été retiré aussi.</translation>
    </message>
    <message>
        <source>This computer has no certificate for %1 in the system keychain. Enroll this computer in Certdeck first, or log in with the password.</source>
        <translation>Cet ordinateur n&apos;a pas de certificat pour %1 dans le trousseau du système. Ajoutez d&apos;abord cet ordinateur dans Certdeck, ou connectez-vous avec le mot de passe.</translation>
    </message>
    <message>
        <source>Nothing was added; %1 was removed, and the password shown above opens nothing.</source>
        <translation>Rien n&apos;a été ajouté&#xa0;; %1 a été supprimé, et le mot de passe affiché plus haut n&apos;ouvre plus rien.</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::ActivityPanel</name>
    <message>
        <source>✔ confirmed</source>
        <translation>✔ confirmé</translation>
    </message>
    <message>
        <source>… sent</source>
        <translation>… envoyé</translation>
    </message>
    <message>
        <source>✘ not confirmed</source>
        <translation>✘ non confirmé</translation>
    </message>
    <message>
        <source>✘ failed</source>
        <translation>✘ échec</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Journal d&apos;activité</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>Exporter l&apos;activité</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The activity could not be exported to %1: %2</source>
        <translation>L&apos;activité n&apos;a pas pu être exportée vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Activity exported to %1.</source>
        <translation>Activité exportée vers %1.</translation>
    </message>
    <message>
        <source>Show &amp;all accounts</source>
        <translation>Afficher &amp;tous les comptes</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>account on server</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactivation</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révocation</translation>
    </message>
    <message>
        <source>Was this you?</source>
        <translation>Était-ce vous&#xa0;?</translation>
    </message>
    <message>
        <source>It was me</source>
        <translation>C&apos;était moi</translation>
    </message>
    <message>
        <source>Cut off from the alert</source>
        <translation>Accès coupé depuis l&apos;alerte</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>Nouvel appareil</translation>
    </message>
    <message>
        <source>… started</source>
        <translation>… commencé</translation>
    </message>
    <message>
        <source>↶ rolled back</source>
        <translation>↶ annulé</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::BannerWidget</name>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message numerus="yes">
        <source>%n more message(s) below these; dismiss one to see the next.</source>
        <translation>
            <numerusform>%n autre message sous ceux-ci&#xa0;; fermez-en un pour voir le suivant.</numerusform>
            <numerusform>%n autres messages sous ceux-ci&#xa0;; fermez-en un pour voir le suivant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
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
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Enter the account&apos;s address, like you@example.org.</source>
        <translation>Saisissez l&apos;adresse du compte, par exemple vous@example.org.</translation>
    </message>
    <message>
        <source>Enter the account&apos;s password.</source>
        <translation>Saisissez le mot de passe du compte.</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::DetailsPanel</name>
    <message>
        <source>&amp;Export certificate as PEM…</source>
        <translation>&amp;Exporter le certificat en PEM…</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Select a device to see its certificate.</source>
        <translation>Sélectionnez un appareil pour voir son certificat.</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Appareil&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet&#xa0;:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur&#xa0;:</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>Numéro de série&#xa0;:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Valide à partir du&#xa0;:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valide jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-1:</source>
        <translation>SHA-1&#xa0;:</translation>
    </message>
    <message>
        <source>XMPP addresses:</source>
        <translation>Adresses XMPP&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail addresses:</source>
        <translation>Adresses e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Self-signed:</source>
        <translation>Auto-signé&#xa0;:</translation>
    </message>
    <message>
        <source>May manage devices:</source>
        <translation>Peut gérer les appareils&#xa0;:</translation>
    </message>
    <message>
        <source>Export certificate as PEM</source>
        <translation>Exporter le certificat en PEM</translation>
    </message>
    <message>
        <source>Online sessions</source>
        <translation>Sessions en ligne</translation>
    </message>
    <message>
        <source>Sessions of this account that are online now</source>
        <translation>Sessions de ce compte actuellement en ligne</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Copier %1 dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>No (the server may not enforce this)</source>
        <translation>Non (le serveur ne l&apos;impose pas forcément)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>No other session is online.</source>
        <translation>Aucune autre session n&apos;est en ligne.</translation>
    </message>
    <message>
        <source>First used:</source>
        <translation>Première utilisation&#xa0;:</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>Dernière utilisation&#xa0;:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::EnrollWizard</name>
    <message>
        <source>Enroll a device</source>
        <translation>Ajouter un appareil</translation>
    </message>
    <message>
        <source>Which device?</source>
        <translation>Quel appareil&#xa0;?</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nom de l&apos;appareil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>A phone or another computer: create its key and certificate here and save them in a password-protected .p12 file for it</source>
        <translation>Un téléphone ou un autre ordinateur&#xa0;: créer ici sa clé et son certificat et les enregistrer pour lui dans un fichier .p12 protégé par mot de passe</translation>
    </message>
    <message>
        <source>A device that made its own key: upload its certificate (PEM or DER file)</source>
        <translation>Un appareil qui a créé sa propre clé&#xa0;: envoyer son certificat (fichier PEM ou DER)</translation>
    </message>
    <message>
        <source>This computer: its key is kept in the system keychain</source>
        <translation>Cet ordinateur&#xa0;: sa clé est conservée dans le trousseau du système</translation>
    </message>
    <message>
        <source>A device with this name already exists.</source>
        <translation>Un appareil portant ce nom existe déjà.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 jours</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>2 years</source>
        <translation>2 ans</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Valide pendant&#xa0;:</translation>
    </message>
    <message>
        <source>EC P-256 (recommended)</source>
        <translation>EC P-256 (recommandé)</translation>
    </message>
    <message>
        <source>Ed25519</source>
        <translation>Ed25519</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>&amp;Type de clé&#xa0;:</translation>
    </message>
    <message>
        <source>This device may &amp;manage other devices&apos; certificates</source>
        <translation>Cet appareil peut &amp;gérer les certificats des autres appareils</translation>
    </message>
    <message>
        <source>When off, Certdeck asks the server not to let this device add, disable or revoke certificates (&lt;i&gt;no-cert-management&lt;/i&gt;). Some servers, Prosody among them, do not enforce it.</source>
        <translation>Si cette case est décochée, Certdeck demande au serveur d&apos;interdire à cet appareil d&apos;ajouter, de désactiver ou de révoquer des certificats (&lt;i&gt;no-cert-management&lt;/i&gt;). Certains serveurs, dont Prosody, ne l&apos;imposent pas.</translation>
    </message>
    <message>
        <source>Save the device&apos;s file</source>
        <translation>Enregistrer le fichier de l&apos;appareil</translation>
    </message>
    <message>
        <source>The device&apos;s certificate</source>
        <translation>Le certificat de l&apos;appareil</translation>
    </message>
    <message>
        <source>Choose the file, or drop it here.</source>
        <translation>Choisissez le fichier, ou déposez-le ici.</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Fichier de certificat</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Device certificate</source>
        <translation>Certificat de l&apos;appareil</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation>Ajout en cours</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Certificate for %1, %2, valid until %3, SHA-256 %4</source>
        <translation>Certificat pour %1, %2, valide jusqu&apos;au %3, SHA-256 %4</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Creating and uploading; the list is read again to verify…</source>
        <translation>Création et envoi&#xa0;; la liste est relue pour vérification…</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>What is the device?</source>
        <translation>Quel est l&apos;appareil&#xa0;?</translation>
    </message>
    <message>
        <source>The file is made so that this device can open it.</source>
        <translation>Le fichier est créé de sorte que cet appareil puisse l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>An Android phone or tablet, Android 14 or newer</source>
        <translation>Un téléphone ou une tablette Android, Android 14 ou plus récent</translation>
    </message>
    <message>
        <source>An Android phone or tablet, Android 8 to 13</source>
        <translation>Un téléphone ou une tablette Android, Android 8 à 13</translation>
    </message>
    <message>
        <source>An iPhone, iPad or Mac</source>
        <translation>Un iPhone, un iPad ou un Mac</translation>
    </message>
    <message>
        <source>A desktop client such as Gajim or Poezio</source>
        <translation>Un client de bureau comme Gajim ou Poezio</translation>
    </message>
    <message>
        <source>The file will use the older encoding these devices read (3DES, SHA-1), protected by a generated password.</source>
        <translation>Le fichier utilisera l&apos;ancien encodage que lisent ces appareils (3DES, SHA-1), protégé par un mot de passe généré.</translation>
    </message>
    <message>
        <source>The file will use the current encoding (AES-256, SHA-256). Android before 14, iOS before 18 and macOS before 15 cannot open it and say the password is wrong.</source>
        <translation>Le fichier utilisera l&apos;encodage actuel (AES-256, SHA-256). Android avant la version 14, iOS avant la version 18 et macOS avant la version 15 ne peuvent pas l&apos;ouvrir et indiquent que le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <source>Ed25519 is not offered: Android phones, iPhones and Macs cannot import it.</source>
        <translation>Ed25519 n&apos;est pas proposé&#xa0;: les téléphones Android, les iPhone et les Mac ne peuvent pas l&apos;importer.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Install it on the phone&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Copy the .p12 file to the phone. Open Settings → Security → Encryption &amp; credentials → Install a certificate → VPN &amp; app user certificate, choose the file, type its password and keep the name. Menus differ between phone makers and versions (on Android 8 to 10: Security &amp; location → Advanced → Encryption &amp; credentials → Install from storage); searching Settings for “certificate” finds it.&lt;/p&gt;&lt;p&gt;Then in &lt;b&gt;Conversations&lt;/b&gt;, on the screen for adding an account, choose “Login with certificate” in the menu and pick the certificate you installed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Installez-le sur le téléphone&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Copiez le fichier .p12 sur le téléphone. Ouvrez Paramètres → Sécurité → Chiffrement et identifiants → Installer un certificat → Certificat utilisateur VPN et applis, choisissez le fichier, saisissez son mot de passe et conservez le nom. Les menus diffèrent selon les fabricants et les versions (sous Android 8 à 10&#xa0;: Sécurité et localisation → Paramètres avancés → Chiffrement et identifiants → Installer depuis la mémoire de stockage)&#xa0;; une recherche de «&#xa0;certificat&#xa0;» dans les Paramètres permet de le trouver.&lt;/p&gt;&lt;p&gt;Ensuite, dans &lt;b&gt;Conversations&lt;/b&gt;, sur l&apos;écran d&apos;ajout d&apos;un compte, choisissez «&#xa0;Se connecter avec un certificat&#xa0;» dans le menu et sélectionnez le certificat installé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Install it on the iPhone, iPad or Mac&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;iPhone or iPad&lt;/b&gt;: send the file with AirDrop, or save it in Files and tap it. Then open Settings → Profile Downloaded → Install and type the device passcode and the file&apos;s password. iOS does not share certificates installed there with other apps: if your XMPP app imports certificates itself, open the file with the app instead (Share → the app).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mac&lt;/b&gt;: double-click the file and type its password; Keychain Access adds it to the login keychain.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Installez-le sur l&apos;iPhone, l&apos;iPad ou le Mac&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;iPhone ou iPad&lt;/b&gt;&#xa0;: envoyez le fichier par AirDrop, ou enregistrez-le dans Fichiers et touchez-le. Ouvrez ensuite Réglages → Profil téléchargé → Installer et saisissez le code de l&apos;appareil et le mot de passe du fichier. iOS ne partage pas les certificats installés à cet endroit avec les autres apps&#xa0;: si votre app XMPP importe elle-même les certificats, ouvrez plutôt le fichier avec l&apos;app (Partager → l&apos;app).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mac&lt;/b&gt;&#xa0;: double-cliquez sur le fichier et saisissez son mot de passe&#xa0;; Trousseaux d&apos;accès l&apos;ajoute au trousseau «&#xa0;session&#xa0;».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Install it in the client&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gajim&lt;/b&gt;: Accounts → the account → Connection → Client certificate: choose the .p12 file and enter its password; select “Certificate is encrypted”.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Poezio&lt;/b&gt; reads PEM files: &lt;code&gt;openssl pkcs12 -in FILE.p12 -nokeys -out poezio.crt&lt;/code&gt; and &lt;code&gt;openssl pkcs12 -in FILE.p12 -nocerts -noenc -out poezio.key&lt;/code&gt;, then &lt;code&gt;chmod 600 poezio.key&lt;/code&gt; and set &lt;code&gt;certfile&lt;/code&gt; and &lt;code&gt;keyfile&lt;/code&gt; in poezio.cfg.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Installez-le dans le client&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gajim&lt;/b&gt;&#xa0;: Comptes → le compte → Connexion → Certificat client&#xa0;: choisissez le fichier .p12 et saisissez son mot de passe&#xa0;; cochez «&#xa0;Le certificat est chiffré&#xa0;».&lt;/p&gt;&lt;p&gt;&lt;b&gt;Poezio&lt;/b&gt; lit les fichiers PEM&#xa0;: &lt;code&gt;openssl pkcs12 -in FILE.p12 -nokeys -out poezio.crt&lt;/code&gt; et &lt;code&gt;openssl pkcs12 -in FILE.p12 -nocerts -noenc -out poezio.key&lt;/code&gt;, puis &lt;code&gt;chmod 600 poezio.key&lt;/code&gt; et définissez &lt;code&gt;certfile&lt;/code&gt; et &lt;code&gt;keyfile&lt;/code&gt; dans poezio.cfg.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Once it is installed, delete the file from every place it passed through (downloads, cloud storage, chats).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Une fois installé, supprimez le fichier de tous les endroits par lesquels il est passé (téléchargements, stockage en ligne, discussions).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Sent, not confirmed</source>
        <translation>Envoyé, non confirmé</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Non ajouté</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::LanguageMenu</name>
    <message>
        <source>Certdeck will use this language from its next start.</source>
        <translation>Certdeck utilisera cette langue à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>English</source>
        <comment>the name of the language you translate into, in that language</comment>
        <translation>Français</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::LoginFlow</name>
    <message>
        <source>The password could not be stored in the system keychain (%1). Certdeck will ask for it next time.</source>
        <translation>Le mot de passe n&apos;a pas pu être enregistré dans le trousseau du système (%1). Certdeck le demandera la prochaine fois.</translation>
    </message>
    <message>
        <source>Forget the password?</source>
        <translation>Oublier le mot de passe&#xa0;?</translation>
    </message>
    <message>
        <source>This computer now logs in with its own certificate. Forget the account password stored in the system keychain?</source>
        <translation>Cet ordinateur se connecte désormais avec son propre certificat. Oublier le mot de passe du compte enregistré dans le trousseau du système&#xa0;?</translation>
    </message>
    <message>
        <source>Certdeck, its reminders and the automatic rotation of this computer&apos;s certificate work without it. You need the password again only if this computer&apos;s certificate is revoked, disabled or expires.</source>
        <translation>Certdeck, ses rappels et le renouvellement automatique du certificat de cet ordinateur fonctionnent sans lui. Vous n&apos;aurez de nouveau besoin du mot de passe que si le certificat de cet ordinateur est révoqué, désactivé ou expire.</translation>
    </message>
    <message>
        <source>Forget the password</source>
        <translation>Oublier le mot de passe</translation>
    </message>
    <message>
        <source>Keep the password</source>
        <translation>Conserver le mot de passe</translation>
    </message>
    <message>
        <source>The password could not be removed from the system keychain (%1).</source>
        <translation>Le mot de passe n&apos;a pas pu être supprimé du trousseau du système (%1).</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::LostDeviceDialog</name>
    <message>
        <source>Revoke and log out now</source>
        <translation>Révoquer et déconnecter maintenant</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Lost or stolen device</source>
        <translation>Appareil perdu ou volé</translation>
    </message>
    <message>
        <source>Device to revoke</source>
        <translation>Appareil à révoquer</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Appareil&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;p&gt;What happens now:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;The device is logged out &lt;b&gt;right now&lt;/b&gt;, and it can never log in with this certificate again.&lt;/li&gt;&lt;li&gt;What it already downloaded (messages, files) stays on it.&lt;/li&gt;&lt;li&gt;If the device ever knew the account&apos;s password, change the password too.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Ce qui se passe maintenant&#xa0;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;L&apos;appareil est déconnecté &lt;b&gt;immédiatement&lt;/b&gt;, et il ne pourra plus jamais se connecter avec ce certificat.&lt;/li&gt;&lt;li&gt;Ce qu&apos;il a déjà téléchargé (messages, fichiers) reste sur l&apos;appareil.&lt;/li&gt;&lt;li&gt;Si l&apos;appareil a connu le mot de passe du compte, changez aussi le mot de passe.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Type the device name to confirm</source>
        <translation>Saisissez le nom de l&apos;appareil pour confirmer</translation>
    </message>
    <message>
        <source>To confirm, type the device&apos;s name (&lt;b&gt;%1&lt;/b&gt;):</source>
        <translation>Pour confirmer, saisissez le nom de l&apos;appareil (&lt;b&gt;%1&lt;/b&gt;)&#xa0;:</translation>
    </message>
    <message>
        <source>This is &lt;b&gt;this computer&apos;s own certificate&lt;/b&gt;. Certdeck on this computer will no longer be able to log in with it.</source>
        <translation>C&apos;est &lt;b&gt;le propre certificat de cet ordinateur&lt;/b&gt;. Certdeck sur cet ordinateur ne pourra plus se connecter avec.</translation>
    </message>
    <message>
        <source>This is the &lt;b&gt;last certificate that may manage devices&lt;/b&gt;. After it is revoked, only the account password can add or remove device certificates.</source>
        <translation>C&apos;est le &lt;b&gt;dernier certificat autorisé à gérer les appareils&lt;/b&gt;. Une fois révoqué, seul le mot de passe du compte permettra d&apos;ajouter ou de retirer des certificats d&apos;appareil.</translation>
    </message>
    <message>
        <source>I understand, revoke it anyway</source>
        <translation>J&apos;ai compris, révoquer quand même</translation>
    </message>
    <message>
        <source>&lt;p&gt;Revoking “%1”…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Révocation de «&#xa0;%1&#xa0;»…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The earlier revoke reached the server</source>
        <translation>La révocation précédente est parvenue au serveur</translation>
    </message>
    <message>
        <source>Revoke sent at %1</source>
        <translation>Révocation envoyée à %1</translation>
    </message>
    <message>
        <source>Sessions closed: %1</source>
        <translation>Sessions fermées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Verified at %1: the certificate is gone from a fresh list</source>
        <translation>Vérifié à %1&#xa0;: le certificat a disparu d&apos;une liste relue</translation>
    </message>
    <message>
        <source>Not revoked. %1</source>
        <translation>Non révoqué. %1</translation>
    </message>
    <message>
        <source>No session went offline with the revoke</source>
        <translation>Aucune session ne s&apos;est déconnectée avec la révocation</translation>
    </message>
    <message>
        <source>Went offline at the same time, not tied to this certificate: %1</source>
        <translation>Déconnectées au même moment, sans lien avec ce certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not confirmed: the device may still be able to log in. Retry to finish and prove the revoke.</source>
        <translation>Non confirmé&#xa0;: l&apos;appareil peut peut-être encore se connecter. Réessayez pour terminer et prouver la révocation.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Cut off a lost or stolen device&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Couper l&apos;accès d&apos;un appareil perdu ou volé&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>%1 (unreadable entry)</source>
        <translation>%1 (entrée illisible)</translation>
    </message>
    <message>
        <source>Not connected: Certdeck can revoke once it is back online.</source>
        <translation>Non connecté&#xa0;: Certdeck pourra révoquer dès qu&apos;il sera de nouveau en ligne.</translation>
    </message>
    <message>
        <source>The name does not match. Type “%1” exactly as shown.</source>
        <translation>Le nom ne correspond pas. Saisissez «&#xa0;%1&#xa0;» exactement comme affiché.</translation>
    </message>
    <message>
        <source>Tick “%1” first.</source>
        <translation>Cochez d&apos;abord «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::MainWindow</name>
    <message>
        <source>&amp;Copy SHA-256 fingerprint</source>
        <translation>Copier l&apos;&amp;empreinte SHA-256</translation>
    </message>
    <message>
        <source>&amp;Export certificate as PEM…</source>
        <translation>&amp;Exporter le certificat en PEM…</translation>
    </message>
    <message>
        <source>&amp;Lost device…</source>
        <translation>Appareil &amp;perdu…</translation>
    </message>
    <message>
        <source>&amp;Disable (retire)…</source>
        <translation>&amp;Désactiver (retirer)…</translation>
    </message>
    <message>
        <source>&amp;Enroll device…</source>
        <translation>A&amp;jouter un appareil…</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>&amp;Renouveler…</translation>
    </message>
    <message>
        <source>&amp;Finish rotation</source>
        <translation>&amp;Terminer le renouvellement</translation>
    </message>
    <message>
        <source>Log in to the account again</source>
        <translation>Se reconnecter au compte</translation>
    </message>
    <message>
        <source>A device was lost or stolen: revoke its certificate and log it out now (%1)</source>
        <translation>Un appareil a été perdu ou volé&#xa0;: révoquer son certificat et le déconnecter maintenant (%1)</translation>
    </message>
    <message>
        <source>Lost device</source>
        <translation>Appareil perdu</translation>
    </message>
    <message>
        <source>Retire a device that is not compromised: it can no longer log in</source>
        <translation>Retirer un appareil qui n&apos;est pas compromis&#xa0;: il ne peut plus se connecter</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The server listed %n certificate(s) that cannot be shown:</source>
        <translation>
            <numerusform>Le serveur a listé %n certificat qui ne peut pas être affiché&#xa0;:</numerusform>
            <numerusform>Le serveur a listé %n certificats qui ne peuvent pas être affichés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>Acti&amp;vité</translation>
    </message>
    <message>
        <source>Every enroll, disable and revoke, with its outcome</source>
        <translation>Chaque ajout, désactivation et révocation, avec son résultat</translation>
    </message>
    <message>
        <source>Add a device with its own certificate</source>
        <translation>Ajouter un appareil avec son propre certificat</translation>
    </message>
    <message>
        <source>Replace the selected device&apos;s certificate with a new one</source>
        <translation>Remplacer le certificat de l&apos;appareil sélectionné par un nouveau</translation>
    </message>
    <message>
        <source>Rotate all &amp;due…</source>
        <translation>Renouveler les certificats à éc&amp;héance…</translation>
    </message>
    <message>
        <source>Rotate every certificate past two thirds of its lifetime</source>
        <translation>Renouveler chaque certificat ayant dépassé les deux tiers de sa durée de vie</translation>
    </message>
    <message>
        <source>Rotating this computer&apos;s certificate…</source>
        <translation>Renouvellement du certificat de cet ordinateur…</translation>
    </message>
    <message>
        <source>Creating the new certificate for “%1”…</source>
        <translation>Création du nouveau certificat pour «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Para&amp;mètres</translation>
    </message>
    <message>
        <source>No certificate is due for rotation.</source>
        <translation>Aucun certificat n&apos;est à renouveler.</translation>
    </message>
    <message numerus="yes">
        <source>Rotating %n certificate(s)…</source>
        <translation>
            <numerusform>Renouvellement de %n certificat…</numerusform>
            <numerusform>Renouvellement de %n certificats…</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable “%1”?</source>
        <translation>Désactiver «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>&lt;p&gt;The device can no longer log in with this certificate. If it is connected right now, it &lt;b&gt;stays connected&lt;/b&gt; until it logs out.&lt;/p&gt;&lt;p&gt;Use this for a device you retire or replace. If the device was &lt;b&gt;lost or stolen&lt;/b&gt;, use “Lost device” instead: once its certificate is disabled, a device that is still connected can no longer be kicked off.&lt;/p&gt;</source>
        <translation>&lt;p&gt;L&apos;appareil ne peut plus se connecter avec ce certificat. S&apos;il est connecté en ce moment, il &lt;b&gt;reste connecté&lt;/b&gt; jusqu&apos;à ce qu&apos;il se déconnecte.&lt;/p&gt;&lt;p&gt;Utilisez ceci pour un appareil que vous retirez ou remplacez. Si l&apos;appareil a été &lt;b&gt;perdu ou volé&lt;/b&gt;, utilisez plutôt «&#xa0;Appareil perdu&#xa0;»&#xa0;: une fois son certificat désactivé, un appareil encore connecté ne peut plus être expulsé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Lost device instead…</source>
        <translation>Plutôt «&#xa0;Appareil perdu&#xa0;»…</translation>
    </message>
    <message>
        <source>Disabling “%1”…</source>
        <translation>Désactivation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>“%1” was not disabled: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été désactivé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n appareil</numerusform>
            <numerusform>%n appareils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expiring within 30 days</source>
        <translation>
            <numerusform>%n expire dans les 30 jours</numerusform>
            <numerusform>%n expirent dans les 30 jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <translation>
            <numerusform>%n expiré</numerusform>
            <numerusform>%n expirés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other session(s) online</source>
        <translation>
            <numerusform>%n autre session en ligne</numerusform>
            <numerusform>%n autres sessions en ligne</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Hors ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>Online · loading…</source>
        <translation>En ligne · chargement…</translation>
    </message>
    <message>
        <source>Online · no certificate management</source>
        <translation>En ligne · pas de gestion des certificats</translation>
    </message>
    <message>
        <source>Online as %1</source>
        <translation>En ligne en tant que %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Not connected&lt;/h3&gt;&lt;p&gt;Log in to see the certificates your devices use.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Non connecté&lt;/h3&gt;&lt;p&gt;Connectez-vous pour voir les certificats qu&apos;utilisent vos appareils.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Connecting…&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Connexion…&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Loading certificates…&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Chargement des certificats…&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;This server does not support client certificates&lt;/h3&gt;&lt;p&gt;The server does not offer XEP-0257 (client certificate management), so Certdeck cannot list or change the certificates of this account.&lt;/p&gt;&lt;p&gt;Ask the server&apos;s administrator to enable it; on Prosody it is the module &lt;i&gt;mod_client_certs&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ce serveur ne prend pas en charge les certificats client&lt;/h3&gt;&lt;p&gt;Le serveur ne propose pas XEP-0257 (gestion des certificats client)&#xa0;; Certdeck ne peut donc ni lister ni modifier les certificats de ce compte.&lt;/p&gt;&lt;p&gt;Demandez à l&apos;administrateur du serveur de l&apos;activer&#xa0;; sur Prosody, c&apos;est le module &lt;i&gt;mod_client_certs&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No device certificates yet&lt;/h3&gt;&lt;p&gt;With a certificate of its own, each device logs in without the account&apos;s password (XEP-0257, SASL EXTERNAL). When a device is lost or stolen, you revoke its certificate and only that device is cut off; the others stay logged in.&lt;/p&gt;&lt;p&gt;Enroll your first device to begin.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun certificat d&apos;appareil pour l&apos;instant&lt;/h3&gt;&lt;p&gt;Avec son propre certificat, chaque appareil se connecte sans le mot de passe du compte (XEP-0257, SASL EXTERNAL). Si un appareil est perdu ou volé, vous révoquez son certificat et seul cet appareil est coupé&#xa0;; les autres restent connectés.&lt;/p&gt;&lt;p&gt;Ajoutez votre premier appareil pour commencer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No device matches “%1”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun appareil ne correspond à «&#xa0;%1&#xa0;».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export certificate</source>
        <translation>Exporter le certificat</translation>
    </message>
    <message>
        <source>PEM certificate (*.pem *.crt)</source>
        <translation>Certificat PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>The certificate could not be saved to %1: %2</source>
        <translation>Le certificat n&apos;a pas pu être enregistré dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Certificate of “%1” saved to %2.</source>
        <translation>Certificat de «&#xa0;%1&#xa0;» enregistré dans %2.</translation>
    </message>
    <message>
        <source>Log &amp;in with password…</source>
        <translation>Se &amp;connecter avec le mot de passe…</translation>
    </message>
    <message>
        <source>Logged in with this computer&apos;s certificate</source>
        <translation>Connecté avec le certificat de cet ordinateur</translation>
    </message>
    <message>
        <source>Logged in with the password</source>
        <translation>Connecté avec le mot de passe</translation>
    </message>
    <message>
        <source>Revoke “%1”…</source>
        <translation>Révoquer « %1 »…</translation>
    </message>
    <message>
        <source>Disable “%1”…</source>
        <translation>Désactiver « %1 »…</translation>
    </message>
    <message>
        <source>Such an entry may still log in: unless you know what it is, revoke it.</source>
        <translation>Une telle entrée peut encore permettre de se connecter : révoquez-la, sauf si vous savez ce que c’est.</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>C&amp;ompte</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <source>Devi&amp;ces</source>
        <translation>&amp;Appareils</translation>
    </message>
    <message>
        <source>Not reported by the server</source>
        <translation>Non indiqué par le serveur</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>&amp;Sort by</source>
        <translation>&amp;Trier par</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>&amp;Décroissant</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::NewDeviceAlert</name>
    <message>
        <source>Yes, it was me</source>
        <translation>Oui, c&apos;était moi</translation>
    </message>
    <message>
        <source>No — cut it off</source>
        <translation>Non – couper son accès</translation>
    </message>
    <message>
        <source>New device certificate</source>
        <translation>Nouveau certificat d&apos;appareil</translation>
    </message>
    <message>
        <source>Yes, all of them were me</source>
        <translation>Oui, tous viennent de moi</translation>
    </message>
    <message>
        <source>No — cut off “%1”</source>
        <translation>Non – couper l&apos;accès de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Check for new devices</source>
        <translation>Rechercher de nouveaux appareils</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Toutes les 5 minutes</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Toutes les 15 minutes</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <source>Off (only at start and refresh)</source>
        <translation>Désactivé (seulement au démarrage et à l&apos;actualisation)</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::P12TargetWidget</name>
    <message>
        <source>File for the device</source>
        <translation>Fichier pour l&apos;appareil</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Password for the file</source>
        <translation>Mot de passe du fichier</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Répétez le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter&#xa0;:</translation>
    </message>
    <message>
        <source>Save the device&apos;s key and certificate</source>
        <translation>Enregistrer la clé et le certificat de l&apos;appareil</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12)</source>
        <translation>Fichiers PKCS#12 (*.p12)</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>fort</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>This file already exists; choose another name so no device loses its key.</source>
        <translation>Ce fichier existe déjà&#xa0;; choisissez un autre nom pour qu&apos;aucun appareil ne perde sa clé.</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters. You will type it once on the device.</source>
        <translation>Le mot de passe doit compter au moins 8 caractères. Vous le saisirez une fois sur l&apos;appareil.</translation>
    </message>
    <message>
        <source>Password strength: %1 · the two passwords differ</source>
        <translation>Robustesse du mot de passe&#xa0;: %1 · les deux mots de passe diffèrent</translation>
    </message>
    <message>
        <source>Password strength: %1</source>
        <translation>Robustesse du mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Made for:</source>
        <translation>Créé pour&#xa0;:</translation>
    </message>
    <message>
        <source>Generated password for the file</source>
        <translation>Mot de passe généré pour le fichier</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Note it now: it is shown only here. Type it on the device when it asks, and pass it on separately from the file (say it, or send it another way).</source>
        <translation>Notez-le maintenant&#xa0;: il n&apos;est affiché qu&apos;ici. Saisissez-le sur l&apos;appareil quand il le demande, et transmettez-le séparément du fichier (dites-le, ou envoyez-le par un autre moyen).</translation>
    </message>
    <message>
        <source>Type my own password instead</source>
        <translation>Saisir plutôt mon propre mot de passe</translation>
    </message>
    <message>
        <source>Files for older phones always get a generated password: their encryption is weak with a password a person chooses.</source>
        <translation>Les fichiers pour anciens téléphones reçoivent toujours un mot de passe généré&#xa0;: leur chiffrement est faible avec un mot de passe choisi par une personne.</translation>
    </message>
    <message>
        <source>Older phones: Android 8 to 13, older iPhones and Macs (3DES, SHA-1)</source>
        <translation>Anciens téléphones&#xa0;: Android 8 à 13, anciens iPhone et Mac (3DES, SHA-1)</translation>
    </message>
    <message>
        <source>Current phones and computers: Android 14, iOS 18, macOS 15 or newer, and desktop clients (AES-256, SHA-256)</source>
        <translation>Téléphones et ordinateurs actuels&#xa0;: Android 14, iOS 18, macOS 15 ou plus récent, et clients de bureau (AES-256, SHA-256)</translation>
    </message>
    <message>
        <source>No password could be generated (no secure random numbers). Type your own instead.</source>
        <translation>Aucun mot de passe n&apos;a pu être généré (pas de nombres aléatoires sûrs). Saisissez plutôt le vôtre.</translation>
    </message>
    <message>
        <source>⚠ Some phones and programs cannot open a file whose password has characters other than the letters A–Z, digits and common symbols (such as ü or é).</source>
        <translation>⚠ Certains téléphones et programmes ne peuvent pas ouvrir un fichier dont le mot de passe contient des caractères autres que les lettres A–Z, les chiffres et les symboles courants (comme ü ou é).</translation>
    </message>
    <message>
        <source>Folder for the devices&apos; files</source>
        <translation>Dossier des fichiers des appareils</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>D&amp;ossier&#xa0;:</translation>
    </message>
    <message>
        <source>This is a file, not a folder; choose a folder for the devices&apos; files.</source>
        <translation>C&apos;est un fichier, pas un dossier&#xa0;; choisissez un dossier pour les fichiers des appareils.</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Copier le mot de passe</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Password copied</source>
        <translation>Mot de passe copié</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::RotateDialog</name>
    <message numerus="yes">
        <source>Rotate %n certificate(s)</source>
        <translation>
            <numerusform>Renouveler %n certificat</numerusform>
            <numerusform>Renouveler %n certificats</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate “%1”</source>
        <translation>Renouveler «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&lt;p&gt;New keys and certificates are made for: %1. Each is saved as a .p12 file in the folder below, all with the password below.&lt;/p&gt;</source>
        <translation>&lt;p&gt;De nouvelles clés et de nouveaux certificats sont créés pour&#xa0;: %1. Chacun est enregistré dans un fichier .p12 dans le dossier ci-dessous, tous avec le mot de passe ci-dessous.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A new key and certificate are made for the device and saved in a .p12 file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Une nouvelle clé et un nouveau certificat sont créés pour l&apos;appareil et enregistrés dans un fichier .p12.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The old certificates keep working until you confirm each device has switched (“Finish rotation”).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les anciens certificats restent valables jusqu&apos;à ce que vous confirmiez que chaque appareil est passé au nouveau («&#xa0;Terminer le renouvellement&#xa0;»).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create and upload</source>
        <translation>Créer et envoyer</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::TrayIcon</name>
    <message>
        <source>Show Certdeck</source>
        <translation>Afficher Certdeck</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>The certificate of “%1” expires today. Rotate it now.</source>
        <translation>Le certificat de «&#xa0;%1&#xa0;» expire aujourd&apos;hui. Renouvelez-le maintenant.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate of “%1” expires in %n day(s). Rotate it soon.</source>
        <translation>
            <numerusform>Le certificat de «&#xa0;%1&#xa0;» expire dans %n jour. Renouvelez-le bientôt.</numerusform>
            <numerusform>Le certificat de «&#xa0;%1&#xa0;» expire dans %n jours. Renouvelez-le bientôt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate expiring</source>
        <translation>Certificat bientôt expiré</translation>
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
        <translation>Certificat de serveur non vérifié</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The server for %1 presented a certificate that could not be verified.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This is normal for a private server with its own certificate. It can also mean that someone is intercepting the connection. Compare the fingerprint with the one your server&apos;s administrator gives you before you trust it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Le serveur de %1 a présenté un certificat qui n&apos;a pas pu être vérifié.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;C&apos;est normal pour un serveur privé doté de son propre certificat. Mais cela peut aussi signifier que quelqu&apos;un intercepte la connexion. Comparez l&apos;empreinte avec celle que vous donne l&apos;administrateur de votre serveur avant de lui faire confiance.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à&#xa0;:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Délivré par&#xa0;:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité&#xa0;:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problème&#xa0;:</translation>
    </message>
    <message>
        <source>Trust and &amp;remember this key</source>
        <translation>Faire confiance et &amp;mémoriser cette clé</translation>
    </message>
    <message>
        <source>Trust &amp;once</source>
        <translation>Faire confiance une &amp;fois</translation>
    </message>
    <message>
        <source>Certdeck will accept this key, and only this key, for this account from now on.</source>
        <translation>Certdeck acceptera désormais cette clé, et uniquement celle-ci, pour ce compte.</translation>
    </message>
    <message>
        <source>Accept the key for this session only.</source>
        <translation>Accepter la clé pour cette session uniquement.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage your devices&apos; XMPP client certificates.</source>
        <translation>Gère les certificats client XMPP de vos appareils.</translation>
    </message>
    <message>
        <source>Rotate this computer&apos;s certificate automatically</source>
        <translation>Renouveler automatiquement le certificat de cet ordinateur</translation>
    </message>
</context>
</TS>
