<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActivityLog</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>the disk refused the write</source>
        <translation>el disco rechazó la escritura</translation>
    </message>
    <message>
        <source>The activity log could not be written (%1): %2</source>
        <translation>No se pudo escribir el registro de actividad (%1): %2</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; it was not read.</source>
        <translation>%1 ocupa más de %2 KiB; no se ha leído.</translation>
    </message>
    <message>
        <source>%1 is a pipe or a socket, not a file; it was not read.</source>
        <translation>%1 es una tubería o un socket, no un archivo; no se ha leído.</translation>
    </message>
</context>
<context>
    <name>CertificateCheck</name>
    <message>
        <source>This is a CA certificate, not a device certificate.</source>
        <translation>Es un certificado de CA, no un certificado de dispositivo.</translation>
    </message>
    <message>
        <source>The certificate names no XMPP address (id-on-xmppAddr), so the server cannot use it to log in a device.</source>
        <translation>El certificado no indica ninguna dirección XMPP (id-on-xmppAddr), así que el servidor no puede usarlo para iniciar la sesión de un dispositivo.</translation>
    </message>
    <message>
        <source>The certificate is for %1, not for this account (%2).</source>
        <translation>El certificado es para %1, no para esta cuenta (%2).</translation>
    </message>
    <message>
        <source>The certificate expired on %1; no device can log in with it.</source>
        <translation>El certificado caducó el %1; ningún dispositivo puede iniciar sesión con él.</translation>
    </message>
    <message>
        <source>The certificate expires soon, on %1.</source>
        <translation>El certificado caduca pronto, el %1.</translation>
    </message>
    <message>
        <source>The certificate is not valid before %1; the device cannot log in with it until then.</source>
        <translation>El certificado no es válido hasta el %1; el dispositivo no puede iniciar sesión con él hasta entonces.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Log in to your XMPP account</source>
        <translation>Iniciar sesión en su cuenta XMPP</translation>
    </message>
    <message>
        <source>Certdeck logs in with your password to manage the certificates your devices use to log in.</source>
        <translation>Certdeck inicia sesión con su contraseña para gestionar los certificados con los que sus dispositivos inician sesión.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>usted@example.org</translation>
    </message>
    <message>
        <source>Account address</source>
        <translation>Dirección de la cuenta</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>&amp;Host (optional):</source>
        <translation>&amp;Servidor (opcional):</translation>
    </message>
    <message>
        <source>found from the account&apos;s domain</source>
        <translation>se obtiene del dominio de la cuenta</translation>
    </message>
    <message>
        <source>Server host</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>P&amp;ort (optional):</source>
        <translation>&amp;Puerto (opcional):</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Puerto del servidor</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>ConnectionError</name>
    <message>
        <source>The server did not accept the address or password.</source>
        <translation>El servidor no aceptó la dirección o la contraseña.</translation>
    </message>
    <message>
        <source>The server&apos;s address could not be found. Check the account address or the host name.</source>
        <translation>No se encontró la dirección del servidor. Compruebe la dirección de la cuenta o el nombre del servidor.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the host and port, or whether the server is running.</source>
        <translation>El servidor rechazó la conexión. Compruebe el servidor y el puerto, o si el servidor está en marcha.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so Certdeck did not log in.</source>
        <translation>No se pudo verificar el certificado del servidor, así que Certdeck no inició sesión.</translation>
    </message>
    <message>
        <source>The server presented a different key than the one you trusted for this account. This can mean someone is intercepting the connection. Certdeck did not log in. If the server&apos;s administrator confirms a new key, remove the old one in the account settings.</source>
        <translation>El servidor presentó una clave distinta de la que usted aceptó para esta cuenta. Puede significar que alguien está interceptando la conexión. Certdeck no inició sesión. Si la administración del servidor confirma una clave nueva, elimine la antigua en los ajustes de la cuenta.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection. Certdeck never logs in without encryption.</source>
        <translation>El servidor no ofrece una conexión cifrada. Certdeck nunca inicia sesión sin cifrado.</translation>
    </message>
    <message>
        <source>The server offers no login method that Certdeck supports.</source>
        <translation>El servidor no ofrece ningún método de inicio de sesión que Certdeck admita.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>El servidor cerró la conexión.</translation>
    </message>
    <message>
        <source>The server stopped answering.</source>
        <translation>El servidor dejó de responder.</translation>
    </message>
    <message>
        <source>The network connection failed.</source>
        <translation>Falló la conexión de red.</translation>
    </message>
    <message>
        <source>The account settings are incomplete.</source>
        <translation>Los ajustes de la cuenta están incompletos.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The server sent data beyond Certdeck&apos;s safety limits, so Certdeck disconnected. The server may be broken or hostile.</source>
        <translation>El servidor envió datos más allá de los límites de seguridad de Certdeck, así que Certdeck se desconectó. Puede que el servidor esté averiado o sea hostil.</translation>
    </message>
    <message>
        <source>This computer&apos;s certificate was revoked or disabled — log in with the password to enroll it again.</source>
        <translation>El certificado de este equipo se revocó o se desactivó; inicie sesión con la contraseña para volver a añadirlo.</translation>
    </message>
    <message>
        <source>This computer&apos;s certificate has expired — log in with the password to enroll it again.</source>
        <translation>El certificado de este equipo ha caducado; inicie sesión con la contraseña para volver a añadirlo.</translation>
    </message>
    <message>
        <source>The server does not offer certificate login now — log in with the password.</source>
        <translation>El servidor no ofrece ahora el inicio de sesión con certificado; inicie sesión con la contraseña.</translation>
    </message>
    <message>
        <source>This computer&apos;s key in the keychain cannot be used with its certificate — log in with the password to enroll it again.</source>
        <translation>La clave de este equipo en el llavero no se puede usar con su certificado; inicie sesión con la contraseña para volver a añadir este equipo.</translation>
    </message>
    <message>
        <source>The server accepted the login without proving that it knows the password, so it may not be your account&apos;s server. Certdeck did not continue.</source>
        <translation>El servidor aceptó el inicio de sesión sin demostrar que conoce la contraseña, así que puede no ser el servidor de su cuenta. Certdeck no ha continuado.</translation>
    </message>
    <message>
        <source>%1 Server says: “%2”</source>
        <translation>%1 El servidor dice: «%2»</translation>
    </message>
</context>
<context>
    <name>CryptoError</name>
    <message>
        <source>The file or data is empty.</source>
        <translation>El archivo o los datos están vacíos.</translation>
    </message>
    <message>
        <source>This is not an X.509 certificate (neither PEM nor DER).</source>
        <translation>No es un certificado X.509 (ni PEM ni DER).</translation>
    </message>
    <message>
        <source>The private key could not be generated.</source>
        <translation>No se pudo generar la clave privada.</translation>
    </message>
    <message>
        <source>The certificate could not be created.</source>
        <translation>No se pudo crear el certificado.</translation>
    </message>
    <message>
        <source>The certificate request is incomplete: %1</source>
        <translation>La solicitud de certificado está incompleta: %1</translation>
    </message>
    <message>
        <source>The password is wrong, or the file is damaged.</source>
        <translation>La contraseña es incorrecta o el archivo está dañado.</translation>
    </message>
    <message>
        <source>This is not a PKCS#12 (.p12) file.</source>
        <translation>No es un archivo PKCS#12 (.p12).</translation>
    </message>
    <message>
        <source>The PKCS#12 file must hold one private key and its certificate.</source>
        <translation>El archivo PKCS#12 debe contener una clave privada y su certificado.</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate.</source>
        <translation>La clave privada no corresponde al certificado.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <source>No secure random numbers are available; no password was made.</source>
        <translation>No hay números aleatorios seguros disponibles; no se creó ninguna contraseña.</translation>
    </message>
    <message>
        <source>The data holds more than one certificate, or something after the certificate. Give exactly one certificate (PEM or DER).</source>
        <translation>Los datos contienen más de un certificado, o algo después del certificado. Indique exactamente un certificado (PEM o DER).</translation>
    </message>
