#include "LanguageMenu.h"

#include "util/Translations.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QTranslator>

namespace certdeck::ui {

namespace {

const char *const restartNote =
    QT_TRANSLATE_NOOP("certdeck::ui::LanguageMenu", "Certdeck will use this language from its next start.");

// Each translation names its own language, so that the menu reads "Deutsch", not "German" or "Allemand".
const struct
{
    const char *source;
    const char *comment;
} ownName = QT_TRANSLATE_NOOP3("certdeck::ui::LanguageMenu", "English",
                               "the name of the language you translate into, in that language");

// `source` as the translation for `locale` has it, so that whoever chose that language can read it; empty
// when that translation lacks it.
QString textIn(const QLocale &locale, const char *source, const char *comment = nullptr)
{
    QTranslator translator;
    if (!translator.load(locale, QStringLiteral("certdeck"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return {};
    return translator.translate("certdeck::ui::LanguageMenu", source, comment);
}

} // namespace

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(tr("&Language"), parent), m_group(new QActionGroup(this))
{
    const QString current = languageSetting();
    auto add = [this, &current](const QString &code, const QString &label) {
        QAction *action = addAction(label);
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == current);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    };
    add(QString(), tr("System language"));
    addSeparator();
    for (const QString &code : availableLanguages()) {
        const QString name = textIn(QLocale(code), ownName.source, ownName.comment);
        add(code,
            name.isEmpty() ? QString::fromUtf8(ownName.source) : name); // English names itself by its source
    }
    if (!m_group->checkedAction() && !m_group->actions().isEmpty())
        m_group->actions().constFirst()->setChecked(true);
}

QString LanguageMenu::checkedLanguage() const
{
    const QAction *checked = m_group->checkedAction();
    return checked ? checked->data().toString() : QString();
}

void LanguageMenu::choose(const QString &code)
{
    if (code == languageSetting())
        return;
    setLanguageSetting(code);
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QString note = textIn(locale, restartNote);
    if (note.isEmpty()) // no such translation: the language in use now
        note = QCoreApplication::translate("certdeck::ui::LanguageMenu", restartNote);
    Q_EMIT notice(NoticeLevel::Info, note);
}

} // namespace certdeck::ui
