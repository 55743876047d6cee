#include "Jid.h"

namespace certdeck {

namespace {

QString folded(const QString &part)
{
    return part.normalized(QString::NormalizationForm_KC)
        .toCaseFolded()
        .normalized(QString::NormalizationForm_KC);
}

} // namespace

QString normalizedJid(const QString &jid)
{
    const QString trimmed = jid.trimmed();
    const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
    const QString bare = slash < 0 ? trimmed : trimmed.left(slash);
    const QString resource = slash < 0 ? QString() : trimmed.mid(slash);
    const qsizetype at = bare.indexOf(QLatin1Char('@'));
    QString domain = folded(at < 0 ? bare : bare.mid(at + 1));
    if (domain.endsWith(QLatin1Char('.')))
        domain.chop(1);
    const QString local = at < 0 ? QString() : folded(bare.left(at)) + QLatin1Char('@');
    return local + domain + resource;
}

} // namespace certdeck