</context>
<context>
    <name>DeviceUseText</name>
    <message numerus="yes">
        <source>“%1” has never logged in, and its certificate was made %n day(s) ago. If no device uses it, disable it: an unused certificate is one more key to your account.</source>
        <translation>
            <numerusform>«%1» nunca ha iniciado sesión, y su certificado se creó hace %n día. Si ningún dispositivo lo usa, desactívelo: un certificado sin usar es una llave más de su cuenta.</numerusform>
            <numerusform>«%1» nunca ha iniciado sesión, y su certificado se creó hace %n días. Si ningún dispositivo lo usa, desactívelo: un certificado sin usar es una llave más de su cuenta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has not logged in for %n day(s). If you no longer use that device, disable its certificate: an unused certificate is one more key to your account.</source>
        <translation>
            <numerusform>«%1» no ha iniciado sesión desde hace %n día. Si ya no usa ese dispositivo, desactive su certificado: un certificado sin usar es una llave más de su cuenta.</numerusform>
            <numerusform>«%1» no ha iniciado sesión desde hace %n días. Si ya no usa ese dispositivo, desactive su certificado: un certificado sin usar es una llave más de su cuenta.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1: the session&apos;s resource, %2: the device name</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — no listed certificate (password login, or a removed certificate)</source>
        <translation>%1 — ningún certificado de la lista (inicio con contraseña, o un certificado retirado)</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <extracomment>%1: the session and its device, %2: the status text the session&apos;s client published</extracomment>
        <translation>%1 («%2»)</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>Online now · %1</source>
        <extracomment>%1: the resources (sessions) logged in with this device&apos;s certificate, e.g. &quot;phone&quot;</extracomment>
        <translation>En línea · %1</translation>
    </message>
    <message>
        <source>Last used %1</source>
        <extracomment>%1: &quot;3 days ago&quot;, &quot;just now&quot; or &quot;on &lt;date&gt;&quot;</extracomment>
        <translation>Último uso %1</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nunca usado</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1: date and time, %2: &quot;3 days ago&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message numerus="yes">
        <source>%1 have not logged in for %n day(s) or more. If you no longer use those devices, disable their certificates: an unused certificate is one more key to your account.</source>
        <extracomment>%1: the devices&apos; names, quoted, separated by commas</extracomment>
        <translation>
            <numerusform>%1 no han iniciado sesión desde hace %n día o más. Si ya no usa esos dispositivos, desactive sus certificados: un certificado sin usar es una llave más de su cuenta.</numerusform>
            <numerusform>%1 no han iniciado sesión desde hace %n días o más. Si ya no usa esos dispositivos, desactive sus certificados: un certificado sin usar es una llave más de su cuenta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiryPolicy</name>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Renew soon</source>
        <translation>Renovar pronto</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Caduca pronto</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
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
        <translation>Filtrar dispositivos por nombre, clave o huella</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>Filtrar dispositivos</translation>
    </message>
    <message>
        <source>Devices and their certificates</source>
        <translation>Dispositivos y sus certificados</translation>
    </message>
    <message>
        <source>Enroll the first device…</source>
        <translation>Añadir el primer dispositivo…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>List the account&apos;s certificates again</source>
        <translation>Volver a obtener la lista de certificados de la cuenta</translation>
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
        <translation>Desde %4, el certificado de dispositivo %1 se ha sustituido en su cuenta por uno nuevo (%2, %3). ¿Fue usted?</translation>
    </message>
    <message>
        <source>A new device certificate %1 (%2, %3) appeared on your account since %4. Was this you?</source>
        <translation>Desde %4 ha aparecido en su cuenta un certificado de dispositivo nuevo %1 (%2, %3). ¿Fue usted?</translation>
    </message>
    <message>
        <source>%1, replacing the certificate of that name</source>
        <translation>%1, que sustituye al certificado del mismo nombre</translation>
    </message>
    <message>
        <source>%1 new device certificates appeared on your account since %2. Was this you?</source>
        <translation>Desde %2 han aparecido en su cuenta %1 certificados de dispositivo nuevos. ¿Fue usted?</translation>
    </message>
    <message>
        <source>The device certificate %1 left your account without Certdeck removing it. That device can no longer log in with it.</source>
        <translation>El certificado de dispositivo %1 desapareció de su cuenta sin que Certdeck lo quitara. Ese dispositivo ya no puede iniciar sesión con él.</translation>
    </message>
    <message>
        <source>Device certificates left your account without Certdeck removing them: %1. Those devices can no longer log in with them.</source>
        <translation>Varios certificados de dispositivo desaparecieron de su cuenta sin que Certdeck los quitara: %1. Esos dispositivos ya no pueden iniciar sesión con ellos.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>replaced the certificate of that name</source>
        <translation>sustituyó al certificado del mismo nombre</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>quitado</translation>
    </message>
    <message>
        <source>no fingerprint: Certdeck cannot read it</source>
        <translation>sin huella: Certdeck no puede leerlo</translation>
    </message>
    <message>
        <source>unreadable entry</source>
        <translation>entrada ilegible</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a device&apos;s name in the language&apos;s quotation marks</comment>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>SaslCertError</name>
    <message>
        <source>The server rejected the request as malformed.</source>
        <translation>El servidor rechazó la solicitud por estar mal formada.</translation>
    </message>
    <message>
        <source>The server could not accept the certificate.</source>
        <translation>El servidor no pudo aceptar el certificado.</translation>
    </message>
    <message>
        <source>A certificate with this name already exists.</source>
        <translation>Ya existe un certificado con este nombre.</translation>
    </message>
    <message>
        <source>No certificate with this name exists on the server.</source>
        <translation>No existe en el servidor ningún certificado con este nombre.</translation>
    </message>
    <message>
        <source>This device is not allowed to manage certificates.</source>
        <translation>Este dispositivo no tiene permiso para gestionar certificados.</translation>
    </message>
    <message>
        <source>The server does not allow this change.</source>
        <translation>El servidor no permite este cambio.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate service is unavailable.</source>
        <translation>El servicio de certificados del servidor no está disponible.</translation>
    </message>
    <message>
        <source>The server does not implement this request.</source>
        <translation>El servidor no implementa esta solicitud.</translation>
    </message>
    <message>
        <source>The server reported an error.</source>
        <translation>El servidor informó de un error.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The connection was lost before the server answered.</source>
        <translation>Se perdió la conexión antes de que el servidor respondiera.</translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be understood.</source>
        <translation>No se pudo entender la respuesta del servidor.</translation>
    </message>
    <message>
        <source>This server does not support client certificate management (XEP-0257). Ask the server&apos;s administrator to enable it (on Prosody: mod_client_certs).</source>
        <translation>Este servidor no admite la gestión de certificados de cliente (XEP-0257). Pida a la administración del servidor que la active (en Prosody: mod_client_certs).</translation>
    </message>
    <message>
        <source>A device with this name already exists. Choose another name; nothing was sent to the server.</source>
        <translation>Ya existe un dispositivo con este nombre. Elija otro nombre; no se envió nada al servidor.</translation>
    </message>
    <message>
        <source>The account has no certificate with this name; nothing was sent.</source>
        <translation>La cuenta no tiene ningún certificado con este nombre; no se envió nada.</translation>
    </message>
    <message>
        <source>The change was sent, but Certdeck could not confirm it on the server. Check the list and try again.</source>
        <translation>El cambio se envió, pero Certdeck no pudo confirmarlo en el servidor. Revise la lista y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The certificate cannot be used for this account; nothing was sent.</source>
        <translation>El certificado no sirve para esta cuenta; no se envió nada.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 Server says: “%2”</source>
        <translation>%1 El servidor dice: «%2»</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 No se envió nada.</translation>
    </message>
    <message>
        <source>This certificate is already on the account as “%1”. Each device needs its own certificate; nothing was sent.</source>
        <translation>Este certificado ya está en la cuenta como «%1». Cada dispositivo necesita su propio certificado; no se envió nada.</translation>
    </message>
</context>
<context>
    <name>SaslCertParser</name>
    <message>
        <source>The item has no certificate.</source>
        <translation>El elemento no tiene certificado.</translation>
    </message>
    <message>
        <source>The certificate is not valid base64.</source>
        <translation>El certificado no es base64 válido.</translation>
    </message>
    <message>
        <source>The certificate cannot be read: %1</source>
        <translation>No se puede leer el certificado: %1</translation>
    </message>
    <message>
        <source>The item has no name.</source>
        <translation>El elemento no tiene nombre.</translation>
    </message>
    <message>
        <source>The name is listed more than once; only the first entry is shown.</source>
        <translation>El nombre aparece más de una vez; solo se muestra la primera entrada.</translation>
    </message>
    <message>
        <source>The reply is not well-formed XML.</source>
        <translation>La respuesta no es XML bien formado.</translation>
    </message>
    <message>
        <source>The reply holds no certificate list.</source>
        <translation>La respuesta no contiene ninguna lista de certificados.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>The cryptography self-test failed (%1). Certdeck cannot safely create or check keys on this system.</source>
        <translation>Falló la autocomprobación criptográfica (%1). Certdeck no puede crear ni comprobar claves de forma segura en este sistema.</translation>
    </message>
</context>
<context>
    <name>certdeck</name>
    <message>
        <source>The device name is empty.</source>
        <translation>El nombre del dispositivo está vacío.</translation>
    </message>
    <message>
        <source>The device name contains an invisible or control character (%1). Use letters, digits, spaces and punctuation only.</source>
        <translation>El nombre del dispositivo contiene un carácter invisible o de control (%1). Use solo letras, dígitos, espacios y signos de puntuación.</translation>
    </message>
    <message>
        <source>The device name is longer than %1 characters.</source>
        <translation>El nombre del dispositivo tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The name “%1” is too similar to the existing device “%2”; choose a name that differs in more than letter case or character form.</source>
        <translation>El nombre «%1» se parece demasiado al del dispositivo existente «%2»; elija un nombre que se distinga en algo más que mayúsculas o la forma de los caracteres.</translation>
    </message>
