#pragma once

#include "util/Result.h"
#include "xmpp/AccountSettings.h"
#include "xmpp/ChangeReport.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QVector>

namespace certdeck {

class AccountSession;
class CertificateChanges;

// One line of the activity log.
struct ActivityEntry
{
    QDateTime time; // UTC
    QString action; // enroll, rotate, disable, revoke
    QString device;
    QString fingerprint; // SHA-256 of the certificate concerned
    QString result;      // attempted, confirmed, failed, not-confirmed; rotate also started, rolled-back
    QStringList sessionsClosed;
    QString detail;
    QString account = {}; // bare JID; empty in records written before it was kept
    QString server = {};  // host:port, or the JID's domain when it is found from the domain
    QStringList sessionsOfflineMeanwhile = {}; // revoke: offline at the same time, not tied to the revoke
    bool alreadyApplied = false;               // a retry found the change made by the earlier attempt
    QString replacedBy = {};                   // rotate: the certificate that takes the device's place
};

// Every certificate change Certdeck attempts, with its outcome, in an append-only file (one JSON object per
// line). Each entry is flushed and synced to disk before the caller goes on, so the record survives a crash,
// and the success of a change is recorded before anyone is told about it.
class ActivityLog final : public QObject
{
    Q_OBJECT
public:
    explicit ActivityLog(QString path, QObject *parent = nullptr);
    // <app data>/activity.jsonl
    [[nodiscard]] static QString defaultPath();

    [[nodiscard]] Status<QString> append(const ActivityEntry &entry);
    // All readable entries, oldest first. A torn last line (a crash mid-write) or a damaged line is skipped.
    [[nodiscard]] QVector<ActivityEntry> entries() const;
    // The same from the file's bytes.
    [[nodiscard]] static QVector<ActivityEntry> parse(const QByteArray &content);
    // The complete lines from byte `offset` on (a line still being written is left for later), and the
    // offset after them: how a viewer follows the file without reading it again.
    struct Tail
    {
        QVector<ActivityEntry> entries;
        qint64 end = 0;
    };
    [[nodiscard]] static Tail readFrom(const QString &path, qint64 offset);
    [[nodiscard]] Status<QString> exportCsv(const QString &path) const;
    [[nodiscard]] QString path() const { return m_path; }

    // Records every change the service sends, confirms or fails, with the account and server of `session`.
    void attach(CertificateChanges *service, const AccountSession *session);
    // Records one entry now, with the account and server of `session` (a rotation, made of several changes).
    void record(ActivityEntry entry, const AccountSession *session);

Q_SIGNALS:
    void appended(const certdeck::ActivityEntry &entry);
    void writeFailed(const QString &message);

private:
    QString m_path;
};

[[nodiscard]] QString actionKeyword(ChangeReport::Action action);
// What the log records as the server: "host:port", or the JID's domain when the server is found from it.
[[nodiscard]] QString serverLabel(const AccountSettings &settings);

} // namespace certdeck

Q_DECLARE_METATYPE(certdeck::ActivityEntry)
