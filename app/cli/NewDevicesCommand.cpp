#include "NewDevicesCommand.h"

#include "controller/NewDeviceWatch.h"
#include "storage/ActivityLog.h"
#include "util/DisplayText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace certdeck::cli {
namespace {

void note(const QString &text)
{
    std::fprintf(stderr, "certdeck-cli: %s\n", qPrintable(visibleControls(text)));
}

QJsonObject toJson(const DeviceEvent &e, const QDateTime &since = {})
{
    QJsonObject o{{QStringLiteral("name"), e.certificate.name},
                  {QStringLiteral("sha256"), e.certificate.sha256},
                  {QStringLiteral("key"), e.certificate.keyType}};
    if (e.kind == DeviceEvent::Kind::Replaced)
        o.insert(QStringLiteral("replaced_sha256"), e.replacedSha256);
    if (since.isValid())
        o.insert(QStringLiteral("since"), since.toString(Qt::ISODate));
    return o;
}

// "AB:CD:…" from a fingerprint typed with or without colons, in either case; empty if it is none.
QString normalizedFingerprint(QString text)
{
    text.remove(QLatin1Char(':'));
    if (text.size() != 64)
        return {};
    const QByteArray bytes = QByteArray::fromHex(text.toLatin1());
    return bytes.size() == 32 && bytes.toHex().compare(text.toLatin1(), Qt::CaseInsensitive) == 0
               ? formatFingerprint(bytes)
               : QString();
}

} // namespace

int printNewSinceLast(const CliOptions &options, const ItemsListing &listing)
{
    NewDeviceStore store;
    ActivityLog log(ActivityLog::defaultPath());
    const NewDeviceCheck check =
        checkNewDevices(store, log, options.account.jid, serverLabel(options.account),
                        seenCertificates(listing), QDateTime::currentDateTimeUtc());
    QSet<QString> fresh;
    for (const auto &a : check.raised)
        fresh.insert(a.event.certificate.sha256);
    if (options.json) {
        QJsonArray raised, open, removed;
        for (const auto &a : check.raised)
            raised.append(toJson(a.event, a.since));
        for (const auto &a : check.pending)
            open.append(toJson(a.event, a.since));
        for (const auto &e : check.removed)
            removed.append(toJson(e));
        const QJsonObject root{{QStringLiteral("first_listing"), check.firstListing},
                               {QStringLiteral("new"), raised},
                               {QStringLiteral("unacknowledged"), open},
                               {QStringLiteral("removed"), removed}};
        std::fputs(QJsonDocument(root).toJson(QJsonDocument::Indented).constData(), stdout);
    } else {
        for (const auto &a : check.pending)
            std::printf("%s\n",
                        qPrintable(visibleControls(
                            (fresh.contains(a.event.certificate.sha256)
                                 ? QCoreApplication::translate("certdeck-cli", "%1 · appeared since %2")
                                 : QCoreApplication::translate(
                                       "certdeck-cli", "%1 · appeared since %2, still not acknowledged"))
                                .arg(eventLine(a.event), alertTime(a.since)))));
    }
    if (check.firstListing)
        note(QCoreApplication::translate("certdeck-cli",
                                         "First check of this account: its certificates are noted. From now "
                                         "on, certificates that appear are reported."));
    for (const auto &e : check.removed)
        note(QCoreApplication::translate("certdeck-cli", "%1 left the account without Certdeck removing it.")
                 .arg(certificateLine(e.certificate)));
    if (check.pending.isEmpty())
        return ExitOk;
    note(QCoreApplication::translate(
        "certdeck-cli",
        "Not added by you? Cut it off: certdeck-cli revoke NAME. Added by you? certdeck-cli acknowledge "
        "NAME (it is not reported again)."));
    return ExitNewDevices;
}

int acknowledgeDevice(const CliOptions &options)
{
    NewDeviceStore store;
    ActivityLog log(ActivityLog::defaultPath());
    const QString account = options.account.jid;
    const QString wanted = options.arguments.constFirst();
    const QString fingerprint = normalizedFingerprint(wanted);
    QVector<PendingAlert> pending = store.pending(account);
    // What the person may mean: an open question first, else a certificate seen on the account.
    QString sha256 = fingerprint;
    QString name;
    for (const auto &a : std::as_const(pending))
        if (a.event.certificate.sha256 == fingerprint || a.event.certificate.name == wanted) {
            sha256 = a.event.certificate.sha256;
            name = a.event.certificate.name;
            break;
        }
    if (name.isEmpty())
        for (const auto &c : store.snapshot(account).certificates)
            if (c.sha256 == fingerprint || c.name == wanted) {
                sha256 = c.sha256;
                name = c.name;
                break;
            }
    if (sha256.isEmpty()) {
        note(
            QCoreApplication::translate(
                "certdeck-cli",
                "No certificate named “%1” was seen on %2; give its name as list --new-since-last prints it, "
                "or its SHA-256 fingerprint.")
                .arg(wanted, account));
        return ExitFailure;
    }
    store.addAcknowledged(account, {sha256});
    QVector<PendingAlert> remaining;
    for (const auto &a : std::as_const(pending)) {
        if (a.event.certificate.sha256 != sha256) {
            remaining.append(a);
            continue;
        }
        if (auto written = recordAlertAnswer(log, account, serverLabel(options.account), a,
                                             QStringLiteral("acknowledged"));
            !written)
            note(QCoreApplication::translate("certdeck-cli", "The activity log could not be written (%1): %2")
                     .arg(log.path(), written.error()));
    }
    store.setPending(account, remaining);
    std::printf(
        "%s\n",
        qPrintable(visibleControls(
            name.isEmpty() ? QCoreApplication::translate("certdeck-cli",
                                                         "Acknowledged %1: it will not be reported again.")
                                 .arg(sha256)
                           : QCoreApplication::translate(
                                 "certdeck-cli", "Acknowledged “%1” (%2): it will not be reported again.")
                                 .arg(name, sha256))));
    return ExitOk;
}

} // namespace certdeck::cli