</context>
<context>
    <name>certdeck-cli</name>
    <message>
        <source>Try &apos;certdeck-cli --help&apos;.</source>
        <translation>Pruebe «certdeck-cli --help».</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>La orden que se ejecutará.</translation>
    </message>
    <message>
        <source>Read the password from this environment variable.</source>
        <translation>Leer la contraseña de esta variable de entorno.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Mostrar JSON legible por máquina.</translation>
    </message>
    <message>
        <source>enroll: write the new device&apos;s key and certificate to this .p12 file.</source>
        <translation>enroll: escribir la clave y el certificado del dispositivo nuevo en este archivo .p12.</translation>
    </message>
    <message>
        <source>enroll: add this existing certificate instead of creating one.</source>
        <translation>enroll: añadir este certificado existente en lugar de crear uno.</translation>
    </message>
    <message>
        <source>enroll: protect the .p12 file with the password in this file.</source>
        <translation>enroll: proteger el archivo .p12 con la contraseña de este archivo.</translation>
    </message>
    <message>
        <source>enroll: protect the .p12 file with the password in this environment variable.</source>
        <translation>enroll: proteger el archivo .p12 con la contraseña de esta variable de entorno.</translation>
    </message>
    <message>
        <source>enroll: validity of the new certificate in days (default 365).</source>
        <translation>enroll: validez del certificado nuevo en días (365 de forma predeterminada).</translation>
    </message>
    <message>
        <source>enroll: p256 (default), rsa3072 or ed25519.</source>
        <translation>enroll: p256 (predeterminado), rsa3072 o ed25519.</translation>
    </message>
    <message>
        <source>enroll: this device may not manage other devices&apos; certificates (the server may not enforce it).</source>
        <translation>enroll: este dispositivo no puede gestionar los certificados de otros dispositivos (puede que el servidor no lo haga cumplir).</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ninguna orden.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Orden desconocida: %1</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list no admite argumentos.</translation>
    </message>
    <message>
        <source>%1 needs exactly one device name.</source>
        <translation>%1 necesita exactamente un nombre de dispositivo.</translation>
    </message>
    <message>
        <source>enroll needs either --p12 FILE or --certificate FILE.</source>
        <translation>enroll necesita --p12 ARCHIVO o --certificate ARCHIVO.</translation>
    </message>
    <message>
        <source>Password for the .p12 file: </source>
        <translation>Contraseña del archivo .p12: </translation>
    </message>
    <message>
        <source>--days must be a number from 1 to 3650.</source>
        <translation>--days debe ser un número entre 1 y 3650.</translation>
    </message>
    <message>
        <source>--key-type must be p256, rsa3072 or ed25519.</source>
        <translation>--key-type debe ser p256, rsa3072 o ed25519.</translation>
    </message>
    <message>
        <source>--jid is required.</source>
        <translation>--jid es obligatorio.</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>El archivo de contraseña %1 está vacío.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set.</source>
        <translation>La variable de entorno %1 no está definida.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Contraseña: </translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation>No se indicó ninguna contraseña.</translation>
    </message>
    <message>
        <source>Repeat: </source>
        <translation>Repítala: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>enroll: ask for your own .p12 password on the terminal instead of generating one.</source>
        <translation>enroll: pedir en el terminal su propia contraseña del .p12 en lugar de generar una.</translation>
    </message>
    <message>
        <source>enroll: write the generated .p12 password to this new file (mode 0600) instead of showing it.</source>
        <translation>enroll: escribir la contraseña del .p12 generada en este archivo nuevo (modo 0600) en lugar de mostrarla.</translation>
    </message>
    <message>
        <source>enroll: the .p12 file&apos;s encoding: current (default; Android 14+, iOS 18+, macOS 15+ and desktop clients) or older-phones (Android 8-13, older iPhones and Macs; always a generated password).</source>
        <translation>enroll: la codificación del archivo .p12: current (predeterminada; Android 14+, iOS 18+, macOS 15+ y clientes de escritorio) u older-phones (Android 8-13, iPhone y Mac antiguos; siempre con una contraseña generada).</translation>
    </message>
    <message>
        <source>--p12-format must be current or older-phones.</source>
        <translation>--p12-format debe ser current u older-phones.</translation>
    </message>
    <message>
        <source>older-phones files always get a generated password: their key derivation is too weak for a password a person chooses. Leave out --export-password-file, --export-password-env and --export-password-prompt.</source>
        <translation>Los archivos older-phones siempre reciben una contraseña generada: su derivación de clave es demasiado débil para una contraseña elegida por una persona. Omita --export-password-file, --export-password-env y --export-password-prompt.</translation>
    </message>
    <message>
        <source>--save-export-password saves a generated password; it cannot be combined with your own password.</source>
        <translation>--save-export-password guarda una contraseña generada; no se puede combinar con su propia contraseña.</translation>
    </message>
    <message>
        <source>older phones: Android 8-13, older iPhones and Macs</source>
        <translation>teléfonos antiguos: Android 8-13, iPhone y Mac antiguos</translation>
    </message>
    <message>
        <source>current phones and computers: Android 14+, iOS 18+, macOS 15+, desktop clients</source>
        <translation>teléfonos y equipos actuales: Android 14+, iOS 18+, macOS 15+, clientes de escritorio</translation>
    </message>
    <message>
        <source>warning: the password file %1 may be read by other users (mode %2); anyone who reads it can log in as you. Restrict it with: chmod 600 %1</source>
        <translation>aviso: el archivo de contraseña %1 pueden leerlo otros usuarios (modo %2); quien lo lea puede iniciar sesión en su nombre. Restrínjalo con: chmod 600 %1</translation>
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
        <translation>Gestiona los certificados de cliente de una cuenta XMPP (XEP-0257).

Órdenes:
  list                   listar los certificados de la cuenta
  enroll NOMBRE --p12 ARCHIVO
                         crear una clave y un certificado para un dispositivo nuevo, añadirlo
                         a la cuenta y guardar ambos en un archivo .p12 protegido con
                         contraseña para el dispositivo; la contraseña se genera y se muestra
                         una sola vez (o se guarda con --save-export-password); los teléfonos
                         anteriores a Android 14 o iOS 18 y los Mac anteriores a macOS 15
                         necesitan --p12-format older-phones
  enroll NOMBRE --certificate ARCHIVO
                         añadir el certificado existente de un dispositivo (PEM o DER)
  disable NOMBRE         retirar un certificado: ya no puede iniciar sesión (las sesiones
                         abiertas continúan)
  revoke NOMBRE          para un dispositivo perdido o robado: el certificado ya no puede
                         iniciar sesión y el servidor cierra en el acto toda sesión
                         iniciada con él
  list --new-since-last  solo los certificados que aparecieron desde la última ejecución y que
                         Certdeck no añadió (código de salida 6 mientras uno no esté
                         reconocido)
  acknowledge NOMBRE|SHA256
                         usted añadió un certificado notificado como nuevo: no volver a
                         notificarlo nunca

Cada cambio se verifica volviendo a listar los certificados; el código de salida 5 significa
que se envió pero no se pudo confirmar.

Códigos de salida:
  0  hecho (y verificado)
  1  un fallo local, o rechazado por Certdeck antes de enviar nada (un archivo, un certificado,
     un nombre o certificado que ya está en la cuenta)
  2  argumentos incorrectos, o un nombre de dispositivo contrario a las reglas (imprimible,
     64 caracteres como máximo)
  3  no se pudo iniciar sesión, o la conexión se perdió antes de enviar un cambio
  4  el servidor rechazó, envió datos más allá de los límites de seguridad de Certdeck o no
     admite XEP-0257
  5  se envió un cambio pero no se pudo confirmar
  6  list --new-since-last: hay en la cuenta un certificado que Certdeck no añadió, sin
     reconocer</translation>
    </message>
    <message>
        <source>Log in with this computer&apos;s certificate from the system keychain (SASL EXTERNAL), never the password. Without a password option this is tried first anyway; the password is asked for only when it does not work.</source>
        <translation>Iniciar sesión con el certificado de este equipo del llavero del sistema (SASL EXTERNAL), nunca con la contraseña. Sin una opción de contraseña se intenta primero de todos modos; la contraseña solo se pide si no funciona.</translation>
    </message>
    <message>
        <source>list: only certificates that appeared since the last run and that Certdeck did not add.</source>
        <translation>list: solo los certificados que aparecieron desde la última ejecución y que Certdeck no añadió.</translation>
    </message>
    <message>
        <source>--new-since-last goes with the list command.</source>
        <translation>--new-since-last se usa con la orden list.</translation>
    </message>
    <message>
        <source>--certificate-login logs in without a password; leave out --password-file and --password-env.</source>
        <translation>--certificate-login inicia sesión sin contraseña; omita --password-file y --password-env.</translation>
    </message>
    <message>
        <source>%1 · appeared since %2</source>
        <translation>%1 · aparecido desde %2</translation>
    </message>
    <message>
        <source>%1 · appeared since %2, still not acknowledged</source>
        <translation>%1 · aparecido desde %2, todavía sin reconocer</translation>
    </message>
    <message>
        <source>First check of this account: its certificates are noted. From now on, certificates that appear are reported.</source>
        <translation>Primera comprobación de esta cuenta: se anotan sus certificados. A partir de ahora se notifican los certificados que aparezcan.</translation>
    </message>
    <message>
        <source>%1 left the account without Certdeck removing it.</source>
        <translation>%1 desapareció de la cuenta sin que Certdeck lo quitara.</translation>
    </message>
    <message>
        <source>Not added by you? Cut it off: certdeck-cli revoke NAME. Added by you? certdeck-cli acknowledge NAME (it is not reported again).</source>
        <translation>¿No lo añadió usted? Bloquéelo: certdeck-cli revoke NOMBRE. ¿Lo añadió usted? certdeck-cli acknowledge NOMBRE (no se volverá a notificar).</translation>
    </message>
    <message>
        <source>No certificate named “%1” was seen on %2; give its name as list --new-since-last prints it, or its SHA-256 fingerprint.</source>
        <translation>No se ha visto ningún certificado llamado «%1» en %2; indique su nombre tal como lo muestra list --new-since-last, o su huella SHA-256.</translation>
    </message>
    <message>
        <source>The activity log could not be written (%1): %2</source>
        <translation>No se pudo escribir el registro de actividad (%1): %2</translation>
    </message>
    <message>
        <source>Acknowledged %1: it will not be reported again.</source>
        <translation>%1 reconocido: no se volverá a notificar.</translation>
    </message>
    <message>
        <source>Acknowledged “%1” (%2): it will not be reported again.</source>
        <translation>«%1» (%2) reconocido: no se volverá a notificar.</translation>
    </message>
    <message>
        <source>warning: the password file %1 may be read by other users (mode %2); anyone who reads it can open the exported key. Restrict it with: chmod 600 %1</source>
        <translation>aviso: otros usuarios pueden leer el archivo de contraseña %1 (modo %2); quien lo lea puede abrir la clave exportada. Restrínjalo con: chmod 600 %1</translation>
    </message>
    <message>
        <source>online now (%1)</source>
        <translation>en línea (%1)</translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation>último uso %1</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>nunca usado</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <source>unknown (the server does not say)</source>
        <translation>desconocido (el servidor no lo dice)</translation>
    </message>
</context>
<context>
    <name>certdeck::AccountController</name>
    <message numerus="yes">
        <source>Connection lost: %1 Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>Conexión perdida: %1 Nuevo intento en %n segundo…</numerusform>
            <numerusform>Conexión perdida: %1 Nuevo intento en %n segundos…</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate list could not be loaded. %1</source>
        <translation>No se pudo cargar la lista de certificados. %1</translation>
    </message>
