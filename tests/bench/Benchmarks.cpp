// certdeck-bench: prints the figures of the README's "Performance" section. Figures, not assertions.
//   certdeck-bench [--runs N] [--only revoke|startup|parse|large|crypto]
#include "Phone.h"
#include "ProsodyServer.h"
#include "SessionHelpers.h"
#include "TestConfig.h"
#include "crypto/Pkcs12.h"
#include "model/CertificateListModel.h"
#include "xmpp/CertificateService.h"
#include "xmpp/SaslCertParser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDomDocument>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace certdeck;

namespace {

double median(QVector<double> v)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

long rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

void row(const char *what, double value, const char *unit, const QString &reference = {})
{
    std::printf("%-58s %10.2f %-3s %s\n", what, value, unit, qPrintable(reference));
    std::fflush(stdout);
}

// Revoke to kick: from the revoke leaving Certdeck to the phone's stream closing, against the same revoke
// sent as a raw IQ by slixmpp.
void benchRevoke(int runs)
{
    test::ProsodyServer server;
    if (!server.start()) {
        std::printf("revoke: %s\n", qPrintable(server.errorString()));
        return;
    }
    const QString jid = server.jid(QStringLiteral("alice"));
    AccountSession session;
    if (test::connectAndWait(session, server.settingsFor(QStringLiteral("alice")),
                             QStringLiteral("alice-password")))
        return;
    CertificateService service(&session);
    QVector<double> certdeck, reference;
    for (int i = 0; i < runs; ++i) {
        for (const bool viaCertdeck : {true, false}) {
            const QString name = QStringLiteral("bench-%1-%2").arg(i).arg(viaCertdeck);
            const auto cred = test::makeCredential(name, jid, -1, 30);
            (void)test::awaitResult<Success>([&](QObject *c, auto done) {
                session.requestAppend(name, cred.certificate.der, false, c, done);
            });
            test::Phone phone(server, cred, QStringLiteral("bench"));
            phone.start();
            if (!phone.waitFor(QStringLiteral("bound")))
                continue;
            qint64 sentAt = 0;
            if (viaCertdeck) {
                auto c = QObject::connect(&service, &CertificateService::changeSent,
                                          [&] { sentAt = test::monotonicMs(); });
                (void)test::awaitResult<ChangeReport>(
                    [&](QObject *ctx, auto done) { service.revoke(name, ctx, done); });
                QObject::disconnect(c);
            } else {
                QProcess revoker;
                revoker.start(QString::fromLatin1(test::systemPython),
                              {QStringLiteral(CERTDECK_BENCH_DIR "/revoker.py"), QStringLiteral("--jid"), jid,
                               QStringLiteral("--password"), QStringLiteral("alice-password"),
                               QStringLiteral("--ca"), server.caFile(), QStringLiteral("--port"),
                               QString::number(server.port()), QStringLiteral("--name"), name});
                revoker.waitForFinished(15000);
                sentAt = qint64(QJsonDocument::fromJson(revoker.readAllStandardOutput())
                                    .object()
                                    .value(QStringLiteral("sent_mono_ms"))
                                    .toDouble());
            }
            if (phone.waitFor(QStringLiteral("disconnected"), 3000) && sentAt > 0)
                (viaCertdeck ? certdeck : reference)
                    << double(phone.seenAt(QStringLiteral("disconnected")) - sentAt);
        }
    }
    const double c = median(certdeck), r = median(reference);
    row("revoke -> phone kicked, Certdeck (median ms)", c, "ms", QStringLiteral("n=%1").arg(certdeck.size()));
    row("revoke -> phone kicked, raw IQ from slixmpp (median ms)", r, "ms",
        QStringLiteral("n=%1").arg(reference.size()));
    if (r > 0)
        row("ratio Certdeck / raw IQ", c / r, "x", QStringLiteral("target <= 1.2 and < 20 ms"));
}

// Seeds the account with `count` devices, "<prefix> <i>", valid from yesterday until validDays(i) days from
// now.
void appendDevices(AccountSession &session, const QString &jid, int count, const QString &prefix,
                   int (*validDays)(int))
{
    for (int i = 0; i < count; ++i) {
        const QString name = prefix + QLatin1Char(' ') + QString::number(i);
        const auto cred = test::makeCredential(name, jid, -1, validDays(i));
        (void)test::awaitResult<Success>([&](QObject *c, auto done) {
            session.requestAppend(name, cred.certificate.der, false, c, done);
        });
    }
}

// Start-up: process start to the first window, and to the table filled from a local Prosody.
void benchStartup(int runs)
{
    test::ProsodyServer server;
    if (!server.start())
        return;
    const QString jid = server.jid(QStringLiteral("alice"));
    {
        AccountSession session;
        if (test::connectAndWait(session, server.settingsFor(QStringLiteral("alice")),
                                 QStringLiteral("alice-password")))
            return;
        appendDevices(session, jid, 4, QStringLiteral("Device"), [](int i) { return 90 * (i + 1); });
    }
    QFile pw(server.directory() + QStringLiteral("/bench-password"));
    if (!pw.open(QIODevice::WriteOnly))
        return;
    pw.write("alice-password\n");
    pw.close();
    QVector<double> shown, filled, offline;
    for (int i = 0; i < runs; ++i) {
        for (const bool online : {true, false}) {
            QProcess app;
            auto env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("CERTDECK_STARTUP_PROBE"), QStringLiteral("1"));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       server.directory() + QStringLiteral("/bench-config"));
            app.setProcessEnvironment(env);
            QStringList args;
            if (online)
                args = {QStringLiteral("--jid"),           jid,
                        QStringLiteral("--host"),          QStringLiteral("127.0.0.1"),
                        QStringLiteral("--port"),          QString::number(server.port()),
                        QStringLiteral("--ca-file"),       server.caFile(),
                        QStringLiteral("--password-file"), pw.fileName()};
            QElapsedTimer t;
            t.start();
            app.start(QStringLiteral(CERTDECK_GUI_PATH), args);
            QByteArray out;
            double shownAt = -1, filledAt = -1;
            while (app.waitForReadyRead(10000)) {
                out += app.readAllStandardOutput();
                if (shownAt < 0 && out.contains("probe: shown"))
                    shownAt = t.nsecsElapsed() / 1e6;
                if (out.contains("probe: filled")) {
                    filledAt = t.nsecsElapsed() / 1e6;
                    break;
                }
                if (!online && shownAt >= 0)
                    break;
            }
            app.kill();
            app.waitForFinished();
            if (online && filledAt > 0) {
                shown << shownAt;
                filled << filledAt;
            } else if (!online && shownAt > 0) {
                offline << shownAt;
            }
        }
    }
    row("start -> window shown, no network (median ms)", median(offline), "ms",
        QStringLiteral("target < 200"));
    row("start -> window shown, logging in (median ms)", median(shown), "ms");
    row("start -> table filled from local Prosody (median ms)", median(filled), "ms",
        QStringLiteral("target < 500"));
}

