#pragma once

#include <QString>

namespace certdeck::ui {

// Where a save dialog opens: the folder the person last saved to, else their documents folder (else home),
// never the process's working directory. Returns that folder joined with `fileName`.
[[nodiscard]] QString suggestedSavePath(const QString &fileName);
// Remembers the folder of a file just saved, for the next save dialog.
void rememberSaveFolder(const QString &savedPath);

} // namespace certdeck::ui
