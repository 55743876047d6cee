#pragma once

#include "model/NoticeLevel.h"

#include <QMenu>

class QActionGroup;

namespace certdeck::ui {

// Settings → Language: "System language" or one of the translations, each named in its own language.
// The choice is saved at once and used from the next start; the message saying so is in the chosen language.
class LanguageMenu final : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // The code of the checked entry, empty for the system language.
    [[nodiscard]] QString checkedLanguage() const;

Q_SIGNALS:
    // For the window's banner.
    void notice(certdeck::NoticeLevel level, const QString &text);

private:
    void choose(const QString &code);

    QActionGroup *m_group;
};

} // namespace certdeck::ui
