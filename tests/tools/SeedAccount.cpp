// certdeck-seed: puts device certificates with chosen dates on an account, for the demo and manual tests.
// It appends raw (no checks), because a demo needs certificates Certdeck itself would refuse (an expired
// one).
//   certdeck-seed --jid J --host H --port P --ca-file F --password-file F --out DIR NAME:FROM_DAYS:TO_DAYS
//   ...
#include "SessionHelpers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

using namespace certdeck;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption jid(QStringLiteral("jid"), QStringLiteral("account"), QStringLiteral("jid"));
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("host"), QStringLiteral("host"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("port"), QStringLiteral("port"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), QStringLiteral("server CA"),
                                    QStringLiteral("file"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"), QStringLiteral("password"),
                                          QStringLiteral("file"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("where keys and certificates go"),
                                 QStringLiteral("dir"));
    parser.addOptions({jid, host, port, caFile, passwordFile, out});
    parser.addPositionalArgument(QStringLiteral("devices"), QStringLiteral("NAME:FROM_DAYS:TO_DAYS"));
    parser.process(app);

    AccountSettings settings;
    settings.jid = parser.value(jid);
    settings.host = parser.value(host);
    settings.port = static_cast<quint16>(parser.value(port).toUInt());
    QFile ca(parser.value(caFile));
    if (ca.open(QIODevice::ReadOnly))
        settings.trustedCertificates = QSslCertificate::fromData(ca.readAll(), QSsl::Pem);
    QFile pw(parser.value(passwordFile));
    if (!pw.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "certdeck-seed: cannot read the password file\n");
        return 2;
    }
    const QString password = QString::fromUtf8(pw.readLine()).trimmed();

    AccountSession session;
    if (const auto failure = test::connectAndWait(session, settings, password)) {
        std::fprintf(stderr, "certdeck-seed: %s\n", qPrintable(failure->message()));
        return 3;
    }
    const QDir outDir(parser.value(out));
    for (const QString &spec : parser.positionalArguments()) {
        const QStringList parts = spec.split(QLatin1Char(':'));
        if (parts.size() != 3) {
            std::fprintf(stderr, "certdeck-seed: bad device spec %s\n", qPrintable(spec));
            return 2;
        }
        const auto cred = test::makeCredential(parts[0], settings.jid, parts[1].toInt(), parts[2].toInt());
        const auto ok = test::awaitResult<Success>([&](QObject *c, auto done) {
            session.requestAppend(parts[0], cred.certificate.der, false, c, done);
        });
        if (!ok || !ok->hasValue()) {
            std::fprintf(stderr, "certdeck-seed: append %s failed: %s\n", qPrintable(parts[0]),
                         ok ? qPrintable(ok->error().message()) : "no answer");
            return 4;
        }
        if (parser.isSet(out)) {
            const QString base =
                outDir.filePath(parts[0].toLower().replace(QLatin1Char(' '), QLatin1Char('-')));
            QSaveFile key(base + QStringLiteral(".key"));
            QSaveFile crt(base + QStringLiteral(".crt"));
            if (!key.open(QIODevice::WriteOnly) || !crt.open(QIODevice::WriteOnly))
                return 1;
            key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            key.write(cred.privateKeyPem.bytes());
            crt.write(cred.certificate.pem());
            if (!key.commit() || !crt.commit())
                return 1;
        }
        std::printf("appended %s (expires %s)\n", qPrintable(parts[0]),
                    qPrintable(cred.certificate.notAfter.toString(Qt::ISODate)));
    }
    session.disconnectFromServer();
    return 0;
}
