#pragma once

#include "xmpp/AccountSession.h"

#include <QObject>

namespace certdeck {

class CertificateListModel;

// Drives one account for the window: log in, check XEP-0257 support, list, refresh.
// It owns no widgets; the window shows what it reports.
class AccountController final : public QObject
{
    Q_OBJECT
public:
    enum class Phase
    {
        Offline,
        Connecting,
        CheckingSupport,
        Loading,
        Ready,
        Unsupported
    };
    Q_ENUM(Phase)

    AccountController(AccountSession *session, CertificateListModel *model, QObject *parent = nullptr);

    void logIn(const AccountSettings &settings, const QString &password);
    void refresh();
    [[nodiscard]] Phase phase() const { return m_phase; }
    [[nodiscard]] AccountSession *session() const { return m_session; }

Q_SIGNALS:
    void phaseChanged(certdeck::AccountController::Phase phase);
    // Something a person must know; shown inline, not as a modal box.
    void problem(const QString &message);
    void problemCleared();
    // Items the server sent that could not be shown.
    void itemsSkipped(const QVector<certdeck::ItemProblem> &problems);
    void listingUpdated();

private:
    void setPhase(Phase phase);
    void onConnected();

    AccountSession *m_session;
    CertificateListModel *m_model;
    Phase m_phase = Phase::Offline;
};

} // namespace certdeck
