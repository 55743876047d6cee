#pragma once

#include "util/Result.h"

#include <QString>

namespace certdeck::cli {

// Where a password comes from (the account's, or an export's). A file's first line counts, without its line
// ending (LF or CRLF). Never a command-line argument: those are visible to every user.
struct PasswordSource
{
    QString file;                // --password-file: first line of the file
    QString envVar;              // --password-env: name of an environment variable
    QString prompt;              // what to ask when neither is given (empty: "Password: ")
    bool confirm = false;        // when prompting, ask twice
    bool protectsExport = false; // the password of an exported file, not of the account (for the warning)
};

[[nodiscard]] Result<QString, QString> readPassword(const PasswordSource &source);

} // namespace certdeck::cli
