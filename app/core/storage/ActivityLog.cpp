#include "ActivityLog.h"

#include "xmpp/CertificateChanges.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>

#include <unistd.h>

namespace certdeck {
namespace {

QJsonObject toJson(const ActivityEntry &e)
{
    return {{QStringLiteral("time"), e.time.toString(Qt::ISODateWithMs)},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("device"), e.device},
            {QStringLiteral("fingerprint"), e.fingerprint},
            {QStringLiteral("result"), e.result},
            {QStringLiteral("sessions_closed"), QJsonArray::fromStringList(e.sessionsClosed)},
            {QStringLiteral("detail"), e.detail},
            {QStringLiteral("account"), e.account},
            {QStringLiteral("server"), e.server},
            {QStringLiteral("sessions_offline_meanwhile"),
             QJsonArray::fromStringList(e.sessionsOfflineMeanwhile)},
            {QStringLiteral("already_applied"), e.alreadyApplied},
            {QStringLiteral("replaced_by"), e.replacedBy}};
}

std::optional<ActivityEntry> fromJson(const QByteArray &line)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    ActivityEntry e;
    e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    e.action = o.value(QStringLiteral("action")).toString();
    e.device = o.value(QStringLiteral("device")).toString();
    e.fingerprint = o.value(QStringLiteral("fingerprint")).toString();
    e.result = o.value(QStringLiteral("result")).toString();
    for (const auto &s : o.value(QStringLiteral("sessions_closed")).toArray())
        e.sessionsClosed << s.toString();
    e.detail = o.value(QStringLiteral("detail")).toString();
    // Absent in records written before they were kept: empty, and the record still loads.
    e.account = o.value(QStringLiteral("account")).toString();
    e.server = o.value(QStringLiteral("server")).toString();
    for (const auto &s : o.value(QStringLiteral("sessions_offline_meanwhile")).toArray())
        e.sessionsOfflineMeanwhile << s.toString();
    e.alreadyApplied = o.value(QStringLiteral("already_applied")).toBool();
    e.replacedBy = o.value(QStringLiteral("replaced_by")).toString();
    if (!e.time.isValid() || e.action.isEmpty())
        return std::nullopt;
    return e;
}

QString csvField(QString s)
{
    // Quote everything; a leading formula character is neutralised for spreadsheet programs.
    if (s.startsWith(QLatin1Char('=')) || s.startsWith(QLatin1Char('+')) || s.startsWith(QLatin1Char('-')) ||
        s.startsWith(QLatin1Char('@')))
        s.prepend(QLatin1Char('\''));
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

} // namespace

QString actionKeyword(ChangeReport::Action action)
{
    switch (action) {
    case ChangeReport::Action::Append:
        return QStringLiteral("enroll");
    case ChangeReport::Action::Disable:
        return QStringLiteral("disable");
    case ChangeReport::Action::Revoke:
        return QStringLiteral("revoke");
    }
    return {};
}

QString serverLabel(const AccountSettings &settings)
{
    if (settings.host.isEmpty())
        return settings.jid.section(QLatin1Char('@'), 1).section(QLatin1Char('/'), 0, 0);
    return settings.host + QLatin1Char(':') + QString::number(settings.port ? settings.port : 5222);
}

ActivityLog::ActivityLog(QString path, QObject *parent) : QObject(parent), m_path(std::move(path))
{
    qRegisterMetaType<certdeck::ActivityEntry>();
}

QString ActivityLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/activity.jsonl");
}

Status<QString> ActivityLog::append(const ActivityEntry &entry)
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QCoreApplication::translate("ActivityLog", "cannot create the folder %1")
                        .arg(info.absolutePath()));
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return fail(file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray line = QJsonDocument(toJson(entry)).toJson(QJsonDocument::Compact) + '\n';
    // One write call per line, then flush and fsync: the entry is on disk before anyone hears of the outcome.
    if (file.write(line) != line.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        const QString why = file.errorString();
        file.close();
        return fail(why.isEmpty() ? QCoreApplication::translate("ActivityLog", "the disk refused the write")
                                  : why);
    }
    file.close();
    return Success{};
}

QVector<ActivityEntry> ActivityLog::entries() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parse(file.readAll());
}

QVector<ActivityEntry> ActivityLog::parse(const QByteArray &content)
{
    QVector<ActivityEntry> out;
    for (const QByteArray &raw : content.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (auto e = fromJson(line))
            out.append(*e);
    }
    return out;
}

ActivityLog::Tail ActivityLog::readFrom(const QString &path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return {{}, offset};
    const QByteArray bytes = file.readAll();
    const qsizetype complete = bytes.lastIndexOf('\n') + 1; // a torn or unfinished last line waits
    return {parse(bytes.left(complete)), offset + complete};
}

Status<QString> ActivityLog::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    QByteArray csv =
        "time,action,device,fingerprint,result,sessions_closed,detail,account,server,replaced_by\r\n";
    for (const ActivityEntry &e : entries()) {
        const QStringList fields{e.time.toString(Qt::ISODate),
                                 e.action,
                                 e.device,
                                 e.fingerprint,
                                 e.result,
                                 e.sessionsClosed.join(QLatin1Char(' ')),
                                 e.detail,
                                 e.account,
                                 e.server,
                                 e.replacedBy};
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        csv += quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    if (file.write(csv) != csv.size() || !file.commit())
        return fail(file.errorString());
    return Success{};
}

void ActivityLog::record(ActivityEntry entry, const AccountSession *session)
{
    entry.time = QDateTime::currentDateTimeUtc();
    if (session) {
        entry.account = session->bareJid();
        entry.server = serverLabel(session->settings());
    }
    if (auto written = append(entry); !written) {
        Q_EMIT writeFailed(
            QCoreApplication::translate("ActivityLog", "The activity log could not be written (%1): %2")
                .arg(m_path, written.error()));
        return;
    }
    Q_EMIT appended(entry);
}

void ActivityLog::attach(CertificateChanges *service, const AccountSession *session)
{
    QPointer<const AccountSession> account(session);
    // Direct connections: the service reports to its caller only after these have returned.
    connect(
        service, &CertificateChanges::changeSent, this,
        [this, account](ChangeReport::Action action, const QString &name, const QString &sha256) {
            record({{}, actionKeyword(action), name, sha256, QStringLiteral("attempted"), {}, {}}, account);
        },
        Qt::DirectConnection);
    connect(
        service, &CertificateChanges::changeConfirmed, this,
        [this, account](const ChangeReport &r) {
            ActivityEntry e{{},       actionKeyword(r.action),     r.name,
                            r.sha256, QStringLiteral("confirmed"), r.closedSessions,
                            {}};
            e.sessionsOfflineMeanwhile = r.offlineMeanwhile;
            e.alreadyApplied = r.alreadyApplied;
            record(e, account);
        },
        Qt::DirectConnection);
    connect(
        service, &CertificateChanges::changeFailed, this,
        [this, account](ChangeReport::Action action, const QString &name, const QString &sha256,
                        const SaslCertError &e) {
            record({{},
                    actionKeyword(action),
                    name,
                    sha256,
                    e.outcomeUnknown() ? QStringLiteral("not-confirmed") : QStringLiteral("failed"),
                    {},
                    e.message()},
                   account);
        },
        Qt::DirectConnection);
}

} // namespace certdeck
