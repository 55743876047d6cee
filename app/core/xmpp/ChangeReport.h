#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace certdeck {

// What a verified change did, as seen in a fresh listing after it.
struct ChangeReport
{
    enum class Action
    {
        Append,
        Disable,
        Revoke
    };
    Action action;
    QString name;
    QString sha256;              // fingerprint of the certificate added or removed
    QStringList closedSessions;  // revoke: full JIDs whose sessions the server closed with it
    QDateTime sentAt;            // UTC
    QDateTime verifiedAt;        // UTC: when the fresh listing proved the change
    bool alreadyApplied = false; // a retry found the change already made by the earlier attempt
    // revoke: full JIDs that went offline in the grace period without evidence tying them to the revoke
    QStringList offlineMeanwhile = {};
    QStringList otherNames = {}; // disable/revoke: the certificate's other entries, removed with it
};

} // namespace certdeck

Q_DECLARE_METATYPE(certdeck::ChangeReport)
