#pragma once

#include "util/Result.h"

#include <QObject>

#include <functional>

namespace certdeck {

// Why the keychain did not do what was asked. `detail` is the keychain's own words, shown as they are.
struct KeychainError
{
    enum class Kind
    {
        NotFound,    // no entry under that name
        Denied,      // the person or the system refused access
        Unavailable, // no keychain service is running
        Other,
    };
    Kind kind = Kind::Other;
    QString detail;

    [[nodiscard]] QString message() const { return detail; }
};

// Account passwords in the system keychain (Secret Service or KWallet, through QtKeychain). Never a plain
// file: when no keychain is available, the password is simply not remembered and the caller is told why.
class PasswordStore final : public QObject
{
    Q_OBJECT
public:
    using ReadDone = std::function<void(Result<QString, KeychainError>)>; // the password, or why not
    using Done = std::function<void(Status<KeychainError>)>;

    explicit PasswordStore(QObject *parent = nullptr);
    void read(const QString &account, QObject *context, ReadDone done);
    void write(const QString &account, const QString &password, QObject *context, Done done);
    void remove(const QString &account, QObject *context, Done done);

    static QString serviceName();

private:
    [[nodiscard]] QObject *jobOwner();
};

} // namespace certdeck