// Large accounts: generated <items> replies of distinct certificates through parser and model, phase by phase
// (median of `runs`, the parse cache emptied before each first-time run); a filter keystroke; memory; and
// 1,000 certificates through the real server with the GUI thread's longest stall.
void benchLarge(int runs)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVector<QByteArray> b64;
    for (int i = 0; i < 10000; ++i)
        b64 << createDeviceCredential({QStringLiteral("Device %1").arg(i),
                                       QStringLiteral("alice@example.org"), now.addDays(-(i % 300)),
                                       now.addDays(1 + i % 700)})
                   ->certificate.der.toBase64();
    for (const int count : {1000, 10000}) {
        QByteArray xml = "<iq type='result' id='b'><items xmlns='urn:xmpp:saslcert:1'>";
        for (int i = 0; i < count; ++i)
            xml += "<item><name>device-" + QByteArray::number(i) + "</name><x509cert>" + b64.at(i) +
                   "</x509cert></item>";
        xml += "</items></iq>";
        QVector<double> domMs, extractMs, firstMs, refreshMs, modelMs, keystrokes;
        long memoryKb = 0;
        for (int run = 0; run < runs; ++run) {
            clearParseCache();
            const long before = rssKb();
            QElapsedTimer t;
            t.start();
            QDomDocument doc;
            (void)readXmlDocument(doc, xml);
            const QDomElement items = doc.documentElement().firstChildElement(QStringLiteral("items"));
            domMs << t.nsecsElapsed() / 1e6;
            t.restart();
            const QVector<RawItem> raw = extractItems(items);
            extractMs << t.nsecsElapsed() / 1e6;
            t.restart();
            const ItemsListing listing = finishItems(raw);
            firstMs << t.nsecsElapsed() / 1e6;
            t.restart();
            (void)finishItems(raw); // a refresh: the same certificates again
            refreshMs << t.nsecsElapsed() / 1e6;
            CertificateListModel model;
            CertificateFilterModel proxy;
            proxy.setSourceModel(&model);
            proxy.sort(CertificateListModel::ExpiresColumn);
            t.restart();
            model.setListing(listing);
            modelMs << t.nsecsElapsed() / 1e6;
            for (const char *typed : {"d", "de", "dev", "devi", "device-9", "device-99"}) {
                t.restart();
                proxy.setFilterFixedString(QString::fromLatin1(typed));
                keystrokes << t.nsecsElapsed() / 1e6;
            }
            memoryKb = qMax(memoryKb, rssKb() - before);
        }
        const double certdeck = median(extractMs) + median(firstMs) + median(modelMs);
        std::printf("-- %d distinct certificates (median of %d runs)\n", count, runs);
        row("  XML text -> DOM (QXmpp's part, as the stanza arrives)", median(domMs), "ms");
        row("  items DOM -> raw items (ms)", median(extractMs), "ms");
        row("  raw items -> listing, certificates parsed (ms)", median(firstMs), "ms");
        row("  the same, a refresh of the same list (ms)", median(refreshMs), "ms");
        row("  model + sorted proxy (ms)", median(modelMs), "ms");
        row("  Certdeck's parse + model, first time (ms)", certdeck, "ms",
            count == 10000 ? QStringLiteral("target < 300") : QString());
        row("  with the XML -> DOM step (ms)", certdeck + median(domMs), "ms");
        row("  filter keystroke, median (ms)", median(keystrokes), "ms", QStringLiteral("target < 16"));
        row("  resident memory added (MB)", memoryKb / 1024.0, "MB", QStringLiteral("target < 150"));
    }

    test::ProsodyServer server;
    if (!server.start())
        return;
    const QString jid = server.jid(QStringLiteral("alice"));
    AccountSession session;
    if (test::connectAndWait(session, server.settingsFor(QStringLiteral("alice")),
                             QStringLiteral("alice-password")))
        return;
    appendDevices(session, jid, 1000, QStringLiteral("Server device"), [](int i) { return 30 + i; });
    QElapsedTimer gap;
    qint64 worst = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] { worst = qMax(worst, gap.restart()); });
    gap.start();
    tick.start(5);
    QElapsedTimer t;
    t.start();
    const auto listed =
        test::awaitResult<ItemsListing>([&](QObject *c, auto done) { session.requestItems(c, done); }, 60000);
    const double ms = t.nsecsElapsed() / 1e6;
    std::printf("-- 1000 certificates through the real server\n");
    row("  items request to listing ready (ms)", ms, "ms",
        QStringLiteral("%1 items").arg(listed && listed->hasValue() ? (*listed)->items.size() : -1));
    row("  longest stall of the GUI thread meanwhile (ms)", double(worst), "ms",
        QStringLiteral("target < 50; 5 ms timer"));
}

