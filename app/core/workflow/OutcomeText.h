#pragma once

#include "workflow/WorkflowOutcome.h"

#include <QString>

namespace certdeck {

// The window's words for a workflow outcome: one sentence of what was done, or of what did not happen and
// what state things are in. Empty for an outcome with nothing to say (no interrupted rotation).
[[nodiscard]] QString outcomeText(const WorkflowOutcome &outcome);

} // namespace certdeck
