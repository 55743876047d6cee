#pragma once

#include "model/DeviceUse.h"
#include "xmpp/SaslCertTypes.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;
class QListWidget;
class QPushButton;

namespace certdeck::ui {

// The selected certificate in full, with copy buttons for the fingerprints and export as PEM;
// below it, the account's sessions that are online now.
class DetailsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPanel(QWidget *parent = nullptr);

    // `firstUse` / `lastUse`: when the device first and last logged in, as the server says (or that it does
    // not).
    void showItem(const SaslCertItem *item, const QString &status, const QString &firstUse = {},
                  const QString &lastUse = {});
    void setSessions(const QVector<OnlineSession> &sessions, bool known);
    [[nodiscard]] QString fieldText(const QString &objectName) const;

Q_SIGNALS:
    void exportRequested(const QString &name);

private:
    QLabel *addField(const QString &label, const QString &objectName, bool copyable = false);

    QFormLayout *m_form;
    QLabel *m_placeholder;
    QWidget *m_fields;
    QScrollArea *m_scroll;
    QListWidget *m_sessions;
    QPushButton *m_export;
    QString m_current;
};

} // namespace certdeck::ui
