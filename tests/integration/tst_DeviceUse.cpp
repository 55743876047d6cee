// Issue 27, against the real Prosody (0.12, and 13 in the prosody13 rerun) with packaging/prosody's module
// fix: which device is online, and when each was last used, as the window and certdeck-cli (a process, in
// en_US.UTF-8) show it. Two phones log in by SASL EXTERNAL with their own certificates (slixmpp).
#include "CliProcess.h"
#include "Phone.h"
#include "ProsodyServer.h"
#include "SessionHelpers.h"
#include "controller/AccountController.h"
#include "model/CertificateListModel.h"
#include "util/Translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace certdeck;

class TestDeviceUse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void eachPhoneOnItsOwnRow();
    void offlinePhoneSaysWhenItWasLastUsed();
    void lastUseSurvivesARestart();
    void serverWithoutTheReportIsUnknown();
    void lostDeviceProofNamesTheSessionTheServerTied();

private:
    [[nodiscard]] test::CliRun cli(const test::ProsodyServer &server, const QStringList &args) const;
    // The list line certdeck-cli prints for this certificate, with the given last column.
    [[nodiscard]] static QString listLine(const QString &name, const DeviceCredential &cred,
                                          const QString &use);
    [[nodiscard]] bool enroll(const test::ProsodyServer &server, const QString &name,
                              const DeviceCredential &cred);

    test::ProsodyServer m_server;
    test::ProsodyServer m_silent; // the module without the use report
    QTemporaryDir m_home;
    DeviceCredential m_pixel;
    DeviceCredential m_laptop;
    DeviceCredential m_spare;
    QDateTime m_laptopLoggedIn;
    QString m_laptopLastUsed; // as certdeck-cli printed it
};

void TestDeviceUse::initTestCase()
{
    installTranslations(QLocale(QLocale::English));
    const QStringList users{QStringLiteral("alice:alice-password")};
    QVERIFY2(m_server.start({true, users}), qPrintable(m_server.errorString()));
    test::ProsodyServer::Options silent{true, users};
    silent.useReport = false;
    QVERIFY2(m_silent.start(silent), qPrintable(m_silent.errorString()));
    const QString jid = m_server.jid(QStringLiteral("alice"));
    m_pixel = test::makeCredential(QStringLiteral("Pixel phone"), jid, -1, 90);
    m_laptop = test::makeCredential(QStringLiteral("Work laptop"), jid, -1, 90);
    m_spare = test::makeCredential(QStringLiteral("Spare"), jid, -1, 90);
    for (const test::ProsodyServer *server : {&m_server, &m_silent}) {
        QVERIFY(enroll(*server, QStringLiteral("Pixel phone"), m_pixel));
        QVERIFY(enroll(*server, QStringLiteral("Work laptop"), m_laptop));
        QVERIFY(enroll(*server, QStringLiteral("Spare"), m_spare));
    }
}

bool TestDeviceUse::enroll(const test::ProsodyServer &server, const QString &name,
                           const DeviceCredential &cred)
{
    AccountSession session;
    if (test::connectAndWait(session, server.settingsFor(QStringLiteral("alice")),
                             QStringLiteral("alice-password")))
        return false;
    const auto appended = test::awaitResult<Success>(
        [&](QObject *c, auto done) { session.requestAppend(name, cred.certificate.der, false, c, done); });
    return appended && appended->hasValue();
}

test::CliRun TestDeviceUse::cli(const test::ProsodyServer &server, const QStringList &args) const
{
    return test::CliProcess(server, m_home.filePath(QString::number(server.port()))).run(args);
}

QString TestDeviceUse::listLine(const QString &name, const DeviceCredential &cred, const QString &use)
{
    return QStringList{name, cred.certificate.notAfter.toString(Qt::ISODate),
                       cred.certificate.keyDescription(), cred.certificate.shortFingerprint(), use}
        .join(QLatin1Char('\t'));
}