void benchCrypto(int runs)
{
    QVector<double> p256, p12, rsa;
    QElapsedTimer t;
    for (int i = 0; i < runs; ++i) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        t.start();
        auto cred =
            createDeviceCredential({QStringLiteral("P"), QStringLiteral("a@b.c"), now, now.addDays(90)});
        p256 << t.nsecsElapsed() / 1e6;
        t.restart();
        (void)exportPkcs12(*cred, SecretBytes("benchmark password"), QStringLiteral("P"));
        p12 << t.nsecsElapsed() / 1e6;
    }
    // RSA 3072 on the worker thread while this thread measures its own longest stall.
    for (int i = 0; i < qMax(3, runs / 4); ++i) {
        QElapsedTimer gap;
        qint64 worst = 0;
        QTimer tick;
        gap.start();
        QObject::connect(&tick, &QTimer::timeout, [&] { worst = qMax(worst, gap.restart()); });
        tick.start(5);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QFutureWatcher<Result<DeviceCredential, CryptoError>> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        t.start();
        watcher.setFuture(createDeviceCredentialAsync(
            {QStringLiteral("R"), QStringLiteral("a@b.c"), now, now.addDays(90), KeyType::Rsa3072}));
        loop.exec();
        rsa << t.nsecsElapsed() / 1e6;
        row("  longest stall of the calling thread during RSA 3072 (ms)", double(worst), "ms",
            QStringLiteral("5 ms timer"));
    }
    row("P-256 key + certificate (median ms)", median(p256), "ms");
    row("PKCS#12 export, 600,000 PBKDF2 + MAC iterations (median ms)", median(p12), "ms",
        QStringLiteral("slow on purpose"));
    row("RSA 3072 key + certificate, worker thread (median ms)", median(rsa), "ms");
}

