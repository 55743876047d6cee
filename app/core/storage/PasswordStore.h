#pragma once

#include "util/Result.h"

#include <QObject>

#include <functional>

namespace certdeck {

// Account passwords in the system keychain (Secret Service or KWallet, through QtKeychain). Never a plain
// file: when no keychain is available, the password is simply not remembered and the caller is told why.
class PasswordStore final : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Result<QString, QString>)>; // the password, or why not

    explicit PasswordStore(QObject *parent = nullptr);
    void read(const QString &account, QObject *context, Done done);
    void write(const QString &account, const QString &password, QObject *context, Done done);
    void remove(const QString &account, QObject *context, Done done);

    static QString serviceName();
};

} // namespace certdeck