void TestDeviceUse::eachPhoneOnItsOwnRow()
{
    test::Phone pixel(m_server, m_pixel, QStringLiteral("pixel"));
    auto laptop = std::make_unique<test::Phone>(m_server, m_laptop, QStringLiteral("laptop"));
    pixel.start();
    laptop->start();
    QVERIFY2(pixel.waitFor(QStringLiteral("bound")), qPrintable(pixel.output()));
    QVERIFY2(laptop->waitFor(QStringLiteral("bound")), qPrintable(laptop->output()));
    m_laptopLoggedIn = QDateTime::currentDateTimeUtc().addSecs(-1);

    // The window: a password login (not tied to any certificate) that lists the account.
    AccountSession session;
    CertificateListModel model;
    AccountController controller(&session, &model);
    QSignalSpy updated(&controller, &AccountController::listingUpdated);
    controller.logIn(m_server.settingsFor(QStringLiteral("alice")), QStringLiteral("alice-password"));
    QVERIFY(updated.wait(10000));
    const auto status = [&](const QString &name) { return model.statusText(*model.listing().find(name)); };
    QCOMPARE(status(QStringLiteral("Pixel phone")), QStringLiteral("Online now · pixel"));
    QCOMPARE(status(QStringLiteral("Work laptop")), QStringLiteral("Online now · laptop"));
    QCOMPARE(status(QStringLiteral("Spare")), QStringLiteral("Never used"));
    // Certdeck's own password session is on no certificate's row.
    for (const SaslCertItem &item : model.listing().items)
        QVERIFY2(!item.users.contains(session.resource()), qPrintable(item.name));
    QVERIFY(model.useReported());

    // The command line says the same, word for word.
    const test::CliRun list = cli(m_server, {QStringLiteral("list")});
    QVERIFY2(list.code == 0, qPrintable(list.err));
    QStringList lines = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.sort();
    QCOMPARE(lines,
             (QStringList{
                 listLine(QStringLiteral("Pixel phone"), m_pixel, QStringLiteral("online now (pixel)")),
                 listLine(QStringLiteral("Spare"), m_spare, QStringLiteral("never used")),
                 listLine(QStringLiteral("Work laptop"), m_laptop, QStringLiteral("online now (laptop)"))}));
    const test::CliRun json = cli(m_server, {QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(json.code == 0, qPrintable(json.err));
    const QJsonArray items =
        QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 3);
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        if (name == QStringLiteral("Spare")) {
            QCOMPARE(o.value(QStringLiteral("use")).toString(), QStringLiteral("never-used"));
            QCOMPARE(o.value(QStringLiteral("online_resources")).toArray().size(), 0);
            QVERIFY(o.value(QStringLiteral("last_used")).isNull());
        } else {
            QCOMPARE(o.value(QStringLiteral("use")).toString(), QStringLiteral("online"));
            QCOMPARE(o.value(QStringLiteral("online_resources")).toArray(),
                     QJsonArray{name == QStringLiteral("Pixel phone") ? QStringLiteral("pixel")
                                                                      : QStringLiteral("laptop")});
            QVERIFY(o.value(QStringLiteral("first_used")).isString());
        }
    }

    // The laptop logs out: the window lists again by itself, and the row says when it was last used.
    laptop.reset();
    QTRY_COMPARE_WITH_TIMEOUT(status(QStringLiteral("Work laptop")), QStringLiteral("Last used just now"),
                              10000);
    QCOMPARE(status(QStringLiteral("Pixel phone")), QStringLiteral("Online now · pixel"));
}

void TestDeviceUse::offlinePhoneSaysWhenItWasLastUsed()
{
    const test::CliRun list = cli(m_server, {QStringLiteral("list")});
    QVERIFY2(list.code == 0, qPrintable(list.err));
    const QString prefix = listLine(QStringLiteral("Work laptop"), m_laptop, QStringLiteral("last used "));
    QString line;
    for (const QString &l : list.out.split(QLatin1Char('\n')))
        if (l.startsWith(prefix))
            line = l;
    QVERIFY2(!line.isEmpty(), qPrintable(list.out));
    m_laptopLastUsed = line.mid(prefix.size());
    const QDateTime last = QDateTime::fromString(m_laptopLastUsed, Qt::ISODate);
    QVERIFY2(last.isValid() && last >= m_laptopLoggedIn && last <= QDateTime::currentDateTimeUtc(),
             qPrintable(m_laptopLastUsed));
}