// One certificate through parseCertificate on one thread, no cache: what a listing costs per device.
void benchParse(int count)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVector<QByteArray> ders;
    for (int i = 0; i < count; ++i)
        ders << createDeviceCredential({QStringLiteral("Device %1").arg(i),
                                        QStringLiteral("alice@example.org"), now.addDays(-1),
                                        now.addDays(1 + i % 700)})
                    ->certificate.der;
    QElapsedTimer t;
    t.start();
    int parsed = 0;
    for (const QByteArray &der : std::as_const(ders))
        parsed += parseCertificate(der).hasValue() ? 1 : 0;
    const double perCertUs = t.nsecsElapsed() / 1e3 / count;
    t.restart();
    int selfSigned = 0;
    for (const QByteArray &der : std::as_const(ders))
        selfSigned += hasValidSelfSignature(der) ? 1 : 0;
    const double selfUs = t.nsecsElapsed() / 1e3 / count;
    row("parse one P-256 certificate, one thread (us)", perCertUs, "us",
        QStringLiteral("%1 of %2 parsed").arg(parsed).arg(count));
    row("  self-signature check, decoding the key (us)", selfUs, "us",
        QStringLiteral("%1 self-signed; asked per certificate shown").arg(selfSigned));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("repetitions"), QStringLiteral("n"),
                                  QStringLiteral("20"));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("one part"), QStringLiteral("part"));
    parser.addOptions({runs, only});
    parser.addHelpOption();
    parser.process(app);
    const int n = qMax(1, parser.value(runs).toInt());
    const QString part = parser.value(only);
    std::printf("certdeck-bench: %d runs where repeated; figures, not pass/fail\n", n);
    if (part.isEmpty() || part == QLatin1String("crypto"))
        benchCrypto(n);
    if (part.isEmpty() || part == QLatin1String("parse"))
        benchParse(2000);
    if (part.isEmpty() || part == QLatin1String("large"))
        benchLarge(qMin(n, 5));
    if (part.isEmpty() || part == QLatin1String("revoke"))
        benchRevoke(n);
    if (part.isEmpty() || part == QLatin1String("startup"))
        benchStartup(qMin(n, 10));
    return 0;
}
