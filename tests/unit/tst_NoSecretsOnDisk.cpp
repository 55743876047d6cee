// Runs after the whole suite: every file Certdeck wrote in the tests' homes (settings, activity logs, exports
// to app folders) is searched for private keys and the passwords the tests used.
#include "TestConfig.h"

#include <QDirIterator>
#include <QFile>
#include <QtTest>

class TestNoSecretsOnDisk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nothingSecretWasWritten();
};

void TestNoSecretsOnDisk::nothingSecretWasWritten()
{
    const QList<QByteArray> secrets{"PRIVATE KEY",     "alice-password",        "export-secret",
                                    "device-pass",     "Correct-Horse-42",      "rotation password",
                                    "tablet password", "a long device password"};
    QDirIterator it(QString::fromLatin1(certdeck::test::homesDir),
                    QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = f.readAll();
        ++files;
        for (const QByteArray &secret : secrets)
            QVERIFY2(
                !content.contains(secret),
                qPrintable(QStringLiteral("%1 holds \"%2\"").arg(f.fileName(), QString::fromLatin1(secret))));
    }
    qInfo("searched %d files", files);
    QVERIFY(files > 0); // the suite wrote settings and logs: an empty search would prove nothing
}

QTEST_GUILESS_MAIN(TestNoSecretsOnDisk)
#include "tst_NoSecretsOnDisk.moc"