void TestDeviceUse::lastUseSurvivesARestart()
{
    QVERIFY(!m_laptopLastUsed.isEmpty());
    QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));
    const test::CliRun list = cli(m_server, {QStringLiteral("list")});
    QVERIFY2(list.code == 0, qPrintable(list.err));
    QVERIFY2(list.out.contains(listLine(QStringLiteral("Work laptop"), m_laptop,
                                        QStringLiteral("last used ") + m_laptopLastUsed)),
             qPrintable(list.out));
    // The phone's session went with the restart; its login is remembered.
    QVERIFY2(
        list.out.contains(listLine(QStringLiteral("Pixel phone"), m_pixel, QStringLiteral("last used "))),
        qPrintable(list.out));
    QVERIFY2(list.out.contains(listLine(QStringLiteral("Spare"), m_spare, QStringLiteral("never used"))),
             qPrintable(list.out));
}

void TestDeviceUse::serverWithoutTheReportIsUnknown()
{
    test::Phone pixel(m_silent, m_pixel, QStringLiteral("pixel"));
    pixel.start();
    QVERIFY2(pixel.waitFor(QStringLiteral("bound")), qPrintable(pixel.output()));
    const test::CliRun list = cli(m_silent, {QStringLiteral("list")});
    QVERIFY2(list.code == 0, qPrintable(list.err));
    QVERIFY2(list.out.contains(listLine(QStringLiteral("Pixel phone"), m_pixel,
                                        QStringLiteral("unknown (the server does not say)"))),
             qPrintable(list.out));

    AccountSession session;
    CertificateListModel model;
    AccountController controller(&session, &model);
    QSignalSpy updated(&controller, &AccountController::listingUpdated);
    controller.logIn(m_silent.settingsFor(QStringLiteral("alice")), QStringLiteral("alice-password"));
    QVERIFY(updated.wait(10000));
    // No guess on any row; the header says once why.
    QVERIFY(!model.useReported());
    for (const SaslCertItem &item : model.listing().items)
        QCOMPARE(model.use(item).state, DeviceUse::State::Unknown);
    QCOMPARE(model.headerData(CertificateListModel::StatusColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
             CertificateListModel::unknownUseText());
}

void TestDeviceUse::lostDeviceProofNamesTheSessionTheServerTied()
{
    // The phone's certificate names no resource: the server's <users> is what ties its session to it.
    test::Phone pixel(m_server, m_pixel, QStringLiteral("pixel"));
    pixel.start();
    QVERIFY2(pixel.waitFor(QStringLiteral("bound")), qPrintable(pixel.output()));
    QTRY_VERIFY_WITH_TIMEOUT(cli(m_server, {QStringLiteral("list")})
                                 .out.contains(listLine(QStringLiteral("Pixel phone"), m_pixel,
                                                        QStringLiteral("online now (pixel)"))),
                             10000);
    const test::CliRun revoke = cli(m_server, {QStringLiteral("revoke"), QStringLiteral("Pixel phone")});
    QVERIFY2(revoke.code == 0, qPrintable(revoke.err));
    static const QRegularExpression time(QStringLiteral("\\d\\d:\\d\\d:\\d\\d"));
    QCOMPARE(QString(revoke.out).replace(time, QStringLiteral("<time>")),
             QStringLiteral("Revoked “Pixel phone” · 1 session closed (%1) · verified at <time>\n")
                 .arg(m_server.jid(QStringLiteral("alice")) + QStringLiteral("/pixel")));
    QVERIFY(pixel.waitFor(QStringLiteral("disconnected")));
}

QTEST_GUILESS_MAIN(TestDeviceUse)
#include "tst_DeviceUse.moc"