</context>
<context>
    <name>certdeck::AccountOptions</name>
    <message>
        <source>The account&apos;s address (user@example.org).</source>
        <translation>La dirección de la cuenta (usuario@example.org).</translation>
    </message>
    <message>
        <source>Connect to this host instead of the JID&apos;s domain.</source>
        <translation>Conectar con este servidor en lugar del dominio del JID.</translation>
    </message>
    <message>
        <source>Connect to this port.</source>
        <translation>Conectar a este puerto.</translation>
    </message>
    <message>
        <source>Also trust the server certificate(s) in this PEM file.</source>
        <translation>Confiar también en los certificados de servidor de este archivo PEM.</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535.</source>
        <translation>--port debe ser un número entre 1 y 65535.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>Read the password from the first line of this file (a warning is printed when other users may read it).</source>
        <translation>Leer la contraseña de la primera línea de este archivo (se muestra un aviso si otros usuarios pueden leerlo).</translation>
    </message>
</context>
<context>
    <name>certdeck::CertificateListModel</name>
    <message>
        <source>expired today</source>
        <translation>caducó hoy</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>caducó hace %n día</numerusform>
            <numerusform>caducó hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>caduca hoy</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Being replaced by “%1”</source>
        <translation>Se sustituye por «%1»</translation>
    </message>
    <message>
        <source>Replaces “%1”</source>
        <translation>Sustituye a «%1»</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (este equipo)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Rotation due %1</source>
        <translation>Renovación prevista %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Whether this device may add, disable or revoke other devices&apos; certificates. The server may not enforce it.</source>
        <translation>Si este dispositivo puede añadir, desactivar o revocar los certificados de otros dispositivos. Puede que el servidor no lo haga cumplir.</translation>
    </message>
    <message>
        <source>%1, this computer</source>
        <translation>%1, este equipo</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Huella (SHA-256)</translation>
    </message>
    <message>
        <source>May manage devices</source>
        <translation>Puede gestionar dispositivos</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>The server does not say which devices are online or when they were last used. The “Online sessions” box shows who is logged in now.</source>
        <translation>El servidor no dice qué dispositivos están en línea ni cuándo se usaron por última vez. El cuadro «Sesiones en línea» muestra quién ha iniciado sesión ahora.</translation>
    </message>
    <message>
        <source>Online now, or when the device last logged in. Sort by this column to see the devices unused the longest.</source>
        <translation>En línea ahora, o cuándo inició sesión el dispositivo por última vez. Ordene por esta columna para ver los dispositivos sin usar desde hace más tiempo.</translation>
    </message>
</context>
<context>
    <name>certdeck::CertificateLogin</name>
    <message>
        <source>The connection closed before the login finished.</source>
        <translation>La conexión se cerró antes de terminar el inicio de sesión.</translation>
    </message>
    <message>
        <source>The private key cannot be read or does not belong to the certificate.</source>
        <translation>La clave privada no se puede leer o no corresponde al certificado.</translation>
    </message>
</context>
<context>
    <name>certdeck::CertificateService</name>
    <message>
        <source>the new certificate is not in the list</source>
        <translation>el certificado nuevo no está en la lista</translation>
    </message>
    <message>
        <source>the certificate is still in the list</source>
        <translation>el certificado sigue en la lista</translation>
    </message>
    <message>
        <source>The certificate is %1 KiB; a server accepts at most %2 KiB in one request.</source>
        <translation>El certificado ocupa %1 KiB; un servidor acepta como máximo %2 KiB en una petición.</translation>
    </message>
    <message>
        <source>an entry without a name</source>
        <translation>una entrada sin nombre</translation>
    </message>
    <message>
        <source>the server also lists %1, which Certdeck cannot read: it may be the same certificate under another name. Revoke it by name too</source>
        <translation>el servidor también lista %1, que Certdeck no puede leer: puede ser el mismo certificado con otro nombre. Revóquelo también por su nombre</translation>
    </message>
    <message>
        <source>the server accepted the change, then the connection was lost before it could be checked</source>
        <translation>el servidor aceptó el cambio y luego se perdió la conexión antes de poder comprobarlo</translation>
    </message>
    <message>
        <source>the server accepted the change, but did not answer the listing that checks it in time</source>
        <translation>el servidor aceptó el cambio, pero no respondió a tiempo a la lista que lo comprueba</translation>
    </message>
</context>
<context>
    <name>certdeck::DeviceLifecycle</name>
    <message>
        <source>No key was created, nothing was uploaded: %1</source>
        <translation>No se creó ninguna clave ni se subió nada: %1</translation>
    </message>
    <message>
        <source>Choose a name for the device.</source>
        <translation>Elija un nombre para el dispositivo.</translation>
    </message>
    <message>
        <source>A device named “%1” already exists; nothing was sent.</source>
        <translation>Ya existe un dispositivo llamado «%1»; no se envió nada.</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>No se puede usar %1: %2</translation>
    </message>
    <message>
        <source>“%1” was not added: %2</source>
        <translation>«%1» no se añadió: %2</translation>
    </message>
    <message>
        <source>“%1” was added and verified in a fresh list.</source>
        <translation>«%1» se añadió y se verificó en una lista recién obtenida.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name. Nothing was sent.</source>
        <translation>%1 ya existe; elija otro nombre de archivo. No se envió nada.</translation>
    </message>
    <message>
        <source>The .p12 file was not written (%1); nothing was uploaded.</source>
        <translation>No se escribió el archivo .p12 (%1); no se subió nada.</translation>
    </message>
    <message>
        <source>“%1” was added and verified; its key and certificate are in %2.</source>
        <translation>«%1» se añadió y se verificó; su clave y su certificado están en %2.</translation>
    </message>
    <message>
        <source>“%1” may or may not have been added (%2). %3 was kept; check the list.</source>
        <translation>Puede que «%1» se haya añadido o no (%2). Se conservó %3; revise la lista.</translation>
    </message>
    <message>
        <source>“%1” was not added: %2 The .p12 file was removed.</source>
        <translation>«%1» no se añadió: %2 Se eliminó el archivo .p12.</translation>
    </message>
    <message>
        <source>The key could not be stored in the system keychain (%1); nothing was uploaded.</source>
        <translation>No se pudo guardar la clave en el llavero del sistema (%1); no se subió nada.</translation>
    </message>
    <message>
        <source>“%1” is this computer&apos;s certificate, added and verified; its key is in the system keychain.</source>
        <translation>«%1» es el certificado de este equipo, añadido y verificado; su clave está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>This computer has no certificate on the account to rotate.</source>
        <translation>Este equipo no tiene en la cuenta ningún certificado que renovar.</translation>
    </message>
    <message>
        <source>The new key could not be stored in the keychain (%1); nothing changed.</source>
        <translation>No se pudo guardar la clave nueva en el llavero (%1); no cambió nada.</translation>
    </message>
    <message>
        <source>The new certificate was not added (%1); the old one is still in use.</source>
        <translation>No se añadió el certificado nuevo (%1); el antiguo sigue en uso.</translation>
    </message>
    <message>
        <source>The rotation was interrupted (%1); it will be finished or rolled back automatically.</source>
        <translation>La renovación se interrumpió (%1); se completará o se deshará automáticamente.</translation>
    </message>
    <message>
        <source>No rotation to finish.</source>
        <translation>No hay ninguna renovación por terminar.</translation>
    </message>
    <message>
        <source>The new key is not in the keychain (%1); the old certificate stays enabled.</source>
        <translation>La clave nueva no está en el llavero (%1); el certificado antiguo sigue activo.</translation>
    </message>
    <message>
        <source>The keychain refused the new key (%1); the old certificate stays enabled.</source>
        <translation>El llavero rechazó la clave nueva (%1); el certificado antiguo sigue activo.</translation>
    </message>
    <message>
        <source>“%1” is in use; the old certificate “%2” is not disabled yet (%3). It will be tried again.</source>
        <translation>«%1» está en uso; el certificado antiguo «%2» aún no está desactivado (%3). Se volverá a intentar.</translation>
    </message>
    <message>
        <source>Rotated: “%1” replaces “%2”, which is disabled.</source>
        <translation>Renovado: «%1» sustituye a «%2», que está desactivado.</translation>
    </message>
    <message>
        <source>An interrupted rotation was rolled back; “%1” is still this computer&apos;s certificate.</source>
        <translation>Se deshizo una renovación interrumpida; «%1» sigue siendo el certificado de este equipo.</translation>
    </message>
    <message>
        <source>“%1” is not on the account.</source>
        <translation>«%1» no está en la cuenta.</translation>
    </message>
    <message>
        <source>“%1” is ready in %2. Install it on the device, then choose “Finish rotation” to disable “%3”.</source>
        <translation>«%1» está listo en %2. Instálelo en el dispositivo y luego elija «Terminar la renovación» para desactivar «%3».</translation>
    </message>
    <message>
        <source>“%1” was not disabled: %2</source>
        <translation>«%1» no se desactivó: %2</translation>
    </message>
    <message>
        <source>Rotation finished: “%1” is disabled, “%2” is in use.</source>
        <translation>Renovación terminada: «%1» está desactivado y «%2» está en uso.</translation>
    </message>
    <message>
        <source>“%1” is this computer&apos;s certificate from the next login on; “%2” will be disabled once “%1” has logged in.</source>
        <translation>«%1» es el certificado de este equipo a partir del próximo inicio de sesión; «%2» se desactivará cuando «%1» haya iniciado sesión.</translation>
    </message>
    <message>
        <source>Nothing was added; %1 was removed.</source>
        <translation>No se añadió nada; se eliminó %1.</translation>
    </message>
    <message>
        <source>This computer&apos;s certificate is being rotated already; wait for that to finish.</source>
        <translation>El certificado de este equipo ya se está renovando; espere a que termine.</translation>
    </message>
</context>
<context>
    <name>certdeck::Housekeeping</name>
    <message>
        <source>This computer&apos;s certificate is due for rotation; rotating it now.</source>
        <translation>Toca renovar el certificado de este equipo; se renueva ahora.</translation>
    </message>
</context>
<context>
    <name>certdeck::NewDeviceWatch</name>
    <message>
        <source>The activity log could not be written (%1): %2</source>
        <translation>No se pudo escribir el registro de actividad (%1): %2</translation>
    </message>
