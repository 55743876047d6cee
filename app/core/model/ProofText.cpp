#include "ProofText.h"

#include "util/DisplayText.h"

#include <QCoreApplication>

namespace certdeck {

// The translation context of the proof's words.
class ProofText
{
    Q_DECLARE_TR_FUNCTIONS(certdeck::ProofText)
};

namespace {

const QString separator = QStringLiteral(" · ");

// Names and resources come from the server: shown with their control characters visible, in every front end.
QString joined(const QStringList &sessions)
{
    return visibleControls(sessions.join(QStringLiteral(", ")));
}

struct Facts
{
    ChangeReport::Action action;
    QString name;
    QStringList closed;
    QStringList offlineMeanwhile;
    QDateTime verifiedAt;
    bool alreadyApplied = false;
};

QString confirmedLine(const Facts &f)
{
    QStringList parts;
    switch (f.action) {
    case ChangeReport::Action::Append:
        parts << ProofText::tr("Enrolled “%1”").arg(visibleControls(f.name));
        break;
    case ChangeReport::Action::Disable:
        parts << ProofText::tr("Disabled “%1”").arg(visibleControls(f.name));
        break;
    case ChangeReport::Action::Revoke:
        parts << ProofText::tr("Revoked “%1”").arg(visibleControls(f.name));
        break;
    }
    if (f.alreadyApplied) {
        parts << ProofText::tr("the earlier request had reached the server");
    } else if (f.action == ChangeReport::Action::Revoke) {
        if (!f.closed.isEmpty())
            parts << ProofText::tr("%n session(s) closed (%1)", nullptr, int(f.closed.size()))
                         .arg(joined(f.closed));
        else if (f.offlineMeanwhile.isEmpty())
            parts << ProofText::tr("no session went offline");
        else
            parts << ProofText::tr("no session tied to it went offline");
        if (!f.offlineMeanwhile.isEmpty())
            parts << ProofText::tr("%n other session(s) went offline at the same time (%1)", nullptr,
                                   int(f.offlineMeanwhile.size()))
                         .arg(joined(f.offlineMeanwhile));
    }
    parts << ProofText::tr("verified at %1").arg(proofTime(f.verifiedAt));
    return parts.join(separator);
}

QString notConfirmedLine(ChangeReport::Action action, const QString &name, const QString &cause)
{
    QString head;
    switch (action) {
    case ChangeReport::Action::Append:
        head = ProofText::tr("Enrollment of “%1” sent, not confirmed").arg(visibleControls(name));
        break;
    case ChangeReport::Action::Disable:
        head = ProofText::tr("Disable of “%1” sent, not confirmed").arg(visibleControls(name));
        break;
    case ChangeReport::Action::Revoke:
        head = ProofText::tr("Revoke of “%1” sent, not confirmed").arg(visibleControls(name));
        break;
    }
    return cause.isEmpty() ? head : head + separator + cause;
}

} // namespace

QString proofTime(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

QString proofText(const ChangeReport &r)
{
    return confirmedLine(
        {r.action, r.name, r.closedSessions, r.offlineMeanwhile, r.verifiedAt, r.alreadyApplied});
}

QString notConfirmedText(ChangeReport::Action action, const QString &name, const SaslCertError &error)
{
    // The cause alone ("The server did not answer in time."): "sent, not confirmed" already says the rest.
    const bool causeOnly = error.kind == SaslCertError::Kind::NotConfirmed && !error.serverText.isEmpty();
    return notConfirmedLine(action, name, causeOnly ? error.serverText : error.message());
}

QString proofText(const ActivityEntry &e)
{
    if (e.action == QLatin1String("rotate")) {
        const QString oldName = visibleControls(e.device);
        const QString newName = visibleControls(e.replacedBy);
        if (e.result == QLatin1String("confirmed"))
            return ProofText::tr("“%1” replaces “%2”").arg(newName, oldName);
        if (e.result == QLatin1String("started"))
            return ProofText::tr("“%1” added; “%2” stays until the rotation is finished")
                .arg(newName, oldName);
        if (e.result == QLatin1String("rolled-back"))
            return ProofText::tr("Rolled back; “%1” stays in use").arg(oldName);
        return {};
    }
    ChangeReport::Action action = ChangeReport::Action::Append;
    if (e.action == actionKeyword(ChangeReport::Action::Disable))
        action = ChangeReport::Action::Disable;
    else if (e.action == actionKeyword(ChangeReport::Action::Revoke))
        action = ChangeReport::Action::Revoke;
    else if (e.action != actionKeyword(ChangeReport::Action::Append))
        return {};
    if (e.result == QLatin1String("confirmed"))
        return confirmedLine(
            {action, e.device, e.sessionsClosed, e.sessionsOfflineMeanwhile, e.time, e.alreadyApplied});
    if (e.result == QLatin1String("not-confirmed"))
        return notConfirmedLine(action, e.device, {}); // the log's detail holds the whole message
    return {};
}

} // namespace certdeck
