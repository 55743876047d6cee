// Reads .p12 files with BouncyCastle, the PKCS#12 code Android's certificate installer uses.
// Arguments: groups of three: FILE PASSWORD ok|wrong. For "ok" the store must load (its MAC checked), hold one
// key entry whose key decrypts and signs what the entry's certificate verifies; prints
// "OK <file> <key algorithm> <SHA-256 of the certificate>". For "wrong" loading must fail; prints
// "REFUSED <file>". Anything else prints "FAIL <file> <reason>" and the exit code is 1.
import java.io.FileInputStream;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Security;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.HexFormat;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

public class Pkcs12Reader {
    static String check(String file, char[] password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12", "BC");
        try (FileInputStream in = new FileInputStream(file)) {
            store.load(in, password);
        }
        String result = null;
        for (String alias : Collections.list(store.aliases())) {
            if (!store.isKeyEntry(alias))
                continue;
            if (result != null)
                throw new Exception("more than one key entry");
            PrivateKey key = (PrivateKey) store.getKey(alias, password);
            X509Certificate cert = (X509Certificate) store.getCertificate(alias);
            if (key == null || cert == null)
                throw new Exception("key entry without key or certificate");
            String algorithm = key.getAlgorithm();
            String signature = algorithm.startsWith("EC") ? "SHA256withECDSA"
                    : algorithm.startsWith("RSA") ? "SHA256withRSA" : "Ed25519";
            byte[] data = ("certdeck " + file).getBytes("UTF-8");
            Signature signer = Signature.getInstance(signature, "BC");
            signer.initSign(key);
            signer.update(data);
            byte[] signed = signer.sign();
            Signature verifier = Signature.getInstance(signature, "BC");
            verifier.initVerify(cert.getPublicKey());
            verifier.update(data);
            if (!verifier.verify(signed))
                throw new Exception("the key does not belong to the certificate");
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
            result = algorithm + " " + sha256;
        }
        if (result == null)
            throw new Exception("no key entry");
        return result;
    }

    public static void main(String[] args) {
        Security.addProvider(new BouncyCastleProvider());
        boolean failed = false;
        for (int i = 0; i + 2 < args.length; i += 3) {
            String file = args[i];
            boolean expectOk = args[i + 2].equals("ok");
            try {
                String result = check(file, args[i + 1].toCharArray());
                if (expectOk) {
                    System.out.println("OK " + file + " " + result);
                } else {
                    System.out.println("FAIL " + file + " opened with a wrong password");
                    failed = true;
                }
            } catch (Exception e) {
                if (expectOk) {
                    System.out.println("FAIL " + file + " " + e);
                    failed = true;
                } else {
                    System.out.println("REFUSED " + file);
                }
            }
        }
        System.exit(failed ? 1 : 0);
    }
}