</context>
<context>
    <name>certdeck::ProofText</name>
    <message>
        <source>Enrolled “%1”</source>
        <translation>«%1» añadido</translation>
    </message>
    <message>
        <source>Disabled “%1”</source>
        <translation>«%1» desactivado</translation>
    </message>
    <message>
        <source>Revoked “%1”</source>
        <translation>«%1» revocado</translation>
    </message>
    <message>
        <source>the earlier request had reached the server</source>
        <translation>la solicitud anterior ya había llegado al servidor</translation>
    </message>
    <message>
        <source>no session went offline</source>
        <translation>ninguna sesión se desconectó</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) closed (%1)</source>
        <translation>
            <numerusform>%n sesión cerrada (%1)</numerusform>
            <numerusform>%n sesiones cerradas (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other session(s) went offline at the same time (%1)</source>
        <translation>
            <numerusform>%n otra sesión se desconectó al mismo tiempo (%1)</numerusform>
            <numerusform>%n otras sesiones se desconectaron al mismo tiempo (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>verified at %1</source>
        <translation>verificado a las %1</translation>
    </message>
    <message>
        <source>Enrollment of “%1” sent, not confirmed</source>
        <translation>Alta de «%1» enviada, sin confirmar</translation>
    </message>
    <message>
        <source>Disable of “%1” sent, not confirmed</source>
        <translation>Desactivación de «%1» enviada, sin confirmar</translation>
    </message>
    <message>
        <source>Revoke of “%1” sent, not confirmed</source>
        <translation>Revocación de «%1» enviada, sin confirmar</translation>
    </message>
    <message>
        <source>no session tied to it went offline</source>
        <translation>ninguna sesión vinculada a él se desconectó</translation>
    </message>
    <message>
        <source>“%1” replaces “%2”</source>
        <translation>«%1» sustituye a «%2»</translation>
    </message>
    <message>
        <source>“%1” added; “%2” stays until the rotation is finished</source>
        <translation>«%1» añadido; «%2» se mantiene hasta terminar la renovación</translation>
    </message>
    <message>
        <source>Rolled back; “%1” stays in use</source>
        <translation>Deshecho; «%1» sigue en uso</translation>
    </message>
</context>
<context>
    <name>certdeck::cli::CliRunner</name>
    <message>
        <source>skipped item %1 (%2): %3</source>
        <translation>se omitió el elemento %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 ya existe; elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was added; %1 was removed.</source>
        <translation>No se añadió nada; se eliminó %1.</translation>
    </message>
    <message>
        <source>warning: Android phones, iPhones and Macs cannot import Ed25519 keys; this file will work only in desktop clients such as Gajim or Poezio.</source>
        <translation>advertencia: los teléfonos Android, los iPhone y los Mac no pueden importar claves Ed25519; este archivo solo funcionará en clientes de escritorio como Gajim o Poezio.</translation>
    </message>
    <message>
        <source>The .p12 password must have at least %1 characters.</source>
        <translation>La contraseña del .p12 debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>warning: the password has characters other than ASCII letters, digits and symbols; some devices and programs (Java&apos;s keytool among them) cannot open such a file.</source>
        <translation>advertencia: la contraseña contiene caracteres distintos de letras ASCII, dígitos y símbolos; algunos dispositivos y programas (entre ellos keytool de Java) no pueden abrir un archivo así.</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Contraseña para %1:</translation>
    </message>
    <message>
        <source>It is shown only now. Type it on the device when it asks, and pass it on separately from the file (say it, or send it another way).</source>
        <translation>Solo se muestra ahora. Escríbala en el dispositivo cuando se la pida y transmítala por separado del archivo (dígala en voz alta o envíela por otra vía).</translation>
    </message>
    <message>
        <source>The password could not be saved to %1: %2</source>
        <translation>No se pudo guardar la contraseña en %1: %2</translation>
    </message>
    <message>
        <source>Key and certificate saved to %1 (password-protected; made for %2). Copy it to the device and import it in its XMPP app.</source>
        <translation>Clave y certificado guardados en %1 (archivo protegido con contraseña; creado para %2). Cópielo al dispositivo e impórtelo en su aplicación XMPP.</translation>
    </message>
    <message>
        <source>The same certificate was also listed as %1; removed there too.</source>
        <translation>El mismo certificado figuraba también como %1; también se retiró allí.</translation>
    </message>
    <message>
        <source>This computer has no certificate for %1 in the system keychain. Enroll this computer in Certdeck first, or log in with the password.</source>
        <translation>Este equipo no tiene ningún certificado para %1 en el llavero del sistema. Añada primero este equipo en Certdeck, o inicie sesión con la contraseña.</translation>
    </message>
    <message>
        <source>Nothing was added; %1 was removed, and the password shown above opens nothing.</source>
        <translation>No se añadió nada; se eliminó %1, y la contraseña mostrada arriba ya no abre nada.</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::ActivityPanel</name>
    <message>
        <source>✔ confirmed</source>
        <translation>✔ confirmado</translation>
    </message>
    <message>
        <source>… sent</source>
        <translation>… enviado</translation>
    </message>
    <message>
        <source>✘ not confirmed</source>
        <translation>✘ sin confirmar</translation>
    </message>
    <message>
        <source>✘ failed</source>
        <translation>✘ fallido</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>Registro de actividad</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Exportar como &amp;CSV…</translation>
    </message>
    <message>
        <source>Export activity</source>
        <translation>Exportar la actividad</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The activity could not be exported to %1: %2</source>
        <translation>No se pudo exportar la actividad a %1: %2</translation>
    </message>
    <message>
        <source>Activity exported to %1.</source>
        <translation>Actividad exportada a %1.</translation>
    </message>
    <message>
        <source>Show &amp;all accounts</source>
        <translation>Mostrar &amp;todas las cuentas</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>account on server</comment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivación</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocación</translation>
    </message>
    <message>
        <source>Was this you?</source>
        <translation>¿Fue usted?</translation>
    </message>
    <message>
        <source>It was me</source>
        <translation>Fui yo</translation>
    </message>
    <message>
        <source>Cut off from the alert</source>
        <translation>Bloqueado desde la alerta</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>Dispositivo nuevo</translation>
    </message>
    <message>
        <source>… started</source>
        <translation>… iniciada</translation>
    </message>
    <message>
        <source>↶ rolled back</source>
        <translation>↶ deshecha</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::BannerWidget</name>
    <message>
        <source>Dismiss message</source>
        <translation>Descartar el mensaje</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message numerus="yes">
        <source>%n more message(s) below these; dismiss one to see the next.</source>
        <translation>
            <numerusform>%n mensaje más debajo de estos; cierre uno para ver el siguiente.</numerusform>
            <numerusform>%n mensajes más debajo de estos; cierre uno para ver el siguiente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::ConnectDialog</name>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Enter the account&apos;s address, like you@example.org.</source>
        <translation>Escriba la dirección de la cuenta, por ejemplo usted@example.org.</translation>
    </message>
    <message>
        <source>Enter the account&apos;s password.</source>
        <translation>Escriba la contraseña de la cuenta.</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::DetailsPanel</name>
    <message>
        <source>&amp;Export certificate as PEM…</source>
        <translation>&amp;Exportar el certificado como PEM…</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Select a device to see its certificate.</source>
        <translation>Seleccione un dispositivo para ver su certificado.</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Dispositivo:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujeto:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Emisor:</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>Número de serie:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Válido desde:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Válido hasta:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clave:</translation>
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
        <translation>Direcciones XMPP:</translation>
    </message>
    <message>
        <source>E-mail addresses:</source>
        <translation>Direcciones de correo:</translation>
    </message>
    <message>
        <source>Self-signed:</source>
        <translation>Autofirmado:</translation>
    </message>
    <message>
        <source>May manage devices:</source>
        <translation>Puede gestionar dispositivos:</translation>
    </message>
    <message>
        <source>Export certificate as PEM</source>
        <translation>Exportar el certificado como PEM</translation>
    </message>
    <message>
        <source>Online sessions</source>
        <translation>Sesiones en línea</translation>
    </message>
    <message>
        <source>Sessions of this account that are online now</source>
        <translation>Sesiones de esta cuenta que están en línea ahora</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Copiar %1 al portapapeles</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No (the server may not enforce this)</source>
        <translation>No (puede que el servidor no lo haga cumplir)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>No other session is online.</source>
        <translation>No hay ninguna otra sesión en línea.</translation>
    </message>
    <message>
        <source>First used:</source>
        <translation>Primer uso:</translation>
    </message>
    <message>
        <source>Last used:</source>
        <translation>Último uso:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::EnrollWizard</name>
    <message>
        <source>Enroll a device</source>
        <translation>Añadir un dispositivo</translation>
    </message>
    <message>
        <source>Which device?</source>
        <translation>¿Qué dispositivo?</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nombre del dispositivo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>A phone or another computer: create its key and certificate here and save them in a password-protected .p12 file for it</source>
        <translation>Un teléfono u otro equipo: crear aquí su clave y su certificado y guardarlos en un archivo .p12 protegido con contraseña para él</translation>
    </message>
    <message>
        <source>A device that made its own key: upload its certificate (PEM or DER file)</source>
        <translation>Un dispositivo que creó su propia clave: subir su certificado (archivo PEM o DER)</translation>
    </message>
    <message>
        <source>This computer: its key is kept in the system keychain</source>
        <translation>Este equipo: su clave se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>A device with this name already exists.</source>
        <translation>Ya existe un dispositivo con este nombre.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 días</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 año</translation>
    </message>
    <message>
        <source>2 years</source>
        <translation>2 años</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;Válido durante:</translation>
    </message>
    <message>
        <source>EC P-256 (recommended)</source>
        <translation>EC P-256 (recomendado)</translation>
    </message>
    <message>
        <source>Ed25519</source>
        <translation>Ed25519</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>&amp;Tipo de clave:</translation>
    </message>
    <message>
        <source>This device may &amp;manage other devices&apos; certificates</source>
        <translation>Este dispositivo puede &amp;gestionar los certificados de otros dispositivos</translation>
    </message>
    <message>
        <source>When off, Certdeck asks the server not to let this device add, disable or revoke certificates (&lt;i&gt;no-cert-management&lt;/i&gt;). Some servers, Prosody among them, do not enforce it.</source>
        <translation>Si está desmarcado, Certdeck pide al servidor que no permita a este dispositivo añadir, desactivar ni revocar certificados (&lt;i&gt;no-cert-management&lt;/i&gt;). Algunos servidores, entre ellos Prosody, no lo hacen cumplir.</translation>
    </message>
    <message>
        <source>Save the device&apos;s file</source>
        <translation>Guardar el archivo del dispositivo</translation>
    </message>
    <message>
        <source>The device&apos;s certificate</source>
        <translation>El certificado del dispositivo</translation>
    </message>
    <message>
        <source>Choose the file, or drop it here.</source>
        <translation>Elija el archivo o suéltelo aquí.</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Archivo de certificado</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Device certificate</source>
        <translation>Certificado del dispositivo</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer *.der);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation>Añadiendo</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Certificate for %1, %2, valid until %3, SHA-256 %4</source>
        <translation>Certificado para %1, %2, válido hasta %3, SHA-256 %4</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Creating and uploading; the list is read again to verify…</source>
        <translation>Creando y subiendo; se vuelve a obtener la lista para verificar…</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>What is the device?</source>
        <translation>¿Qué dispositivo es?</translation>
    </message>
    <message>
        <source>The file is made so that this device can open it.</source>
        <translation>El archivo se crea de forma que este dispositivo pueda abrirlo.</translation>
    </message>
    <message>
        <source>An Android phone or tablet, Android 14 or newer</source>
        <translation>Un teléfono o tableta Android, Android 14 o posterior</translation>
    </message>
    <message>
        <source>An Android phone or tablet, Android 8 to 13</source>
        <translation>Un teléfono o tableta Android, Android 8 a 13</translation>
    </message>
    <message>
        <source>An iPhone, iPad or Mac</source>
        <translation>Un iPhone, iPad o Mac</translation>
    </message>
    <message>
        <source>A desktop client such as Gajim or Poezio</source>
        <translation>Un cliente de escritorio como Gajim o Poezio</translation>
    </message>
    <message>
        <source>The file will use the older encoding these devices read (3DES, SHA-1), protected by a generated password.</source>
        <translation>El archivo usará la codificación antigua que leen estos dispositivos (3DES, SHA-1), protegida con una contraseña generada.</translation>
    </message>
    <message>
        <source>The file will use the current encoding (AES-256, SHA-256). Android before 14, iOS before 18 and macOS before 15 cannot open it and say the password is wrong.</source>
        <translation>El archivo usará la codificación actual (AES-256, SHA-256). Android anterior a 14, iOS anterior a 18 y macOS anterior a 15 no pueden abrirlo y dicen que la contraseña es incorrecta.</translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <source>Ed25519 is not offered: Android phones, iPhones and Macs cannot import it.</source>
        <translation>No se ofrece Ed25519: los teléfonos Android, los iPhone y los Mac no pueden importarlo.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Install it on the phone&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Copy the .p12 file to the phone. Open Settings → Security → Encryption &amp; credentials → Install a certificate → VPN &amp; app user certificate, choose the file, type its password and keep the name. Menus differ between phone makers and versions (on Android 8 to 10: Security &amp; location → Advanced → Encryption &amp; credentials → Install from storage); searching Settings for “certificate” finds it.&lt;/p&gt;&lt;p&gt;Then in &lt;b&gt;Conversations&lt;/b&gt;, on the screen for adding an account, choose “Login with certificate” in the menu and pick the certificate you installed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Instálelo en el teléfono&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Copie el archivo .p12 al teléfono. Abra Ajustes → Seguridad → Cifrado y credenciales → Instalar un certificado → Certificado de usuario de VPN y aplicaciones, elija el archivo, escriba su contraseña y conserve el nombre. Los menús varían según el fabricante y la versión (en Android 8 a 10: Seguridad y ubicación → Avanzado → Cifrado y credenciales → Instalar desde almacenamiento); buscar «certificado» en Ajustes lo encuentra.&lt;/p&gt;&lt;p&gt;Después, en &lt;b&gt;Conversations&lt;/b&gt;, en la pantalla para añadir una cuenta, elija «Iniciar sesión con certificado» en el menú y seleccione el certificado que instaló.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Install it on the iPhone, iPad or Mac&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;iPhone or iPad&lt;/b&gt;: send the file with AirDrop, or save it in Files and tap it. Then open Settings → Profile Downloaded → Install and type the device passcode and the file&apos;s password. iOS does not share certificates installed there with other apps: if your XMPP app imports certificates itself, open the file with the app instead (Share → the app).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mac&lt;/b&gt;: double-click the file and type its password; Keychain Access adds it to the login keychain.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Instálelo en el iPhone, iPad o Mac&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;iPhone o iPad&lt;/b&gt;: envíe el archivo con AirDrop, o guárdelo en Archivos y tóquelo. Luego abra Ajustes → Perfil descargado → Instalar y escriba el código del dispositivo y la contraseña del archivo. iOS no comparte los certificados instalados ahí con otras apps: si su app XMPP importa certificados por sí misma, abra el archivo con la app (Compartir → la app).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Mac&lt;/b&gt;: haga doble clic en el archivo y escriba su contraseña; Acceso a Llaveros lo añade al llavero «inicio de sesión».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Install it in the client&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gajim&lt;/b&gt;: Accounts → the account → Connection → Client certificate: choose the .p12 file and enter its password; select “Certificate is encrypted”.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Poezio&lt;/b&gt; reads PEM files: &lt;code&gt;openssl pkcs12 -in FILE.p12 -nokeys -out poezio.crt&lt;/code&gt; and &lt;code&gt;openssl pkcs12 -in FILE.p12 -nocerts -noenc -out poezio.key&lt;/code&gt;, then &lt;code&gt;chmod 600 poezio.key&lt;/code&gt; and set &lt;code&gt;certfile&lt;/code&gt; and &lt;code&gt;keyfile&lt;/code&gt; in poezio.cfg.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Instálelo en el cliente&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gajim&lt;/b&gt;: Cuentas → la cuenta → Conexión → Certificado de cliente: elija el archivo .p12 y escriba su contraseña; marque «El certificado está cifrado».&lt;/p&gt;&lt;p&gt;&lt;b&gt;Poezio&lt;/b&gt; lee archivos PEM: &lt;code&gt;openssl pkcs12 -in FILE.p12 -nokeys -out poezio.crt&lt;/code&gt; y &lt;code&gt;openssl pkcs12 -in FILE.p12 -nocerts -noenc -out poezio.key&lt;/code&gt;, luego &lt;code&gt;chmod 600 poezio.key&lt;/code&gt; y defina &lt;code&gt;certfile&lt;/code&gt; y &lt;code&gt;keyfile&lt;/code&gt; en poezio.cfg.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Once it is installed, delete the file from every place it passed through (downloads, cloud storage, chats).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Una vez instalado, borre el archivo de todos los sitios por los que pasó (descargas, almacenamiento en la nube, chats).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Sent, not confirmed</source>
        <translation>Enviado, sin confirmar</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>No añadido</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::LanguageMenu</name>
    <message>
        <source>Certdeck will use this language from its next start.</source>
        <translation>Certdeck usará este idioma a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>English</source>
        <comment>the name of the language you translate into, in that language</comment>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::LoginFlow</name>
    <message>
        <source>The password could not be stored in the system keychain (%1). Certdeck will ask for it next time.</source>
        <translation>No se pudo guardar la contraseña en el llavero del sistema (%1). Certdeck la pedirá la próxima vez.</translation>
    </message>
    <message>
        <source>Forget the password?</source>
        <translation>¿Olvidar la contraseña?</translation>
    </message>
    <message>
        <source>This computer now logs in with its own certificate. Forget the account password stored in the system keychain?</source>
        <translation>Este equipo inicia sesión ahora con su propio certificado. ¿Olvidar la contraseña de la cuenta guardada en el llavero del sistema?</translation>
    </message>
    <message>
        <source>Certdeck, its reminders and the automatic rotation of this computer&apos;s certificate work without it. You need the password again only if this computer&apos;s certificate is revoked, disabled or expires.</source>
        <translation>Certdeck, sus recordatorios y la renovación automática del certificado de este equipo funcionan sin ella. Solo volverá a necesitar la contraseña si el certificado de este equipo se revoca, se desactiva o caduca.</translation>
    </message>
    <message>
        <source>Forget the password</source>
        <translation>Olvidar la contraseña</translation>
    </message>
    <message>
        <source>Keep the password</source>
        <translation>Conservar la contraseña</translation>
    </message>
    <message>
        <source>The password could not be removed from the system keychain (%1).</source>
        <translation>No se pudo eliminar la contraseña del llavero del sistema (%1).</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::LostDeviceDialog</name>
    <message>
        <source>Revoke and log out now</source>
        <translation>Revocar y cerrar su sesión ahora</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Lost or stolen device</source>
        <translation>Dispositivo perdido o robado</translation>
    </message>
    <message>
        <source>Device to revoke</source>
        <translation>Dispositivo que se revocará</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Dispositivo:</translation>
    </message>
    <message>
        <source>&lt;p&gt;What happens now:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;The device is logged out &lt;b&gt;right now&lt;/b&gt;, and it can never log in with this certificate again.&lt;/li&gt;&lt;li&gt;What it already downloaded (messages, files) stays on it.&lt;/li&gt;&lt;li&gt;If the device ever knew the account&apos;s password, change the password too.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Qué ocurre ahora:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;La sesión del dispositivo se cierra &lt;b&gt;ahora mismo&lt;/b&gt;, y nunca podrá volver a iniciar sesión con este certificado.&lt;/li&gt;&lt;li&gt;Lo que ya haya descargado (mensajes, archivos) sigue en él.&lt;/li&gt;&lt;li&gt;Si el dispositivo llegó a conocer la contraseña de la cuenta, cambie también la contraseña.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Type the device name to confirm</source>
        <translation>Escriba el nombre del dispositivo para confirmar</translation>
    </message>
    <message>
        <source>To confirm, type the device&apos;s name (&lt;b&gt;%1&lt;/b&gt;):</source>
        <translation>Para confirmar, escriba el nombre del dispositivo (&lt;b&gt;%1&lt;/b&gt;):</translation>
    </message>
    <message>
        <source>This is &lt;b&gt;this computer&apos;s own certificate&lt;/b&gt;. Certdeck on this computer will no longer be able to log in with it.</source>
        <translation>Es &lt;b&gt;el propio certificado de este equipo&lt;/b&gt;. Certdeck ya no podrá iniciar sesión con él en este equipo.</translation>
    </message>
    <message>
        <source>This is the &lt;b&gt;last certificate that may manage devices&lt;/b&gt;. After it is revoked, only the account password can add or remove device certificates.</source>
        <translation>Es el &lt;b&gt;último certificado que puede gestionar dispositivos&lt;/b&gt;. Una vez revocado, solo la contraseña de la cuenta podrá añadir o quitar certificados de dispositivos.</translation>
    </message>
    <message>
        <source>I understand, revoke it anyway</source>
        <translation>Lo entiendo, revocarlo de todos modos</translation>
    </message>
    <message>
        <source>&lt;p&gt;Revoking “%1”…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Revocando «%1»…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The earlier revoke reached the server</source>
        <translation>La revocación anterior llegó al servidor</translation>
    </message>
    <message>
        <source>Revoke sent at %1</source>
        <translation>Revocación enviada a las %1</translation>
    </message>
    <message>
        <source>Sessions closed: %1</source>
        <translation>Sesiones cerradas: %1</translation>
    </message>
    <message>
        <source>Verified at %1: the certificate is gone from a fresh list</source>
        <translation>Verificado a las %1: el certificado ya no está en una lista recién obtenida</translation>
    </message>
    <message>
        <source>Not revoked. %1</source>
        <translation>No revocado. %1</translation>
    </message>
    <message>
        <source>No session went offline with the revoke</source>
        <translation>Ninguna sesión se desconectó con la revocación</translation>
    </message>
    <message>
        <source>Went offline at the same time, not tied to this certificate: %1</source>
        <translation>Se desconectaron al mismo tiempo, sin relación con este certificado: %1</translation>
    </message>
    <message>
        <source>Not confirmed: the device may still be able to log in. Retry to finish and prove the revoke.</source>
        <translation>Sin confirmar: puede que el dispositivo aún pueda iniciar sesión. Reintente para terminar y demostrar la revocación.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificado:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Cut off a lost or stolen device&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Bloquear un dispositivo perdido o robado&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>%1 (unreadable entry)</source>
        <translation>%1 (entrada ilegible)</translation>
    </message>
    <message>
        <source>Not connected: Certdeck can revoke once it is back online.</source>
        <translation>Sin conexión: Certdeck podrá revocar en cuanto vuelva a estar en línea.</translation>
    </message>
    <message>
        <source>The name does not match. Type “%1” exactly as shown.</source>
        <translation>El nombre no coincide. Escriba «%1» exactamente como se muestra.</translation>
    </message>
    <message>
        <source>Tick “%1” first.</source>
        <translation>Marque primero «%1».</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::MainWindow</name>
    <message>
        <source>&amp;Copy SHA-256 fingerprint</source>
        <translation>&amp;Copiar la huella SHA-256</translation>
    </message>
    <message>
        <source>&amp;Export certificate as PEM…</source>
        <translation>&amp;Exportar el certificado como PEM…</translation>
    </message>
    <message>
        <source>&amp;Lost device…</source>
        <translation>Dispositivo &amp;perdido…</translation>
    </message>
    <message>
        <source>&amp;Disable (retire)…</source>
        <translation>&amp;Desactivar (retirar)…</translation>
    </message>
    <message>
        <source>&amp;Enroll device…</source>
        <translation>A&amp;ñadir dispositivo…</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>&amp;Renovar…</translation>
    </message>
    <message>
        <source>&amp;Finish rotation</source>
        <translation>&amp;Terminar la renovación</translation>
    </message>
    <message>
        <source>Log in to the account again</source>
        <translation>Volver a iniciar sesión en la cuenta</translation>
    </message>
    <message>
        <source>A device was lost or stolen: revoke its certificate and log it out now (%1)</source>
        <translation>Se perdió o robaron un dispositivo: revocar su certificado y cerrar su sesión ahora (%1)</translation>
    </message>
    <message>
        <source>Lost device</source>
        <translation>Dispositivo perdido</translation>
    </message>
    <message>
        <source>Retire a device that is not compromised: it can no longer log in</source>
        <translation>Retirar un dispositivo que no está comprometido: ya no puede iniciar sesión</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The server listed %n certificate(s) that cannot be shown:</source>
        <translation>
            <numerusform>El servidor listó %n certificado que no se puede mostrar:</numerusform>
            <numerusform>El servidor listó %n certificados que no se pueden mostrar:</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>Acti&amp;vidad</translation>
    </message>
    <message>
        <source>Every enroll, disable and revoke, with its outcome</source>
        <translation>Cada alta, desactivación y revocación, con su resultado</translation>
    </message>
    <message>
        <source>Add a device with its own certificate</source>
        <translation>Añadir un dispositivo con su propio certificado</translation>
    </message>
    <message>
        <source>Replace the selected device&apos;s certificate with a new one</source>
        <translation>Sustituir el certificado del dispositivo seleccionado por uno nuevo</translation>
    </message>
    <message>
        <source>Rotate all &amp;due…</source>
        <translation>Renovar todos los pendi&amp;entes…</translation>
    </message>
    <message>
        <source>Rotate every certificate past two thirds of its lifetime</source>
        <translation>Renovar cada certificado que haya superado dos tercios de su vigencia</translation>
    </message>
    <message>
        <source>Rotating this computer&apos;s certificate…</source>
        <translation>Renovando el certificado de este equipo…</translation>
    </message>
    <message>
        <source>Creating the new certificate for “%1”…</source>
        <translation>Creando el certificado nuevo para «%1»…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Confi&amp;guración</translation>
    </message>
    <message>
        <source>No certificate is due for rotation.</source>
        <translation>Ningún certificado necesita renovarse.</translation>
    </message>
    <message numerus="yes">
        <source>Rotating %n certificate(s)…</source>
        <translation>
            <numerusform>Renovando %n certificado…</numerusform>
            <numerusform>Renovando %n certificados…</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable “%1”?</source>
        <translation>¿Desactivar «%1»?</translation>
    </message>
    <message>
        <source>&lt;p&gt;The device can no longer log in with this certificate. If it is connected right now, it &lt;b&gt;stays connected&lt;/b&gt; until it logs out.&lt;/p&gt;&lt;p&gt;Use this for a device you retire or replace. If the device was &lt;b&gt;lost or stolen&lt;/b&gt;, use “Lost device” instead: once its certificate is disabled, a device that is still connected can no longer be kicked off.&lt;/p&gt;</source>
        <translation>&lt;p&gt;El dispositivo ya no podrá iniciar sesión con este certificado. Si está conectado ahora mismo, &lt;b&gt;sigue conectado&lt;/b&gt; hasta que cierre la sesión.&lt;/p&gt;&lt;p&gt;Úselo para un dispositivo que retira o sustituye. Si el dispositivo se &lt;b&gt;perdió o lo robaron&lt;/b&gt;, use «Dispositivo perdido»: una vez desactivado su certificado, un dispositivo que siga conectado ya no puede ser expulsado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Lost device instead…</source>
        <translation>Mejor «Dispositivo perdido»…</translation>
    </message>
    <message>
        <source>Disabling “%1”…</source>
        <translation>Desactivando «%1»…</translation>
    </message>
    <message>
        <source>“%1” was not disabled: %2</source>
        <translation>«%1» no se desactivó: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n dispositivo</numerusform>
            <numerusform>%n dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expiring within 30 days</source>
        <translation>
            <numerusform>%n caduca en 30 días</numerusform>
            <numerusform>%n caducan en 30 días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <translation>
            <numerusform>%n caducado</numerusform>
            <numerusform>%n caducados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other session(s) online</source>
        <translation>
            <numerusform>%n sesión más en línea</numerusform>
            <numerusform>%n sesiones más en línea</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Desconectado: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Online · loading…</source>
        <translation>En línea · cargando…</translation>
    </message>
    <message>
        <source>Online · no certificate management</source>
        <translation>En línea · sin gestión de certificados</translation>
    </message>
    <message>
        <source>Online as %1</source>
        <translation>En línea como %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Not connected&lt;/h3&gt;&lt;p&gt;Log in to see the certificates your devices use.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sin conexión&lt;/h3&gt;&lt;p&gt;Inicie sesión para ver los certificados que usan sus dispositivos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Connecting…&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Conectando…&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Loading certificates…&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Cargando certificados…&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;This server does not support client certificates&lt;/h3&gt;&lt;p&gt;The server does not offer XEP-0257 (client certificate management), so Certdeck cannot list or change the certificates of this account.&lt;/p&gt;&lt;p&gt;Ask the server&apos;s administrator to enable it; on Prosody it is the module &lt;i&gt;mod_client_certs&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Este servidor no admite certificados de cliente&lt;/h3&gt;&lt;p&gt;El servidor no ofrece XEP-0257 (gestión de certificados de cliente), así que Certdeck no puede listar ni cambiar los certificados de esta cuenta.&lt;/p&gt;&lt;p&gt;Pida a la administración del servidor que lo active; en Prosody es el módulo &lt;i&gt;mod_client_certs&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No device certificates yet&lt;/h3&gt;&lt;p&gt;With a certificate of its own, each device logs in without the account&apos;s password (XEP-0257, SASL EXTERNAL). When a device is lost or stolen, you revoke its certificate and only that device is cut off; the others stay logged in.&lt;/p&gt;&lt;p&gt;Enroll your first device to begin.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Todavía no hay certificados de dispositivo&lt;/h3&gt;&lt;p&gt;Con un certificado propio, cada dispositivo inicia sesión sin la contraseña de la cuenta (XEP-0257, SASL EXTERNAL). Si un dispositivo se pierde o se lo roban, usted revoca su certificado y solo ese dispositivo queda fuera; los demás siguen conectados.&lt;/p&gt;&lt;p&gt;Añada su primer dispositivo para empezar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No device matches “%1”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ningún dispositivo coincide con «%1».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export certificate</source>
        <translation>Exportar el certificado</translation>
    </message>
    <message>
        <source>PEM certificate (*.pem *.crt)</source>
        <translation>Certificado PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>The certificate could not be saved to %1: %2</source>
        <translation>No se pudo guardar el certificado en %1: %2</translation>
    </message>
    <message>
        <source>Certificate of “%1” saved to %2.</source>
        <translation>Certificado de «%1» guardado en %2.</translation>
    </message>
    <message>
        <source>Log &amp;in with password…</source>
        <translation>&amp;Iniciar sesión con la contraseña…</translation>
    </message>
    <message>
        <source>Logged in with this computer&apos;s certificate</source>
        <translation>Sesión iniciada con el certificado de este equipo</translation>
    </message>
    <message>
        <source>Logged in with the password</source>
        <translation>Sesión iniciada con la contraseña</translation>
    </message>
    <message>
        <source>Revoke “%1”…</source>
        <translation>Revocar «%1»…</translation>
    </message>
    <message>
        <source>Disable “%1”…</source>
        <translation>Desactivar «%1»…</translation>
    </message>
    <message>
        <source>Such an entry may still log in: unless you know what it is, revoke it.</source>
        <translation>Una entrada así puede seguir iniciando sesión: revóquela, salvo que sepa qué es.</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Devi&amp;ces</source>
        <translation>&amp;Dispositivos</translation>
    </message>
    <message>
        <source>Not reported by the server</source>
        <translation>El servidor no lo indica</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>&amp;Sort by</source>
        <translation>&amp;Ordenar por</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>&amp;Descendente</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::NewDeviceAlert</name>
    <message>
        <source>Yes, it was me</source>
        <translation>Sí, fui yo</translation>
    </message>
    <message>
        <source>No — cut it off</source>
        <translation>No, bloquearlo</translation>
    </message>
    <message>
        <source>New device certificate</source>
        <translation>Certificado de dispositivo nuevo</translation>
    </message>
    <message>
        <source>Yes, all of them were me</source>
        <translation>Sí, todos son míos</translation>
    </message>
    <message>
        <source>No — cut off “%1”</source>
        <translation>No, bloquear «%1»</translation>
    </message>
    <message>
        <source>Check for new devices</source>
        <translation>Buscar dispositivos nuevos</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>Cada 5 minutos</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Cada 15 minutos</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Cada hora</translation>
    </message>
    <message>
        <source>Off (only at start and refresh)</source>
        <translation>Desactivado (solo al iniciar y al actualizar)</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::P12TargetWidget</name>
    <message>
        <source>File for the device</source>
        <translation>Archivo para el dispositivo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Password for the file</source>
        <translation>Contraseña del archivo</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Save the device&apos;s key and certificate</source>
        <translation>Guardar la clave y el certificado del dispositivo</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12)</source>
        <translation>Archivos PKCS#12 (*.p12)</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>fuerte</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <source>This file already exists; choose another name so no device loses its key.</source>
        <translation>Este archivo ya existe; elija otro nombre para que ningún dispositivo pierda su clave.</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters. You will type it once on the device.</source>
        <translation>La contraseña necesita al menos 8 caracteres. La escribirá una vez en el dispositivo.</translation>
    </message>
    <message>
        <source>Password strength: %1 · the two passwords differ</source>
        <translation>Seguridad de la contraseña: %1 · las dos contraseñas no coinciden</translation>
    </message>
    <message>
        <source>Password strength: %1</source>
        <translation>Seguridad de la contraseña: %1</translation>
    </message>
    <message>
        <source>Made for:</source>
        <translation>Creado para:</translation>
    </message>
    <message>
        <source>Generated password for the file</source>
        <translation>Contraseña generada para el archivo</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Note it now: it is shown only here. Type it on the device when it asks, and pass it on separately from the file (say it, or send it another way).</source>
        <translation>Anótela ahora: solo se muestra aquí. Escríbala en el dispositivo cuando se la pida y transmítala por separado del archivo (dígala en voz alta o envíela por otra vía).</translation>
    </message>
    <message>
        <source>Type my own password instead</source>
        <translation>Escribir mi propia contraseña</translation>
    </message>
    <message>
        <source>Files for older phones always get a generated password: their encryption is weak with a password a person chooses.</source>
        <translation>Los archivos para teléfonos antiguos siempre reciben una contraseña generada: su cifrado es débil con una contraseña elegida por una persona.</translation>
    </message>
    <message>
        <source>Older phones: Android 8 to 13, older iPhones and Macs (3DES, SHA-1)</source>
        <translation>Teléfonos antiguos: Android 8 a 13, iPhone y Mac antiguos (3DES, SHA-1)</translation>
    </message>
    <message>
        <source>Current phones and computers: Android 14, iOS 18, macOS 15 or newer, and desktop clients (AES-256, SHA-256)</source>
        <translation>Teléfonos y equipos actuales: Android 14, iOS 18, macOS 15 o posterior, y clientes de escritorio (AES-256, SHA-256)</translation>
    </message>
    <message>
        <source>No password could be generated (no secure random numbers). Type your own instead.</source>
        <translation>No se pudo generar ninguna contraseña (no hay números aleatorios seguros). Escriba la suya.</translation>
    </message>
    <message>
        <source>⚠ Some phones and programs cannot open a file whose password has characters other than the letters A–Z, digits and common symbols (such as ü or é).</source>
        <translation>⚠ Algunos teléfonos y programas no pueden abrir un archivo cuya contraseña tenga caracteres distintos de las letras A–Z, los dígitos y los símbolos habituales (como ü o é).</translation>
    </message>
    <message>
        <source>Folder for the devices&apos; files</source>
        <translation>Carpeta para los archivos de los dispositivos</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>C&amp;arpeta:</translation>
    </message>
    <message>
        <source>This is a file, not a folder; choose a folder for the devices&apos; files.</source>
        <translation>Esto es un archivo, no una carpeta; elija una carpeta para los archivos de los dispositivos.</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Copiar la contraseña</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Password copied</source>
        <translation>Contraseña copiada</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::RotateDialog</name>
    <message numerus="yes">
        <source>Rotate %n certificate(s)</source>
        <translation>
            <numerusform>Renovar %n certificado</numerusform>
            <numerusform>Renovar %n certificados</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate “%1”</source>
        <translation>Renovar «%1»</translation>
    </message>
    <message>
        <source>&lt;p&gt;New keys and certificates are made for: %1. Each is saved as a .p12 file in the folder below, all with the password below.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Se crean claves y certificados nuevos para: %1. Cada uno se guarda como archivo .p12 en la carpeta de abajo, todos con la contraseña de abajo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A new key and certificate are made for the device and saved in a .p12 file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Se crean una clave y un certificado nuevos para el dispositivo y se guardan en un archivo .p12.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The old certificates keep working until you confirm each device has switched (“Finish rotation”).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Los certificados antiguos siguen funcionando hasta que confirme que cada dispositivo ha cambiado al nuevo («Terminar la renovación»).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create and upload</source>
        <translation>Crear y subir</translation>
    </message>
