#pragma once

#include "util/Result.h"

#include <QString>

namespace certdeck::cli {

// Where the account password comes from. Never a command-line argument: those are visible to every user.
struct PasswordSource
{
    QString file;         // --password-file: first line of the file
    QString envVar;       // --password-env: name of an environment variable
    QString prompt;       // what to ask when neither is given (empty: "Password: ")
    bool confirm = false; // when prompting, ask twice
};

[[nodiscard]] Result<QString, QString> readPassword(const PasswordSource &source);

} // namespace certdeck::cli
