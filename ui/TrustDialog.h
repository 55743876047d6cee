#pragma once

#include "xmpp/AccountSession.h"

#include <QDialog>

namespace certdeck::ui {

// Shown when the server's certificate does not verify: the person sees what the server presented and decides.
class TrustDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Choice
    {
        Cancel,
        TrustOnce,
        TrustAndPin
    };

    TrustDialog(const QString &account, const ServerIdentity &identity, QWidget *parent = nullptr);
    [[nodiscard]] Choice choice() const { return m_choice; }

private:
    Choice m_choice = Choice::Cancel;
};

} // namespace certdeck::ui