</context>
<context>
    <name>certdeck::ui::TrayIcon</name>
    <message>
        <source>Show Certdeck</source>
        <translation>Mostrar Certdeck</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>The certificate of “%1” expires today. Rotate it now.</source>
        <translation>El certificado de «%1» caduca hoy. Renuévelo ahora.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate of “%1” expires in %n day(s). Rotate it soon.</source>
        <translation>
            <numerusform>El certificado de «%1» caduca en %n día. Renuévelo pronto.</numerusform>
            <numerusform>El certificado de «%1» caduca en %n días. Renuévelo pronto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate expiring</source>
        <translation>Certificado a punto de caducar</translation>
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
        <translation>Certificado de servidor sin verificar</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The server for %1 presented a certificate that could not be verified.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;This is normal for a private server with its own certificate. It can also mean that someone is intercepting the connection. Compare the fingerprint with the one your server&apos;s administrator gives you before you trust it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;El servidor de %1 presentó un certificado que no se pudo verificar.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Es normal en un servidor privado con certificado propio. También puede significar que alguien está interceptando la conexión. Compare la huella con la que le dé la administración de su servidor antes de confiar en ella.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Emitido para:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validez:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella SHA-256:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problema:</translation>
    </message>
    <message>
        <source>Trust and &amp;remember this key</source>
        <translation>Confiar y &amp;recordar esta clave</translation>
    </message>
    <message>
        <source>Trust &amp;once</source>
        <translation>Confiar &amp;una vez</translation>
    </message>
    <message>
        <source>Certdeck will accept this key, and only this key, for this account from now on.</source>
        <translation>A partir de ahora, Certdeck aceptará esta clave, y solo esta, para esta cuenta.</translation>
    </message>
    <message>
        <source>Accept the key for this session only.</source>
        <translation>Aceptar la clave solo para esta sesión.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage your devices&apos; XMPP client certificates.</source>
        <translation>Gestiona los certificados de cliente XMPP de sus dispositivos.</translation>
    </message>
    <message>
        <source>Rotate this computer&apos;s certificate automatically</source>
        <translation>Renovar automáticamente el certificado de este equipo</translation>
    </message>
</context>
</TS>
